"""Lab stand-in for the backend behind a SECC: the eMSP that issues contracts and the CPS that
signs SignedInstallationData, so CertificateInstallationReq can be answered without a cloud.

    LocalContractService        -20 CertificateInstallationReq
    LocalISO2ContractService    -2 CertificateInstallationReq / CertificateUpdateReq
"""
from __future__ import annotations

import datetime as dt
import itertools
import time
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from iso15118.messages import iso2_msg_body as body2
from iso15118.messages.common_messages import (
    CertificateChainType,
    CertificateInstallationReqType,
    CertificateInstallationRes,
    SubCertificatesType,
)
from iso15118.messages.common_types import MessageHeaderType, processingType, responseCodeType
from iso15118.messages.xmldsig import Signature, SignatureType
from iso15118.security import iso2
from iso15118.security.certificates import ISO15118_2, common_name
from iso15118.security.pnc import (
    sign_certificate_installation_res,
    signed_installation_data,
    verify_certificate_installation_req,
)
from iso15118.security.xmldsig import FragmentEncoder

from .issue import issue
from .profiles import Role
from .testpki import TestPKI


class LocalContractService:
    """Verifies the OEM provisioning chain and signature, issues a fresh contract certificate
    for the PCID under MO Sub-CA 2, seals its key for that vehicle and signs with the CPS leaf.

    Raises iso15118.security SecurityError subclasses for a bad request; the SECC maps them with
    `response_code(error, "CertificateInstallationReq")`.
    """

    def __init__(self, pki: TestPKI, *, emaid_prefix: str = "DEPNXC") -> None:
        self.pki = pki
        self._serials = itertools.count(1)
        self._emaid_prefix = emaid_prefix

    def certificate_installation_res(
        self,
        request: CertificateInstallationReqType,
        *,
        now: dt.datetime | None = None,
        encoder: FragmentEncoder | None = None,
    ) -> CertificateInstallationRes:
        pki = self.pki
        provisioning = verify_certificate_installation_req(
            request, oem_roots=[pki[Role.OEM_ROOT].certificate], now=now, policy=pki.suite.policy, encoder=encoder)
        serial = next(self._serials)
        contract = issue(Role.CONTRACT, f"{self._emaid_prefix}{serial:09d}", suite=pki.suite,
                         issuer=pki[Role.MO_SUBCA2], organization="MO")
        chain = [contract.certificate, *pki.chain(Role.CONTRACT)[1:]]
        data = signed_installation_data(f"SignedInstallationData{serial}", chain, contract.key, provisioning.leaf,
                                        common_name(provisioning.leaf))
        cps = [c.public_bytes(Encoding.DER) for c in pki.chain(Role.CPS)]
        response = CertificateInstallationRes(
            Header=MessageHeaderType(SessionID=request.Header.SessionID, TimeStamp=int(time.time())),
            ResponseCode=responseCodeType.OK,
            EVSEProcessing=processingType.Finished,
            CPSCertificateChain=CertificateChainType(Certificate=cps[0],
                                                     SubCertificates=SubCertificatesType(Certificate=cps[1:])),
            SignedInstallationData=data,
            RemainingContractCertificateChains=0,
        )
        return sign_certificate_installation_res(response, pki[Role.CPS].key, encoder=encoder)


class LocalISO2ContractService:
    """The -2 lab CPS/eMSP: answers CertificateInstallationReq and CertificateUpdateReq from a `pki init
    --suite iso2` tree. Installation: the OEM provisioning certificate must chain to the OEM root (through
    the tree's OEM Sub-CAs, as -2 sends only the leaf) and sign the request; update: the current contract
    chain must lead to the MO root and sign it. A fresh contract (new EMAID for an installation, the same
    EMAID for an update) is issued under MO Sub-CA 2, its key sealed for the vehicle ([V2G2-818..]) and
    the four elements signed with the CPS (SA provisioning) leaf.

    Returns (response body, Signature for the Header); raises iso15118.security SecurityError subclasses
    for a bad request (map with `iso15118.security.iso2.response_code(error, "CertificateInstallationReq")`).
    """

    def __init__(self, pki: TestPKI, *, emaid_prefix: str = "DEPNXC") -> None:
        if pki.suite.policy is not ISO15118_2:
            raise ValueError(f"a -2 CPS needs an iso2 PKI, not {pki.suite.value}")
        self.pki = pki
        self._serials = itertools.count(1)
        self._emaid_prefix = emaid_prefix

    def _contract(self, emaid: str) -> tuple[list[x509.Certificate], ec.EllipticCurvePrivateKey]:
        contract = issue(Role.CONTRACT, emaid, suite=self.pki.suite, issuer=self.pki[Role.MO_SUBCA2], organization="MO")
        assert isinstance(contract.key, ec.EllipticCurvePrivateKey)
        return [contract.certificate, *self.pki.chain(Role.CONTRACT)[1:]], contract.key

    def _sa(self) -> tuple[list[x509.Certificate], ec.EllipticCurvePrivateKey]:
        key = self.pki[Role.CPS].key
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        return self.pki.chain(Role.CPS), key

    def certificate_installation(self, request: body2.CertificateInstallationReqType, signature: SignatureType | None,
                                 *, now: dt.datetime | None = None) -> tuple[Any, Signature]:
        pki = self.pki
        provisioning = iso2.verify_certificate_installation_req(
            request, signature, oem_chain=pki.chain(Role.OEM_PROV)[1:], oem_roots=[pki[Role.OEM_ROOT].certificate],
            now=now)
        chain, key = self._contract(f"{self._emaid_prefix}{next(self._serials):09d}")
        sa_chain, sa_key = self._sa()
        return iso2.certificate_installation_res(contract_chain=chain, contract_key=key, receiver=provisioning,
                                                 sa_chain=sa_chain, sa_key=sa_key)

    def certificate_update(self, request: body2.CertificateUpdateReqType, signature: SignatureType | None,
                           *, now: dt.datetime | None = None) -> tuple[Any, Signature]:
        current = iso2.verify_certificate_update_req(request, signature, mo_roots=[self.pki[Role.MO_ROOT].certificate],
                                                     now=now)
        chain, key = self._contract(common_name(current.leaf))
        sa_chain, sa_key = self._sa()
        return iso2.certificate_installation_res(contract_chain=chain, contract_key=key, receiver=current.leaf,
                                                 sa_chain=sa_chain, sa_key=sa_key, update=True, retry_counter=0)
