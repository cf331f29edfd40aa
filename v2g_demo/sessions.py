"""`v2g-demo`: the README's main job, our EVCC against our SECC on this machine.

Stages, in order (a stage is an async function of the shared DemoContext; the list is open so a
SLAC stage can go before the sessions and a grid/DRM script beside them):

  certificates   throwaway -20 PKI (pki.testpki: V2G, CPO, CPS, OEM and MO hierarchies, P-521) and a
                 -2 one beside it (the same hierarchies, P-256: `pki init --suite iso2`)
  network        as root: plug-in and SLAC on the powerline simulator (iso15118.slac), EV and
                 EVSE each in a network namespace, a neighbouring EVSE hearing the EV through
                 crosstalk; then SDP over link-local IPv6 multicast and TLS over the matched link.
                 Otherwise loopback
  secc           the `secc` CLI as a separate process, with a generated TOML config: -20 and -2 on
                 one TLS listener (TLS 1.3 with the -20 chain, TLS 1.2 with the -2 chain), Plug &
                 Charge with both PKIs' MO roots, each PKI's CPS answering certificate installation
  sessions       1) DC BPT in Dynamic mode (the charger charges, then asks for energy back),
                 2) AC in Scheduled mode; each an `evcc run` process printing one trace line
                 per message and its summary. The vehicle authenticates with its OEM chain in
                 TLS, installs a contract in session 1 and authorizes with it by PnC in both;
                 3) ISO 15118-2 AC with PnC over TLS 1.2 against the same SECC: another vehicle
                 installs its P-256 contract (CertificateInstallation) and authorizes with it;
                 4) DIN SPEC 70121 DC with EIM: a second, DIN-only `secc` process on plain TCP
                 (as DIN chargers run in the field), over loopback
  summary        energy in and out (EV and charger meters), duration, message count

With --ocpp a CSMS simulator (python -m secc.ocpp.csms_sim, its own process) goes before the SECC:
the SECC connects to it over OCPP 2.1, every session is a TransactionEvent transaction there, PnC
contracts are authorized and installed (Get15118EVCertificate) through it, it pushes a charging profile
during the first session, and every OCPP message it sees is printed as a [csms] line.

-20 runs over real TLS 1.3, -2 over TLS 1.2 with its own suite; nothing is left behind (namespaces deleted, processes stopped).
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pki.profiles import Suite
from pki.testpki import build_pki, write_pki

# SECC side of the demo: its simulated EVSE charges for CHARGE_FIRST_S, then (Dynamic BPT) asks
# the EV for V2G_DISCHARGE_W back; see demo_evse().
CHARGE_FIRST_S = 2.0
V2G_DISCHARGE_W = 20_000.0


@dataclass(frozen=True)
class DemoSession:
    title: str
    evcc: dict[str, Any]  # [evcc] table
    settings: dict[str, Any]  # [evcc.settings]
    battery: dict[str, Any]  # [battery]

    @property
    def protocol(self) -> str:
        """The protocol the session offers first (the demo's EVs offer one each)."""
        return str(self.evcc.get("protocols", ["ISO15118-20"])[0])


SESSIONS = (
    DemoSession(
        "DC BPT, Dynamic mode",
        {"energy_transfer": "DC", "bpt": True, "control_mode": "Dynamic", "charge_loop_interval_s": 0.1,
         "max_charge_loops": 40, "evcc_id": "DEMOEV0DCBPT01"},
        {"target_soc": 80, "minimum_soc": 30, "departure_time_s": 3600, "discharge_allowed": True,
         "discharge_soc_floor": 40},
        {"capacity_wh": 77_000, "soc": 62.0},
    ),
    DemoSession(
        "AC, Scheduled mode",
        {"energy_transfer": "AC", "bpt": False, "control_mode": "Scheduled", "charge_loop_interval_s": 0.1,
         "max_charge_loops": 30, "evcc_id": "DEMOEV0ACSCH01"},
        {"target_soc": 90, "departure_time_s": 7200},
        {"capacity_wh": 58_000, "soc": 45.0},
    ),
    # A -2 vehicle (P-256 PKI, TLS 1.2 without a client certificate) at the same charger.
    DemoSession(
        "ISO 15118-2 AC, PnC",
        {"protocols": ["ISO15118-2"], "energy_transfer": "AC", "charge_loop_interval_s": 0.1,
         "max_charge_loops": 20, "evcc_id": "02:00:00:15:11:02"},
        {"target_soc": 90, "departure_time_s": 7200},
        {"capacity_wh": 40_000, "soc": 35.0},
    ),
)


# Session 3: DIN 70121 against a DIN-only SECC process (plain TCP, EIM); see stage_din_session.
DIN_SESSION = DemoSession(
    "DIN 70121 DC (EIM)",
    {"protocols": ["DIN70121"], "energy_transfer": "DC", "charge_loop_interval_s": 0.1, "max_charge_loops": 20,
     "evcc_id": "02:00:00:70:12:01"},
    {"target_soc": 80},
    {"capacity_wh": 64_000, "soc": 40.0},
)


def demo_evse() -> Any:
    """SECC controller factory for the demo (`secc --controller v2g_demo.sessions:demo_evse`): the simulated
    EVSE, whose Dynamic BPT policy charges first and then discharges, like a price signal would."""
    import time

    from secc.simulator import SimulatedEVSE, SimulatorSettings

    class V2GDemoEVSE(SimulatedEVSE):
        started: float | None = None

        async def dynamic_setpoint(self, request: Any) -> float:
            now = time.monotonic()
            self.started = self.started or now
            if now - self.started >= CHARGE_FIRST_S and request.ev_max_discharge_power_w > 0:
                return -min(V2G_DISCHARGE_W, request.ev_max_discharge_power_w)
            return request.ev_max_charge_power_w

    return V2GDemoEVSE(SimulatorSettings())


@dataclass
class Netns:
    """Where each side runs: the namespaces and interfaces of the matched EVSE and EV stations."""

    secc_ns: str
    ev_ns: str
    secc_if: str
    ev_if: str

    def prefix(self, side: str) -> list[str]:
        return ["ip", "netns", "exec", self.secc_ns if side == "secc" else self.ev_ns]


@dataclass
class DemoContext:
    workdir: Path
    log_dir: Path | None
    loopback: bool
    out: Callable[[str], None] = print
    netns: Netns | None = None
    pki: dict[str, Any] = field(default_factory=dict)
    secc_process: asyncio.subprocess.Process | None = None
    secc_port: int | None = None
    secc_lines: list[str] = field(default_factory=list)
    ocpp: bool = False  # a CSMS simulator process, and the SECC's [ocpp] table pointing at it
    csms_url: str | None = None
    results: list[tuple[DemoSession, dict[str, Any]]] = field(default_factory=list)
    cleanups: list[Callable[[], Awaitable[None]]] = field(default_factory=list)


Stage = Callable[[DemoContext], Awaitable[None]]


async def stage_certificates(ctx: DemoContext) -> None:
    manifest = write_pki(build_pki(), ctx.workdir / "pki")
    ctx.pki = manifest
    ctx.out(f"== certificates: -20 test PKI ({manifest['suite']}) for {manifest['evseid']} in {ctx.workdir / 'pki'}")
    iso2 = write_pki(build_pki(Suite.ISO2), ctx.workdir / "pki2")
    ctx.out(f"== certificates: -2 test PKI ({iso2['suite']}) in {ctx.workdir / 'pki2'}")


async def stage_network(ctx: DemoContext) -> None:
    """As root: plug in on a simulated powerline shared with a neighbouring charge point, SLAC
    matches the EV with its own EVSE, and SDP/TLS then run over that link only."""
    if ctx.loopback or os.geteuid() != 0 or shutil.which("ip") is None:
        ctx.out("== network: loopback (::1); run as root for SLAC over the simulated powerline")
        return
    from iso15118.slac.simulation import SimulatedSite

    site = SimulatedSite(evse_count=2)
    await site.__aenter__()

    async def unplug() -> None:
        await site.__aexit__(None, None, None)

    ctx.cleanups.append(unplug)
    plug = await site.plug_in()
    ctx.netns = Netns(plug.evse.netns, plug.ev.netns, plug.evse.ifname, plug.ev.ifname)
    ctx.out(f"== SLAC: CP state B -> data link ready in {plug.elapsed * 1000:.0f} ms; EV {plug.ev.mac} matched "
            f"EVSE {plug.evse.mac} (a neighbouring EVSE heard it through crosstalk and was not chosen)")
    ctx.out(f"== network: {plug.evse.netns} [{plug.evse.ifname}] <-powerline-> {plug.ev.netns} [{plug.ev.ifname}], "
            "SDP on ff02::1")


def _python() -> list[str]:
    return [sys.executable, "-m"]


async def _spawn_in_secc_namespace(ctx: DemoContext, module_args: list[str],
                                   in_namespace: bool = True) -> asyncio.subprocess.Process:
    """`python -m <module_args>` in the SECC's namespace (if any), output piped, ended at clean-up."""
    command = _python() + module_args
    if ctx.netns and in_namespace:
        command = ctx.netns.prefix("secc") + command
    process = await asyncio.create_subprocess_exec(*command, stdout=asyncio.subprocess.PIPE,
                                                   stderr=asyncio.subprocess.STDOUT)

    async def stop() -> None:
        if process.returncode is None:
            process.terminate()
            try:
                await asyncio.wait_for(process.wait(), 5.0)
            except TimeoutError:
                process.kill()
                await process.wait()

    ctx.cleanups.append(stop)
    return process


async def stage_secc(ctx: DemoContext) -> None:
    pki, pki2 = ctx.workdir / "pki", ctx.workdir / "pki2"
    files = ctx.pki["files"]["secc"]
    interface = f'interface = "{ctx.netns.secc_if}"\n' if ctx.netns else ""
    config = ctx.workdir / "secc.toml"
    config.write_text(
        "[server]\n"
        f'host = "::1"\n{interface}port = 0\nsdp = true\n'
        f'tls_cert = "{pki / files["chain"]}"\ntls_key = "{pki / files["key"]}"\n'
        # ISO 15118-2 on the same listener: a TLS 1.2 handshake gets the -2 (P-256) chain
        f'iso2_tls_cert = "{pki2 / "secc" / "chain.pem"}"\niso2_tls_key = "{pki2 / "secc" / "leaf.key.pem"}"\n'
        + (f'log_path = "{ctx.log_dir}"\n' if ctx.log_dir else "")
        + f'tls_ca = "{pki / "trust" / "oem-roots.pem"}"\ntls_client_auth = "optional"\n'
        + "trace = false\n"
        '[secc]\nevse_id = "DE*PNX*E12345*1"\nservices = ["AC", "DC", "AC_BPT", "DC_BPT"]\n'
        'protocols = ["ISO15118-20", "ISO15118-2"]\n'
        'control_modes = ["Scheduled", "Dynamic"]\n'
        'authorization_methods = ["PnC", "EIM"]\ncertificate_installation = true\n'
        "[simulator]\ncable_check_duration_s = 0.3\n"
        # Plug & Charge: contracts checked against the MO root; the toolkit PKI doubles as the CPS
        # (behind the CSMS with --ocpp: Get15118EVCertificate).
        f'[pnc]\nmo_roots = ["{pki / "trust" / "mo-roots.pem"}", "{pki2 / "trust" / "mo-roots.pem"}"]\n'
        + ("" if ctx.ocpp else f'local_cps = "{pki}"\niso2_local_cps = "{pki2}"\n')
        + (f'[ocpp]\ncsms_url = "{ctx.csms_url}"\nstation_id = "{CSMS_STATION}"\npassword = "{CSMS_PASSWORD}"\n'
           f'queue_path = "{ctx.workdir / "ocpp-queue.sqlite"}"\nmeter_interval_s = 2.0\n' if ctx.ocpp else "")
    )
    process = ctx.secc_process = await _spawn_in_secc_namespace(
        ctx, ["secc.cli", str(config), "--controller", "v2g_demo.sessions:demo_evse"])
    ctx.secc_port = await _listening_port(ctx, process, "secc")

    async def collect() -> None:
        assert process.stdout is not None
        async for raw in process.stdout:
            ctx.secc_lines.append(raw.decode(errors="replace").rstrip())

    task = asyncio.get_running_loop().create_task(collect())

    async def stop_collecting() -> None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    ctx.cleanups.append(stop_collecting)


async def _listening_port(ctx: DemoContext, process: asyncio.subprocess.Process, name: str) -> int:
    """The port a `secc` process announces; its earlier output is shown."""
    assert process.stdout is not None
    async with asyncio.timeout(20.0):
        while True:
            raw = await process.stdout.readline()
            if not raw:  # EOF: the SECC exited (bad config, port in use...); its output is above
                raise RuntimeError(f"the SECC process ended before listening (exit code {await process.wait()})")
            line = raw.decode(errors="replace").rstrip()
            if "listening on port" in line:
                ctx.out(f"== {name}: pid {process.pid}: {line}")
                return int(line.split("listening on port")[1].split()[0])
            if line:
                ctx.out(f"   [{name}] {line}")


async def stage_din_session(ctx: DemoContext) -> None:
    """A DIN-only `secc` process (plain TCP, EIM, no certificates: DIN as used in the field) on loopback,
    and a DIN DC session of `evcc run` against it; its summary line joins the charger's."""
    config = ctx.workdir / "secc-din.toml"
    config.write_text(
        '[server]\nhost = "::1"\nport = 0\nsdp = false\ntrace = false\n'
        + (f'log_path = "{ctx.log_dir}"\n' if ctx.log_dir else "")
        + '[secc]\nevse_id = "DE*PNX*E12345*2"\nprotocols = ["DIN70121"]\nservices = ["DC"]\n'
        'authorization_methods = ["EIM"]\n[simulator]\ncable_check_duration_s = 0.3\n'
    )
    process = await _spawn_in_secc_namespace(ctx, ["secc.cli", str(config)], in_namespace=False)
    port = await _listening_port(ctx, process, "secc DIN")
    await run_demo_session(ctx, DIN_SESSION, len(ctx.results) + 1, port=port)
    await asyncio.sleep(0.3)  # the SECC prints its summary after the EV hangs up
    process.terminate()
    assert process.stdout is not None
    output = (await process.stdout.read()).decode(errors="replace").splitlines()
    ctx.secc_lines.extend(line for line in output if line.startswith("session "))


CSMS_STATION, CSMS_PASSWORD = "CS001", "demo"
# What the simulated CSMS pushes once the SECC is connected: a 30 kW site limit during the DC session,
# lifted again a few seconds later (the DC session's charge loop follows it).
CSMS_SCRIPT = [
    {"after_s": 3.0, "evse_id": 0, "chargingProfile": {
        "id": 100, "stackLevel": 0, "chargingProfilePurpose": "ChargingStationExternalConstraints",
        "chargingProfileKind": "Absolute",
        "chargingSchedule": [{"id": 100, "chargingRateUnit": "W", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 30000.0}]}]}},
    {"after_s": 2.0, "clear": 100},
]


