"""Network namespaces and veth pairs for the powerline simulator (pyroute2, no shell-outs)."""
from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import secrets
import signal
import socket
import struct
import time
from typing import Iterator

from pyroute2 import NetNS, netns


def _forget_parent_signal_handling() -> None:
    """In a child forked without exec: drop the parent's signal wakeup fd and asyncio's handlers.

    pyroute2 forks helpers for namespace work and ends them with SIGTERM. A child that inherited
    asyncio's set_wakeup_fd writes that signal number into the fd it shares with the parent, whose
    event loop then runs its own SIGTERM handler: `python -m iso15118.slac.plcsim` quit right after
    start. Without the wakeup fd and with default dispositions the child just dies, as pyroute2 expects.
    """
    signal.set_wakeup_fd(-1)
    for sig in (signal.SIGINT, signal.SIGTERM):
        if getattr(signal.getsignal(sig), "__module__", None) == "asyncio.unix_events":
            signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)


os.register_at_fork(after_in_child=_forget_parent_signal_handling)


def require_netns_capability() -> str | None:
    """None when namespaces can be made here, else the reason they cannot (for skips and CLI errors)."""
    if os.geteuid() != 0:
        return "network namespaces need root (CAP_SYS_ADMIN and CAP_NET_ADMIN)"
    probe = f"slac-probe-{secrets.token_hex(3)}"
    try:
        netns.create(probe)
    except OSError as exc:
        return f"cannot create a network namespace: {exc}"
    netns.remove(probe)
    return None


@contextlib.contextmanager
def inside(name: str | None) -> Iterator[None]:
    """Run the body with this thread in namespace `name`: sockets made here stay bound to it."""
    if name is None:
        yield
        return
    netns.pushns(name)
    try:
        yield
    finally:
        netns.popns()


def packet_socket(name: str | None, ifname: str, proto: int) -> socket.socket:
    """A non-blocking AF_PACKET raw socket on ifname inside namespace `name`."""
    with inside(name):
        sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(proto))
        try:
            sock.bind((ifname, proto))
        except OSError:
            sock.close()
            raise
    sock.setblocking(False)
    return sock


def create(name: str) -> None:
    netns.create(name)
    with inside(name):  # fresh namespaces start with DAD on: addresses would be unusable for a second
        for conf in ("default", "all"):
            with open(f"/proc/sys/net/ipv6/conf/{conf}/accept_dad", "w") as f:
                f.write("0")
    with NetNS(name) as ns:
        ns.link("set", index=ns.link_lookup(ifname="lo")[0], state="up")


def remove(name: str) -> None:
    with contextlib.suppress(OSError, FileNotFoundError):
        netns.remove(name)


def exists(name: str) -> bool:
    return name in netns.listnetns()


def add_veth(ns_a: str, if_a: str, ns_b: str, if_b: str, mac_b: str | None = None) -> None:
    """A veth pair with one end in each namespace, both up; frames leaving if_b are complete."""
    with NetNS(ns_a) as a:
        a.link("add", ifname=if_a, kind="veth", peer={"ifname": if_b, "net_ns_fd": ns_b})
        a.link("set", index=a.link_lookup(ifname=if_a)[0], state="up")
    with NetNS(ns_b) as b:
        idx = b.link_lookup(ifname=if_b)[0]
        if mac_b:
            b.link("set", index=idx, address=mac_b)
        b.link("set", index=idx, state="up")
    disable_offloads(ns_b, if_b)


def wait_link_local(name: str, ifname: str, timeout: float = 5.0) -> str:
    """Block until ifname in namespace `name` has carrier and its IPv6 link-local address (veth carrier
    comes through the kernel's link watch, which can take a second); returns the address."""
    end = time.monotonic() + timeout
    with NetNS(name) as ns:
        index = ns.link_lookup(ifname=ifname)[0]
        while True:
            for addr in ns.get_addr(family=socket.AF_INET6, index=index):
                address = str(addr.get_attr("IFA_ADDRESS"))
                if address.startswith("fe80:") and not addr["flags"] & IFA_F_TENTATIVE:
                    return address
            if time.monotonic() > end:
                raise TimeoutError(f"{ifname} in {name}: no IPv6 link-local address after {timeout} s")
            time.sleep(0.02)


IFA_F_TENTATIVE = 0x40
SIOCETHTOOL = 0x8946
ETHTOOL_STXCSUM, ETHTOOL_SSG, ETHTOOL_STSO, ETHTOOL_SGSO = 0x17, 0x19, 0x1F, 0x24


def disable_offloads(name: str, ifname: str) -> None:
    """Checksums and segmentation done in software before a frame leaves ifname.

    A veth otherwise hands its peer frames with checksums left for hardware (and GSO super-frames);
    the simulator re-sends them from a packet socket, where nobody would fill them in."""
    with inside(name):
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        for cmd in (ETHTOOL_SGSO, ETHTOOL_STSO, ETHTOOL_SSG, ETHTOOL_STXCSUM):
            value = ctypes.create_string_buffer(struct.pack("II", cmd, 0))
            ifreq = struct.pack("16sP", ifname.encode(), ctypes.addressof(value))
            fcntl.ioctl(sock.fileno(), SIOCETHTOOL, ifreq)
    finally:
        sock.close()


def mac_of(name: str, ifname: str) -> str:
    with NetNS(name) as ns:
        link = ns.get_links(ns.link_lookup(ifname=ifname)[0])[0]
        return str(link.get_attr("IFLA_ADDRESS")).lower()


def link_local(mac: str) -> str:
    """The EUI-64 IPv6 link-local address the kernel gives an interface with this MAC."""
    b = bytearray(int(x, 16) for x in mac.split(":"))
    b[0] ^= 0x02
    eui = bytes(b[:3]) + b"\xff\xfe" + bytes(b[3:])
    groups = [f"{int.from_bytes(eui[i:i + 2], 'big'):x}" for i in range(0, 8, 2)]
    return "fe80::" + ":".join(groups)


def socket_in(name: str | None, family: int, type: int, proto: int = 0) -> socket.socket:
    """A socket bound to namespace `name` (SDP/TCP after data-link-ready); pass it to asyncio as `sock=`."""
    with inside(name):
        return socket.socket(family, type, proto)
