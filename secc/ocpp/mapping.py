"""Pure translations between ISO 15118-20 and OCPP 2.0.1/2.1: response codes, stop reasons, meter values,
certificate hash data. No I/O; every OCPP shape is camelCase JSON the library validates when sent."""
from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509 import ocsp
from cryptography.x509.oid import AuthorityInformationAccessOID

from iso15118.messages.common_types import responseCodeType as RC
from secc.controller import ControlMode, EVChargeNeeds, EVPowerProfile, MeterReading

# AuthorizeResponse.certificateStatus -> the -20 AuthorizationRes code (V2G20-2620..)
CERTIFICATE_STATUS_CODES = {
    "SignatureError": RC.FAILED_SignatureError,
    "CertificateExpired": RC.WARNING_CertificateExpired,
    "CertificateRevoked": RC.WARNING_CertificateRevoked,
    "NoCertificateAvailable": RC.WARNING_NoCertificateAvailable,
    "CertChainError": RC.WARNING_CertificateValidationError,
    "ContractCancelled": RC.WARNING_GeneralPnCAuthorizationError,
}
# idTokenInfo.status other than Accepted, for a PnC (eMAID) token
ID_TOKEN_STATUS_CODES = {
    "Unknown": RC.WARNING_eMSPUnknown,
    "Expired": RC.WARNING_CertificateExpired,
}


def pnc_response_code(id_token_status: str, certificate_status: str | None, local: RC) -> RC:
    """The CSMS's verdict on a contract as the AuthorizationRes ResponseCode. `local` is our own
    verification's OK code (OK or OK_CertificateExpiresSoon), kept when the CSMS accepts."""
    if certificate_status not in (None, "Accepted"):
        return CERTIFICATE_STATUS_CODES[str(certificate_status)]
    if id_token_status == "Accepted":
        return local
    return ID_TOKEN_STATUS_CODES.get(id_token_status, RC.WARNING_GeneralPnCAuthorizationError)


def stopped_reason(end_reason: str, *, remote_stop: bool = False, authorized: bool = True) -> str:
    """The session's end (secc.session end_reason) as TransactionEvent stoppedReason; an EV that leaves
    after being refused ends a transaction that was never authorized (DeAuthorized)."""
    text = end_reason.lower()
    if remote_stop:
        return "Remote"
    if text.startswith("terminated by the ev") or text.startswith("paused by the ev"):
        return "StoppedByEV" if authorized else "DeAuthorized"
    if "shutting down" in text:
        return "Reboot"
    if "grid: disconnect" in text or "emergency" in text:
        return "EmergencyStop"
    if "authorization" in text or text.startswith("warning_"):
        return "DeAuthorized"
    if "timeout" in text or "notificationmaxdelay" in text:
        return "Timeout"
    if text.startswith("connection closed") or "v2gtp error" in text:
        return "EVDisconnected"
    return "Other"


ENDED_TRIGGERS = {"Remote": "RemoteStop", "EVDisconnected": "EVCommunicationLost", "StoppedByEV": "StopAuthorized",
                  "DeAuthorized": "Deauthorized"}  # stoppedReason -> triggerReason of the Ended event


def charging_needs(version: str | None, dc: bool, needs: EVChargeNeeds, voltage_v: float) -> dict[str, Any]:
    """NotifyEVChargingNeeds.chargingNeeds (snake_case for the library) from the EV's ScheduleExchange.
    OCPP 2.1 adds the -20 V2X parameters, control mode and BPT transfer modes; 2.0.1 wants integers."""
    bpt = needs.max_discharge_power_w > 0
    transfer = ("DC_BPT" if dc else "AC_BPT") if bpt and version == "ocpp2.1" else ("DC" if dc else "AC_three_phase")
    out: dict[str, Any] = {"requested_energy_transfer": transfer}
    if needs.departure_time_s is not None:
        out["departure_time"] = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=needs.departure_time_s)).isoformat(
            timespec="seconds").replace("+00:00", "Z")
    energy = needs.target_energy_wh
    if dc:
        current, voltage = needs.max_charge_current_a, needs.max_voltage_v
        if current is not None and voltage is not None and math.isfinite(current) and math.isfinite(voltage):
            dcp: dict[str, Any] = {"ev_max_current": round(current), "ev_max_voltage": round(voltage),
                                   "ev_max_power": round(needs.max_charge_power_w)}
            if energy is not None:
                dcp["energy_amount"] = round(energy)
            out["dc_charging_parameters"] = dcp
    else:
        per_amp = voltage_v * 3
        out["ac_charging_parameters"] = {"energy_amount": round(energy or 0.0),
                                         "ev_min_current": round(needs.min_charge_power_w / per_amp),
                                         "ev_max_current": round(needs.max_charge_power_w / per_amp),
                                         "ev_max_voltage": round(voltage_v)}
    if version == "ocpp2.1":
        v2x: dict[str, Any] = {"max_charge_power": needs.max_charge_power_w, "min_charge_power": needs.min_charge_power_w}
        if bpt:
            v2x.update(max_discharge_power=needs.max_discharge_power_w, min_discharge_power=needs.min_discharge_power_w)
        for key, value in (("ev_target_energy_request", energy), ("ev_max_energy_request", needs.max_energy_wh),
                           ("ev_min_energy_request", needs.min_energy_wh),
                           ("ev_max_v2x_energy_request", needs.max_v2x_energy_wh),
                           ("ev_min_v2x_energy_request", needs.min_v2x_energy_wh), ("target_soc", needs.target_soc)):
            if value is not None:
                v2x[key] = value
        out["v2x_charging_parameters"] = v2x
        out["control_mode"] = "DynamicControl" if needs.control_mode is ControlMode.Dynamic else "ScheduledControl"
        out["mobility_needs_mode"] = "EVCC"
    return out


