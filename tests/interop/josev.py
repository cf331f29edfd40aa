"""Josev (EcoG-io `iso15118` from PyPI, EXI through Java) as a peer in its own venv and process.

Josev's import package is also called `iso15118`, so it never shares an interpreter or a sys.path
with ours: it lives in a throwaway venv (cached outside the repository, see `josev_venv`), and its
processes start with a clean environment (no PYTHONPATH, `python -I`) inside a network namespace
(`ip netns exec`). Josev is configured the way its README says: a `.env` file in its working
directory (NETWORK_INTERFACE, PROTOCOLS, AUTH_MODES; EVCC_CONFIG_PATH for its EV, a JSON file).

What its logs tell us (0.31.2): every received message as `Decoded message (ns=...): {"Name": ...}`,
every sent one as `Message to encode (ns=...): {"Name": ...}`.
"""
from __future__ import annotations

import asyncio
import contextlib
import fcntl
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

JOSEV_VERSION = "0.31.2"
JOSEV_REQUIREMENTS = (f"iso15118=={JOSEV_VERSION}", "aiofile")  # aiofile: missing from its metadata
_DECODED = re.compile(r'Decoded message \(ns=[^)]*\): \{"(\w+)":(.*)$')
_ENCODED = re.compile(r'Message to encode \(ns=[^)]*\): \{"(\w+)":(.*)$')


class JosevUnavailable(Exception):
    """Josev cannot be installed here (no PyPI, no Java): the interop tests skip with this reason."""


def cache_dir() -> Path:
    """Where the venv lives between runs: $ISO15118_INTEROP_CACHE, else ~/.cache/iso15118-stack."""
    root = os.environ.get("ISO15118_INTEROP_CACHE") or Path.home() / ".cache" / "iso15118-stack"
    return Path(root)


def josev_venv() -> Path:
    """The venv with Josev installed, created on first use (a few seconds to a minute), then reused.

    A lock serialises concurrent test runs; the venv is built under a temporary name and renamed,
    so a half-installed one is never used.
    """
    if shutil.which("java") is None:
        raise JosevUnavailable("Java is not installed (Josev's EXI codec runs in a JVM)")
    root = cache_dir()
    venv = root / f"josev-{JOSEV_VERSION}"
    if (venv / "installed").exists():
        return venv
    root.mkdir(parents=True, exist_ok=True)
    with open(root / f"josev-{JOSEV_VERSION}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if (venv / "installed").exists():
            return venv
        building = root / f"josev-{JOSEV_VERSION}.building"
        shutil.rmtree(building, ignore_errors=True)
        made = subprocess.run([sys.executable, "-m", "venv", str(building)], capture_output=True, text=True)
        if made.returncode != 0:
            raise JosevUnavailable(f"cannot create a venv (python3-venv missing?): {made.stderr.strip()[-300:]}")
        try:
            pip = subprocess.run(
                [str(building / "bin" / "python"), "-m", "pip", "install", "-q", *JOSEV_REQUIREMENTS],
                capture_output=True, text=True, timeout=600, env=clean_env(root),
            )
        except subprocess.TimeoutExpired:
            shutil.rmtree(building, ignore_errors=True)
            raise JosevUnavailable("pip install of Josev timed out after 600 s (no PyPI?)") from None
        if pip.returncode != 0:
            shutil.rmtree(building, ignore_errors=True)
            raise JosevUnavailable(f"pip install {' '.join(JOSEV_REQUIREMENTS)} failed: {pip.stderr.strip()[-300:]}")
        (building / "installed").write_text(JOSEV_VERSION)
        shutil.rmtree(venv, ignore_errors=True)
        building.rename(venv)
    return venv


def clean_env(home: Path) -> dict[str, str]:
    """The environment of every Josev process: nothing of ours (no PYTHONPATH, no PYTHON* at all)."""
    env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
    for name in ("JAVA_HOME", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL", "PIP_FIND_LINKS", "PIP_CERT",
                 "PIP_CONSTRAINT", "PIP_DEFAULT_TIMEOUT", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY"):
        if name in os.environ:
            env[name] = os.environ[name]
    return env


@dataclass
class JosevLog:
    """Josev's log file, parsed for the messages it received and sent."""

    path: Path

    def text(self) -> str:
        return self.path.read_text(errors="replace") if self.path.exists() else ""

    def _matches(self, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
        found = []
        for line in self.text().splitlines():
            m = pattern.search(line)
            if m:
                found.append((m.group(1), m.group(2)))
        return found

    def received(self) -> list[str]:
        return [name for name, _ in self._matches(_DECODED)]

    def sent(self) -> list[str]:
        return [name for name, _ in self._matches(_ENCODED)]

    def body(self, name: str, *, sent: bool = True) -> dict:  # type: ignore[type-arg]
        """The last message `name` Josev sent (or received), as the JSON it logged."""
        bodies = [body for n, body in self._matches(_ENCODED if sent else _DECODED) if n == name]
        assert bodies, f"Josev never {'sent' if sent else 'received'} {name}:\n{self.tail()}"
        return json.loads("{" + f'"{name}":' + bodies[-1])[name]  # type: ignore[no-any-return]

    def tail(self, lines: int = 40) -> str:
        return "\n".join(self.text().splitlines()[-lines:])


@dataclass
class JosevProcess:
    process: asyncio.subprocess.Process
    log: JosevLog

    async def wait_for(self, needle: str, timeout: float, *, fail_on: str | None = None) -> None:
        """Until `needle` shows up in the log; fails at once when `fail_on` shows up first, when the
        process dies, or when the timeout expires."""
        try:
            async with asyncio.timeout(timeout):
                while needle not in (text := self.log.text()):
                    if fail_on is not None and fail_on in text:
                        raise AssertionError(f"Josev logged {fail_on!r} before {needle!r}:\n{self.log.tail()}")
                    if self.process.returncode is not None:
                        raise AssertionError(f"Josev exited ({self.process.returncode}) before {needle!r}:\n{self.log.tail()}")
                    await asyncio.sleep(0.05)
        except TimeoutError:
            raise AssertionError(f"no {needle!r} in Josev's log after {timeout:g} s:\n{self.log.tail()}") from None


@contextlib.asynccontextmanager
async def run_josev(
    venv: Path, role: str, netns: str, workdir: Path, dotenv: dict[str, str]
) -> AsyncIterator[JosevProcess]:
    """Start Josev's `iso15118.<role>.main` (role secc or evcc) in `netns`; stop its process group on exit."""
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / ".env").write_text("".join(f"{k}={v}\n" for k, v in dotenv.items()))
    log = JosevLog(workdir / f"josev-{role}.log")
    with open(log.path, "wb") as out:
        process = await asyncio.create_subprocess_exec(
            "ip", "netns", "exec", netns, str(venv / "bin" / "python"), "-I", "-m", f"iso15118.{role}.main",
            cwd=workdir, env=clean_env(workdir), stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: the JVM it launches goes with it
        )
    try:
        yield JosevProcess(process, log)
    finally:
        if process.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            try:
                await asyncio.wait_for(process.wait(), 5)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                await process.wait()
