"""`v2g-demo --ocpp` on loopback: the CSMS simulator process sees both sessions as transactions, installs
and authorizes the contract, pushes its scripted profile, and prints what it sees as [csms] lines."""
from __future__ import annotations

from pathlib import Path

from v2g_demo.sessions import DemoContext, run_demo


async def test_demo_with_the_csms_visible(tmp_path: Path) -> None:
    lines: list[str] = []
    ok = await run_demo(DemoContext(workdir=tmp_path, log_dir=None, loopback=True, ocpp=True, out=lines.append))
    assert ok, "\n".join(lines)
    csms = [line.strip() for line in lines if line.strip().startswith("[csms]")]
    actions = [line.split()[3] for line in csms if line.split()[2] == "<-"]
    assert actions[0] == "BootNotification"
    assert "Get15118EVCertificate" in actions and actions.count("Authorize") == 2
    assert sum(1 for line in csms if "TransactionEvent" in line and '"eventType": "Ended"' in line) == 2
    assert any("-> SetChargingProfile" in line for line in csms) and any("-> ClearChargingProfile" in line for line in csms)
