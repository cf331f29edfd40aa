"""Helpers the SECC benchmarks share: a throwaway PKI, the `secc` command as its own process (from this
tree or another checkout, for before/after figures in one run), scheduling priority, percentiles."""
from __future__ import annotations

import asyncio
import os
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pki.testpki import build_pki, write_pki  # noqa: E402


@dataclass(frozen=True)
class BenchPKI:
    secc_chain: Path
    secc_key: Path
    v2g_root: Path


def bench_pki(directory: Path) -> BenchPKI:
    """The -20 test PKI written to `directory`: the SECC's chain and key, the EV's V2G root."""
    manifest = write_pki(build_pki(), directory)
    secc = manifest["files"]["secc"]
    return BenchPKI(directory / secc["chain"], directory / secc["key"], directory / manifest["trust"]["v2g"])


def raise_priority(nice: int) -> None:
    """Shield the measurement from unrelated load on a shared machine (needs root; else ignored).
    With autogroup scheduling a process's nice value only counts inside its session's group, so
    the group's nice value is raised too (as a charger would prioritise its SECC)."""
    try:
        os.nice(nice)
    except PermissionError:
        pass
    try:
        Path("/proc/self/autogroup").write_text(str(nice))
    except OSError:
        pass


def percentile(sorted_values: list[float], q: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


def rss_kb(pid: int) -> int:
    """Resident set size of a process (KB)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for pid {pid}")


def secc_config(path: Path, pki: BenchPKI | None) -> Path:
    """A `secc` TOML on ::1, any free port, no trace; TLS 1.3 with `pki`, else plain TCP (lab mode)."""
    transport = (f'tls_cert = "{pki.secc_chain}"\ntls_key = "{pki.secc_key}"\n' if pki is not None
                 else "allow_plain_tcp = true\n")
    path.write_text('[server]\nhost = "::1"\nport = 0\nsdp = false\ntrace = false\n' + transport
                    + '[secc]\nevse_id = "DE*PNX*E12345*1"\nservices = ["AC", "DC", "AC_BPT", "DC_BPT"]\n'
                    'control_modes = ["Scheduled", "Dynamic"]\n[simulator]\ncable_check_duration_s = 0.0\n')
    return path


@dataclass
class SECCProcess:
    process: asyncio.subprocess.Process
    port: int
    output: asyncio.Task[None]  # drains the session summaries, so that the pipe never fills

    @property
    def rss_kb(self) -> int:
        return rss_kb(self.process.pid)

    async def stop(self) -> None:
        if self.process.returncode is None:
            self.process.terminate()
            await self.process.wait()
        await self.output


async def start_secc(config: Path, *, tree: Path = ROOT, log: Path | None = None, setup: str = "") -> SECCProcess:
    """`python -m secc.cli config [--log log]` run from `tree` (another checkout gives before figures).
    `setup`: Python run in the SECC process first, to switch an internal for a comparison."""
    args = [str(config), "--quiet"] + (["--log", str(log)] if log is not None else [])
    code = f"import sys\n{setup}\nfrom secc.cli import main\nsys.exit(main(sys.argv[1:]))"
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-c", code, *args, cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )
    assert process.stdout is not None
    async with asyncio.timeout(30.0):
        while b"listening on port" not in (line := await process.stdout.readline()):
            if not line:
                raise RuntimeError(f"secc from {tree} ended before listening (exit code {await process.wait()})")
    port = int(line.decode().split("listening on port")[1].split()[0])

    async def drain() -> None:
        assert process.stdout is not None
        while await process.stdout.read(65536):
            pass

    return SECCProcess(process, port, asyncio.get_running_loop().create_task(drain()))
