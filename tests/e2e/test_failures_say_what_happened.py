"""Every EVCC failure names what happened (error type, what it was doing, the peer), on the console too, and
`evcc fleet` reports every EV's own result: one failing EV never aborts the others, the exit code counts them."""
from __future__ import annotations

import asyncio
import os
import socket
import struct
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from evcc.client import EVCCClient
from evcc.phase import EndKind

ROOT = Path(__file__).resolve().parents[2]


def _ev_toml(path: Path, port: int, v2g_root: Path, loops: int = 3) -> Path:
    path.write_text(
        '[evcc]\nenergy_transfer = "AC"\ncontrol_mode = "Dynamic"\n'
        f'max_charge_loops = {loops}\ncharge_loop_interval_s = 0.02\nevcc_id = "FLEET"\n'
        f'[connection]\nhost = "::1"\nport = {port}\ntls_trust_roots = ["{v2g_root}"]\n'
    )
    return path


@asynccontextmanager
async def tcp_peer(on_connect: Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
                   ) -> AsyncIterator[int]:
    server = await asyncio.start_server(on_connect, "::1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        server.close()


async def _reset(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A charger that resets the connection as soon as the ClientHello arrives."""
    await reader.read(1)
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


async def _silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """A charger that accepts TCP and never answers the TLS handshake."""
    await reader.read()


async def evcc_cli(*args: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "evcc.cli", *args, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    return proc.returncode or 0, out.decode(), err.decode()


async def test_reset_during_the_tls_handshake_is_named(certificates, tmp_path: Path) -> None:
    async with tcp_peer(_reset) as port:
        code, out, err = await evcc_cli("run", str(_ev_toml(tmp_path / "ev.toml", port, certificates.v2g_root)))
    assert code == 1, (out, err)
    assert (f"Failed (error): V2GTPConnectError: connection to [::1]:{port} failed during the TLS handshake: "
            "ConnectionResetError") in out, (out, err)


async def test_a_charger_that_never_answers_the_handshake_is_a_named_timeout(certificates, tmp_path: Path) -> None:
    async with tcp_peer(_silent) as port:
        code, out, err = await evcc_cli("run", str(_ev_toml(tmp_path / "ev.toml", port, certificates.v2g_root)))
    assert code == 1, (out, err)
    assert f"V2GTPConnectError: no TLS connection to [::1]:{port} within 5 s" in out, (out, err)


async def test_connection_refused_is_named(certificates, tmp_path: Path) -> None:
    with socket.socket(socket.AF_INET6) as sock:
        sock.bind(("::1", 0))
        port = sock.getsockname()[1]  # bound, never listening: refused
        code, out, err = await evcc_cli("run", str(_ev_toml(tmp_path / "ev.toml", port, certificates.v2g_root)))
    assert code == 1, (out, err)
    assert f"connection to [::1]:{port} failed on connect: ConnectionRefusedError" in out, (out, err)


async def test_fleet_against_a_resetting_charger_reports_every_ev(certificates, tmp_path: Path) -> None:
    async with tcp_peer(_reset) as port:
        code, out, err = await evcc_cli("fleet", str(_ev_toml(tmp_path / "ev.toml", port, certificates.v2g_root)),
                                        "--count", "3")
    assert code == 1, (out, err)
    for i in (1, 2, 3):
        assert f"EV {i}/3: session 0000000000000000: Failed (error): V2GTPConnectError" in out, out
    assert "fleet: 3 EVs, 0 ok, 3 failed" in out


async def test_one_crashing_ev_never_aborts_the_fleet(secc_server, certificates, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from evcc.cli import run_session

    secc = await secc_server()
    real_run = EVCCClient.run
    calls = 0

    async def run(self: EVCCClient, host: str, port: int):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("controller blew up")
        return await real_run(self, host, port)

    monkeypatch.setattr(EVCCClient, "run", run)
    results = await run_session(_ev_toml(tmp_path / "ev.toml", secc.port, certificates.v2g_root), trace=False, count=4)
    assert len(results) == 4
    ends = [r.end for r, _ in results]
    failed = [e for e in ends if e.error]
    assert len(failed) == 1 and failed[0].reason == "EVCC crashed: RuntimeError: controller blew up"
    assert sum(e.kind is EndKind.Terminated and not e.error for e in ends) == 3
    assert all(not ev.contactors_closed for _, ev in results)
