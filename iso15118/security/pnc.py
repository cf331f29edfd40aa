"""The Plug & Charge decisions the SECC and EVCC take on signed messages.

Each function is pure (message + trust material + time in, result or typed SecurityError out);
the session maps a raised error to its ResponseCode with `errors.response_code(error, message)`.
"""
from __future__ import annotations

from typing import TypeVar

import datetime as dt
import hmac
from collections.abc import Sequence
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from iso15118.messages.common_messages import (
    AuthorizationReqType,
    CertificateInstallationReq,
    CertificateInstallationReqType,
    EMAIDListType,
    SignedCertificateChainType,
    CertificateInstallationResType,
    ContractCertificateChainType,
    SignedInstallationDataType,
    SubCertificatesType,
    ecdhCurveType,
)
from iso15118.messages.common_types import ListOfRootCertificateIDsType, MessageHeaderType, responseCodeType
from iso15118.messages.xmldsig import X509IssuerSerialType

from .certificates import (
    ISO15118_20,
    AlgorithmPolicy,
    RevocationData,
    ValidatedChain,
    common_name,
    load_der_chain,
    validate_chain,
)
from .errors import ChallengeInvalidError, NoCertificateAvailableError, SecurityError, response_code
from .key_transport import AgreementPrivateKey, ContractPrivateKey, EncryptedContractKey, decrypt_contract_key, encrypt_contract_key
from .xmldsig import FragmentEncoder, PrivateKey, sign_message, verify_message


@dataclass(frozen=True)
class PnCAuthorization:
    """A contract the SECC accepted: EMAID and the validated chain (for the later MeteringConfirmation)."""

    emaid: str
    chain: ValidatedChain

    @property
    def response_code(self) -> str:
        """AuthorizationRes code on success: a contract chain about to expire is announced."""
        return "OK_CertificateExpiresSoon" if self.chain.expires_soon else "OK"


def _der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(Encoding.DER)


def contract_chain_element(chain: Sequence[x509.Certificate]) -> ContractCertificateChainType:
    """ContractCertificateChainType from leaf, Sub-CA 2, Sub-CA 1."""
    return ContractCertificateChainType(Certificate=_der(chain[0]),
                                        SubCertificates=SubCertificatesType(Certificate=[_der(c) for c in chain[1:]]))


def root_certificate_id(root: x509.Certificate) -> X509IssuerSerialType:
    """RootCertificateID of ListOfRootCertificateIDs (CertificateInstallationReq) for a trusted root."""
    return X509IssuerSerialType(X509IssuerName=root.issuer.rfc4514_string(), X509SerialNumber=root.serial_number)


def _chain_of(element: ContractCertificateChainType | None) -> list[x509.Certificate]:
    if element is None:
        raise NoCertificateAvailableError("no certificate chain in message")
    subs = element.SubCertificates.Certificate if element.SubCertificates is not None else []
    return load_der_chain(element.Certificate, subs)


def authorize_pnc(
    request: AuthorizationReqType,
    *,
    gen_challenge: bytes,
    trust_anchors: Sequence[x509.Certificate],
    now: dt.datetime | None = None,
    revocation: RevocationData | None = None,
    policy: AlgorithmPolicy = ISO15118_20,
    encoder: FragmentEncoder | None = None,
) -> PnCAuthorization:
    """SECC: validate AuthorizationReq (PnC) - contract chain, XML signature, then GenChallenge.

    `gen_challenge` is what the SECC sent in AuthorizationSetupRes; `trust_anchors` are the MO
    roots (and V2G root) the SECC trusts.
    """
    mode = request.PnC_AReqAuthorizationMode
    if mode is None:
        raise NoCertificateAvailableError("AuthorizationReq without PnC_AReqAuthorizationMode")
    chain = validate_chain(_chain_of(mode.ContractCertificateChain), trust_anchors, now=now, policy=policy,
                           revocation=revocation)
    verify_message(request, chain.leaf.public_key(), encoder=encoder)  # type: ignore[arg-type]
    if not hmac.compare_digest(mode.GenChallenge, gen_challenge):
        raise ChallengeInvalidError("GenChallenge differs from the one sent in AuthorizationSetupRes")
    return PnCAuthorization(emaid=common_name(chain.leaf), chain=chain)


def authorization_outcome(
    request: AuthorizationReqType,
    *,
    gen_challenge: bytes,
    trust_anchors: Sequence[x509.Certificate],
    now: dt.datetime | None = None,
    revocation: RevocationData | None = None,
    policy: AlgorithmPolicy = ISO15118_20,
    encoder: FragmentEncoder | None = None,
) -> tuple[responseCodeType, str | None, SecurityError | None]:
    """`authorize_pnc` for the Authorization state: (ResponseCode, EMAID or None, the error or None).

    Never raises for a bad request; the error is returned for the session log.
    """
    try:
        result = authorize_pnc(request, gen_challenge=gen_challenge, trust_anchors=trust_anchors, now=now,
                               revocation=revocation, policy=policy, encoder=encoder)
    except SecurityError as error:
        return responseCodeType(response_code(error, "AuthorizationReq")), None, error
    return responseCodeType(result.response_code), result.emaid, None


