"""`secc --pcap` and `evcc run --pcap` as processes in two namespaces over TLS 1.3: each file holds the real
packets and, per TLS connection, the decrypted V2GTP stream that a reader without keys can decode."""
from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sys
from pathlib import Path

import pytest
from scapy.utils import PcapNgReader

from iso15118.capture import ConnectionEvent, KeyLog, V2GEvent, read_capture
from iso15118.capture.report import message_name
from pki.testpki import build_pki, write_pki
from tests.netns_helpers import NETNS_MARKS, veth_link

pytestmark = NETNS_MARKS

_ROOT = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(_ROOT)}


def _configs(tmp: Path, secc_if: str, ev_if: str) -> tuple[Path, Path]:
    manifest = write_pki(build_pki(), tmp / "pki")
    secc = manifest["files"]["secc"]
    (tmp / "secc.toml").write_text(
        f'[server]\ninterface = "{secc_if}"\nport = 0\nsdp = true\ntls_cert = "pki/{secc["chain"]}"\n'
        f'tls_key = "pki/{secc["key"]}"\ntrace = true\n[secc]\nevse_id = "DE*PNX*E12345*1"\n')
    (tmp / "ev.toml").write_text(
        '[evcc]\nenergy_transfer = "DC"\ncontrol_mode = "Dynamic"\nauthorization = "EIM"\n'
        'charge_loop_interval_s = 0.0\nmax_charge_loops = 3\ntiming_scale = 1.0\n'
        f'[connection]\ninterface = "{ev_if}"\ntls_trust_roots = ["pki/{manifest["trust"]["v2g"]}"]\n')
    return tmp / "secc.toml", tmp / "ev.toml"


async def _run(tmp: Path) -> tuple[str, int]:
    with veth_link("pcap-") as link:
        secc_toml, ev_toml = _configs(tmp, link.a.ifname, link.b.ifname)
        secc = await asyncio.create_subprocess_exec(
            "ip", "netns", "exec", link.a.netns, sys.executable, "-m", "secc.cli", str(secc_toml),
            "--pcap", str(tmp / "secc.pcapng"), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
            env=_env(), cwd=_ROOT)
        assert secc.stdout is not None
        try:
            while b"listening" not in (line := await asyncio.wait_for(secc.stdout.readline(), 30)):
                assert line, "secc exited before listening"
            live = await asyncio.create_subprocess_exec(  # v2g-capture -i beside the charger, as a lab would
                "ip", "netns", "exec", link.a.netns, sys.executable, "-m", "iso15118.capture", "-i", link.a.ifname,
                "--timeout", "12", stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=_env(), cwd=_ROOT)
            await asyncio.sleep(2.0)  # the live capture opens its socket
            ev = await asyncio.create_subprocess_exec(
                "ip", "netns", "exec", link.b.netns, sys.executable, "-m", "evcc.cli", "run", str(ev_toml),
                "--pcap", str(tmp / "ev.pcapng"), "--keylog", str(tmp / "ev-keys.log"),
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT, env=_env(), cwd=_ROOT)
            out, _ = await asyncio.wait_for(ev.communicate(), 90)
            live_out, _ = await asyncio.wait_for(live.communicate(), 30)
            (tmp / "live.txt").write_bytes(live_out)
            await asyncio.sleep(0.3)
        finally:
            secc.send_signal(signal.SIGTERM)
            await asyncio.wait_for(secc.wait(), 30)
        return out.decode(), ev.returncode or 0


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("rec")
    ev_out, rc = asyncio.run(_run(tmp))
    assert rc == 0, ev_out
    return tmp, ev_out


@pytest.mark.parametrize("side", ["secc", "ev"])
def test_recording_holds_the_decrypted_session(recorded: tuple[Path, str], side: str) -> None:
    tmp, ev_out = recorded
    ev_messages = [line.split()[3] for line in ev_out.splitlines() if " EVCC " in line and ("->" in line or "<-" in line)]
    assert ev_messages and ev_messages[-1] == "SessionStopRes"
    events = list(read_capture(tmp / f"{side}.pcapng"))  # no key log: the decrypted copy speaks for itself
    decoded = [e for e in events if isinstance(e, V2GEvent)]
    assert [message_name(e.message) for e in decoded] == ev_messages
    assert all(e.connection.ev.address.startswith("fd00:15:118:") for e in decoded)
    # the real TLS conversation is there too, and says it cannot be read without keys
    assert any(isinstance(e, ConnectionEvent) and "TLS records not decrypted" in e.text for e in events)
    packets = list(PcapNgReader(str(tmp / f"{side}.pcapng")))
    comments = [p.comments for p in packets if getattr(p, "comments", None)]
    assert comments and b"decrypted V2GTP of connection" in comments[0][0]
    times = [float(p.time) for p in packets]
    assert times == sorted(times) and any(t % 1 for t in times)  # microseconds kept, in capture order


