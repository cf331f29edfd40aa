"""Pure translations between ISO 15118-20 and OCPP 2.0.1/2.1: response codes, stop reasons, meter values,
certificate hash data. No I/O; every OCPP shape is camelCase JSON the library validates when sent."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.x509 import ocsp
from cryptography.x509.oid import AuthorityInformationAccessOID

from iso15118.messages.common_types import responseCodeType as RC
from secc.controller import EnergyService, MeterReading

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


def energy_transfer_mode(service: EnergyService | None, phases: int) -> str | None:
    """EnergyTransferModeEnumType (2.1 names; 2.0.1 has the non-BPT ones)."""
    if service is None:
        return None
    if service is EnergyService.AC:
        return {1: "AC_single_phase", 2: "AC_two_phase"}.get(phases, "AC_three_phase")
    return service.name  # DC, AC_BPT, DC_BPT, DC_ACDP, DC_ACDP_BPT, WPT


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
