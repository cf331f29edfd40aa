"""Network namespaces and veth pairs for tests that need a real IPv6 link (SDP, SLAC, end-to-end).

How it works (reuse it, don't re-invent it):
- `veth_link("sdp-")` creates two namespaces joined by a veth pair, names = prefix + random suffix,
  disables duplicate address detection on both ends (so the link-local address is usable at once),
  brings lo and the veth ends up, waits for the link-local addresses, and deletes everything on exit.
- Code runs "inside" a namespace on a `NetnsLoop`: an asyncio event loop on its own thread that
  entered the namespace with setns(2). setns(CLONE_NEWNET) switches only the calling thread, so the
  test process (and its own event loop) stays in the root namespace, and everything the coroutine
  does - sockets, if_nametoindex, iso15118.netutil lookups - happens in the chosen namespace.
  No subprocesses, no pickling: results and exceptions come back as with any awaitable.

    from tests.netns_helpers import requires_netns, veth_link, NetnsLoop

    @requires_netns
    async def test_x():
        with veth_link("sdp-") as link, NetnsLoop(link.a.netns) as secc, NetnsLoop(link.b.netns) as ev:
            server = await secc.run(start_sdp_server(link.a.ifname, 50000, Security.TLS))
            response = await ev.run(discover_secc(link.b.ifname))
            await secc.run(server.close())

Objects created on a NetnsLoop (servers, connections) must be used through that same loop.
Import path: run pytest as `python3 -m pytest` from the repository root (the root is on sys.path).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ipaddress
import os
import secrets
import threading
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest

from iso15118 import netutil

T = TypeVar("T")


def _netns_capable() -> bool:
    if os.geteuid() != 0:
        return False
    try:
        from pyroute2 import netns  # noqa: F401
    except ImportError:
        return False
    return os.path.exists("/proc/thread-self/ns/net")


_skip_without_netns = pytest.mark.skipif(
    not _netns_capable(), reason="needs root and pyroute2 to create network namespaces"
)


#: For a whole module: `pytestmark = NETNS_MARKS`.
NETNS_MARKS = [pytest.mark.netns, _skip_without_netns]


def requires_netns(test: Any) -> Any:
    """Mark a test `netns` (see pyproject markers) and skip it where namespaces cannot be made."""
    return pytest.mark.netns(_skip_without_netns(test))


@dataclass(frozen=True)
class LinkEnd:
    netns: str
    ifname: str
    address: ipaddress.IPv6Address  # link-local, DAD off


@dataclass(frozen=True)
class VethLink:
    a: LinkEnd
    b: LinkEnd


def _enter(netns_name: str) -> None:
    from pyroute2 import netns

    netns.setns(netns_name, flags=os.O_RDONLY)


def run_in_netns(netns_name: str | None, fn: Any, *args: Any) -> Any:
    """Call fn(*args) on a fresh thread inside the namespace (None: stay in ours); return or raise.

    Also the way to call pyroute2's synchronous API from a test: it runs its own event loop and
    refuses to start in a thread where one (the test's) is already running.
    """
    future: concurrent.futures.Future[Any] = concurrent.futures.Future()

    def body() -> None:
        try:
            if netns_name is not None:
                _enter(netns_name)
            future.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller
            future.set_exception(exc)

    thread = threading.Thread(target=body, name=f"netns-{netns_name}", daemon=True)
    thread.start()
    thread.join()
    return future.result()


def _configure_end(ifname: str) -> None:
    from pyroute2 import IPRoute

    with open(f"/proc/sys/net/ipv6/conf/{ifname}/accept_dad", "w", encoding="ascii") as f:
        f.write("0")
    with IPRoute() as ipr:
        for name in ("lo", ifname):
            ipr.link("set", index=ipr.link_lookup(ifname=name)[0], state="up")


def _wait_link_local(ifname: str) -> ipaddress.IPv6Address:
    return asyncio.run(netutil.wait_for_link_local(ifname, timeout=5.0))


def _create_pair(ns_a: str, ns_b: str, if_a: str, if_b: str) -> None:
    from pyroute2 import IPRoute, netns

    for name in (ns_a, ns_b):
        netns.create(name)
    with IPRoute() as ipr:
        ipr.link("add", ifname=if_a, kind="veth", peer=if_b)
        try:
            for ifname, name in ((if_a, ns_a), (if_b, ns_b)):
                ipr.link("set", index=ipr.link_lookup(ifname=ifname)[0], net_ns_fd=name)
        except Exception:
            for ifname in (if_a, if_b):
                if ipr.link_lookup(ifname=ifname):
                    ipr.link("del", ifname=ifname)
            raise


def _remove_namespaces(*names: str) -> None:
    from pyroute2 import netns

    existing = set(netns.listnetns())
    for name in names:
        if name in existing:
            netns.remove(name)  # deleting a namespace deletes its veth end, and with it the pair


@contextmanager
def veth_link(prefix: str) -> Iterator[VethLink]:
    """Two fresh namespaces joined by a veth pair; prefix names your area, e.g. "sdp-" or "slac-"."""
    suffix = secrets.token_hex(3)
    ns_a, ns_b = f"{prefix}{suffix}-a", f"{prefix}{suffix}-b"
    if_a, if_b = f"{prefix}{suffix}a"[:15], f"{prefix}{suffix}b"[:15]
    try:
        run_in_netns(None, _create_pair, ns_a, ns_b, if_a, if_b)
        run_in_netns(ns_a, _configure_end, if_a)
        run_in_netns(ns_b, _configure_end, if_b)
        addr_a = run_in_netns(ns_a, _wait_link_local, if_a)
        addr_b = run_in_netns(ns_b, _wait_link_local, if_b)
        yield VethLink(LinkEnd(ns_a, if_a, addr_a), LinkEnd(ns_b, if_b, addr_b))
    finally:
        run_in_netns(None, _remove_namespaces, ns_a, ns_b)


class NetnsLoop:
    """An asyncio event loop running on its own thread inside a network namespace."""

    def __init__(self, netns_name: str) -> None:
        self.netns = netns_name
        self.loop = asyncio.new_event_loop()
        started: concurrent.futures.Future[None] = concurrent.futures.Future()

        def body() -> None:
            try:
                _enter(netns_name)
            except BaseException as exc:  # noqa: BLE001
                started.set_exception(exc)
                return
            asyncio.set_event_loop(self.loop)
            started.set_result(None)
            self.loop.run_forever()

        self._thread = threading.Thread(target=body, name=f"netns-loop-{netns_name}", daemon=True)
        self._thread.start()
        started.result(timeout=5)

    async def run(self, coro: Coroutine[Any, Any, T]) -> T:
        """Await `coro` on the namespace's loop from any other loop."""
        return await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(coro, self.loop))

    def run_sync(self, coro: Coroutine[Any, Any, T], timeout: float = 30.0) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def close(self) -> None:
        if self.loop.is_closed():
            return

        async def shutdown() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        if self._thread.is_alive():
            self.run_sync(shutdown(), timeout=5)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(timeout=5)
        self.loop.close()

    def __enter__(self) -> NetnsLoop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
