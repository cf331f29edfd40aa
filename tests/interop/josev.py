"""Josev (EcoG-io `iso15118` from PyPI, EXI through Java) as a peer in its own venv and process.

Josev's import package is also called `iso15118`, so it never shares an interpreter or a sys.path
with ours: it lives in a throwaway venv (cached outside the repository, see `josev_venv`), and its
processes start with a clean environment (no PYTHONPATH, `python -I`) inside a network namespace
(`ip netns exec`). Josev is configured the way its README says: a `.env` file in its working
directory (NETWORK_INTERFACE, PROTOCOLS, AUTH_MODES; EVCC_CONFIG_PATH for its EV, a JSON file).

What its logs tell us (0.31.2): every received message as `Decoded message (ns=...): {"Name": ...}`,
every sent one as `Message to encode (ns=...): {"Name": ...}`; DIN 70121 and -2 messages are all
`V2G_Message`, so they are named here by their body element (SessionSetupReq, CurrentDemandRes, ...).
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
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

JOSEV_VERSION = "0.31.2"
JOSEV_REQUIREMENTS = (f"iso15118=={JOSEV_VERSION}", "aiofile")  # aiofile: missing from its metadata
_DECODED = re.compile(r'Decoded message \(ns=[^)]*\): \{"(\w+)":(.*)$')
_ENCODED = re.compile(r'Message to encode \(ns=[^)]*\): \{"(\w+)":(.*)$')
_RECEIVED_EXI = re.compile(r"EXI-encoded message \(ns=([^)]*)\): ([0-9a-f]+)")  # LOG_LEVEL=DEBUG, MESSAGE_LOG_EXI


#: The message pairs of a whole session, in order (repeats folded: see `collapsed`), per Josev setup.
DIN_DC = ("supportedAppProtocolReq", "SessionSetupReq", "ServiceDiscoveryReq", "ServicePaymentSelectionReq",
          "ContractAuthenticationReq", "ChargeParameterDiscoveryReq", "CableCheckReq", "PreChargeReq",
          "PowerDeliveryReq", "CurrentDemandReq", "PowerDeliveryReq", "WeldingDetectionReq", "SessionStopReq")
ISO2_AC = ("supportedAppProtocolReq", "SessionSetupReq", "ServiceDiscoveryReq", "PaymentServiceSelectionReq",
           "AuthorizationReq", "ChargeParameterDiscoveryReq", "PowerDeliveryReq", "ChargingStatusReq",
           "PowerDeliveryReq", "SessionStopReq")
ISO2_AC_PNC = ("supportedAppProtocolReq", "SessionSetupReq", "ServiceDiscoveryReq", "PaymentServiceSelectionReq",
               "PaymentDetailsReq", "AuthorizationReq", "ChargeParameterDiscoveryReq", "PowerDeliveryReq",
               "ChargingStatusReq", "PowerDeliveryReq", "SessionStopReq")
ISO2_DC = ("supportedAppProtocolReq", "SessionSetupReq", "ServiceDiscoveryReq", "PaymentServiceSelectionReq",
           "AuthorizationReq", "ChargeParameterDiscoveryReq", "CableCheckReq", "PreChargeReq", "PowerDeliveryReq",
           "CurrentDemandReq", "PowerDeliveryReq", "WeldingDetectionReq", "SessionStopReq")


@dataclass(frozen=True)
class OldProtocolCase:
    """One DIN/-2 setup as both stacks name it: ours (config `protocols`), Josev's (PROTOCOLS, its EV's
    energyTransferMode), and the whole session's message pairs."""

    ours: str  # "DIN70121" | "ISO15118-2"
    josev: str  # "DIN_SPEC_70121" | "ISO_15118_2"
    energy_transfer_mode: str  # DIN/-2 EnergyTransferMode: "DC_extended", "AC_three_phase_core"
    sequence: tuple[str, ...]
    pnc: bool = False  # Plug & Charge over TLS 1.2 with Josev's own -2 PKI (josev_pki)

    @property
    def dc(self) -> bool:
        return self.energy_transfer_mode.startswith("DC")

    @property
    def id(self) -> str:
        return f"{self.ours}-{'DC' if self.dc else 'AC'}{'-PnC' if self.pnc else ''}"


OLD_PROTOCOL_CASES = (
    OldProtocolCase("DIN70121", "DIN_SPEC_70121", "DC_extended", DIN_DC),
    OldProtocolCase("ISO15118-2", "ISO_15118_2", "AC_three_phase_core", ISO2_AC),
    OldProtocolCase("ISO15118-2", "ISO_15118_2", "DC_extended", ISO2_DC),
)
PNC_CASE = OldProtocolCase("ISO15118-2", "ISO_15118_2", "AC_three_phase_core", ISO2_AC_PNC, pnc=True)


