"""A `secc` process that runs out of file descriptors stays quiet and recovers: accepting pauses (EVs wait in
the listen backlog), one warning instead of a traceback per failed accept, and once descriptors are free again
a new EV gets a full answer. Run in a subprocess with a lowered RLIMIT_NOFILE."""
from __future__ import annotations

import asyncio
import os
import re
import resource
import sys
from pathlib import Path

from iso15118 import v2gtp
from iso15118.messages.common_types import responseCodeType as RC
from evcc import probe as p

ROOT = Path(__file__).resolve().parents[2]
FD_LIMIT = 48


def _limit_descriptors() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (FD_LIMIT, FD_LIMIT))


async def test_descriptor_exhaustion_pauses_accepting_with_one_warning_then_recovers(tmp_path: Path) -> None:
    config = tmp_path / "secc.toml"
    config.write_text('[server]\nhost = "::1"\nport = 0\nsdp = false\nallow_plain_tcp = true\ntrace = false\n'
                      '[secc]\nevse_id = "DE*PNX*E1*1"\n')
    (tmp_path / "logs").mkdir()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "secc.cli", str(config), "--quiet", "--log", str(tmp_path / "logs"), cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=_limit_descriptors,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    clients: list[asyncio.StreamWriter] = []
    try:
        line = (await asyncio.wait_for(proc.stdout.readline(), 30)).decode()
        port = int(re.search(r"port (\d+)", line).group(1))  # type: ignore[union-attr]
        for _ in range(2 * FD_LIMIT):  # more idle EVs than the SECC has descriptors
            clients.append((await asyncio.open_connection("::1", port))[1])
        await asyncio.sleep(3)  # several accept pauses
        for writer in clients:  # the EVs leave: their sessions end, the descriptors come back
            writer.close()
        clients = []
        conn = await v2gtp.open_connection("::1", port, ssl_context=None, allow_plain_tcp=True, timeout=30)
        probe = p.ProbeClient(conn, timeout=30)
        assert (await probe.request(p.sap_request(True))).ResponseCode.value == "OK_SuccessfulNegotiation"
        assert (await probe.request(p.session_setup())).ResponseCode is RC.OK_NewSessionEstablished
        await conn.close()
    finally:
        for writer in clients:
            writer.close()
        proc.terminate()
        _, err_bytes = await asyncio.wait_for(proc.communicate(), 30)
    err = err_bytes.decode()
    assert "Traceback" not in err, err[-3000:]
    warnings = [line for line in err.splitlines() if "out of resources" in line]
    assert len(warnings) == 1, warnings
    assert "Too many open files" in warnings[0] and "accepting pauses" in warnings[0]