async def stage_csms(ctx: DemoContext) -> None:
    """The CSMS simulator as its own process (in the SECC's namespace), its messages printed as [csms] lines."""
    if not ctx.ocpp:
        return
    script = ctx.workdir / "csms-script.json"
    script.write_text(json.dumps(CSMS_SCRIPT))
    command = ["secc.ocpp.csms_sim", "--port", "0", "--pki", str(ctx.workdir / "pki"),
                           "--password", f"{CSMS_STATION}:{CSMS_PASSWORD}", "--script", str(script),
                           "--station", CSMS_STATION, "--max-line", "150"]
    process = await _spawn_in_secc_namespace(ctx, command)
    assert process.stdout is not None
    async with asyncio.timeout(20.0):
        while ctx.csms_url is None:
            raw = await process.stdout.readline()
            if not raw:
                raise RuntimeError(f"the CSMS simulator ended before listening (exit code {await process.wait()})")
            line = raw.decode(errors="replace").rstrip()
            if "listening on " in line:
                ctx.csms_url = line.split("listening on ")[1].split()[0]
            ctx.out(f"== csms: pid {process.pid}: {line}")

    async def echo() -> None:
        assert process.stdout is not None
        async for raw in process.stdout:
            ctx.out("   " + raw.decode(errors="replace").rstrip())

    task = asyncio.get_running_loop().create_task(echo())

    async def stop_echo() -> None:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)

    ctx.cleanups.append(stop_echo)