def collapsed(names: list[str]) -> list[str]:
    """Repeats folded (CableCheck/PreCharge/charge loop/WeldingDetection rounds, Josev's PowerDelivery
    Ongoing before Finished): the order of the message pairs is what both sides must agree on."""
    return [n for i, n in enumerate(names) if i == 0 or names[i - 1] != n]


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

    def _matches(self, pattern: re.Pattern[str]) -> list[tuple[str, dict]]:  # type: ignore[type-arg]
        """(name, content) of every message on the wire Josev logged; a DIN/-2 V2G_Message by its body
        element. Josev logs what it signs or checks the same way (-2 SalesTariff, the AuthorizationReq
        fragment of PnC): in a DIN/-2 log only V2G_Message and SupportedAppProtocol lines are messages."""
        raw = []
        for line in self.text().splitlines():
            m = pattern.search(line)
            if m:
                raw.append((m.group(1), json.loads("{" + f'"{m.group(1)}":' + m.group(2))[m.group(1)]))
        if any(name == "V2G_Message" for name, _ in raw):
            raw = [(n, c) for n, c in raw if n == "V2G_Message" or n.startswith("supportedAppProtocol")]
        found = []
        for name, content in raw:
            if name == "V2G_Message" and isinstance(content.get("Body"), dict) and content["Body"]:
                name, content = next(iter(content["Body"].items()))
            found.append((name, content))
        return found

    def received(self) -> list[str]:
        return [name for name, _ in self._matches(_DECODED)]

    def sent(self) -> list[str]:
        return [name for name, _ in self._matches(_ENCODED)]

    def received_exi(self) -> list[tuple[bool, bytes]]:
        """(is SupportedAppProtocol, EXI bytes) of every message Josev received, as it logged them with
        LOG_LEVEL=DEBUG and MESSAGE_LOG_EXI=true: the only view of a TLS session's bytes."""
        found = []
        for line in self.text().splitlines():
            m = _RECEIVED_EXI.search(line)
            if m:
                found.append(("SAP" in m.group(1) or "AppProtocol" in m.group(1), bytes.fromhex(m.group(2))))
        return found

    def body(self, name: str, *, sent: bool = True) -> dict:  # type: ignore[type-arg]
        """The last message `name` Josev sent (or received), as the JSON it logged."""
        bodies = [body for n, body in self._matches(_ENCODED if sent else _DECODED) if n == name]
        assert bodies, f"Josev never {'sent' if sent else 'received'} {name}:\n{self.tail()}"
        return bodies[-1]

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


@contextlib.contextmanager
def tcpdump(netns: str, ifname: str, path: Path) -> Iterator[Path]:
    """tcpdump on `ifname` in `netns` (V2G TCP and SDP) into `path` while the block runs; the file is
    complete when the block ends. Raises JosevUnavailable when tcpdump is missing."""
    if shutil.which("tcpdump") is None:
        raise JosevUnavailable("tcpdump is not installed (apt-get install tcpdump)")
    process = subprocess.Popen(
        ["ip", "netns", "exec", netns, "tcpdump", "-U", "-n", "-i", ifname, "-w", str(path), "tcp or udp port 15118"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert process.stderr is not None
    line = process.stderr.readline()  # "tcpdump: listening on ..." once it captures
    if b"listening" not in line:
        process.wait(5)
        raise AssertionError(f"tcpdump did not start: {line.decode(errors='replace')}")
    try:
        yield path
    finally:
        process.send_signal(signal.SIGINT)  # flushes and closes the file
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def josev_pki(venv: Path, workdir: Path) -> Path:
    """Josev's own -2 test PKI (its create_certs.sh -v iso-2: V2G/MO/OEM roots, P-256, passwords in
    files), made in a copy under `workdir`; the returned directory is what its PKI_PATH wants.
    Raises JosevUnavailable without bash/openssl or when the script fails."""
    if shutil.which("openssl") is None or shutil.which("bash") is None:
        raise JosevUnavailable("openssl and bash are needed for Josev's PKI script")
    package = next(venv.glob("lib/python3*/site-packages/iso15118"))
    pki = workdir / "pki"
    shutil.rmtree(pki, ignore_errors=True)
    shutil.copytree(package / "shared" / "pki", pki)
    made = subprocess.run(["bash", "create_certs.sh", "-v", "iso-2"], cwd=pki, capture_output=True, text=True,
                          timeout=300, env=clean_env(workdir))
    if made.returncode != 0 or not (pki / "iso15118_2" / "certs" / "seccLeafCert.pem").exists():
        raise JosevUnavailable(f"Josev's create_certs.sh -v iso-2 failed: {(made.stdout + made.stderr)[-300:]}")
    return pki


# Josev's -2 PKI file stems for our pki.testpki roles (all its keys share the password in seccLeafPassword.txt).
_JOSEV_STEMS = {"V2G_ROOT": "v2gRootCA", "CPO_SUBCA1": "cpoSubCA1", "CPO_SUBCA2": "cpoSubCA2", "SECC": "seccLeaf",
                "OEM_ROOT": "oemRootCA", "OEM_SUBCA1": "oemSubCA1", "OEM_SUBCA2": "oemSubCA2", "OEM_PROV": "oemLeaf",
                "MO_ROOT": "moRootCA", "MO_SUBCA1": "moSubCA1", "MO_SUBCA2": "moSubCA2", "CONTRACT": "contractLeaf",
                "CPS_SUBCA1": "cpsSubCA1", "CPS_SUBCA2": "cpsSubCA2", "CPS": "cpsLeaf"}


def josev_pki_as_ours(pki: Path, out: Path) -> Path:
    """Josev's -2 PKI (josev_pki) rewritten in our `pki init --suite iso2` layout, so our lab CPS
    (secc.authorization.LocalISO2CPS) issues contracts under Josev's MO Sub-CA 2 and signs with Josev's CPS
    leaf: what a Josev EV trusts."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from pki.issue import Issued
    from pki.profiles import Role, Suite
    from pki.testpki import TestPKI, write_pki

    certs, keys = pki / "iso15118_2" / "certs", pki / "iso15118_2" / "private_keys"
    password = (keys / "seccLeafPassword.txt").read_bytes().strip()
    ours = TestPKI(Suite.ISO2)
    for role, stem in _JOSEV_STEMS.items():
        certificate = x509.load_pem_x509_certificate((certs / f"{stem}Cert.pem").read_bytes())
        key = load_pem_private_key((keys / f"{stem}.key").read_bytes(), password)
        ours.certs[Role[role]] = Issued(Role[role], certificate, key, Suite.ISO2)  # type: ignore[arg-type]
    write_pki(ours, out)
    return out
