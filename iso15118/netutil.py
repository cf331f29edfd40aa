"""IPv6 link-local helpers for the V2G link (SDP, TCP/TLS on the PLC interface).

ISO 15118 runs on IPv6 link-local addresses; every socket that uses one needs the interface's
scope id. These helpers answer for the *calling thread's* network namespace (they read
/proc/thread-self, not /proc/self), so they work in a thread that entered a namespace with setns.

    interface_index(ifname) -> int
    link_local_address(ifname) -> ipaddress.IPv6Address   (non-tentative, DAD done)
    await wait_for_link_local(ifname, timeout) -> IPv6Address
    scoped_host(address, ifname) -> "fe80::1%eth0"   (what asyncio/getaddrinfo accept)
    sockaddr(address, port, ifname) -> (host, port, flowinfo, scope_id)
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from pathlib import Path

# /proc/self/net follows the thread-group leader's namespace; thread-self follows ours.
_IF_INET6 = (Path("/proc/thread-self/net/if_inet6"), Path("/proc/self/net/if_inet6"))
_IFA_F_TENTATIVE = 0x40
_IFA_F_DADFAILED = 0x08
_SCOPE_LINK = 0x20


class InterfaceError(OSError):
    """The named interface does not exist in this network namespace."""


class NoLinkLocalAddressError(OSError):
    """The interface has no usable (non-tentative) IPv6 link-local address."""


def interface_index(ifname: str) -> int:
    try:
        return socket.if_nametoindex(ifname)
    except OSError as exc:
        raise InterfaceError(f"no interface {ifname!r} in this network namespace") from exc


def _if_inet6_table() -> str:
    for path in _IF_INET6:
        if path.exists():
            return path.read_text(encoding="ascii")
    raise NoLinkLocalAddressError("IPv6 is not available (no /proc/.../net/if_inet6)")


def link_local_address(ifname: str) -> ipaddress.IPv6Address:
    interface_index(ifname)
    for line in _if_inet6_table().splitlines():
        hexaddr, _index, _plen, scope, flags, name = line.split()
        if name != ifname or int(scope, 16) != _SCOPE_LINK:
            continue
        if int(flags, 16) & (_IFA_F_TENTATIVE | _IFA_F_DADFAILED):
            continue
        return ipaddress.IPv6Address(bytes.fromhex(hexaddr))
    raise NoLinkLocalAddressError(f"{ifname} has no non-tentative IPv6 link-local address yet")


async def wait_for_link_local(ifname: str, timeout: float = 5.0) -> ipaddress.IPv6Address:
    """Poll until duplicate address detection has finished (the address is usable for bind)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            return link_local_address(ifname)
        except NoLinkLocalAddressError:
            if time.monotonic() >= deadline:
                raise
        await asyncio.sleep(0.02)


def scoped_host(address: ipaddress.IPv6Address | str, ifname: str) -> str:
    address = ipaddress.IPv6Address(address)
    if address.is_link_local or address.is_multicast:
        return f"{address}%{ifname}"
    return str(address)


def sockaddr(address: ipaddress.IPv6Address | str, port: int, ifname: str | None) -> tuple[str, int, int, int]:
    scope_id = interface_index(ifname) if ifname else 0
    return (str(ipaddress.IPv6Address(address)), port, 0, scope_id)