def _toml_table(name: str, values: dict[str, Any]) -> str:
    lines = [f"[{name}]"]
    for key, value in values.items():
        if isinstance(value, bool):
            text = "true" if value else "false"
        elif isinstance(value, str):
            text = f'"{value}"'
        elif isinstance(value, list):
            text = "[" + ", ".join(f'"{v}"' for v in value) + "]"
        else:
            text = repr(value)
        lines.append(f"{key} = {text}")
    return "\n".join(lines) + "\n"


async def run_demo_session(ctx: DemoContext, session: DemoSession, index: int, *, port: int | None = None) -> None:
    """One `evcc run` process; a DIN session (EIM, plain TCP) goes to the DIN SECC on loopback `port`,
    -20 (TLS 1.3) and -2 (TLS 1.2) sessions to the demo SECC, each with its own PKI."""
    if session.protocol == "DIN70121":
        config = ctx.workdir / f"ev{index}.toml"
        config.write_text(_toml_table("evcc", session.evcc) + _toml_table("evcc.settings", session.settings)
                          + _toml_table("battery", session.battery)
                          + _toml_table("connection", {"host": "::1", "port": port}))
        await _run_ev(ctx, session, index, config, "plain TCP, loopback", netns=False)
        return
    iso2 = session.protocol == "ISO15118-2"
    pki = ctx.workdir / ("pki2" if iso2 else "pki")
    connection: dict[str, Any] = {"tls_trust_roots": [str(pki / ctx.pki["trust"]["v2g"])]}
    if ctx.netns:
        connection["interface"] = ctx.netns.ev_if
    else:
        connection.update(host="::1", port=ctx.secc_port)
    # The vehicle installs a contract in its first session (CertificateInstallation) and signs
    # AuthorizationReq with it in every session (PnC); -20 also authenticates in TLS with its OEM chain
    # (-2 TLS has no client certificate).
    if not iso2:
        connection.update(tls_cert_chain=str(pki / "oem" / "chain.pem"),
                          tls_private_key=str(pki / "oem" / "prov.key.pem"))
    wallet = {"provisioning_chain": str(pki / "oem" / "chain.pem"), "provisioning_key": str(pki / "oem" / "prov.key.pem"),
              "contract_store": str(ctx.workdir / ("ev-contracts-iso2" if iso2 else "ev-contracts"))}
    config = ctx.workdir / f"ev{index}.toml"
    config.write_text(
        _toml_table("evcc", {"authorization": "PnC", **session.evcc})
        + _toml_table("evcc.settings", session.settings)
        + _toml_table("battery", session.battery)
        + _toml_table("connection", connection)
        + _toml_table("pnc", wallet)
    )
    await _run_ev(ctx, session, index, config, f"{'SDP + ' if ctx.netns else ''}TLS {'1.2' if iso2 else '1.3'}",
                  netns=bool(ctx.netns))