def sampled_values(meter: MeterReading, power_w: float | None, soc: int | None, context: str) -> list[dict[str, Any]]:
    """One meterValue's sampledValue list: energy imported/exported (Wh registers), power, SoC."""
    values: list[dict[str, Any]] = [
        {"value": float(meter.charged_wh), "measurand": "Energy.Active.Import.Register", "context": context,
         "unitOfMeasure": {"unit": "Wh"}},
        {"value": float(meter.discharged_wh), "measurand": "Energy.Active.Export.Register", "context": context,
         "unitOfMeasure": {"unit": "Wh"}},
    ]
    if power_w is not None:
        values.append({"value": round(max(power_w, 0.0), 1), "measurand": "Power.Active.Import", "context": context,
                       "unitOfMeasure": {"unit": "W"}})
        values.append({"value": round(max(-power_w, 0.0), 1), "measurand": "Power.Active.Export", "context": context,
                       "unitOfMeasure": {"unit": "W"}})
    if soc is not None:
        values.append({"value": float(soc), "measurand": "SoC", "context": context, "unitOfMeasure": {"unit": "Percent"}})
    return values


def _responder_url(cert: x509.Certificate) -> str:
    try:
        aia = cert.extensions.get_extension_for_class(x509.AuthorityInformationAccess).value
    except x509.ExtensionNotFound:
        return ""
    for desc in aia:
        if desc.access_method == AuthorityInformationAccessOID.OCSP:
            return str(desc.access_location.value)[:512]
    return ""


def ocsp_request_data(cert: x509.Certificate, issuer: x509.Certificate) -> dict[str, Any]:
    """OCSPRequestDataType of one certificate: the RFC 6960 CertID (SHA256) as hex, and its OCSP responder."""
    cert_id = ocsp.OCSPRequestBuilder().add_certificate(cert, issuer, hashes.SHA256()).build()
    return {"hashAlgorithm": "SHA256", "issuerNameHash": cert_id.issuer_name_hash.hex(),
            "issuerKeyHash": cert_id.issuer_key_hash.hex(), "serialNumber": format(cert.serial_number, "x"),
            "responderURL": _responder_url(cert)}


def certificate_hash_data(chain: Sequence[x509.Certificate], roots: Sequence[x509.Certificate]) -> list[dict[str, Any]]:
    """iso15118CertificateHashData of a contract chain (leaf first), each with its issuer: the next
    certificate in the chain, or the trusted root that issued the last one. At most 4 (OCPP limit)."""
    issuers = list(chain[1:])
    top = chain[-1]
    root = next((r for r in roots if r.subject == top.issuer), None)
    if root is not None:
        issuers.append(root)
    return [ocsp_request_data(cert, issuer) for cert, issuer in zip(chain, issuers)][:4]


def ev_charging_schedule(version: str | None, profile: EVPowerProfile) -> dict[str, Any]:
    """NotifyEVChargingSchedule fields (snake_case) from the EV's power profile: W periods from its time anchor."""
    anchor = profile.time_anchor or int(dt.datetime.now(dt.timezone.utc).timestamp())
    periods, start = [], 0
    for duration, power in profile.entries:
        periods.append({"start_period": start, "limit": round(max(power, 0.0), 1)}
                       if power >= 0 or version != "ocpp2.1" else
                       {"start_period": start, "limit": 0.0, "discharge_limit": round(power, 1)})
        start += duration
    fields: dict[str, Any] = {
        "time_base": dt.datetime.fromtimestamp(anchor, dt.timezone.utc).isoformat().replace("+00:00", "Z"),
        "charging_schedule": {"id": profile.schedule_tuple_id or 1, "charging_rate_unit": "W", "duration": start,
                              "charging_schedule_period": periods}}
    if version == "ocpp2.1" and profile.schedule_tuple_id is not None:
        fields["selected_charging_schedule_id"] = profile.schedule_tuple_id
    return fields
