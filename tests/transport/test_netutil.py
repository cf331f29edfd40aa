"""Link-local lookups answer for the calling thread's namespace and fail with typed errors."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from iso15118 import netutil
from tests.netns_helpers import NetnsLoop, requires_netns, run_in_netns, veth_link


def test_unknown_interface() -> None:
    with pytest.raises(netutil.InterfaceError):
        netutil.interface_index("nope-if0")
    with pytest.raises(netutil.InterfaceError):
        netutil.link_local_address("nope-if0")


def test_loopback_has_no_link_local_address() -> None:
    with pytest.raises(netutil.NoLinkLocalAddressError):
        netutil.link_local_address("lo")


def test_scoped_forms() -> None:
    assert netutil.scoped_host("fe80::1", "eth0") == "fe80::1%eth0"
    assert netutil.scoped_host("ff02::1", "eth0") == "ff02::1%eth0"
    assert netutil.scoped_host("::1", "eth0") == "::1"
    assert netutil.sockaddr("::1", 5, None) == ("::1", 5, 0, 0)
    assert netutil.sockaddr("fe80::1", 5, "lo") == ("fe80::1", 5, 0, socket.if_nametoindex("lo"))


@requires_netns
async def test_lookups_follow_the_threads_namespace() -> None:
    with veth_link("sdp-") as link:
        assert link.a.address.is_link_local and link.a.address != link.b.address
        with pytest.raises(netutil.InterfaceError):  # the test's own thread is still in the root namespace
            netutil.interface_index(link.a.ifname)
        assert run_in_netns(link.b.netns, netutil.link_local_address, link.b.ifname) == link.b.address
        with NetnsLoop(link.a.netns) as loop:
            found = await loop.run(netutil.wait_for_link_local(link.a.ifname, timeout=1))
        assert found == link.a.address and isinstance(found, ipaddress.IPv6Address)