async def _run_ev(ctx: DemoContext, session: DemoSession, index: int, config: Path, how: str, *, netns: bool) -> None:
    summary_path = ctx.workdir / f"ev{index}.json"
    command = _python() + ["evcc.cli", "run", str(config), "--summary-json", str(summary_path)]
    if ctx.log_dir:
        command += ["--log-dir", str(ctx.log_dir)]
    if netns and ctx.netns:
        command = ctx.netns.prefix("ev") + command
    ctx.out(f"== session {index}: {session.title} ({session.protocol}, {how})")
    process = await asyncio.create_subprocess_exec(
        *command, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
    )
    assert process.stdout is not None
    async for raw in process.stdout:
        ctx.out("   " + raw.decode(errors="replace").rstrip())
    await process.wait()
    result = json.loads(summary_path.read_text()) if summary_path.exists() else {"error": True, "outcome": None}
    result["exit_code"] = process.returncode
    ctx.results.append((session, result))


async def stage_sessions(ctx: DemoContext) -> None:
    for index, session in enumerate(SESSIONS, start=1):
        if ctx.ocpp and session.protocol == "ISO15118-2":  # its contract would be authorized through the CSMS
            ctx.out(f"== session {index}: {session.title}: not with --ocpp (the CSMS simulator authorizes "
                    "-20 contracts only)")
            continue
        await run_demo_session(ctx, session, index)


