"""MeteringConfirmation in real PnC sessions: the SECC notifies, the EV signs the MeterInfo of that
ChargeLoopRes with its contract key, the SECC verifies it against the accepted contract and hands the
signed reading to the controller; a bad signature or altered reading ends the session with power off."""
from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pnc_lab import Credentials, Lab, ev_config, run_ev, secc_toml

from evcc.controller import Authorization, ControlMode, EnergyTransfer
from evcc.phase import EndKind
from iso15118.messages import common_messages as cm
from pki.profiles import Role, Suite


def _contract(lab: Lab, **kw: Any) -> Credentials:
    return Credentials(lab.pki.chain(Role.CONTRACT), lab.pki[Role.CONTRACT].key, **kw)


@pytest.mark.parametrize("suite, transfer, mode", [
    (Suite.ISO20_ECDSA, EnergyTransfer.DC, ControlMode.Dynamic),
    (Suite.ISO20_ED448, EnergyTransfer.AC, ControlMode.Scheduled),
], ids=["ecdsa-dc-dynamic", "ed448-ac-scheduled"])
async def test_metering_confirmation_in_a_pnc_session(start_secc, labs, suite, transfer, mode) -> None:
    lab = labs[suite]
    secc = await start_secc(secc_toml(lab))
    secc.metering_after = 2
    credentials = _contract(lab)
    report, ev = await run_ev(secc, lab, credentials,
                              config=ev_config(energy_transfer=transfer, control_mode=mode, max_charge_loops=5))
    assert report.end.kind is EndKind.Terminated and not report.end.error, report.end
    assert report.requests.count("MeteringConfirmationReq") == 1
    (data,) = secc.confirmations
    signed = credentials.signed[-1]
    assert isinstance(signed, cm.MeteringConfirmationReq) and signed.SignedMeteringData == data
    assert data.SessionID == bytes.fromhex(report.end.session_id.hex())
    if mode is ControlMode.Scheduled:
        assert data.Scheduled_SMDTControlMode is not None
    else:
        assert data.Dynamic_SMDTControlMode is not None
    assert report.requests.count(f"{transfer.value}_ChargeLoopReq") == 5  # charging went on afterwards


def _tamper_metering(signed: Any) -> Any:
    if isinstance(signed, cm.MeteringConfirmationReq):
        value = signed.Header.Signature.SignatureValue
        value.value = bytes([value.value[-1] ^ 0xFF]) + value.value[1:]
    return signed


def _alter_reading(request: Any) -> None:
    if isinstance(request, cm.MeteringConfirmationReq):
        request.SignedMeteringData.MeterInfo.ChargedEnergyReadingWh += 1000  # signed, but not what was metered


@pytest.mark.parametrize("credentials, code", [
    (lambda lab: _contract(lab, spoil=_tamper_metering), "FAILED_MeteringSignatureNotValid"),
    (lambda lab: _contract(lab, before_signing=_alter_reading), "FAILED"),
], ids=["tampered-signature", "altered-reading"])
async def test_a_bad_metering_confirmation_ends_the_session_with_power_off(start_secc, labs, credentials, code) -> None:
    lab = labs[Suite.ISO20_ECDSA]
    secc = await start_secc(secc_toml(lab))
    secc.metering_after = 2
    report, ev = await run_ev(secc, lab, credentials(lab))
    assert report.end.kind is EndKind.Failed and f"MeteringConfirmationRes: {code}" in report.end.reason, report.end
    assert secc.confirmations == []
    assert True in ev.contactor_history and ev.contactor_history[-1] is False  # power had flowed; EV opened
    async with asyncio.timeout(3):  # the SECC writes its summary after the EV hung up
        while not secc.server.summaries:
            await asyncio.sleep(0.01)
    assert code in secc.server.summaries[-1].end_reason
    evse = secc.evses[-1]
    assert evse.power_off_calls >= 1 and not evse.contactors_closed


async def test_no_metering_confirmation_without_a_contract(start_secc, labs) -> None:
    """EIM: the EV holds no contract key, so the SECC never sends the notification."""
    lab = labs[Suite.ISO20_ECDSA]
    secc = await start_secc(secc_toml(lab))
    secc.metering_after = 2
    report, _ = await run_ev(secc, lab, None, config=ev_config(authorization=Authorization.EIM))
    assert not report.end.error and "MeteringConfirmationReq" not in report.requests
    assert secc.confirmations == [] and [a.method for a in secc.authorizations] == ["EIM"]
