"""IPv6 link-local helpers for the V2G link (SDP, TCP/TLS on the PLC interface).

ISO 15118 runs on IPv6 link-local addresses; every socket that uses one needs the interface's
scope id. These helpers answer for the *calling thread's* network namespace (they read
/proc/thread-self, not /proc/self), so they work in a thread that entered a namespace with setns.

    interface_index(ifname) -> int
    link_local_address(ifname) -> ipaddress.IPv6Address   (non-tentative, DAD done)
    await wait_for_link_local(ifname, timeout) -> IPv6Address
    scoped_host(address, ifname) -> "fe80::1%eth0"   (what asyncio/getaddrinfo accept)
    sockaddr(address, port, ifname) -> (host, port, flowinfo, scope_id)
    await bind_dynamic_port(bind) -> what bind(port) returned, port from 49152-65535
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import random
import socket
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

# ISO 15118-2 Table 15 (kept by -20; RFC 6335 dynamic ports): the SECC's TCP server port and the EVCC's
# TCP and SDP client ports come from this range. Josev drops SDP responses announcing any other port.
DYNAMIC_PORTS = range(49152, 65536)
BIND_ATTEMPTS = 32  # random picks before giving up; a collision is rare (16384 ports)
_PORT_TAKEN = (errno.EADDRINUSE, errno.EADDRNOTAVAIL)

# /proc/self/net follows the thread-group leader's namespace; thread-self follows ours.
_IF_INET6 = (Path("/proc/thread-self/net/if_inet6"), Path("/proc/self/net/if_inet6"))
_IFA_F_TENTATIVE = 0x40
_IFA_F_DADFAILED = 0x08
_SCOPE_LINK = 0x20


class DynamicPortsExhaustedError(OSError):
    """No free port in the dynamic range after BIND_ATTEMPTS random picks."""


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


async def bind_dynamic_port(
    bind: Callable[[int], Awaitable[T]],
    *,
    attempts: int = BIND_ATTEMPTS,
    pick: Callable[[range], int] = random.SystemRandom().choice,
) -> T:
    """Call `bind(port)` with random ports of DYNAMIC_PORTS until one is free; return its result.

    Only "address in use / not available" means try another port; any other error is the caller's.
    Random rather than sequential picks: a restarted SECC or a reconnecting EVCC does not fall on a
    port still in TIME_WAIT, and the port is not predictable from outside.
    """
    tried: list[int] = []
    for _ in range(attempts):
        port = pick(DYNAMIC_PORTS)
        try:
            return await bind(port)
        except OSError as exc:
            if exc.errno not in _PORT_TAKEN:
                raise
            tried.append(port)
    raise DynamicPortsExhaustedError(
        errno.EADDRINUSE, f"no free port in {DYNAMIC_PORTS.start}-{DYNAMIC_PORTS.stop - 1} after {attempts} tries ({tried[-3:]} ...)"
    )