async def stage_summary(ctx: DemoContext) -> None:
    await asyncio.sleep(0.3)  # the SECC prints its summary after the EV hangs up
    charger = [line for line in ctx.secc_lines if line.startswith("session ")]
    ctx.out("== summary")
    for i, (session, r) in enumerate(ctx.results):
        requests = r.get("requests", [])
        authorization = ("EIM" if session.protocol == "DIN70121" else "PnC, contract installed first"
                         if "CertificateInstallationReq" in requests else "PnC with the stored contract")
        negotiated = ", ".join(r.get("protocols", [])) or "no protocol negotiated"
        ctx.out(
            f"   {session.title:22s} {negotiated}: {r.get('outcome')}{' (error)' if r.get('error') else ''} ({authorization}): "
            f"{r.get('messages', 0)} messages in {r.get('duration_s', 0):.1f} s; "
            f"EV energy in {r.get('energy_in_wh', 0):.1f} Wh, out {r.get('energy_out_wh', 0):.1f} Wh; "
            f"SoC {session.battery['soc']:.1f} -> {r.get('final_soc', 0):.2f} %"
        )
        if i < len(charger):
            ctx.out(f"   {'':22s} charger: {charger[i]}")
    if ctx.log_dir:
        ctx.out(f"   JSON-lines message logs: {ctx.log_dir}")


