"""Lab stand-in for the backend behind a SECC: the eMSP that issues contracts and the CPS that
signs SignedInstallationData, so CertificateInstallationReq can be answered without a cloud.
"""
from __future__ import annotations

import datetime as dt
import itertools
import time

from cryptography.hazmat.primitives.serialization import Encoding

from iso15118.messages.common_messages import (
    CertificateChainType,
    CertificateInstallationReqType,
    CertificateInstallationRes,
    SubCertificatesType,
)
from iso15118.messages.common_types import MessageHeaderType, processingType, responseCodeType
from iso15118.security.certificates import common_name
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