def verify_certificate_installation_req(
    request: CertificateInstallationReqType,
    *,
    oem_roots: Sequence[x509.Certificate],
    now: dt.datetime | None = None,
    revocation: RevocationData | None = None,
    policy: AlgorithmPolicy = ISO15118_20,
    encoder: FragmentEncoder | None = None,
) -> ValidatedChain:
    """SECC: OEM provisioning chain valid and the request signed by the provisioning key."""
    signed = request.OEMProvisioningCertificateChain
    subs = signed.SubCertificates.Certificate if signed.SubCertificates is not None else []
    chain = validate_chain(load_der_chain(signed.Certificate, subs), oem_roots, now=now, policy=policy,
                           revocation=revocation)
    verify_message(request, chain.leaf.public_key(), encoder=encoder)  # type: ignore[arg-type]
    return chain


def certificate_installation_request(
    header: MessageHeaderType,
    provisioning_chain: Sequence[x509.Certificate],
    provisioning_key: PrivateKey,
    v2g_roots: Sequence[x509.Certificate],
    *,
    maximum_contract_chains: int = 1,
    prioritized_emaids: Sequence[str] = (),
    encoder: FragmentEncoder | None = None,
) -> CertificateInstallationReqType:
    """EVCC: CertificateInstallationReq with the OEM provisioning chain, signed by the provisioning key.

    ListOfRootCertificateIDs names the V2G roots the EVCC trusts (the CPS chain must lead to one).
    """
    if not v2g_roots:
        raise NoCertificateAvailableError("no V2G root to name in ListOfRootCertificateIDs")
    request = CertificateInstallationReq(
        Header=header,
        OEMProvisioningCertificateChain=SignedCertificateChainType(
            Id="OEMProvisioningCertificateChain", Certificate=_der(provisioning_chain[0]),
            SubCertificates=SubCertificatesType(Certificate=[_der(c) for c in provisioning_chain[1:]])
            if len(provisioning_chain) > 1 else None),
        ListOfRootCertificateIDs=ListOfRootCertificateIDsType(
            RootCertificateID=[root_certificate_id(r) for r in v2g_roots]),
        MaximumContractCertificateChains=maximum_contract_chains,
        PrioritizedEMAIDs=EMAIDListType(EMAID=list(prioritized_emaids)) if prioritized_emaids else None,
    )
    return sign_message(request, provisioning_key, encoder=encoder)


def signed_installation_data(
    element_id: str,
    contract_chain: Sequence[x509.Certificate],
    contract_key: ContractPrivateKey,
    provisioning_certificate: x509.Certificate,
    pcid: str,
) -> SignedInstallationDataType:
    """eMSP/CPS side: SignedInstallationData with the contract key sealed for one EVCC."""
    sealed = encrypt_contract_key(contract_key, contract_chain[0], provisioning_certificate, pcid)
    data = SignedInstallationDataType(Id=element_id, ContractCertificateChain=contract_chain_element(contract_chain),
                                      ECDHCurve=ecdhCurveType(sealed.ECDHCurve), DHPublicKey=sealed.DHPublicKey)
    setattr(data, sealed.field_name, sealed.EncryptedPrivateKey)
    return data


_Res = TypeVar("_Res", bound=CertificateInstallationResType)


def sign_certificate_installation_res(response: _Res, cps_key: PrivateKey, *,
                                      encoder: FragmentEncoder | None = None) -> _Res:
    """CPS: sign SignedInstallationData (the CPS chain travels in CPSCertificateChain)."""
    return sign_message(response, cps_key, encoder=encoder)


@dataclass(frozen=True)
class InstalledContract:
    chain: list[x509.Certificate]
    key: ContractPrivateKey

    @property
    def emaid(self) -> str:
        return common_name(self.chain[0])


def open_certificate_installation_res(
    response: CertificateInstallationResType,
    *,
    agreement_key: AgreementPrivateKey,
    pcid: str,
    v2g_roots: Sequence[x509.Certificate],
    mo_roots: Sequence[x509.Certificate] = (),
    now: dt.datetime | None = None,
    policy: AlgorithmPolicy = ISO15118_20,
    encoder: FragmentEncoder | None = None,
) -> InstalledContract:
    """EVCC: CPS chain valid to a V2G root, CPS signature valid, contract key decrypts and matches.

    The contract chain is validated too when the EVCC holds MO roots (`mo_roots`); the CPS
    signature already vouches for it otherwise.

    `agreement_key`: the EVCC's ECDH key (see key_transport.decrypt_contract_key).
    """
    cps = response.CPSCertificateChain
    cps_chain = validate_chain(
        load_der_chain(cps.Certificate, cps.SubCertificates.Certificate if cps.SubCertificates else []),
        v2g_roots, now=now, policy=policy)
    verify_message(response, cps_chain.leaf.public_key(), encoder=encoder)  # type: ignore[arg-type]
    data = response.SignedInstallationData
    contract_chain = _chain_of(data.ContractCertificateChain)
    if mo_roots:
        validate_chain(contract_chain, mo_roots, now=now, policy=policy)
    curve = data.ECDHCurve.value if isinstance(data.ECDHCurve, ecdhCurveType) else str(data.ECDHCurve)
    blob = data.SECP521_EncryptedPrivateKey if curve == "SECP521" else data.X448_EncryptedPrivateKey
    sealed = EncryptedContractKey(curve, data.DHPublicKey, blob or b"")
    key = decrypt_contract_key(sealed, agreement_key, contract_chain[0], pcid)
    return InstalledContract(contract_chain, key)