DEFAULT_STAGES: list[Stage] = [stage_certificates, stage_network, stage_csms, stage_secc, stage_sessions,
                               stage_din_session, stage_summary]


async def run_demo(ctx: DemoContext, stages: list[Stage] | None = None) -> bool:
    try:
        for stage in stages or DEFAULT_STAGES:
            await stage(ctx)
    finally:
        for cleanup in reversed(ctx.cleanups):  # last set up, first torn down: processes before the link
            try:
                await cleanup()
            except Exception as exc:  # cleanup must go on: namespaces and processes must not leak
                ctx.out(f"   cleanup: {exc!r}")
    return bool(ctx.results) and all(not r.get("error") and r.get("exit_code") == 0 for _, r in ctx.results)


def main(*, loopback: bool = False, log_dir: Path | None = None, keep: Path | None = None, ocpp: bool = False) -> int:
    if log_dir:
        log_dir.mkdir(parents=True, exist_ok=True)
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        ok = asyncio.run(run_demo(DemoContext(workdir=keep, log_dir=log_dir, loopback=loopback, ocpp=ocpp)))
    else:
        with tempfile.TemporaryDirectory(prefix="v2g-demo-") as tmp:
            ok = asyncio.run(run_demo(DemoContext(workdir=Path(tmp), log_dir=log_dir, loopback=loopback, ocpp=ocpp)))
    return 0 if ok else 1