def test_evcc_keylog_decrypts_the_real_tls_packets(recorded: tuple[Path, str]) -> None:
    """`evcc run --keylog`: the real TLS conversation in the recording reads with the EV's key log."""
    tmp, ev_out = recorded
    assert "TLS KEY LOG ON" in ev_out  # the loud warning
    events = list(read_capture(tmp / "ev.pcapng", KeyLog.load(tmp / "ev-keys.log")))
    real = [message_name(e.message) for e in events
            if isinstance(e, V2GEvent) and not e.connection.ev.address.startswith("fd00:15:118:")]
    copy = [message_name(e.message) for e in events
            if isinstance(e, V2GEvent) and e.connection.ev.address.startswith("fd00:15:118:")]
    assert real == copy and real[-1] == "SessionStopRes"


def test_live_capture_beside_the_charger(recorded: tuple[Path, str]) -> None:
    """`v2g-capture -i IF` during the session: SDP and the TLS connection (no key log: said, not hidden)."""
    tmp, _ = recorded
    live = (tmp / "live.txt").read_text()
    assert "SDPRequest" in live and "SDPResponse" in live, live
    assert "TLS 1.3 TLS_AES_256_GCM_SHA384 negotiated" in live or "TLS 1.3 TLS_CHACHA20_POLY1305_SHA256 negotiated" in live
    assert "TLS records not decrypted (no keys)" in live


def test_pcap_without_capture_rights_is_a_clear_error(tmp_path: Path) -> None:
    """Root without CAP_NET_RAW, as a service might run: the SECC refuses to start and says why."""
    import subprocess

    (tmp_path / "secc.toml").write_text('[server]\nallow_plain_tcp = true\n[secc]\nevse_id = "DE*PNX*E1"\n')
    r = subprocess.run(["setpriv", "--bounding-set=-net_raw", "--inh-caps=-net_raw", sys.executable, "-m", "secc.cli",
                        str(tmp_path / "secc.toml"), "--pcap", str(tmp_path / "x.pcapng")],
                       capture_output=True, text=True, timeout=60, env=_env(), cwd=_ROOT)
    assert r.returncode == 2, r.stderr
    assert "cannot capture on lo" in r.stderr and "CAP_NET_RAW" in r.stderr and "Traceback" not in r.stderr, r.stderr


@pytest.mark.skipif(shutil.which("tshark") is None, reason="needs tshark (Debian package tshark)")
def test_wireshark_reads_the_recording_and_decrypts_it_with_the_key_log(recorded: tuple[Path, str]) -> None:
    """tshark, Wireshark's command line, as the independent reader: both conversations with our comment, and
    the real TLS 1.3 decrypted with the key log `evcc --keylog` wrote (V2GTP header 01 FE in the plaintext)."""
    import subprocess

    tmp, _ = recorded
    capture, keylog = tmp / "ev.pcapng", tmp / "ev-keys.log"

    def tshark(*args: str) -> str:
        run = subprocess.run(["tshark", "-r", str(capture), *args], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        return run.stdout

    conversations = tshark("-q", "-z", "conv,tcp")
    assert "fd00:15:118:1::e" in conversations and "fe80::" in conversations
    assert "decrypted V2GTP of connection" in tshark("-Y", "frame.comment", "-T", "fields", "-e", "frame.comment")
    plain = tshark("-o", f"tls.keylog_file:{keylog}", "-Y", "tls && data", "-T", "fields", "-e", "data.data")
    assert plain.splitlines() and all(line.startswith("01fe") for line in plain.splitlines())
    assert tshark("-Y", "tls && data", "-T", "fields", "-e", "data.data").strip() == ""  # without it: nothing
