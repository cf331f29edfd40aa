"""A child forked without exec (pyroute2's namespace helpers) must not signal its parent's event loop."""
from __future__ import annotations

import asyncio
import os
import signal
import time

import iso15118.slac.netns  # noqa: F401  (registers the at-fork handler, as every pyroute2 user here does)


def _fork_and_terminate_a_child() -> int:
    """What pyroute2's ChildProcess does, from a worker thread: fork, then end the child with SIGTERM."""
    pid = os.fork()
    if pid == 0:
        time.sleep(10.0)  # still running when the parent ends it, however slow the machine
        os._exit(0)
    time.sleep(0.05)
    os.kill(pid, signal.SIGTERM)
    _, status = os.waitpid(pid, 0)
    return status


async def test_sigterm_to_a_forked_child_does_not_reach_the_parents_loop() -> None:
    loop = asyncio.get_running_loop()
    received = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, received.set)
    try:
        status = await asyncio.to_thread(_fork_and_terminate_a_child)
        # the child died of the signal (default disposition), as pyroute2 expects
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM
        await asyncio.sleep(0.3)
        assert not received.is_set()
        os.kill(os.getpid(), signal.SIGTERM)  # the loop still gets its own process's signals
        await asyncio.wait_for(received.wait(), 2.0)
    finally:
        loop.remove_signal_handler(signal.SIGTERM)
