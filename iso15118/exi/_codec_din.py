"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:din:70121:2012:MsgBody, urn:din:70121:2012:MsgDataTypes, urn:din:70121:2012:MsgDef, urn:din:70121:2012:MsgHeader.
Per XSD complex type: e_n/d_n, the encoder and decoder of an element of that type after its SE event.
"""
# flake8: noqa
from __future__ import annotations

from collections.abc import Callable

from ._any import dec_wildcard, enc_content
from ._runtime import check_int, check_len
from ._support import check_bool, enum_index, member_of, new as _new
from ._untyped import from_base64, from_hex, read_untyped, to_bool
from .errors import EXIDecodeError, EXIEncodeError
from . import _codec_xmldsig as _p_xmldsig
from ..messages import din_msg_body as _m_din_msg_body
from ..messages import din_msg_data_types as _m_din_msg_data_types
from ..messages import din_msg_def as _m_din_msg_def
from ..messages import din_msg_header as _m_din_msg_header
from ..messages import xmldsig as _m_xmldsig

ENUM_0 = tuple(_m_din_msg_data_types.responseCodeType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}
ENUM_1 = tuple(_m_din_msg_data_types.EVSEProcessingType)
EIDX_1 = {m: i for i, m in enumerate(ENUM_1)}
ENUM_2 = tuple(_m_din_msg_data_types.EVRequestedEnergyTransferType)
EIDX_2 = {m: i for i, m in enumerate(ENUM_2)}
MEMBERS_0 = dict([(_m_din_msg_data_types.AC_EVChargeParameter, '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter'), (_m_din_msg_data_types.AC_EVChargeParameterType, '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter'), (_m_din_msg_data_types.DC_EVChargeParameter, '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter'), (_m_din_msg_data_types.DC_EVChargeParameterType, '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter')])
MEMBERS_1 = dict([(_m_din_msg_data_types.SAScheduleList, '{urn:din:70121:2012:MsgDataTypes}SAScheduleList'), (_m_din_msg_data_types.SAScheduleListType, '{urn:din:70121:2012:MsgDataTypes}SAScheduleList')])
MEMBERS_2 = dict([(_m_din_msg_data_types.AC_EVSEChargeParameter, '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter'), (_m_din_msg_data_types.AC_EVSEChargeParameterType, '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter'), (_m_din_msg_data_types.DC_EVSEChargeParameter, '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter'), (_m_din_msg_data_types.DC_EVSEChargeParameterType, '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter')])
MEMBERS_3 = dict([(_m_din_msg_data_types.DC_EVPowerDeliveryParameter, '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter'), (_m_din_msg_data_types.DC_EVPowerDeliveryParameterType, '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter')])
MEMBERS_4 = dict([(_m_din_msg_data_types.AC_EVSEStatus, '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus'), (_m_din_msg_data_types.AC_EVSEStatusType, '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus'), (_m_din_msg_data_types.DC_EVSEStatus, '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus'), (_m_din_msg_data_types.DC_EVSEStatusType, '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus')])
ENUM_3 = tuple(_m_din_msg_data_types.serviceCategoryType)
EIDX_3 = {m: i for i, m in enumerate(ENUM_3)}
ENUM_4 = tuple(_m_din_msg_data_types.paymentOptionType)
EIDX_4 = {m: i for i, m in enumerate(ENUM_4)}
ENUM_5 = tuple(_m_din_msg_data_types.EVSENotificationType)
EIDX_5 = {m: i for i, m in enumerate(ENUM_5)}
ENUM_6 = tuple(_m_din_msg_data_types.costKindType)
EIDX_6 = {m: i for i, m in enumerate(ENUM_6)}
ENUM_7 = tuple(_m_din_msg_data_types.isolationLevelType)
EIDX_7 = {m: i for i, m in enumerate(ENUM_7)}
ENUM_8 = tuple(_m_din_msg_data_types.DC_EVSEStatusCodeType)
EIDX_8 = {m: i for i, m in enumerate(ENUM_8)}
ENUM_9 = tuple(_m_din_msg_data_types.DC_EVErrorCodeType)
EIDX_9 = {m: i for i, m in enumerate(ENUM_9)}
MEMBERS_5 = dict([(_m_din_msg_data_types.RelativeTimeInterval, '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval'), (_m_din_msg_data_types.RelativeTimeIntervalType, '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval')])
ENUM_10 = tuple(_m_din_msg_data_types.faultCodeType)
EIDX_10 = {m: i for i, m in enumerate(ENUM_10)}
ENUM_11 = tuple(_m_din_msg_data_types.valueType)
EIDX_11 = {m: i for i, m in enumerate(ENUM_11)}
ENUM_12 = tuple(_m_din_msg_data_types.unitSymbolType)
EIDX_12 = {m: i for i, m in enumerate(ENUM_12)}
ENUM_13 = tuple(_m_din_msg_data_types.EVSESupportedEnergyTransferType)
EIDX_13 = {m: i for i, m in enumerate(ENUM_13)}
MEMBERS_6 = dict([(_m_din_msg_body.CableCheckReq, '{urn:din:70121:2012:MsgBody}CableCheckReq'), (_m_din_msg_body.CableCheckReqType, '{urn:din:70121:2012:MsgBody}CableCheckReq'), (_m_din_msg_body.CableCheckRes, '{urn:din:70121:2012:MsgBody}CableCheckRes'), (_m_din_msg_body.CableCheckResType, '{urn:din:70121:2012:MsgBody}CableCheckRes'), (_m_din_msg_body.CertificateInstallationReq, '{urn:din:70121:2012:MsgBody}CertificateInstallationReq'), (_m_din_msg_body.CertificateInstallationReqType, '{urn:din:70121:2012:MsgBody}CertificateInstallationReq'), (_m_din_msg_body.CertificateInstallationRes, '{urn:din:70121:2012:MsgBody}CertificateInstallationRes'), (_m_din_msg_body.CertificateInstallationResType, '{urn:din:70121:2012:MsgBody}CertificateInstallationRes'), (_m_din_msg_body.CertificateUpdateReq, '{urn:din:70121:2012:MsgBody}CertificateUpdateReq'), (_m_din_msg_body.CertificateUpdateReqType, '{urn:din:70121:2012:MsgBody}CertificateUpdateReq'), (_m_din_msg_body.CertificateUpdateRes, '{urn:din:70121:2012:MsgBody}CertificateUpdateRes'), (_m_din_msg_body.CertificateUpdateResType, '{urn:din:70121:2012:MsgBody}CertificateUpdateRes'), (_m_din_msg_body.ChargeParameterDiscoveryReq, '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq'), (_m_din_msg_body.ChargeParameterDiscoveryReqType, '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq'), (_m_din_msg_body.ChargeParameterDiscoveryRes, '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes'), (_m_din_msg_body.ChargeParameterDiscoveryResType, '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes'), (_m_din_msg_body.ChargingStatusReq, '{urn:din:70121:2012:MsgBody}ChargingStatusReq'), (_m_din_msg_body.ChargingStatusReqType, '{urn:din:70121:2012:MsgBody}ChargingStatusReq'), (_m_din_msg_body.ChargingStatusRes, '{urn:din:70121:2012:MsgBody}ChargingStatusRes'), (_m_din_msg_body.ChargingStatusResType, '{urn:din:70121:2012:MsgBody}ChargingStatusRes'), (_m_din_msg_body.ContractAuthenticationReq, '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq'), (_m_din_msg_body.ContractAuthenticationReqType, '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq'), (_m_din_msg_body.ContractAuthenticationRes, '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes'), (_m_din_msg_body.ContractAuthenticationResType, '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes'), (_m_din_msg_body.CurrentDemandReq, '{urn:din:70121:2012:MsgBody}CurrentDemandReq'), (_m_din_msg_body.CurrentDemandReqType, '{urn:din:70121:2012:MsgBody}CurrentDemandReq'), (_m_din_msg_body.CurrentDemandRes, '{urn:din:70121:2012:MsgBody}CurrentDemandRes'), (_m_din_msg_body.CurrentDemandResType, '{urn:din:70121:2012:MsgBody}CurrentDemandRes'), (_m_din_msg_body.MeteringReceiptReq, '{urn:din:70121:2012:MsgBody}MeteringReceiptReq'), (_m_din_msg_body.MeteringReceiptReqType, '{urn:din:70121:2012:MsgBody}MeteringReceiptReq'), (_m_din_msg_body.MeteringReceiptRes, '{urn:din:70121:2012:MsgBody}MeteringReceiptRes'), (_m_din_msg_body.MeteringReceiptResType, '{urn:din:70121:2012:MsgBody}MeteringReceiptRes'), (_m_din_msg_body.PaymentDetailsReq, '{urn:din:70121:2012:MsgBody}PaymentDetailsReq'), (_m_din_msg_body.PaymentDetailsReqType, '{urn:din:70121:2012:MsgBody}PaymentDetailsReq'), (_m_din_msg_body.PaymentDetailsRes, '{urn:din:70121:2012:MsgBody}PaymentDetailsRes'), (_m_din_msg_body.PaymentDetailsResType, '{urn:din:70121:2012:MsgBody}PaymentDetailsRes'), (_m_din_msg_body.PowerDeliveryReq, '{urn:din:70121:2012:MsgBody}PowerDeliveryReq'), (_m_din_msg_body.PowerDeliveryReqType, '{urn:din:70121:2012:MsgBody}PowerDeliveryReq'), (_m_din_msg_body.PowerDeliveryRes, '{urn:din:70121:2012:MsgBody}PowerDeliveryRes'), (_m_din_msg_body.PowerDeliveryResType, '{urn:din:70121:2012:MsgBody}PowerDeliveryRes'), (_m_din_msg_body.PreChargeReq, '{urn:din:70121:2012:MsgBody}PreChargeReq'), (_m_din_msg_body.PreChargeReqType, '{urn:din:70121:2012:MsgBody}PreChargeReq'), (_m_din_msg_body.PreChargeRes, '{urn:din:70121:2012:MsgBody}PreChargeRes'), (_m_din_msg_body.PreChargeResType, '{urn:din:70121:2012:MsgBody}PreChargeRes'), (_m_din_msg_body.ServiceDetailReq, '{urn:din:70121:2012:MsgBody}ServiceDetailReq'), (_m_din_msg_body.ServiceDetailReqType, '{urn:din:70121:2012:MsgBody}ServiceDetailReq'), (_m_din_msg_body.ServiceDetailRes, '{urn:din:70121:2012:MsgBody}ServiceDetailRes'), (_m_din_msg_body.ServiceDetailResType, '{urn:din:70121:2012:MsgBody}ServiceDetailRes'), (_m_din_msg_body.ServiceDiscoveryReq, '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq'), (_m_din_msg_body.ServiceDiscoveryReqType, '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq'), (_m_din_msg_body.ServiceDiscoveryRes, '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes'), (_m_din_msg_body.ServiceDiscoveryResType, '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes'), (_m_din_msg_body.ServicePaymentSelectionReq, '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq'), (_m_din_msg_body.ServicePaymentSelectionReqType, '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq'), (_m_din_msg_body.ServicePaymentSelectionRes, '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes'), (_m_din_msg_body.ServicePaymentSelectionResType, '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes'), (_m_din_msg_body.SessionSetupReq, '{urn:din:70121:2012:MsgBody}SessionSetupReq'), (_m_din_msg_body.SessionSetupReqType, '{urn:din:70121:2012:MsgBody}SessionSetupReq'), (_m_din_msg_body.SessionSetupRes, '{urn:din:70121:2012:MsgBody}SessionSetupRes'), (_m_din_msg_body.SessionSetupResType, '{urn:din:70121:2012:MsgBody}SessionSetupRes'), (_m_din_msg_body.SessionStopReq, '{urn:din:70121:2012:MsgBody}SessionStopReq'), (_m_din_msg_body.SessionStopType, '{urn:din:70121:2012:MsgBody}SessionStopReq'), (_m_din_msg_body.SessionStopRes, '{urn:din:70121:2012:MsgBody}SessionStopRes'), (_m_din_msg_body.SessionStopResType, '{urn:din:70121:2012:MsgBody}SessionStopRes'), (_m_din_msg_body.WeldingDetectionReq, '{urn:din:70121:2012:MsgBody}WeldingDetectionReq'), (_m_din_msg_body.WeldingDetectionReqType, '{urn:din:70121:2012:MsgBody}WeldingDetectionReq'), (_m_din_msg_body.WeldingDetectionRes, '{urn:din:70121:2012:MsgBody}WeldingDetectionRes'), (_m_din_msg_body.WeldingDetectionResType, '{urn:din:70121:2012:MsgBody}WeldingDetectionRes')])


# {urn:din:70121:2012:MsgBody}CableCheckReqType


def e_0(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DC_EVStatus'
        v = o.DC_EVStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_45(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_0(r, st, cls):
    f_DC_EVStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_45(r, st, _m_din_msg_data_types.DC_EVStatusType)
        f_DC_EVStatus = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.DC_EVStatus = f_DC_EVStatus
    return o


# {urn:din:70121:2012:MsgBody}CableCheckResType


def e_1(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'DC_EVSEStatus'
        v = o.DC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_44(w, v, st)
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 4)
        s = 3
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_1(r, st, cls):
    f_ResponseCode = None
    f_DC_EVSEStatus = None
    f_EVSEProcessing = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_44(r, st, _m_din_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 3
        p = 'EVSEProcessing'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVSEProcessing', _m_din_msg_data_types.EVSEProcessingType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 1)]
        f_EVSEProcessing = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.DC_EVSEStatus = f_DC_EVSEStatus
    o.EVSEProcessing = f_EVSEProcessing
    return o


# {urn:din:70121:2012:MsgBody}CertificateInstallationReqType


def e_2(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is not None:
            w.bits(0, 2)
            s = 1
            check_len(v, str, None, None, p)
            st.write(w, 'Id', v)
        p = 'OEMProvisioningCert'
        v = o.OEMProvisioningCert
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(1, 2)
            s = 2
        elif s == 1:
            w.bits(0, 1)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.binary_el(v, None, 1200)
        p = 'ListOfRootCertificateIDs'
        v = o.ListOfRootCertificateIDs
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_53(w, v, st)
        p = 'DHParams'
        v = o.DHParams
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 4
        w.binary_el(v, None, 256, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_2(r, st, cls):
    f_Id = None
    f_OEMProvisioningCert = None
    f_ListOfRootCertificateIDs = None
    f_DHParams = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'OEMProvisioningCert'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}OEMProvisioningCert', from_base64, b'')
            else:
                v = r.binary_ee()
            f_OEMProvisioningCert = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'OEMProvisioningCert'
            c = r.bits(2)
            if c:
                if c != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}OEMProvisioningCert', from_base64, b'')
            else:
                v = r.binary_ee()
            f_OEMProvisioningCert = v
        s = 3
        p = 'ListOfRootCertificateIDs'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_53(r, st, _m_din_msg_data_types.ListOfRootCertificateIDsType)
        f_ListOfRootCertificateIDs = v
        s = 4
        p = 'DHParams'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}DHParams', from_base64, b'')
        else:
            v = r.binary_ee()
        f_DHParams = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Id = f_Id
    o.OEMProvisioningCert = f_OEMProvisioningCert
    o.ListOfRootCertificateIDs = f_ListOfRootCertificateIDs
    o.DHParams = f_DHParams
    return o


# {urn:din:70121:2012:MsgBody}CertificateInstallationResType


def e_3(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        check_len(v, str, None, None, p)
        st.write(w, 'Id', v)
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 2
        p = 'ContractSignatureCertChain'
        v = o.ContractSignatureCertChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_37(w, v, st)
        p = 'ContractSignatureEncryptedPrivateKey'
        v = o.ContractSignatureEncryptedPrivateKey
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 4
        w.binary_el(v, None, 128, 0, 1)
        p = 'DHParams'
        v = o.DHParams
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 5
        w.binary_el(v, None, 256, 0, 1)
        p = 'ContractID'
        v = o.ContractID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 6
        w.chars_el(v, None, 24, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_3(r, st, cls):
    f_Id = None
    f_ResponseCode = None
    f_ContractSignatureCertChain = None
    f_ContractSignatureEncryptedPrivateKey = None
    f_DHParams = None
    f_ContractID = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 3
        p = 'ContractSignatureCertChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_37(r, st, _m_din_msg_data_types.CertificateChainType)
        f_ContractSignatureCertChain = v
        s = 4
        p = 'ContractSignatureEncryptedPrivateKey'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ContractSignatureEncryptedPrivateKey', from_base64, b'')
        else:
            v = r.binary_ee()
        f_ContractSignatureEncryptedPrivateKey = v
        s = 5
        p = 'DHParams'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}DHParams', from_base64, b'')
        else:
            v = r.binary_ee()
        f_DHParams = v
        s = 6
        p = 'ContractID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ContractID', str, '')
        else:
            v = st.read_ee(r, '{urn:din:70121:2012:MsgBody}ContractID')
        f_ContractID = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Id = f_Id
    o.ResponseCode = f_ResponseCode
    o.ContractSignatureCertChain = f_ContractSignatureCertChain
    o.ContractSignatureEncryptedPrivateKey = f_ContractSignatureEncryptedPrivateKey
    o.DHParams = f_DHParams
    o.ContractID = f_ContractID
    return o


# {urn:din:70121:2012:MsgBody}CertificateUpdateReqType


def e_4(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is not None:
            w.bits(0, 2)
            s = 1
            check_len(v, str, None, None, p)
            st.write(w, 'Id', v)
        p = 'ContractSignatureCertChain'
        v = o.ContractSignatureCertChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(1, 2)
            s = 2
        elif s == 1:
            w.bits(0, 1)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_37(w, v, st)
        p = 'ContractID'
        v = o.ContractID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.chars_el(v, None, 24, 0, 1)
        p = 'ListOfRootCertificateIDs'
        v = o.ListOfRootCertificateIDs
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_53(w, v, st)
        p = 'DHParams'
        v = o.DHParams
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 5
        w.binary_el(v, None, 256, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_4(r, st, cls):
    f_Id = None
    f_ContractSignatureCertChain = None
    f_ContractID = None
    f_ListOfRootCertificateIDs = None
    f_DHParams = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'ContractSignatureCertChain'
            v = d_37(r, st, _m_din_msg_data_types.CertificateChainType)
            f_ContractSignatureCertChain = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'ContractSignatureCertChain'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_37(r, st, _m_din_msg_data_types.CertificateChainType)
            f_ContractSignatureCertChain = v
        s = 3
        p = 'ContractID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ContractID', str, '')
        else:
            v = st.read_ee(r, '{urn:din:70121:2012:MsgBody}ContractID')
        f_ContractID = v
        s = 4
        p = 'ListOfRootCertificateIDs'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_53(r, st, _m_din_msg_data_types.ListOfRootCertificateIDsType)
        f_ListOfRootCertificateIDs = v
        s = 5
        p = 'DHParams'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}DHParams', from_base64, b'')
        else:
            v = r.binary_ee()
        f_DHParams = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Id = f_Id
    o.ContractSignatureCertChain = f_ContractSignatureCertChain
    o.ContractID = f_ContractID
    o.ListOfRootCertificateIDs = f_ListOfRootCertificateIDs
    o.DHParams = f_DHParams
    return o


# {urn:din:70121:2012:MsgBody}CertificateUpdateResType


def e_5(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        check_len(v, str, None, None, p)
        st.write(w, 'Id', v)
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 2
        p = 'ContractSignatureCertChain'
        v = o.ContractSignatureCertChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_37(w, v, st)
        p = 'ContractSignatureEncryptedPrivateKey'
        v = o.ContractSignatureEncryptedPrivateKey
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 4
        w.binary_el(v, None, 128, 0, 1)
        p = 'DHParams'
        v = o.DHParams
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 5
        w.binary_el(v, None, 256, 0, 1)
        p = 'ContractID'
        v = o.ContractID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 6
        w.chars_el(v, None, 24, 0, 1)
        p = 'RetryCounter'
        v = o.RetryCounter
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 7
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_5(r, st, cls):
    f_Id = None
    f_ResponseCode = None
    f_ContractSignatureCertChain = None
    f_ContractSignatureEncryptedPrivateKey = None
    f_DHParams = None
    f_ContractID = None
    f_RetryCounter = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 3
        p = 'ContractSignatureCertChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_37(r, st, _m_din_msg_data_types.CertificateChainType)
        f_ContractSignatureCertChain = v
        s = 4
        p = 'ContractSignatureEncryptedPrivateKey'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ContractSignatureEncryptedPrivateKey', from_base64, b'')
        else:
            v = r.binary_ee()
        f_ContractSignatureEncryptedPrivateKey = v
        s = 5
        p = 'DHParams'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}DHParams', from_base64, b'')
        else:
            v = r.binary_ee()
        f_DHParams = v
        s = 6
        p = 'ContractID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ContractID', str, '')
        else:
            v = st.read_ee(r, '{urn:din:70121:2012:MsgBody}ContractID')
        f_ContractID = v
        s = 7
        p = 'RetryCounter'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}RetryCounter', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_RetryCounter = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Id = f_Id
    o.ResponseCode = f_ResponseCode
    o.ContractSignatureCertChain = f_ContractSignatureCertChain
    o.ContractSignatureEncryptedPrivateKey = f_ContractSignatureEncryptedPrivateKey
    o.DHParams = f_DHParams
    o.ContractID = f_ContractID
    o.RetryCounter = f_RetryCounter
    return o


# {urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReqType


def e_6(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVRequestedEnergyTransferType'
        v = o.EVRequestedEnergyTransferType
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_2, v, p)
        w.bits(0 | (x << 1), 6)
        s = 1
        p = 'EVChargeParameter'
        v = o.EVChargeParameter
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_0, v)
        if q == '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter':
            w.bits(0, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter':
            w.bits(1, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter':
            w.bits(2, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_6(r, st, cls):
    f_EVRequestedEnergyTransferType = None
    f_EVChargeParameter = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVRequestedEnergyTransferType'
        c = r.bits(6)
        if c & 49:
            if c >> 4 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 4
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVRequestedEnergyTransferType', _m_din_msg_data_types.EVRequestedEnergyTransferType)
        else:
            if ((c >> 1) & 7) >= 6:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 7)]
        f_EVRequestedEnergyTransferType = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVChargeParameter'
            v = d_34(r, st, _m_din_msg_data_types.AC_EVChargeParameter)
            f_EVChargeParameter = v
        elif c == 1:
            s = 2
            p = 'EVChargeParameter'
            v = d_41(r, st, _m_din_msg_data_types.DC_EVChargeParameter)
            f_EVChargeParameter = v
        elif c == 2:
            s = 2
            p = 'EVChargeParameter'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.EVRequestedEnergyTransferType = f_EVRequestedEnergyTransferType
    o.EVChargeParameter = f_EVChargeParameter
    return o


# {urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryResType


def e_7(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 4)
        s = 2
        p = 'SASchedules'
        v = o.SASchedules
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_1, v)
        if q == '{urn:din:70121:2012:MsgDataTypes}SAScheduleList':
            w.bits(0, 2)
            s = 3
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}SASchedules':
            w.bits(1, 2)
            s = 3
            ELEMENT_ENCODERS[q](w, v, st)
        p = 'EVSEChargeParameter'
        v = o.EVSEChargeParameter
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_2, v)
        if q == '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter':
            w.bits(0, 2)
            s = 4
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter':
            w.bits(1, 2)
            s = 4
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter':
            w.bits(2, 2)
            s = 4
            ELEMENT_ENCODERS[q](w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_7(r, st, cls):
    f_ResponseCode = None
    f_EVSEProcessing = None
    f_SASchedules = None
    f_EVSEChargeParameter = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'EVSEProcessing'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVSEProcessing', _m_din_msg_data_types.EVSEProcessingType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 1)]
        f_EVSEProcessing = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SASchedules'
            v = d_64(r, st, _m_din_msg_data_types.SAScheduleList)
            f_SASchedules = v
        elif c == 1:
            s = 3
            p = 'SASchedules'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'EVSEChargeParameter'
            v = d_35(r, st, _m_din_msg_data_types.AC_EVSEChargeParameter)
            f_EVSEChargeParameter = v
        elif c == 1:
            s = 4
            p = 'EVSEChargeParameter'
            v = d_43(r, st, _m_din_msg_data_types.DC_EVSEChargeParameter)
            f_EVSEChargeParameter = v
        elif c == 2:
            s = 4
            p = 'EVSEChargeParameter'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.EVSEProcessing = f_EVSEProcessing
    o.SASchedules = f_SASchedules
    o.EVSEChargeParameter = f_EVSEChargeParameter
    return o


# {urn:din:70121:2012:MsgBody}ChargingStatusReqType


def e_8(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_8(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgBody}ChargingStatusResType


def e_9(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'EVSEID'
        v = o.EVSEID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.binary_el(v, None, 32, 0, 1)
        p = 'SAScheduleTupleID'
        v = o.SAScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'EVSEMaxCurrent'
        v = o.EVSEMaxCurrent
        if v is not None:
            w.bits(0, 2)
            s = 4
            e_61(w, v, st)
        p = 'MeterInfo'
        v = o.MeterInfo
        if v is not None:
            if s == 3:
                w.bits(1, 2)
                s = 5
            elif s == 4:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_54(w, v, st)
        p = 'ReceiptRequired'
        v = o.ReceiptRequired
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        if s == 3:
            w.bits(16 | (x << 1), 5)
            s = 6
        elif s == 4:
            w.bits(8 | (x << 1), 5)
            s = 6
        elif s == 5:
            w.bits(0 | (x << 1), 4)
            s = 6
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'AC_EVSEStatus'
        v = o.AC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 7
        e_36(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_9(r, st, cls):
    f_ResponseCode = None
    f_EVSEID = None
    f_SAScheduleTupleID = None
    f_EVSEMaxCurrent = None
    f_MeterInfo = None
    f_ReceiptRequired = None
    f_AC_EVSEStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'EVSEID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVSEID', from_hex, b'')
        else:
            v = r.binary_ee()
        f_EVSEID = v
        s = 3
        p = 'SAScheduleTupleID'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}SAScheduleTupleID', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_SAScheduleTupleID = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'EVSEMaxCurrent'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEMaxCurrent = v
        elif c == 1:
            s = 5
            p = 'MeterInfo'
            v = d_54(r, st, _m_din_msg_data_types.MeterInfoType)
            f_MeterInfo = v
        elif c == 2:
            s = 6
            p = 'ReceiptRequired'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ReceiptRequired', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ReceiptRequired = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'MeterInfo'
                v = d_54(r, st, _m_din_msg_data_types.MeterInfoType)
                f_MeterInfo = v
            elif c == 1:
                s = 6
                p = 'ReceiptRequired'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ReceiptRequired', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ReceiptRequired = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            s = 6
            p = 'ReceiptRequired'
            c = r.bits(4)
            if c & 13:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ReceiptRequired', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ReceiptRequired = v
        s = 7
        p = 'AC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_36(r, st, _m_din_msg_data_types.AC_EVSEStatusType)
        f_AC_EVSEStatus = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.EVSEID = f_EVSEID
    o.SAScheduleTupleID = f_SAScheduleTupleID
    o.EVSEMaxCurrent = f_EVSEMaxCurrent
    o.MeterInfo = f_MeterInfo
    o.ReceiptRequired = f_ReceiptRequired
    o.AC_EVSEStatus = f_AC_EVSEStatus
    return o


# {urn:din:70121:2012:MsgBody}ContractAuthenticationReqType


def e_10(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is not None:
            w.bits(0, 2)
            s = 1
            check_len(v, str, None, None, p)
            st.write(w, 'Id', v)
        p = 'GenChallenge'
        v = o.GenChallenge
        if v is not None:
            if s == 0:
                w.bits(1, 2)
                s = 2
            elif s == 1:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, None)
        p = ''
        if s == 0:
            w.bits(2, 2)
        elif s == 1:
            w.bits(1, 2)
        elif s == 2:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_10(r, st, cls):
    f_Id = None
    f_GenChallenge = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'GenChallenge'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}GenChallenge', str, '')
            else:
                v = st.read_ee(r, '{urn:din:70121:2012:MsgBody}GenChallenge')
            f_GenChallenge = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'GenChallenge'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}GenChallenge', str, '')
                else:
                    v = st.read_ee(r, '{urn:din:70121:2012:MsgBody}GenChallenge')
                f_GenChallenge = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Id = f_Id
    o.GenChallenge = f_GenChallenge
    return o


# {urn:din:70121:2012:MsgBody}ContractAuthenticationResType


def e_11(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 4)
        s = 2
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_11(r, st, cls):
    f_ResponseCode = None
    f_EVSEProcessing = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'EVSEProcessing'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVSEProcessing', _m_din_msg_data_types.EVSEProcessingType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 1)]
        f_EVSEProcessing = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.EVSEProcessing = f_EVSEProcessing
    return o


# {urn:din:70121:2012:MsgBody}CurrentDemandReqType


def e_12(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DC_EVStatus'
        v = o.DC_EVStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_45(w, v, st)
        p = 'EVTargetCurrent'
        v = o.EVTargetCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_61(w, v, st)
        p = 'EVMaximumVoltageLimit'
        v = o.EVMaximumVoltageLimit
        if v is not None:
            w.bits(0, 3)
            s = 3
            e_61(w, v, st)
        p = 'EVMaximumCurrentLimit'
        v = o.EVMaximumCurrentLimit
        if v is not None:
            if s == 2:
                w.bits(1, 3)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_61(w, v, st)
        p = 'EVMaximumPowerLimit'
        v = o.EVMaximumPowerLimit
        if v is not None:
            if s == 2:
                w.bits(2, 3)
                s = 5
            elif s == 3:
                w.bits(1, 3)
                s = 5
            elif s == 4:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_61(w, v, st)
        p = 'BulkChargingComplete'
        v = o.BulkChargingComplete
        if v is not None:
            x = check_bool(v, p)
            if s == 2:
                w.bits(24 | (x << 1), 6)
                s = 6
            elif s == 3:
                w.bits(16 | (x << 1), 6)
                s = 6
            elif s == 4:
                w.bits(8 | (x << 1), 5)
                s = 6
            elif s == 5:
                w.bits(0 | (x << 1), 5)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'ChargingComplete'
        v = o.ChargingComplete
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        if s == 2:
            w.bits(32 | (x << 1), 6)
            s = 7
        elif s == 3:
            w.bits(24 | (x << 1), 6)
            s = 7
        elif s == 4:
            w.bits(16 | (x << 1), 5)
            s = 7
        elif s == 5:
            w.bits(8 | (x << 1), 5)
            s = 7
        elif s == 6:
            w.bits(0 | (x << 1), 4)
            s = 7
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'RemainingTimeToFullSoC'
        v = o.RemainingTimeToFullSoC
        if v is not None:
            w.bits(0, 2)
            s = 8
            e_61(w, v, st)
        p = 'RemainingTimeToBulkSoC'
        v = o.RemainingTimeToBulkSoC
        if v is not None:
            if s == 7:
                w.bits(1, 2)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_61(w, v, st)
        p = 'EVTargetVoltage'
        v = o.EVTargetVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 7:
            w.bits(2, 2)
            s = 10
        elif s == 8:
            w.bits(1, 2)
            s = 10
        elif s == 9:
            w.bits(0, 1)
            s = 10
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_61(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_12(r, st, cls):
    f_DC_EVStatus = None
    f_EVTargetCurrent = None
    f_EVMaximumVoltageLimit = None
    f_EVMaximumCurrentLimit = None
    f_EVMaximumPowerLimit = None
    f_BulkChargingComplete = None
    f_ChargingComplete = None
    f_RemainingTimeToFullSoC = None
    f_RemainingTimeToBulkSoC = None
    f_EVTargetVoltage = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_45(r, st, _m_din_msg_data_types.DC_EVStatusType)
        f_DC_EVStatus = v
        s = 2
        p = 'EVTargetCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVTargetCurrent = v
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'EVMaximumVoltageLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVMaximumVoltageLimit = v
        elif c == 1:
            s = 4
            p = 'EVMaximumCurrentLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVMaximumCurrentLimit = v
        elif c == 2:
            s = 5
            p = 'EVMaximumPowerLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVMaximumPowerLimit = v
        elif c == 3:
            s = 6
            p = 'BulkChargingComplete'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}BulkChargingComplete', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_BulkChargingComplete = v
        elif c == 4:
            s = 7
            p = 'ChargingComplete'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ChargingComplete', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ChargingComplete = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'EVMaximumCurrentLimit'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_EVMaximumCurrentLimit = v
            elif c == 1:
                s = 5
                p = 'EVMaximumPowerLimit'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_EVMaximumPowerLimit = v
            elif c == 2:
                s = 6
                p = 'BulkChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}BulkChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_BulkChargingComplete = v
            elif c == 3:
                s = 7
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'EVMaximumPowerLimit'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_EVMaximumPowerLimit = v
            elif c == 1:
                s = 6
                p = 'BulkChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}BulkChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_BulkChargingComplete = v
            elif c == 2:
                s = 7
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'BulkChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}BulkChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_BulkChargingComplete = v
            elif c == 1:
                s = 7
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            s = 7
            p = 'ChargingComplete'
            c = r.bits(4)
            if c & 13:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ChargingComplete', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ChargingComplete = v
        c = r.bits(2)
        if c == 0:
            s = 8
            p = 'RemainingTimeToFullSoC'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_RemainingTimeToFullSoC = v
        elif c == 1:
            s = 9
            p = 'RemainingTimeToBulkSoC'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_RemainingTimeToBulkSoC = v
        elif c == 2:
            s = 10
            p = 'EVTargetVoltage'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVTargetVoltage = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'RemainingTimeToBulkSoC'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_RemainingTimeToBulkSoC = v
            elif c == 1:
                s = 10
                p = 'EVTargetVoltage'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_EVTargetVoltage = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            s = 10
            p = 'EVTargetVoltage'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVTargetVoltage = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.DC_EVStatus = f_DC_EVStatus
    o.EVTargetCurrent = f_EVTargetCurrent
    o.EVMaximumVoltageLimit = f_EVMaximumVoltageLimit
    o.EVMaximumCurrentLimit = f_EVMaximumCurrentLimit
    o.EVMaximumPowerLimit = f_EVMaximumPowerLimit
    o.BulkChargingComplete = f_BulkChargingComplete
    o.ChargingComplete = f_ChargingComplete
    o.RemainingTimeToFullSoC = f_RemainingTimeToFullSoC
    o.RemainingTimeToBulkSoC = f_RemainingTimeToBulkSoC
    o.EVTargetVoltage = f_EVTargetVoltage
    return o


# {urn:din:70121:2012:MsgBody}CurrentDemandResType


def e_13(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'DC_EVSEStatus'
        v = o.DC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_44(w, v, st)
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_61(w, v, st)
        p = 'EVSEPresentCurrent'
        v = o.EVSEPresentCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_61(w, v, st)
        p = 'EVSECurrentLimitAchieved'
        v = o.EVSECurrentLimitAchieved
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 5
        p = 'EVSEVoltageLimitAchieved'
        v = o.EVSEVoltageLimitAchieved
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 6
        p = 'EVSEPowerLimitAchieved'
        v = o.EVSEPowerLimitAchieved
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 7
        p = 'EVSEMaximumVoltageLimit'
        v = o.EVSEMaximumVoltageLimit
        if v is not None:
            w.bits(0, 3)
            s = 8
            e_61(w, v, st)
        p = 'EVSEMaximumCurrentLimit'
        v = o.EVSEMaximumCurrentLimit
        if v is not None:
            if s == 7:
                w.bits(1, 3)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_61(w, v, st)
        p = 'EVSEMaximumPowerLimit'
        v = o.EVSEMaximumPowerLimit
        if v is not None:
            if s == 7:
                w.bits(2, 3)
                s = 10
            elif s == 8:
                w.bits(1, 2)
                s = 10
            elif s == 9:
                w.bits(0, 2)
                s = 10
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_61(w, v, st)
        p = ''
        if s == 7:
            w.bits(3, 3)
        elif s == 8:
            w.bits(2, 2)
        elif s == 9:
            w.bits(1, 2)
        elif s == 10:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_13(r, st, cls):
    f_ResponseCode = None
    f_DC_EVSEStatus = None
    f_EVSEPresentVoltage = None
    f_EVSEPresentCurrent = None
    f_EVSECurrentLimitAchieved = None
    f_EVSEVoltageLimitAchieved = None
    f_EVSEPowerLimitAchieved = None
    f_EVSEMaximumVoltageLimit = None
    f_EVSEMaximumCurrentLimit = None
    f_EVSEMaximumPowerLimit = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_44(r, st, _m_din_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 3
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEPresentVoltage = v
        s = 4
        p = 'EVSEPresentCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEPresentCurrent = v
        s = 5
        p = 'EVSECurrentLimitAchieved'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVSECurrentLimitAchieved', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSECurrentLimitAchieved = v
        s = 6
        p = 'EVSEVoltageLimitAchieved'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVSEVoltageLimitAchieved', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEVoltageLimitAchieved = v
        s = 7
        p = 'EVSEPowerLimitAchieved'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVSEPowerLimitAchieved', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEPowerLimitAchieved = v
        c = r.bits(3)
        if c == 0:
            s = 8
            p = 'EVSEMaximumVoltageLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEMaximumVoltageLimit = v
        elif c == 1:
            s = 9
            p = 'EVSEMaximumCurrentLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEMaximumCurrentLimit = v
        elif c == 2:
            s = 10
            p = 'EVSEMaximumPowerLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEMaximumPowerLimit = v
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'EVSEMaximumCurrentLimit'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_EVSEMaximumCurrentLimit = v
            elif c == 1:
                s = 10
                p = 'EVSEMaximumPowerLimit'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_EVSEMaximumPowerLimit = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 10
                p = 'EVSEMaximumPowerLimit'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_EVSEMaximumPowerLimit = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.DC_EVSEStatus = f_DC_EVSEStatus
    o.EVSEPresentVoltage = f_EVSEPresentVoltage
    o.EVSEPresentCurrent = f_EVSEPresentCurrent
    o.EVSECurrentLimitAchieved = f_EVSECurrentLimitAchieved
    o.EVSEVoltageLimitAchieved = f_EVSEVoltageLimitAchieved
    o.EVSEPowerLimitAchieved = f_EVSEPowerLimitAchieved
    o.EVSEMaximumVoltageLimit = f_EVSEMaximumVoltageLimit
    o.EVSEMaximumCurrentLimit = f_EVSEMaximumCurrentLimit
    o.EVSEMaximumPowerLimit = f_EVSEMaximumPowerLimit
    return o


# {urn:din:70121:2012:MsgBody}MeteringReceiptReqType


def e_14(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is not None:
            w.bits(0, 2)
            s = 1
            check_len(v, str, None, None, p)
            st.write(w, 'Id', v)
        p = 'SessionID'
        v = o.SessionID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(1, 2)
            s = 2
        elif s == 1:
            w.bits(0, 1)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.binary_el(v, None, 8)
        p = 'SAScheduleTupleID'
        v = o.SAScheduleTupleID
        if v is not None:
            s = 3
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 3)
        p = 'MeterInfo'
        v = o.MeterInfo
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 2:
            w.bits(1, 2)
            s = 4
        elif s == 3:
            w.bits(0, 1)
            s = 4
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_54(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_14(r, st, cls):
    f_Id = None
    f_SessionID = None
    f_SAScheduleTupleID = None
    f_MeterInfo = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'SessionID'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}SessionID', from_hex, b'')
            else:
                v = r.binary_ee()
            f_SessionID = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'SessionID'
            c = r.bits(2)
            if c:
                if c != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}SessionID', from_hex, b'')
            else:
                v = r.binary_ee()
            f_SessionID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SAScheduleTupleID'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}SAScheduleTupleID', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_SAScheduleTupleID = v
        elif c == 1:
            s = 4
            p = 'MeterInfo'
            v = d_54(r, st, _m_din_msg_data_types.MeterInfoType)
            f_MeterInfo = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'MeterInfo'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_54(r, st, _m_din_msg_data_types.MeterInfoType)
            f_MeterInfo = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Id = f_Id
    o.SessionID = f_SessionID
    o.SAScheduleTupleID = f_SAScheduleTupleID
    o.MeterInfo = f_MeterInfo
    return o


# {urn:din:70121:2012:MsgBody}MeteringReceiptResType


def e_15(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'AC_EVSEStatus'
        v = o.AC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_36(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_15(r, st, cls):
    f_ResponseCode = None
    f_AC_EVSEStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'AC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_36(r, st, _m_din_msg_data_types.AC_EVSEStatusType)
        f_AC_EVSEStatus = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.AC_EVSEStatus = f_AC_EVSEStatus
    return o


# {urn:din:70121:2012:MsgBody}PaymentDetailsReqType


def e_16(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ContractID'
        v = o.ContractID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.chars_el(v, None, 24, 0, 1)
        p = 'ContractSignatureCertChain'
        v = o.ContractSignatureCertChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_37(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_16(r, st, cls):
    f_ContractID = None
    f_ContractSignatureCertChain = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ContractID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ContractID', str, '')
        else:
            v = st.read_ee(r, '{urn:din:70121:2012:MsgBody}ContractID')
        f_ContractID = v
        s = 2
        p = 'ContractSignatureCertChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_37(r, st, _m_din_msg_data_types.CertificateChainType)
        f_ContractSignatureCertChain = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ContractID = f_ContractID
    o.ContractSignatureCertChain = f_ContractSignatureCertChain
    return o


# {urn:din:70121:2012:MsgBody}PaymentDetailsResType


def e_17(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'GenChallenge'
        v = o.GenChallenge
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.chars_el(v, None, None, 0, 1)
        p = 'DateTimeNow'
        v = o.DateTimeNow
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.sint_ee(v if type(v) is int and -9223372036854775808 <= v and v <= 9223372036854775807 else check_int(v, -9223372036854775808, 9223372036854775807, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_17(r, st, cls):
    f_ResponseCode = None
    f_GenChallenge = None
    f_DateTimeNow = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'GenChallenge'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}GenChallenge', str, '')
        else:
            v = st.read_ee(r, '{urn:din:70121:2012:MsgBody}GenChallenge')
        f_GenChallenge = v
        s = 3
        p = 'DateTimeNow'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}DateTimeNow', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:long')
        f_DateTimeNow = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.GenChallenge = f_GenChallenge
    o.DateTimeNow = f_DateTimeNow
    return o


# {urn:din:70121:2012:MsgBody}PowerDeliveryReqType


def e_18(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ReadyToChargeState'
        v = o.ReadyToChargeState
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 1
        p = 'ChargingProfile'
        v = o.ChargingProfile
        if v is not None:
            w.bits(0, 3)
            s = 2
            e_38(w, v, st)
        p = 'EVPowerDeliveryParameter'
        v = o.EVPowerDeliveryParameter
        if v is not None:
            q = member_of(MEMBERS_3, v)
            if q == '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter':
                if s == 1:
                    w.bits(1, 3)
                    s = 3
                elif s == 2:
                    w.bits(0, 2)
                    s = 3
                else:
                    raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter':
                if s == 1:
                    w.bits(2, 3)
                    s = 3
                elif s == 2:
                    w.bits(1, 2)
                    s = 3
                else:
                    raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
                ELEMENT_ENCODERS[q](w, v, st)
        p = ''
        if s == 1:
            w.bits(3, 3)
        elif s == 2:
            w.bits(2, 2)
        elif s == 3:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_18(r, st, cls):
    f_ReadyToChargeState = None
    f_ChargingProfile = None
    f_EVPowerDeliveryParameter = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ReadyToChargeState'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ReadyToChargeState', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_ReadyToChargeState = v
        c = r.bits(3)
        if c == 0:
            s = 2
            p = 'ChargingProfile'
            v = d_38(r, st, _m_din_msg_data_types.ChargingProfileType)
            f_ChargingProfile = v
        elif c == 1:
            s = 3
            p = 'EVPowerDeliveryParameter'
            v = d_42(r, st, _m_din_msg_data_types.DC_EVPowerDeliveryParameter)
            f_EVPowerDeliveryParameter = v
        elif c == 2:
            s = 3
            p = 'EVPowerDeliveryParameter'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVPowerDeliveryParameter'
                v = d_42(r, st, _m_din_msg_data_types.DC_EVPowerDeliveryParameter)
                f_EVPowerDeliveryParameter = v
            elif c == 1:
                s = 3
                p = 'EVPowerDeliveryParameter'
                raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ReadyToChargeState = f_ReadyToChargeState
    o.ChargingProfile = f_ChargingProfile
    o.EVPowerDeliveryParameter = f_EVPowerDeliveryParameter
    return o


# {urn:din:70121:2012:MsgBody}PowerDeliveryResType


def e_19(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'EVSEStatus'
        v = o.EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_4, v)
        if q == '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus':
            w.bits(0, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus':
            w.bits(1, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}EVSEStatus':
            w.bits(2, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_19(r, st, cls):
    f_ResponseCode = None
    f_EVSEStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVSEStatus'
            v = d_36(r, st, _m_din_msg_data_types.AC_EVSEStatus)
            f_EVSEStatus = v
        elif c == 1:
            s = 2
            p = 'EVSEStatus'
            v = d_44(r, st, _m_din_msg_data_types.DC_EVSEStatus)
            f_EVSEStatus = v
        elif c == 2:
            s = 2
            p = 'EVSEStatus'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.EVSEStatus = f_EVSEStatus
    return o


# {urn:din:70121:2012:MsgBody}PreChargeReqType


def e_20(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DC_EVStatus'
        v = o.DC_EVStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_45(w, v, st)
        p = 'EVTargetVoltage'
        v = o.EVTargetVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_61(w, v, st)
        p = 'EVTargetCurrent'
        v = o.EVTargetCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_61(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_20(r, st, cls):
    f_DC_EVStatus = None
    f_EVTargetVoltage = None
    f_EVTargetCurrent = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_45(r, st, _m_din_msg_data_types.DC_EVStatusType)
        f_DC_EVStatus = v
        s = 2
        p = 'EVTargetVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVTargetVoltage = v
        s = 3
        p = 'EVTargetCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVTargetCurrent = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.DC_EVStatus = f_DC_EVStatus
    o.EVTargetVoltage = f_EVTargetVoltage
    o.EVTargetCurrent = f_EVTargetCurrent
    return o


# {urn:din:70121:2012:MsgBody}PreChargeResType


def e_21(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'DC_EVSEStatus'
        v = o.DC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_44(w, v, st)
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_61(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_21(r, st, cls):
    f_ResponseCode = None
    f_DC_EVSEStatus = None
    f_EVSEPresentVoltage = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_44(r, st, _m_din_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 3
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEPresentVoltage = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.DC_EVSEStatus = f_DC_EVSEStatus
    o.EVSEPresentVoltage = f_EVSEPresentVoltage
    return o


# {urn:din:70121:2012:MsgBody}ServiceDetailReqType


def e_22(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceID'
        v = o.ServiceID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_22(r, st, cls):
    f_ServiceID = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ServiceID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ServiceID = f_ServiceID
    return o


# {urn:din:70121:2012:MsgBody}ServiceDetailResType


def e_23(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'ServiceID'
        v = o.ServiceID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'ServiceParameterList'
        v = o.ServiceParameterList
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_72(w, v, st)
        p = ''
        if s == 2:
            w.bits(1, 2)
        elif s == 3:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_23(r, st, cls):
    f_ResponseCode = None
    f_ServiceID = None
    f_ServiceParameterList = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'ServiceID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'ServiceParameterList'
            v = d_72(r, st, _m_din_msg_data_types.ServiceParameterListType)
            f_ServiceParameterList = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.ServiceID = f_ServiceID
    o.ServiceParameterList = f_ServiceParameterList
    return o


# {urn:din:70121:2012:MsgBody}ServiceDiscoveryReqType


def e_24(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceScope'
        v = o.ServiceScope
        if v is not None:
            s = 1
            w.chars_el(v, None, 32, 0, 2)
        p = 'ServiceCategory'
        v = o.ServiceCategory
        if v is not None:
            x = enum_index(EIDX_3, v, p)
            if s == 0:
                w.bits(16 | (x << 1), 6)
                s = 2
            elif s == 1:
                w.bits(0 | (x << 1), 6)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 0:
            w.bits(2, 2)
        elif s == 1:
            w.bits(1, 2)
        elif s == 2:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_24(r, st, cls):
    f_ServiceScope = None
    f_ServiceCategory = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'ServiceScope'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ServiceScope', str, '')
            else:
                v = st.read_ee(r, '{urn:din:70121:2012:MsgBody}ServiceScope')
            f_ServiceScope = v
        elif c == 1:
            s = 2
            p = 'ServiceCategory'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ServiceCategory', _m_din_msg_data_types.serviceCategoryType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_3[((c >> 1) & 3)]
            f_ServiceCategory = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'ServiceCategory'
                c = r.bits(4)
                if c & 9:
                    if c >> 3 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 3
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ServiceCategory', _m_din_msg_data_types.serviceCategoryType)
                else:
                    if ((c >> 1) & 3) >= 4:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_3[((c >> 1) & 3)]
                f_ServiceCategory = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ServiceScope = f_ServiceScope
    o.ServiceCategory = f_ServiceCategory
    return o


# {urn:din:70121:2012:MsgBody}ServiceDiscoveryResType


def e_25(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'PaymentOptions'
        v = o.PaymentOptions
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_60(w, v, st)
        p = 'ChargeService'
        v = o.ChargeService
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_71(w, v, st)
        p = 'ServiceList'
        v = o.ServiceList
        if v is not None:
            w.bits(0, 2)
            s = 4
            e_73(w, v, st)
        p = ''
        if s == 3:
            w.bits(1, 2)
        elif s == 4:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_25(r, st, cls):
    f_ResponseCode = None
    f_PaymentOptions = None
    f_ChargeService = None
    f_ServiceList = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'PaymentOptions'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_60(r, st, _m_din_msg_data_types.PaymentOptionsType)
        f_PaymentOptions = v
        s = 3
        p = 'ChargeService'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_71(r, st, _m_din_msg_data_types.ServiceChargeType)
        f_ChargeService = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'ServiceList'
            v = d_73(r, st, _m_din_msg_data_types.ServiceTagListType)
            f_ServiceList = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.PaymentOptions = f_PaymentOptions
    o.ChargeService = f_ChargeService
    o.ServiceList = f_ServiceList
    return o


# {urn:din:70121:2012:MsgBody}ServicePaymentSelectionReqType


def e_26(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SelectedPaymentOption'
        v = o.SelectedPaymentOption
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_4, v, p)
        w.bits(0 | (x << 1), 4)
        s = 1
        p = 'SelectedServiceList'
        v = o.SelectedServiceList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_69(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_26(r, st, cls):
    f_SelectedPaymentOption = None
    f_SelectedServiceList = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SelectedPaymentOption'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}SelectedPaymentOption', _m_din_msg_data_types.paymentOptionType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_4[((c >> 1) & 1)]
        f_SelectedPaymentOption = v
        s = 2
        p = 'SelectedServiceList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_69(r, st, _m_din_msg_data_types.SelectedServiceListType)
        f_SelectedServiceList = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.SelectedPaymentOption = f_SelectedPaymentOption
    o.SelectedServiceList = f_SelectedServiceList
    return o


# {urn:din:70121:2012:MsgBody}ServicePaymentSelectionResType


def e_27(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_27(r, st, cls):
    f_ResponseCode = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    return o


# {urn:din:70121:2012:MsgBody}SessionSetupReqType


def e_28(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVCCID'
        v = o.EVCCID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, None, 8, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_28(r, st, cls):
    f_EVCCID = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVCCID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVCCID', from_hex, b'')
        else:
            v = r.binary_ee()
        f_EVCCID = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.EVCCID = f_EVCCID
    return o


# {urn:din:70121:2012:MsgBody}SessionSetupResType


def e_29(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'EVSEID'
        v = o.EVSEID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.binary_el(v, None, 32, 0, 1)
        p = 'DateTimeNow'
        v = o.DateTimeNow
        if v is not None:
            s = 3
            w.sint_ee(v if type(v) is int and -9223372036854775808 <= v and v <= 9223372036854775807 else check_int(v, -9223372036854775808, 9223372036854775807, p), 0, 3)
        p = ''
        if s == 2:
            w.bits(1, 2)
        elif s == 3:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_29(r, st, cls):
    f_ResponseCode = None
    f_EVSEID = None
    f_DateTimeNow = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'EVSEID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}EVSEID', from_hex, b'')
        else:
            v = r.binary_ee()
        f_EVSEID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'DateTimeNow'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}DateTimeNow', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:long')
            f_DateTimeNow = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.EVSEID = f_EVSEID
    o.DateTimeNow = f_DateTimeNow
    return o


# {urn:din:70121:2012:MsgBody}SessionStopResType


def e_30(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_30(r, st, cls):
    f_ResponseCode = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    return o


# {urn:din:70121:2012:MsgBody}SessionStopType


def e_31(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_31(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgBody}WeldingDetectionReqType


def e_32(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DC_EVStatus'
        v = o.DC_EVStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_45(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_32(r, st, cls):
    f_DC_EVStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_45(r, st, _m_din_msg_data_types.DC_EVStatusType)
        f_DC_EVStatus = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.DC_EVStatus = f_DC_EVStatus
    return o


# {urn:din:70121:2012:MsgBody}WeldingDetectionResType


def e_33(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 8)
        s = 1
        p = 'DC_EVSEStatus'
        v = o.DC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_44(w, v, st)
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_61(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_33(r, st, cls):
    f_ResponseCode = None
    f_DC_EVSEStatus = None
    f_EVSEPresentVoltage = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgBody}ResponseCode', _m_din_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 23:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_44(r, st, _m_din_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 3
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEPresentVoltage = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ResponseCode = f_ResponseCode
    o.DC_EVSEStatus = f_DC_EVSEStatus
    o.EVSEPresentVoltage = f_EVSEPresentVoltage
    return o


# {urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameterType


def e_34(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'EAmount'
        v = o.EAmount
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_61(w, v, st)
        p = 'EVMaxVoltage'
        v = o.EVMaxVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_61(w, v, st)
        p = 'EVMaxCurrent'
        v = o.EVMaxCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_61(w, v, st)
        p = 'EVMinCurrent'
        v = o.EVMinCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_61(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_34(r, st, cls):
    f_DepartureTime = None
    f_EAmount = None
    f_EVMaxVoltage = None
    f_EVMaxCurrent = None
    f_EVMinCurrent = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DepartureTime'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}DepartureTime', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_DepartureTime = v
        s = 2
        p = 'EAmount'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EAmount = v
        s = 3
        p = 'EVMaxVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVMaxVoltage = v
        s = 4
        p = 'EVMaxCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVMaxCurrent = v
        s = 5
        p = 'EVMinCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVMinCurrent = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.DepartureTime = f_DepartureTime
    o.EAmount = f_EAmount
    o.EVMaxVoltage = f_EVMaxVoltage
    o.EVMaxCurrent = f_EVMaxCurrent
    o.EVMinCurrent = f_EVMinCurrent
    return o


# {urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameterType


def e_35(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'AC_EVSEStatus'
        v = o.AC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_36(w, v, st)
        p = 'EVSEMaxVoltage'
        v = o.EVSEMaxVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_61(w, v, st)
        p = 'EVSEMaxCurrent'
        v = o.EVSEMaxCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_61(w, v, st)
        p = 'EVSEMinCurrent'
        v = o.EVSEMinCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_61(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_35(r, st, cls):
    f_AC_EVSEStatus = None
    f_EVSEMaxVoltage = None
    f_EVSEMaxCurrent = None
    f_EVSEMinCurrent = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'AC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_36(r, st, _m_din_msg_data_types.AC_EVSEStatusType)
        f_AC_EVSEStatus = v
        s = 2
        p = 'EVSEMaxVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEMaxVoltage = v
        s = 3
        p = 'EVSEMaxCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEMaxCurrent = v
        s = 4
        p = 'EVSEMinCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEMinCurrent = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.AC_EVSEStatus = f_AC_EVSEStatus
    o.EVSEMaxVoltage = f_EVSEMaxVoltage
    o.EVSEMaxCurrent = f_EVSEMaxCurrent
    o.EVSEMinCurrent = f_EVSEMinCurrent
    return o


# {urn:din:70121:2012:MsgDataTypes}AC_EVSEStatusType


def e_36(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PowerSwitchClosed'
        v = o.PowerSwitchClosed
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 1
        p = 'RCD'
        v = o.RCD
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 2
        p = 'NotificationMaxDelay'
        v = o.NotificationMaxDelay
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'EVSENotification'
        v = o.EVSENotification
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_5, v, p)
        w.bits(0 | (x << 1), 5)
        s = 4
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_36(r, st, cls):
    f_PowerSwitchClosed = None
    f_RCD = None
    f_NotificationMaxDelay = None
    f_EVSENotification = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PowerSwitchClosed'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}PowerSwitchClosed', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_PowerSwitchClosed = v
        s = 2
        p = 'RCD'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}RCD', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_RCD = v
        s = 3
        p = 'NotificationMaxDelay'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}NotificationMaxDelay', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_NotificationMaxDelay = v
        s = 4
        p = 'EVSENotification'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVSENotification', _m_din_msg_data_types.EVSENotificationType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_5[((c >> 1) & 3)]
        f_EVSENotification = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.PowerSwitchClosed = f_PowerSwitchClosed
    o.RCD = f_RCD
    o.NotificationMaxDelay = f_NotificationMaxDelay
    o.EVSENotification = f_EVSENotification
    return o


# {urn:din:70121:2012:MsgDataTypes}CertificateChainType


def e_37(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Certificate'
        v = o.Certificate
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, None, 1200, 0, 1)
        p = 'SubCertificates'
        v = o.SubCertificates
        if v is not None:
            w.bits(0, 2)
            s = 2
            e_76(w, v, st)
        p = ''
        if s == 1:
            w.bits(1, 2)
        elif s == 2:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_37(r, st, cls):
    f_Certificate = None
    f_SubCertificates = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Certificate'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}Certificate', from_base64, b'')
        else:
            v = r.binary_ee()
        f_Certificate = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'SubCertificates'
            v = d_76(r, st, _m_din_msg_data_types.SubCertificatesType)
            f_SubCertificates = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Certificate = f_Certificate
    o.SubCertificates = f_SubCertificates
    return o


# {urn:din:70121:2012:MsgDataTypes}ChargingProfileType


def e_38(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SAScheduleTupleID'
        v = o.SAScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'ProfileEntry'
        v = o.ProfileEntry
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
            elif s == 2:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_62(w, v, st)
        p = ''
        if s == 2:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_38(r, st, cls):
    f_SAScheduleTupleID = None
    f_ProfileEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SAScheduleTupleID'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}SAScheduleTupleID', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_SAScheduleTupleID = v
        s = 2
        p = 'ProfileEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_62(r, st, _m_din_msg_data_types.ProfileEntryType)
        f_ProfileEntry.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'ProfileEntry'
                v = d_62(r, st, _m_din_msg_data_types.ProfileEntryType)
                f_ProfileEntry.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.SAScheduleTupleID = f_SAScheduleTupleID
    o.ProfileEntry = f_ProfileEntry
    return o


# {urn:din:70121:2012:MsgDataTypes}ConsumptionCostType


def e_39(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'startValue'
        v = o.startValue
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'Cost'
        v = o.Cost
        for v in v:
            if s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_40(w, v, st)
        p = ''
        if s == 1:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_39(r, st, cls):
    f_startValue = None
    f_Cost = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'startValue'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}startValue', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_startValue = v
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'Cost'
                v = d_40(r, st, _m_din_msg_data_types.CostType)
                f_Cost.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.startValue = f_startValue
    o.Cost = f_Cost
    return o


# {urn:din:70121:2012:MsgDataTypes}CostType


def e_40(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'costKind'
        v = o.costKind
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_6, v, p)
        w.bits(0 | (x << 1), 5)
        s = 1
        p = 'amount'
        v = o.amount
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'amountMultiplier'
        v = o.amountMultiplier
        if v is not None:
            x = check_int(v, -3, 3, p) - -3
            w.bits(0 | (x << 1), 7)
            s = 3
        p = ''
        if s == 2:
            w.bits(1, 2)
        elif s == 3:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_40(r, st, cls):
    f_costKind = None
    f_amount = None
    f_amountMultiplier = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'costKind'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}costKind', _m_din_msg_data_types.costKindType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_6[((c >> 1) & 3)]
        f_costKind = v
        s = 2
        p = 'amount'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}amount', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_amount = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'amountMultiplier'
            c = r.bits(5)
            if c & 17:
                if c >> 4 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 4
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}amountMultiplier', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 7) + -3
            f_amountMultiplier = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.costKind = f_costKind
    o.amount = f_amount
    o.amountMultiplier = f_amountMultiplier
    return o


# {urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameterType


def e_41(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DC_EVStatus'
        v = o.DC_EVStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_45(w, v, st)
        p = 'EVMaximumCurrentLimit'
        v = o.EVMaximumCurrentLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_61(w, v, st)
        p = 'EVMaximumPowerLimit'
        v = o.EVMaximumPowerLimit
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_61(w, v, st)
        p = 'EVMaximumVoltageLimit'
        v = o.EVMaximumVoltageLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 2:
            w.bits(1, 2)
            s = 4
        elif s == 3:
            w.bits(0, 1)
            s = 4
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_61(w, v, st)
        p = 'EVEnergyCapacity'
        v = o.EVEnergyCapacity
        if v is not None:
            w.bits(0, 3)
            s = 5
            e_61(w, v, st)
        p = 'EVEnergyRequest'
        v = o.EVEnergyRequest
        if v is not None:
            if s == 4:
                w.bits(1, 3)
                s = 6
            elif s == 5:
                w.bits(0, 3)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_61(w, v, st)
        p = 'FullSOC'
        v = o.FullSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 4:
                w.bits(1024 | (x << 1), 12)
                s = 7
            elif s == 5:
                w.bits(512 | (x << 1), 12)
                s = 7
            elif s == 6:
                w.bits(0 | (x << 1), 11)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'BulkSOC'
        v = o.BulkSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 4:
                w.bits(1536 | (x << 1), 12)
                s = 8
            elif s == 5:
                w.bits(1024 | (x << 1), 12)
                s = 8
            elif s == 6:
                w.bits(512 | (x << 1), 11)
                s = 8
            elif s == 7:
                w.bits(0 | (x << 1), 11)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 4:
            w.bits(4, 3)
        elif s == 5:
            w.bits(3, 3)
        elif s == 6:
            w.bits(2, 2)
        elif s == 7:
            w.bits(1, 2)
        elif s == 8:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_41(r, st, cls):
    f_DC_EVStatus = None
    f_EVMaximumCurrentLimit = None
    f_EVMaximumPowerLimit = None
    f_EVMaximumVoltageLimit = None
    f_EVEnergyCapacity = None
    f_EVEnergyRequest = None
    f_FullSOC = None
    f_BulkSOC = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_45(r, st, _m_din_msg_data_types.DC_EVStatusType)
        f_DC_EVStatus = v
        s = 2
        p = 'EVMaximumCurrentLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVMaximumCurrentLimit = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'EVMaximumPowerLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVMaximumPowerLimit = v
        elif c == 1:
            s = 4
            p = 'EVMaximumVoltageLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVMaximumVoltageLimit = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVMaximumVoltageLimit'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVMaximumVoltageLimit = v
        c = r.bits(3)
        if c == 0:
            s = 5
            p = 'EVEnergyCapacity'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVEnergyCapacity = v
        elif c == 1:
            s = 6
            p = 'EVEnergyRequest'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVEnergyRequest = v
        elif c == 2:
            s = 7
            p = 'FullSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}FullSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_FullSOC = v
        elif c == 3:
            s = 8
            p = 'BulkSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}BulkSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_BulkSOC = v
        elif c == 4:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'EVEnergyRequest'
                v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
                f_EVEnergyRequest = v
            elif c == 1:
                s = 7
                p = 'FullSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}FullSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_FullSOC = v
            elif c == 2:
                s = 8
                p = 'BulkSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}BulkSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_BulkSOC = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'FullSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}FullSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_FullSOC = v
            elif c == 1:
                s = 8
                p = 'BulkSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}BulkSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_BulkSOC = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'BulkSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}BulkSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_BulkSOC = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.DC_EVStatus = f_DC_EVStatus
    o.EVMaximumCurrentLimit = f_EVMaximumCurrentLimit
    o.EVMaximumPowerLimit = f_EVMaximumPowerLimit
    o.EVMaximumVoltageLimit = f_EVMaximumVoltageLimit
    o.EVEnergyCapacity = f_EVEnergyCapacity
    o.EVEnergyRequest = f_EVEnergyRequest
    o.FullSOC = f_FullSOC
    o.BulkSOC = f_BulkSOC
    return o


# {urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameterType


def e_42(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DC_EVStatus'
        v = o.DC_EVStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_45(w, v, st)
        p = 'BulkChargingComplete'
        v = o.BulkChargingComplete
        if v is not None:
            x = check_bool(v, p)
            w.bits(0 | (x << 1), 5)
            s = 2
        p = 'ChargingComplete'
        v = o.ChargingComplete
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        if s == 1:
            w.bits(8 | (x << 1), 5)
            s = 3
        elif s == 2:
            w.bits(0 | (x << 1), 4)
            s = 3
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_42(r, st, cls):
    f_DC_EVStatus = None
    f_BulkChargingComplete = None
    f_ChargingComplete = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_45(r, st, _m_din_msg_data_types.DC_EVStatusType)
        f_DC_EVStatus = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'BulkChargingComplete'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}BulkChargingComplete', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_BulkChargingComplete = v
        elif c == 1:
            s = 3
            p = 'ChargingComplete'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ChargingComplete', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ChargingComplete = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            s = 3
            p = 'ChargingComplete'
            c = r.bits(4)
            if c & 13:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ChargingComplete', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ChargingComplete = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.DC_EVStatus = f_DC_EVStatus
    o.BulkChargingComplete = f_BulkChargingComplete
    o.ChargingComplete = f_ChargingComplete
    return o


# {urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameterType


def e_43(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DC_EVSEStatus'
        v = o.DC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_44(w, v, st)
        p = 'EVSEMaximumCurrentLimit'
        v = o.EVSEMaximumCurrentLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_61(w, v, st)
        p = 'EVSEMaximumPowerLimit'
        v = o.EVSEMaximumPowerLimit
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_61(w, v, st)
        p = 'EVSEMaximumVoltageLimit'
        v = o.EVSEMaximumVoltageLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 2:
            w.bits(1, 2)
            s = 4
        elif s == 3:
            w.bits(0, 1)
            s = 4
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_61(w, v, st)
        p = 'EVSEMinimumCurrentLimit'
        v = o.EVSEMinimumCurrentLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_61(w, v, st)
        p = 'EVSEMinimumVoltageLimit'
        v = o.EVSEMinimumVoltageLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        e_61(w, v, st)
        p = 'EVSECurrentRegulationTolerance'
        v = o.EVSECurrentRegulationTolerance
        if v is not None:
            w.bits(0, 2)
            s = 7
            e_61(w, v, st)
        p = 'EVSEPeakCurrentRipple'
        v = o.EVSEPeakCurrentRipple
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 6:
            w.bits(1, 2)
            s = 8
        elif s == 7:
            w.bits(0, 1)
            s = 8
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_61(w, v, st)
        p = 'EVSEEnergyToBeDelivered'
        v = o.EVSEEnergyToBeDelivered
        if v is not None:
            w.bits(0, 2)
            s = 9
            e_61(w, v, st)
        p = ''
        if s == 8:
            w.bits(1, 2)
        elif s == 9:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_43(r, st, cls):
    f_DC_EVSEStatus = None
    f_EVSEMaximumCurrentLimit = None
    f_EVSEMaximumPowerLimit = None
    f_EVSEMaximumVoltageLimit = None
    f_EVSEMinimumCurrentLimit = None
    f_EVSEMinimumVoltageLimit = None
    f_EVSECurrentRegulationTolerance = None
    f_EVSEPeakCurrentRipple = None
    f_EVSEEnergyToBeDelivered = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_44(r, st, _m_din_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 2
        p = 'EVSEMaximumCurrentLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEMaximumCurrentLimit = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'EVSEMaximumPowerLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEMaximumPowerLimit = v
        elif c == 1:
            s = 4
            p = 'EVSEMaximumVoltageLimit'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEMaximumVoltageLimit = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVSEMaximumVoltageLimit'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEMaximumVoltageLimit = v
        s = 5
        p = 'EVSEMinimumCurrentLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEMinimumCurrentLimit = v
        s = 6
        p = 'EVSEMinimumVoltageLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
        f_EVSEMinimumVoltageLimit = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'EVSECurrentRegulationTolerance'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSECurrentRegulationTolerance = v
        elif c == 1:
            s = 8
            p = 'EVSEPeakCurrentRipple'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEPeakCurrentRipple = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            s = 8
            p = 'EVSEPeakCurrentRipple'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEPeakCurrentRipple = v
        c = r.bits(2)
        if c == 0:
            s = 9
            p = 'EVSEEnergyToBeDelivered'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_EVSEEnergyToBeDelivered = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.DC_EVSEStatus = f_DC_EVSEStatus
    o.EVSEMaximumCurrentLimit = f_EVSEMaximumCurrentLimit
    o.EVSEMaximumPowerLimit = f_EVSEMaximumPowerLimit
    o.EVSEMaximumVoltageLimit = f_EVSEMaximumVoltageLimit
    o.EVSEMinimumCurrentLimit = f_EVSEMinimumCurrentLimit
    o.EVSEMinimumVoltageLimit = f_EVSEMinimumVoltageLimit
    o.EVSECurrentRegulationTolerance = f_EVSECurrentRegulationTolerance
    o.EVSEPeakCurrentRipple = f_EVSEPeakCurrentRipple
    o.EVSEEnergyToBeDelivered = f_EVSEEnergyToBeDelivered
    return o


# {urn:din:70121:2012:MsgDataTypes}DC_EVSEStatusType


def e_44(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVSEIsolationStatus'
        v = o.EVSEIsolationStatus
        if v is not None:
            x = enum_index(EIDX_7, v, p)
            w.bits(0 | (x << 1), 6)
            s = 1
        p = 'EVSEStatusCode'
        v = o.EVSEStatusCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_8, v, p)
        if s == 0:
            w.bits(64 | (x << 1), 8)
            s = 2
        elif s == 1:
            w.bits(0 | (x << 1), 7)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'NotificationMaxDelay'
        v = o.NotificationMaxDelay
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'EVSENotification'
        v = o.EVSENotification
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_5, v, p)
        w.bits(0 | (x << 1), 5)
        s = 4
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_44(r, st, cls):
    f_EVSEIsolationStatus = None
    f_EVSEStatusCode = None
    f_NotificationMaxDelay = None
    f_EVSENotification = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'EVSEIsolationStatus'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVSEIsolationStatus', _m_din_msg_data_types.isolationLevelType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_7[((c >> 1) & 3)]
            f_EVSEIsolationStatus = v
        elif c == 1:
            s = 2
            p = 'EVSEStatusCode'
            c = r.bits(6)
            if c & 33:
                if c >> 5 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 5
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVSEStatusCode', _m_din_msg_data_types.DC_EVSEStatusCodeType)
            else:
                if ((c >> 1) & 15) >= 12:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_8[((c >> 1) & 15)]
            f_EVSEStatusCode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'EVSEStatusCode'
            c = r.bits(7)
            if c & 97:
                if c >> 5 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 5
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVSEStatusCode', _m_din_msg_data_types.DC_EVSEStatusCodeType)
            else:
                if ((c >> 1) & 15) >= 12:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_8[((c >> 1) & 15)]
            f_EVSEStatusCode = v
        s = 3
        p = 'NotificationMaxDelay'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}NotificationMaxDelay', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_NotificationMaxDelay = v
        s = 4
        p = 'EVSENotification'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVSENotification', _m_din_msg_data_types.EVSENotificationType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_5[((c >> 1) & 3)]
        f_EVSENotification = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.EVSEIsolationStatus = f_EVSEIsolationStatus
    o.EVSEStatusCode = f_EVSEStatusCode
    o.NotificationMaxDelay = f_NotificationMaxDelay
    o.EVSENotification = f_EVSENotification
    return o


# {urn:din:70121:2012:MsgDataTypes}DC_EVStatusType


def e_45(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVReady'
        v = o.EVReady
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 1
        p = 'EVCabinConditioning'
        v = o.EVCabinConditioning
        if v is not None:
            x = check_bool(v, p)
            w.bits(0 | (x << 1), 5)
            s = 2
        p = 'EVRESSConditioning'
        v = o.EVRESSConditioning
        if v is not None:
            x = check_bool(v, p)
            if s == 1:
                w.bits(8 | (x << 1), 5)
                s = 3
            elif s == 2:
                w.bits(0 | (x << 1), 5)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'EVErrorCode'
        v = o.EVErrorCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_9, v, p)
        if s == 1:
            w.bits(128 | (x << 1), 8)
            s = 4
        elif s == 2:
            w.bits(64 | (x << 1), 8)
            s = 4
        elif s == 3:
            w.bits(0 | (x << 1), 7)
            s = 4
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'EVRESSSOC'
        v = o.EVRESSSOC
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 100, p) - 0
        w.bits(0 | (x << 1), 10)
        s = 5
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_45(r, st, cls):
    f_EVReady = None
    f_EVCabinConditioning = None
    f_EVRESSConditioning = None
    f_EVErrorCode = None
    f_EVRESSSOC = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVReady'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVReady', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVReady = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVCabinConditioning'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVCabinConditioning', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_EVCabinConditioning = v
        elif c == 1:
            s = 3
            p = 'EVRESSConditioning'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVRESSConditioning', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_EVRESSConditioning = v
        elif c == 2:
            s = 4
            p = 'EVErrorCode'
            c = r.bits(6)
            if c & 33:
                if c >> 5 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 5
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVErrorCode', _m_din_msg_data_types.DC_EVErrorCodeType)
            else:
                if ((c >> 1) & 15) >= 12:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_9[((c >> 1) & 15)]
            f_EVErrorCode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVRESSConditioning'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVRESSConditioning', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_EVRESSConditioning = v
            elif c == 1:
                s = 4
                p = 'EVErrorCode'
                c = r.bits(6)
                if c & 33:
                    if c >> 5 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 5
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVErrorCode', _m_din_msg_data_types.DC_EVErrorCodeType)
                else:
                    if ((c >> 1) & 15) >= 12:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_9[((c >> 1) & 15)]
                f_EVErrorCode = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVErrorCode'
            c = r.bits(7)
            if c & 97:
                if c >> 5 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 5
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVErrorCode', _m_din_msg_data_types.DC_EVErrorCodeType)
            else:
                if ((c >> 1) & 15) >= 12:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_9[((c >> 1) & 15)]
            f_EVErrorCode = v
        s = 5
        p = 'EVRESSSOC'
        c = r.bits(10)
        if c & 769:
            if c >> 8 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 8
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EVRESSSOC', int)
            if not -128 <= v <= 127:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
        else:
            v = ((c >> 1) & 127)
        f_EVRESSSOC = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.EVReady = f_EVReady
    o.EVCabinConditioning = f_EVCabinConditioning
    o.EVRESSConditioning = f_EVRESSConditioning
    o.EVErrorCode = f_EVErrorCode
    o.EVRESSSOC = f_EVRESSSOC
    return o


# {urn:din:70121:2012:MsgDataTypes}EVChargeParameterType


def e_46(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_46(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameterType


def e_47(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_47(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgDataTypes}EVSEChargeParameterType


def e_48(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_48(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgDataTypes}EVSEStatusType


def e_49(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_49(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgDataTypes}EVStatusType


def e_50(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_50(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgDataTypes}EntryType


def e_51(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TimeInterval'
        v = o.TimeInterval
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_5, v)
        if q == '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval':
            w.bits(0, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}TimeInterval':
            w.bits(1, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_51(r, st, cls):
    f_TimeInterval = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'TimeInterval'
            v = d_63(r, st, _m_din_msg_data_types.RelativeTimeInterval)
            f_TimeInterval = v
        elif c == 1:
            s = 1
            p = 'TimeInterval'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.TimeInterval = f_TimeInterval
    return o


# {urn:din:70121:2012:MsgDataTypes}IntervalType


def e_52(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_52(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgDataTypes}ListOfRootCertificateIDsType


def e_53(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'RootCertificateID'
        v = o.RootCertificateID
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, 40)
        p = ''
        if s == 1:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_53(r, st, cls):
    f_RootCertificateID = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'RootCertificateID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}RootCertificateID', str, '')
        else:
            v = st.read_ee(r, '{urn:din:70121:2012:MsgDataTypes}RootCertificateID')
        f_RootCertificateID.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'RootCertificateID'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}RootCertificateID', str, '')
                else:
                    v = st.read_ee(r, '{urn:din:70121:2012:MsgDataTypes}RootCertificateID')
                f_RootCertificateID.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.RootCertificateID = f_RootCertificateID
    return o


# {urn:din:70121:2012:MsgDataTypes}MeterInfoType


def e_54(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'MeterID'
        v = o.MeterID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.chars_el(v, None, 32, 0, 1)
        p = 'MeterReading'
        v = o.MeterReading
        if v is not None:
            w.bits(0, 3)
            s = 2
            e_61(w, v, st)
        p = 'SigMeterReading'
        v = o.SigMeterReading
        if v is not None:
            if s == 1:
                w.bits(1, 3)
                s = 3
            elif s == 2:
                w.bits(0, 3)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 32)
        p = 'MeterStatus'
        v = o.MeterStatus
        if v is not None:
            if s == 1:
                w.bits(4, 4)
                s = 4
            elif s == 2:
                w.bits(2, 4)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
        p = 'TMeter'
        v = o.TMeter
        if v is not None:
            if s == 1:
                w.bits(6, 4)
                s = 5
            elif s == 2:
                w.bits(4, 4)
                s = 5
            elif s == 3:
                w.bits(2, 3)
                s = 5
            elif s == 4:
                w.bits(0, 3)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -9223372036854775808 <= v and v <= 9223372036854775807 else check_int(v, -9223372036854775808, 9223372036854775807, p))
        p = ''
        if s == 1:
            w.bits(4, 3)
        elif s == 2:
            w.bits(3, 3)
        elif s == 3:
            w.bits(2, 2)
        elif s == 4:
            w.bits(1, 2)
        elif s == 5:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_54(r, st, cls):
    f_MeterID = None
    f_MeterReading = None
    f_SigMeterReading = None
    f_MeterStatus = None
    f_TMeter = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'MeterID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}MeterID', str, '')
        else:
            v = st.read_ee(r, '{urn:din:70121:2012:MsgDataTypes}MeterID')
        f_MeterID = v
        c = r.bits(3)
        if c == 0:
            s = 2
            p = 'MeterReading'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_MeterReading = v
        elif c == 1:
            s = 3
            p = 'SigMeterReading'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}SigMeterReading', from_base64, b'')
            else:
                v = r.binary_ee()
            f_SigMeterReading = v
        elif c == 2:
            s = 4
            p = 'MeterStatus'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}MeterStatus', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_MeterStatus = v
        elif c == 3:
            s = 5
            p = 'TMeter'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}TMeter', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:long')
            f_TMeter = v
        elif c == 4:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(3)
            if c == 0:
                s = 3
                p = 'SigMeterReading'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}SigMeterReading', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_SigMeterReading = v
            elif c == 1:
                s = 4
                p = 'MeterStatus'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}MeterStatus', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_MeterStatus = v
            elif c == 2:
                s = 5
                p = 'TMeter'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}TMeter', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:long')
                f_TMeter = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'MeterStatus'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}MeterStatus', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_MeterStatus = v
            elif c == 1:
                s = 5
                p = 'TMeter'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}TMeter', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:long')
                f_TMeter = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'TMeter'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}TMeter', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:long')
                f_TMeter = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.MeterID = f_MeterID
    o.MeterReading = f_MeterReading
    o.SigMeterReading = f_SigMeterReading
    o.MeterStatus = f_MeterStatus
    o.TMeter = f_TMeter
    return o


# {urn:din:70121:2012:MsgDataTypes}NotificationType


def e_55(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'FaultCode'
        v = o.FaultCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_10, v, p)
        w.bits(0 | (x << 1), 5)
        s = 1
        p = 'FaultMsg'
        v = o.FaultMsg
        if v is not None:
            s = 2
            w.chars_el(v, None, 64, 0, 2)
        p = ''
        if s == 1:
            w.bits(1, 2)
        elif s == 2:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_55(r, st, cls):
    f_FaultCode = None
    f_FaultMsg = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'FaultCode'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}FaultCode', _m_din_msg_data_types.faultCodeType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_10[((c >> 1) & 3)]
        f_FaultCode = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'FaultMsg'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}FaultMsg', str, '')
            else:
                v = st.read_ee(r, '{urn:din:70121:2012:MsgDataTypes}FaultMsg')
            f_FaultMsg = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.FaultCode = f_FaultCode
    o.FaultMsg = f_FaultMsg
    return o


# {urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntryType


def e_56(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TimeInterval'
        v = o.TimeInterval
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_5, v)
        if q == '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval':
            w.bits(0, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}TimeInterval':
            w.bits(1, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        p = 'PMax'
        v = o.PMax
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_56(r, st, cls):
    f_TimeInterval = None
    f_PMax = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'TimeInterval'
            v = d_63(r, st, _m_din_msg_data_types.RelativeTimeInterval)
            f_TimeInterval = v
        elif c == 1:
            s = 1
            p = 'TimeInterval'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'PMax'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}PMax', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_PMax = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.TimeInterval = f_TimeInterval
    o.PMax = f_PMax
    return o


# {urn:din:70121:2012:MsgDataTypes}PMaxScheduleType


def e_57(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PMaxScheduleID'
        v = o.PMaxScheduleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'PMaxScheduleEntry'
        v = o.PMaxScheduleEntry
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
            elif s == 2:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_56(w, v, st)
        p = ''
        if s == 2:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_57(r, st, cls):
    f_PMaxScheduleID = None
    f_PMaxScheduleEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PMaxScheduleID'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleID', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_PMaxScheduleID = v
        s = 2
        p = 'PMaxScheduleEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_56(r, st, _m_din_msg_data_types.PMaxScheduleEntryType)
        f_PMaxScheduleEntry.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'PMaxScheduleEntry'
                v = d_56(r, st, _m_din_msg_data_types.PMaxScheduleEntryType)
                f_PMaxScheduleEntry.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.PMaxScheduleID = f_PMaxScheduleID
    o.PMaxScheduleEntry = f_PMaxScheduleEntry
    return o


# {urn:din:70121:2012:MsgDataTypes}ParameterSetType


def e_58(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ParameterSetID'
        v = o.ParameterSetID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'Parameter'
        v = o.Parameter
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
            elif s == 2:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_59(w, v, st)
        p = ''
        if s == 2:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_58(r, st, cls):
    f_ParameterSetID = None
    f_Parameter = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ParameterSetID'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ParameterSetID', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_ParameterSetID = v
        s = 2
        p = 'Parameter'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_59(r, st, _m_din_msg_data_types.ParameterType)
        f_Parameter.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'Parameter'
                v = d_59(r, st, _m_din_msg_data_types.ParameterType)
                f_Parameter.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ParameterSetID = f_ParameterSetID
    o.Parameter = f_Parameter
    return o


# {urn:din:70121:2012:MsgDataTypes}ParameterType


def e_59(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Name'
        v = o.Name
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        check_len(v, str, None, None, p)
        st.write(w, 'Name', v)
        p = 'ValueType'
        v = o.ValueType
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        w.bits(enum_index(EIDX_11, v, p), 3)
        p = 'boolValue'
        v = o.boolValue
        if v is not None:
            x = check_bool(v, p)
            w.bits(0 | (x << 1), 6)
            s = 3
        p = 'byteValue'
        v = o.byteValue
        if v is not None:
            x = check_int(v, -128, 127, p) - -128
            if s == 2:
                w.bits(1024 | (x << 1), 13)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'shortValue'
        v = o.shortValue
        if v is not None:
            if s == 2:
                w.bits(4, 4)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
        p = 'intValue'
        v = o.intValue
        if v is not None:
            if s == 2:
                w.bits(6, 4)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -2147483648 <= v and v <= 2147483647 else check_int(v, -2147483648, 2147483647, p))
        p = 'physicalValue'
        v = o.physicalValue
        if v is not None:
            if s == 2:
                w.bits(4, 3)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_61(w, v, st)
        p = 'stringValue'
        v = o.stringValue
        if v is not None:
            if s == 2:
                w.bits(5, 3)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, None)
        p = ''
        if s == 3:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_59(r, st, cls):
    f_Name = None
    f_ValueType = None
    f_boolValue = None
    f_byteValue = None
    f_shortValue = None
    f_intValue = None
    f_physicalValue = None
    f_stringValue = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Name'
            v = st.read(r, 'Name')
            f_Name = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        c = r.bits(1)
        if c == 0:
            s = 2
            p = 'ValueType'
            v = r.bits(3)
            if v >= 6:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_11[v]
            f_ValueType = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'boolValue'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}boolValue', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_boolValue = v
        elif c == 1:
            s = 3
            p = 'byteValue'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}byteValue', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 255) + -128
            f_byteValue = v
        elif c == 2:
            s = 3
            p = 'shortValue'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}shortValue', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_shortValue = v
        elif c == 3:
            s = 3
            p = 'intValue'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}intValue', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:int')
            f_intValue = v
        elif c == 4:
            s = 3
            p = 'physicalValue'
            v = d_61(r, st, _m_din_msg_data_types.PhysicalValueType)
            f_physicalValue = v
        elif c == 5:
            s = 3
            p = 'stringValue'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}stringValue', str, '')
            else:
                v = st.read_ee(r, '{urn:din:70121:2012:MsgDataTypes}stringValue')
            f_stringValue = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Name = f_Name
    o.ValueType = f_ValueType
    o.boolValue = f_boolValue
    o.byteValue = f_byteValue
    o.shortValue = f_shortValue
    o.intValue = f_intValue
    o.physicalValue = f_physicalValue
    o.stringValue = f_stringValue
    return o


# {urn:din:70121:2012:MsgDataTypes}PaymentOptionsType


def e_60(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PaymentOption'
        v = o.PaymentOption
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            x = enum_index(EIDX_4, v, p)
            if s == 0:
                w.bits(0 | (x << 1), 4)
                s = 1
            elif s == 1:
                w.bits(0 | (x << 1), 5)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 1:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_60(r, st, cls):
    f_PaymentOption = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PaymentOption'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}PaymentOption', _m_din_msg_data_types.paymentOptionType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_4[((c >> 1) & 1)]
        f_PaymentOption.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'PaymentOption'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}PaymentOption', _m_din_msg_data_types.paymentOptionType)
                else:
                    if ((c >> 1) & 1) >= 2:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_4[((c >> 1) & 1)]
                f_PaymentOption.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.PaymentOption = f_PaymentOption
    return o


# {urn:din:70121:2012:MsgDataTypes}PhysicalValueType


def e_61(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Multiplier'
        v = o.Multiplier
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, -3, 3, p) - -3
        w.bits(0 | (x << 1), 6)
        s = 1
        p = 'Unit'
        v = o.Unit
        if v is not None:
            x = enum_index(EIDX_12, v, p)
            w.bits(0 | (x << 1), 8)
            s = 2
        p = 'Value'
        v = o.Value
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 1:
            w.bits(2, 3)
            s = 3
        elif s == 2:
            w.bits(0, 2)
            s = 3
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_61(r, st, cls):
    f_Multiplier = None
    f_Unit = None
    f_Value = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Multiplier'
        c = r.bits(6)
        if c & 49:
            if c >> 4 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 4
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}Multiplier', int)
            if not -128 <= v <= 127:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
        else:
            v = ((c >> 1) & 7) + -3
        f_Multiplier = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'Unit'
            c = r.bits(6)
            if c & 33:
                if c >> 5 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 5
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}Unit', _m_din_msg_data_types.unitSymbolType)
            else:
                if ((c >> 1) & 15) >= 10:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_12[((c >> 1) & 15)]
            f_Unit = v
        elif c == 1:
            s = 3
            p = 'Value'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}Value', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_Value = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            s = 3
            p = 'Value'
            v = r.uint_ee(3, True)
            if v is None:
                c = r.bits(3)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}Value', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_Value = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Multiplier = f_Multiplier
    o.Unit = f_Unit
    o.Value = f_Value
    return o


# {urn:din:70121:2012:MsgDataTypes}ProfileEntryType


def e_62(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ChargingProfileEntryStart'
        v = o.ChargingProfileEntryStart
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'ChargingProfileEntryMaxPower'
        v = o.ChargingProfileEntryMaxPower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_62(r, st, cls):
    f_ChargingProfileEntryStart = None
    f_ChargingProfileEntryMaxPower = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ChargingProfileEntryStart'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ChargingProfileEntryStart', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_ChargingProfileEntryStart = v
        s = 2
        p = 'ChargingProfileEntryMaxPower'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ChargingProfileEntryMaxPower', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_ChargingProfileEntryMaxPower = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ChargingProfileEntryStart = f_ChargingProfileEntryStart
    o.ChargingProfileEntryMaxPower = f_ChargingProfileEntryMaxPower
    return o


# {urn:din:70121:2012:MsgDataTypes}RelativeTimeIntervalType


def e_63(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'start'
        v = o.start
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'duration'
        v = o.duration
        if v is not None:
            s = 2
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 3)
        p = ''
        if s == 1:
            w.bits(1, 2)
        elif s == 2:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_63(r, st, cls):
    f_start = None
    f_duration = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'start'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}start', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_start = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'duration'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}duration', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_duration = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.start = f_start
    o.duration = f_duration
    return o


# {urn:din:70121:2012:MsgDataTypes}SAScheduleListType


def e_64(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SAScheduleTuple'
        v = o.SAScheduleTuple
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_65(w, v, st)
        p = ''
        if s == 1:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_64(r, st, cls):
    f_SAScheduleTuple = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SAScheduleTuple'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_65(r, st, _m_din_msg_data_types.SAScheduleTupleType)
        f_SAScheduleTuple.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'SAScheduleTuple'
                v = d_65(r, st, _m_din_msg_data_types.SAScheduleTupleType)
                f_SAScheduleTuple.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.SAScheduleTuple = f_SAScheduleTuple
    return o


# {urn:din:70121:2012:MsgDataTypes}SAScheduleTupleType


def e_65(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SAScheduleTupleID'
        v = o.SAScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'PMaxSchedule'
        v = o.PMaxSchedule
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_57(w, v, st)
        p = 'SalesTariff'
        v = o.SalesTariff
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_68(w, v, st)
        p = ''
        if s == 2:
            w.bits(1, 2)
        elif s == 3:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_65(r, st, cls):
    f_SAScheduleTupleID = None
    f_PMaxSchedule = None
    f_SalesTariff = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SAScheduleTupleID'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}SAScheduleTupleID', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_SAScheduleTupleID = v
        s = 2
        p = 'PMaxSchedule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_57(r, st, _m_din_msg_data_types.PMaxScheduleType)
        f_PMaxSchedule = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SalesTariff'
            v = d_68(r, st, _m_din_msg_data_types.SalesTariffType)
            f_SalesTariff = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.SAScheduleTupleID = f_SAScheduleTupleID
    o.PMaxSchedule = f_PMaxSchedule
    o.SalesTariff = f_SalesTariff
    return o


# {urn:din:70121:2012:MsgDataTypes}SASchedulesType


def e_66(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_66(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgDataTypes}SalesTariffEntryType


def e_67(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TimeInterval'
        v = o.TimeInterval
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_5, v)
        if q == '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval':
            w.bits(0, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:din:70121:2012:MsgDataTypes}TimeInterval':
            w.bits(1, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        p = 'EPriceLevel'
        v = o.EPriceLevel
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 2
        p = 'ConsumptionCost'
        v = o.ConsumptionCost
        for v in v:
            if s == 2:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_39(w, v, st)
        p = ''
        if s == 2:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_67(r, st, cls):
    f_TimeInterval = None
    f_EPriceLevel = None
    f_ConsumptionCost = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'TimeInterval'
            v = d_63(r, st, _m_din_msg_data_types.RelativeTimeInterval)
            f_TimeInterval = v
        elif c == 1:
            s = 1
            p = 'TimeInterval'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'EPriceLevel'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EPriceLevel', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_EPriceLevel = v
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'ConsumptionCost'
                v = d_39(r, st, _m_din_msg_data_types.ConsumptionCostType)
                f_ConsumptionCost.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.TimeInterval = f_TimeInterval
    o.EPriceLevel = f_EPriceLevel
    o.ConsumptionCost = f_ConsumptionCost
    return o


# {urn:din:70121:2012:MsgDataTypes}SalesTariffType


def e_68(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        check_len(v, str, None, None, p)
        st.write(w, 'Id', v)
        p = 'SalesTariffID'
        v = o.SalesTariffID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'SalesTariffDescription'
        v = o.SalesTariffDescription
        if v is not None:
            s = 3
            w.chars_el(v, None, 32, 0, 2)
        p = 'NumEPriceLevels'
        v = o.NumEPriceLevels
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        if s == 2:
            w.bits(1024 | (x << 1), 12)
            s = 4
        elif s == 3:
            w.bits(0 | (x << 1), 11)
            s = 4
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'SalesTariffEntry'
        v = o.SalesTariffEntry
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 4:
                w.bits(0, 1)
                s = 5
            elif s == 5:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_67(w, v, st)
        p = ''
        if s == 5:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_68(r, st, cls):
    f_Id = None
    f_SalesTariffID = None
    f_SalesTariffDescription = None
    f_NumEPriceLevels = None
    f_SalesTariffEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'SalesTariffID'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}SalesTariffID', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_SalesTariffID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SalesTariffDescription'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}SalesTariffDescription', str, '')
            else:
                v = st.read_ee(r, '{urn:din:70121:2012:MsgDataTypes}SalesTariffDescription')
            f_SalesTariffDescription = v
        elif c == 1:
            s = 4
            p = 'NumEPriceLevels'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}NumEPriceLevels', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255)
            f_NumEPriceLevels = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'NumEPriceLevels'
            c = r.bits(11)
            if c & 1537:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}NumEPriceLevels', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255)
            f_NumEPriceLevels = v
        s = 5
        p = 'SalesTariffEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_din_msg_data_types.SalesTariffEntryType)
        f_SalesTariffEntry.append(v)
        while s == 5:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'SalesTariffEntry'
                v = d_67(r, st, _m_din_msg_data_types.SalesTariffEntryType)
                f_SalesTariffEntry.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Id = f_Id
    o.SalesTariffID = f_SalesTariffID
    o.SalesTariffDescription = f_SalesTariffDescription
    o.NumEPriceLevels = f_NumEPriceLevels
    o.SalesTariffEntry = f_SalesTariffEntry
    return o


# {urn:din:70121:2012:MsgDataTypes}SelectedServiceListType


def e_69(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SelectedService'
        v = o.SelectedService
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_70(w, v, st)
        p = ''
        if s == 1:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_69(r, st, cls):
    f_SelectedService = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SelectedService'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_70(r, st, _m_din_msg_data_types.SelectedServiceType)
        f_SelectedService.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'SelectedService'
                v = d_70(r, st, _m_din_msg_data_types.SelectedServiceType)
                f_SelectedService.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.SelectedService = f_SelectedService
    return o


# {urn:din:70121:2012:MsgDataTypes}SelectedServiceType


def e_70(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceID'
        v = o.ServiceID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'ParameterSetID'
        v = o.ParameterSetID
        if v is not None:
            s = 2
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 3)
        p = ''
        if s == 1:
            w.bits(1, 2)
        elif s == 2:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_70(r, st, cls):
    f_ServiceID = None
    f_ParameterSetID = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ServiceID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'ParameterSetID'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ParameterSetID', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_ParameterSetID = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ServiceID = f_ServiceID
    o.ParameterSetID = f_ParameterSetID
    return o


# {urn:din:70121:2012:MsgDataTypes}ServiceChargeType


def e_71(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceTag'
        v = o.ServiceTag
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_74(w, v, st)
        p = 'FreeService'
        v = o.FreeService
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 2
        p = 'EnergyTransferType'
        v = o.EnergyTransferType
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_13, v, p)
        w.bits(0 | (x << 1), 7)
        s = 3
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_71(r, st, cls):
    f_ServiceTag = None
    f_FreeService = None
    f_EnergyTransferType = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ServiceTag'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_74(r, st, _m_din_msg_data_types.ServiceTagType)
        f_ServiceTag = v
        s = 2
        p = 'FreeService'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}FreeService', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_FreeService = v
        s = 3
        p = 'EnergyTransferType'
        c = r.bits(7)
        if c & 97:
            if c >> 5 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 5
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}EnergyTransferType', _m_din_msg_data_types.EVSESupportedEnergyTransferType)
        else:
            if ((c >> 1) & 15) >= 10:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_13[((c >> 1) & 15)]
        f_EnergyTransferType = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ServiceTag = f_ServiceTag
    o.FreeService = f_FreeService
    o.EnergyTransferType = f_EnergyTransferType
    return o


# {urn:din:70121:2012:MsgDataTypes}ServiceParameterListType


def e_72(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ParameterSet'
        v = o.ParameterSet
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_58(w, v, st)
        p = ''
        if s == 1:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_72(r, st, cls):
    f_ParameterSet = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ParameterSet'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_58(r, st, _m_din_msg_data_types.ParameterSetType)
        f_ParameterSet.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'ParameterSet'
                v = d_58(r, st, _m_din_msg_data_types.ParameterSetType)
                f_ParameterSet.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ParameterSet = f_ParameterSet
    return o


# {urn:din:70121:2012:MsgDataTypes}ServiceTagListType


def e_73(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Service'
        v = o.Service
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_75(w, v, st)
        p = ''
        if s == 1:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_73(r, st, cls):
    f_Service = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Service'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_75(r, st, _m_din_msg_data_types.ServiceType)
        f_Service.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'Service'
                v = d_75(r, st, _m_din_msg_data_types.ServiceType)
                f_Service.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Service = f_Service
    return o


# {urn:din:70121:2012:MsgDataTypes}ServiceTagType


def e_74(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceID'
        v = o.ServiceID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'ServiceName'
        v = o.ServiceName
        if v is not None:
            s = 2
            w.chars_el(v, None, 32, 0, 2)
        p = 'ServiceCategory'
        v = o.ServiceCategory
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_3, v, p)
        if s == 1:
            w.bits(16 | (x << 1), 6)
            s = 3
        elif s == 2:
            w.bits(0 | (x << 1), 5)
            s = 3
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'ServiceScope'
        v = o.ServiceScope
        if v is not None:
            s = 4
            w.chars_el(v, None, 32, 0, 2)
        p = ''
        if s == 3:
            w.bits(1, 2)
        elif s == 4:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_74(r, st, cls):
    f_ServiceID = None
    f_ServiceName = None
    f_ServiceCategory = None
    f_ServiceScope = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ServiceID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'ServiceName'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ServiceName', str, '')
            else:
                v = st.read_ee(r, '{urn:din:70121:2012:MsgDataTypes}ServiceName')
            f_ServiceName = v
        elif c == 1:
            s = 3
            p = 'ServiceCategory'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ServiceCategory', _m_din_msg_data_types.serviceCategoryType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_3[((c >> 1) & 3)]
            f_ServiceCategory = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            s = 3
            p = 'ServiceCategory'
            c = r.bits(5)
            if c & 25:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ServiceCategory', _m_din_msg_data_types.serviceCategoryType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_3[((c >> 1) & 3)]
            f_ServiceCategory = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'ServiceScope'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}ServiceScope', str, '')
            else:
                v = st.read_ee(r, '{urn:din:70121:2012:MsgDataTypes}ServiceScope')
            f_ServiceScope = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ServiceID = f_ServiceID
    o.ServiceName = f_ServiceName
    o.ServiceCategory = f_ServiceCategory
    o.ServiceScope = f_ServiceScope
    return o


# {urn:din:70121:2012:MsgDataTypes}ServiceType


def e_75(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceTag'
        v = o.ServiceTag
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_74(w, v, st)
        p = 'FreeService'
        v = o.FreeService
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 2
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_75(r, st, cls):
    f_ServiceTag = None
    f_FreeService = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ServiceTag'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_74(r, st, _m_din_msg_data_types.ServiceTagType)
        f_ServiceTag = v
        s = 2
        p = 'FreeService'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}FreeService', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_FreeService = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.ServiceTag = f_ServiceTag
    o.FreeService = f_FreeService
    return o


# {urn:din:70121:2012:MsgDataTypes}SubCertificatesType


def e_76(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Certificate'
        v = o.Certificate
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 1200)
        p = ''
        if s == 1:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_76(r, st, cls):
    f_Certificate = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Certificate'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}Certificate', from_base64, b'')
        else:
            v = r.binary_ee()
        f_Certificate.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'Certificate'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:din:70121:2012:MsgDataTypes}Certificate', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_Certificate.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Certificate = f_Certificate
    return o


# {urn:din:70121:2012:MsgDef}BodyBaseType


def e_77(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_77(r, st, cls):
    s = 0
    cnt = 0
    p = ''
    try:
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    return o


# {urn:din:70121:2012:MsgDef}BodyType


def e_78(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'BodyElement'
        v = o.BodyElement
        if v is not None:
            q = member_of(MEMBERS_6, v)
            if q == '{urn:din:70121:2012:MsgDef}BodyElement':
                w.bits(0, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}CableCheckReq':
                w.bits(1, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}CableCheckRes':
                w.bits(2, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}CertificateInstallationReq':
                w.bits(3, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}CertificateInstallationRes':
                w.bits(4, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}CertificateUpdateReq':
                w.bits(5, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}CertificateUpdateRes':
                w.bits(6, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq':
                w.bits(7, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes':
                w.bits(8, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ChargingStatusReq':
                w.bits(9, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ChargingStatusRes':
                w.bits(10, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq':
                w.bits(11, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes':
                w.bits(12, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}CurrentDemandReq':
                w.bits(13, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}CurrentDemandRes':
                w.bits(14, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}MeteringReceiptReq':
                w.bits(15, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}MeteringReceiptRes':
                w.bits(16, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}PaymentDetailsReq':
                w.bits(17, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}PaymentDetailsRes':
                w.bits(18, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}PowerDeliveryReq':
                w.bits(19, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}PowerDeliveryRes':
                w.bits(20, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}PreChargeReq':
                w.bits(21, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}PreChargeRes':
                w.bits(22, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ServiceDetailReq':
                w.bits(23, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ServiceDetailRes':
                w.bits(24, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq':
                w.bits(25, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes':
                w.bits(26, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq':
                w.bits(27, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes':
                w.bits(28, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}SessionSetupReq':
                w.bits(29, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}SessionSetupRes':
                w.bits(30, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}SessionStopReq':
                w.bits(31, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}SessionStopRes':
                w.bits(32, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}WeldingDetectionReq':
                w.bits(33, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:din:70121:2012:MsgBody}WeldingDetectionRes':
                w.bits(34, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
        p = ''
        if s == 0:
            w.bits(35, 6)
        elif s == 1:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_78(r, st, cls):
    f_BodyElement = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(6)
        if c == 0:
            s = 1
            p = 'BodyElement'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 1:
            s = 1
            p = 'BodyElement'
            v = d_0(r, st, _m_din_msg_body.CableCheckReq)
            f_BodyElement = v
        elif c == 2:
            s = 1
            p = 'BodyElement'
            v = d_1(r, st, _m_din_msg_body.CableCheckRes)
            f_BodyElement = v
        elif c == 3:
            s = 1
            p = 'BodyElement'
            v = d_2(r, st, _m_din_msg_body.CertificateInstallationReq)
            f_BodyElement = v
        elif c == 4:
            s = 1
            p = 'BodyElement'
            v = d_3(r, st, _m_din_msg_body.CertificateInstallationRes)
            f_BodyElement = v
        elif c == 5:
            s = 1
            p = 'BodyElement'
            v = d_4(r, st, _m_din_msg_body.CertificateUpdateReq)
            f_BodyElement = v
        elif c == 6:
            s = 1
            p = 'BodyElement'
            v = d_5(r, st, _m_din_msg_body.CertificateUpdateRes)
            f_BodyElement = v
        elif c == 7:
            s = 1
            p = 'BodyElement'
            v = d_6(r, st, _m_din_msg_body.ChargeParameterDiscoveryReq)
            f_BodyElement = v
        elif c == 8:
            s = 1
            p = 'BodyElement'
            v = d_7(r, st, _m_din_msg_body.ChargeParameterDiscoveryRes)
            f_BodyElement = v
        elif c == 9:
            s = 1
            p = 'BodyElement'
            v = d_8(r, st, _m_din_msg_body.ChargingStatusReq)
            f_BodyElement = v
        elif c == 10:
            s = 1
            p = 'BodyElement'
            v = d_9(r, st, _m_din_msg_body.ChargingStatusRes)
            f_BodyElement = v
        elif c == 11:
            s = 1
            p = 'BodyElement'
            v = d_10(r, st, _m_din_msg_body.ContractAuthenticationReq)
            f_BodyElement = v
        elif c == 12:
            s = 1
            p = 'BodyElement'
            v = d_11(r, st, _m_din_msg_body.ContractAuthenticationRes)
            f_BodyElement = v
        elif c == 13:
            s = 1
            p = 'BodyElement'
            v = d_12(r, st, _m_din_msg_body.CurrentDemandReq)
            f_BodyElement = v
        elif c == 14:
            s = 1
            p = 'BodyElement'
            v = d_13(r, st, _m_din_msg_body.CurrentDemandRes)
            f_BodyElement = v
        elif c == 15:
            s = 1
            p = 'BodyElement'
            v = d_14(r, st, _m_din_msg_body.MeteringReceiptReq)
            f_BodyElement = v
        elif c == 16:
            s = 1
            p = 'BodyElement'
            v = d_15(r, st, _m_din_msg_body.MeteringReceiptRes)
            f_BodyElement = v
        elif c == 17:
            s = 1
            p = 'BodyElement'
            v = d_16(r, st, _m_din_msg_body.PaymentDetailsReq)
            f_BodyElement = v
        elif c == 18:
            s = 1
            p = 'BodyElement'
            v = d_17(r, st, _m_din_msg_body.PaymentDetailsRes)
            f_BodyElement = v
        elif c == 19:
            s = 1
            p = 'BodyElement'
            v = d_18(r, st, _m_din_msg_body.PowerDeliveryReq)
            f_BodyElement = v
        elif c == 20:
            s = 1
            p = 'BodyElement'
            v = d_19(r, st, _m_din_msg_body.PowerDeliveryRes)
            f_BodyElement = v
        elif c == 21:
            s = 1
            p = 'BodyElement'
            v = d_20(r, st, _m_din_msg_body.PreChargeReq)
            f_BodyElement = v
        elif c == 22:
            s = 1
            p = 'BodyElement'
            v = d_21(r, st, _m_din_msg_body.PreChargeRes)
            f_BodyElement = v
        elif c == 23:
            s = 1
            p = 'BodyElement'
            v = d_22(r, st, _m_din_msg_body.ServiceDetailReq)
            f_BodyElement = v
        elif c == 24:
            s = 1
            p = 'BodyElement'
            v = d_23(r, st, _m_din_msg_body.ServiceDetailRes)
            f_BodyElement = v
        elif c == 25:
            s = 1
            p = 'BodyElement'
            v = d_24(r, st, _m_din_msg_body.ServiceDiscoveryReq)
            f_BodyElement = v
        elif c == 26:
            s = 1
            p = 'BodyElement'
            v = d_25(r, st, _m_din_msg_body.ServiceDiscoveryRes)
            f_BodyElement = v
        elif c == 27:
            s = 1
            p = 'BodyElement'
            v = d_26(r, st, _m_din_msg_body.ServicePaymentSelectionReq)
            f_BodyElement = v
        elif c == 28:
            s = 1
            p = 'BodyElement'
            v = d_27(r, st, _m_din_msg_body.ServicePaymentSelectionRes)
            f_BodyElement = v
        elif c == 29:
            s = 1
            p = 'BodyElement'
            v = d_28(r, st, _m_din_msg_body.SessionSetupReq)
            f_BodyElement = v
        elif c == 30:
            s = 1
            p = 'BodyElement'
            v = d_29(r, st, _m_din_msg_body.SessionSetupRes)
            f_BodyElement = v
        elif c == 31:
            s = 1
            p = 'BodyElement'
            v = d_31(r, st, _m_din_msg_body.SessionStopReq)
            f_BodyElement = v
        elif c == 32:
            s = 1
            p = 'BodyElement'
            v = d_30(r, st, _m_din_msg_body.SessionStopRes)
            f_BodyElement = v
        elif c == 33:
            s = 1
            p = 'BodyElement'
            v = d_32(r, st, _m_din_msg_body.WeldingDetectionReq)
            f_BodyElement = v
        elif c == 34:
            s = 1
            p = 'BodyElement'
            v = d_33(r, st, _m_din_msg_body.WeldingDetectionRes)
            f_BodyElement = v
        elif c == 35:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.BodyElement = f_BodyElement
    return o


# {urn:din:70121:2012:MsgDef}V2G_Message#anon


def e_79(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Header'
        v = o.Header
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_80(w, v, st)
        p = 'Body'
        v = o.Body
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_78(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_79(r, st, cls):
    f_Header = None
    f_Body = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_80(r, st, _m_din_msg_header.MessageHeaderType)
        f_Header = v
        s = 2
        p = 'Body'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_78(r, st, _m_din_msg_def.BodyType)
        f_Body = v
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.Header = f_Header
    o.Body = f_Body
    return o


# {urn:din:70121:2012:MsgHeader}MessageHeaderType


def e_80(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SessionID'
        v = o.SessionID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, None, 8, 0, 1)
        p = 'Notification'
        v = o.Notification
        if v is not None:
            w.bits(0, 2)
            s = 2
            e_55(w, v, st)
        p = 'Signature'
        v = o.Signature
        if v is not None:
            if s == 1:
                w.bits(1, 2)
                s = 3
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_xmldsig.e_15(w, v, st)
        p = ''
        if s == 1:
            w.bits(2, 2)
        elif s == 2:
            w.bits(1, 2)
        elif s == 3:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_80(r, st, cls):
    f_SessionID = None
    f_Notification = None
    f_Signature = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SessionID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:din:70121:2012:MsgHeader}SessionID', from_hex, b'')
        else:
            v = r.binary_ee()
        f_SessionID = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'Notification'
            v = d_55(r, st, _m_din_msg_data_types.NotificationType)
            f_Notification = v
        elif c == 1:
            s = 3
            p = 'Signature'
            v = _p_xmldsig.d_15(r, st, _m_xmldsig.SignatureType)
            f_Signature = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'Signature'
                v = _p_xmldsig.d_15(r, st, _m_xmldsig.SignatureType)
                f_Signature = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            s = -1
        p = ''
    except EXIDecodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as x:
        raise EXIDecodeError(r.pos, [p] if p else [], f'malformed: {x}') from None
    o = _new(cls)
    o.SessionID = f_SessionID
    o.Notification = f_Notification
    o.Signature = f_Signature
    return o

ELEMENTS = {
    '{urn:din:70121:2012:MsgBody}CableCheckReq': (e_0, d_0, _m_din_msg_body.CableCheckReq),
    '{urn:din:70121:2012:MsgBody}CableCheckRes': (e_1, d_1, _m_din_msg_body.CableCheckRes),
    '{urn:din:70121:2012:MsgBody}CertificateInstallationReq': (e_2, d_2, _m_din_msg_body.CertificateInstallationReq),
    '{urn:din:70121:2012:MsgBody}CertificateInstallationRes': (e_3, d_3, _m_din_msg_body.CertificateInstallationRes),
    '{urn:din:70121:2012:MsgBody}CertificateUpdateReq': (e_4, d_4, _m_din_msg_body.CertificateUpdateReq),
    '{urn:din:70121:2012:MsgBody}CertificateUpdateRes': (e_5, d_5, _m_din_msg_body.CertificateUpdateRes),
    '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq': (e_6, d_6, _m_din_msg_body.ChargeParameterDiscoveryReq),
    '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes': (e_7, d_7, _m_din_msg_body.ChargeParameterDiscoveryRes),
    '{urn:din:70121:2012:MsgBody}ChargingStatusReq': (e_8, d_8, _m_din_msg_body.ChargingStatusReq),
    '{urn:din:70121:2012:MsgBody}ChargingStatusRes': (e_9, d_9, _m_din_msg_body.ChargingStatusRes),
    '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq': (e_10, d_10, _m_din_msg_body.ContractAuthenticationReq),
    '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes': (e_11, d_11, _m_din_msg_body.ContractAuthenticationRes),
    '{urn:din:70121:2012:MsgBody}CurrentDemandReq': (e_12, d_12, _m_din_msg_body.CurrentDemandReq),
    '{urn:din:70121:2012:MsgBody}CurrentDemandRes': (e_13, d_13, _m_din_msg_body.CurrentDemandRes),
    '{urn:din:70121:2012:MsgBody}MeteringReceiptReq': (e_14, d_14, _m_din_msg_body.MeteringReceiptReq),
    '{urn:din:70121:2012:MsgBody}MeteringReceiptRes': (e_15, d_15, _m_din_msg_body.MeteringReceiptRes),
    '{urn:din:70121:2012:MsgBody}PaymentDetailsReq': (e_16, d_16, _m_din_msg_body.PaymentDetailsReq),
    '{urn:din:70121:2012:MsgBody}PaymentDetailsRes': (e_17, d_17, _m_din_msg_body.PaymentDetailsRes),
    '{urn:din:70121:2012:MsgBody}PowerDeliveryReq': (e_18, d_18, _m_din_msg_body.PowerDeliveryReq),
    '{urn:din:70121:2012:MsgBody}PowerDeliveryRes': (e_19, d_19, _m_din_msg_body.PowerDeliveryRes),
    '{urn:din:70121:2012:MsgBody}PreChargeReq': (e_20, d_20, _m_din_msg_body.PreChargeReq),
    '{urn:din:70121:2012:MsgBody}PreChargeRes': (e_21, d_21, _m_din_msg_body.PreChargeRes),
    '{urn:din:70121:2012:MsgBody}ServiceDetailReq': (e_22, d_22, _m_din_msg_body.ServiceDetailReq),
    '{urn:din:70121:2012:MsgBody}ServiceDetailRes': (e_23, d_23, _m_din_msg_body.ServiceDetailRes),
    '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq': (e_24, d_24, _m_din_msg_body.ServiceDiscoveryReq),
    '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes': (e_25, d_25, _m_din_msg_body.ServiceDiscoveryRes),
    '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq': (e_26, d_26, _m_din_msg_body.ServicePaymentSelectionReq),
    '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes': (e_27, d_27, _m_din_msg_body.ServicePaymentSelectionRes),
    '{urn:din:70121:2012:MsgBody}SessionSetupReq': (e_28, d_28, _m_din_msg_body.SessionSetupReq),
    '{urn:din:70121:2012:MsgBody}SessionSetupRes': (e_29, d_29, _m_din_msg_body.SessionSetupRes),
    '{urn:din:70121:2012:MsgBody}SessionStopReq': (e_31, d_31, _m_din_msg_body.SessionStopReq),
    '{urn:din:70121:2012:MsgBody}SessionStopRes': (e_30, d_30, _m_din_msg_body.SessionStopRes),
    '{urn:din:70121:2012:MsgBody}WeldingDetectionReq': (e_32, d_32, _m_din_msg_body.WeldingDetectionReq),
    '{urn:din:70121:2012:MsgBody}WeldingDetectionRes': (e_33, d_33, _m_din_msg_body.WeldingDetectionRes),
    '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter': (e_34, d_34, _m_din_msg_data_types.AC_EVChargeParameter),
    '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter': (e_35, d_35, _m_din_msg_data_types.AC_EVSEChargeParameter),
    '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus': (e_36, d_36, _m_din_msg_data_types.AC_EVSEStatus),
    '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter': (e_41, d_41, _m_din_msg_data_types.DC_EVChargeParameter),
    '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter': (e_42, d_42, _m_din_msg_data_types.DC_EVPowerDeliveryParameter),
    '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter': (e_43, d_43, _m_din_msg_data_types.DC_EVSEChargeParameter),
    '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus': (e_44, d_44, _m_din_msg_data_types.DC_EVSEStatus),
    '{urn:din:70121:2012:MsgDataTypes}DC_EVStatus': (e_45, d_45, _m_din_msg_data_types.DC_EVStatus),
    '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter': (e_46, d_46, _m_din_msg_data_types.EVChargeParameter),
    '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter': (e_47, d_47, _m_din_msg_data_types.EVPowerDeliveryParameter),
    '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter': (e_48, d_48, _m_din_msg_data_types.EVSEChargeParameter),
    '{urn:din:70121:2012:MsgDataTypes}EVSEStatus': (e_49, d_49, _m_din_msg_data_types.EVSEStatus),
    '{urn:din:70121:2012:MsgDataTypes}EVStatus': (e_50, d_50, _m_din_msg_data_types.EVStatus),
    '{urn:din:70121:2012:MsgDataTypes}Entry': (e_51, d_51, _m_din_msg_data_types.Entry),
    '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntry': (e_56, d_56, _m_din_msg_data_types.PMaxScheduleEntry),
    '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval': (e_63, d_63, _m_din_msg_data_types.RelativeTimeInterval),
    '{urn:din:70121:2012:MsgDataTypes}SAScheduleList': (e_64, d_64, _m_din_msg_data_types.SAScheduleList),
    '{urn:din:70121:2012:MsgDataTypes}SASchedules': (e_66, d_66, _m_din_msg_data_types.SASchedules),
    '{urn:din:70121:2012:MsgDataTypes}SalesTariffEntry': (e_67, d_67, _m_din_msg_data_types.SalesTariffEntry),
    '{urn:din:70121:2012:MsgDataTypes}ServiceCharge': (e_71, d_71, _m_din_msg_data_types.ServiceCharge),
    '{urn:din:70121:2012:MsgDataTypes}TimeInterval': (e_52, d_52, _m_din_msg_data_types.TimeInterval),
    '{urn:din:70121:2012:MsgDef}BodyElement': (e_77, d_77, _m_din_msg_def.BodyElement),
    '{urn:din:70121:2012:MsgDef}V2G_Message': (e_79, d_79, _m_din_msg_def.V2G_Message),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:din:70121:2012:MsgDef': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Name', 'Target', 'Type', 'URI', 'ValueType')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
        ('urn:din:70121:2012:MsgBody', ('AC_EVSEStatus', 'BulkChargingComplete', 'CableCheckReq', 'CableCheckReqType', 'CableCheckRes', 'CableCheckResType', 'CertificateInstallationReq', 'CertificateInstallationReqType', 'CertificateInstallationRes', 'CertificateInstallationResType', 'CertificateUpdateReq', 'CertificateUpdateReqType', 'CertificateUpdateRes', 'CertificateUpdateResType', 'ChargeParameterDiscoveryReq', 'ChargeParameterDiscoveryReqType', 'ChargeParameterDiscoveryRes', 'ChargeParameterDiscoveryResType', 'ChargeService', 'ChargingComplete', 'ChargingProfile', 'ChargingStatusReq', 'ChargingStatusReqType', 'ChargingStatusRes', 'ChargingStatusResType', 'ContractAuthenticationReq', 'ContractAuthenticationReqType', 'ContractAuthenticationRes', 'ContractAuthenticationResType', 'ContractID', 'ContractSignatureCertChain', 'ContractSignatureEncryptedPrivateKey', 'CurrentDemandReq', 'CurrentDemandReqType', 'CurrentDemandRes', 'CurrentDemandResType', 'DC_EVSEStatus', 'DC_EVStatus', 'DHParams', 'DateTimeNow', 'EVCCID', 'EVMaximumCurrentLimit', 'EVMaximumPowerLimit', 'EVMaximumVoltageLimit', 'EVRequestedEnergyTransferType', 'EVSECurrentLimitAchieved', 'EVSEID', 'EVSEMaxCurrent', 'EVSEMaximumCurrentLimit', 'EVSEMaximumPowerLimit', 'EVSEMaximumVoltageLimit', 'EVSEPowerLimitAchieved', 'EVSEPresentCurrent', 'EVSEPresentVoltage', 'EVSEProcessing', 'EVSEVoltageLimitAchieved', 'EVTargetCurrent', 'EVTargetVoltage', 'GenChallenge', 'ListOfRootCertificateIDs', 'MeterInfo', 'MeteringReceiptReq', 'MeteringReceiptReqType', 'MeteringReceiptRes', 'MeteringReceiptResType', 'OEMProvisioningCert', 'PaymentDetailsReq', 'PaymentDetailsReqType', 'PaymentDetailsRes', 'PaymentDetailsResType', 'PaymentOptions', 'PowerDeliveryReq', 'PowerDeliveryReqType', 'PowerDeliveryRes', 'PowerDeliveryResType', 'PreChargeReq', 'PreChargeReqType', 'PreChargeRes', 'PreChargeResType', 'ReadyToChargeState', 'ReceiptRequired', 'RemainingTimeToBulkSoC', 'RemainingTimeToFullSoC', 'ResponseCode', 'RetryCounter', 'SAScheduleTupleID', 'SelectedPaymentOption', 'SelectedServiceList', 'ServiceCategory', 'ServiceDetailReq', 'ServiceDetailReqType', 'ServiceDetailRes', 'ServiceDetailResType', 'ServiceDiscoveryReq', 'ServiceDiscoveryReqType', 'ServiceDiscoveryRes', 'ServiceDiscoveryResType', 'ServiceID', 'ServiceList', 'ServiceParameterList', 'ServicePaymentSelectionReq', 'ServicePaymentSelectionReqType', 'ServicePaymentSelectionRes', 'ServicePaymentSelectionResType', 'ServiceScope', 'SessionID', 'SessionSetupReq', 'SessionSetupReqType', 'SessionSetupRes', 'SessionSetupResType', 'SessionStopReq', 'SessionStopRes', 'SessionStopResType', 'SessionStopType', 'WeldingDetectionReq', 'WeldingDetectionReqType', 'WeldingDetectionRes', 'WeldingDetectionResType')),
        ('urn:din:70121:2012:MsgDataTypes', ('AC_EVChargeParameter', 'AC_EVChargeParameterType', 'AC_EVSEChargeParameter', 'AC_EVSEChargeParameterType', 'AC_EVSEStatus', 'AC_EVSEStatusType', 'BulkChargingComplete', 'BulkSOC', 'Certificate', 'CertificateChainType', 'ChargingComplete', 'ChargingProfileEntryMaxPower', 'ChargingProfileEntryStart', 'ChargingProfileType', 'ConsumptionCost', 'ConsumptionCostType', 'Cost', 'CostType', 'DC_EVChargeParameter', 'DC_EVChargeParameterType', 'DC_EVErrorCodeType', 'DC_EVPowerDeliveryParameter', 'DC_EVPowerDeliveryParameterType', 'DC_EVSEChargeParameter', 'DC_EVSEChargeParameterType', 'DC_EVSEStatus', 'DC_EVSEStatusCodeType', 'DC_EVSEStatusType', 'DC_EVStatus', 'DC_EVStatusType', 'DepartureTime', 'EAmount', 'EPriceLevel', 'EVCabinConditioning', 'EVChargeParameter', 'EVChargeParameterType', 'EVEnergyCapacity', 'EVEnergyRequest', 'EVErrorCode', 'EVMaxCurrent', 'EVMaxVoltage', 'EVMaximumCurrentLimit', 'EVMaximumPowerLimit', 'EVMaximumVoltageLimit', 'EVMinCurrent', 'EVPowerDeliveryParameter', 'EVPowerDeliveryParameterType', 'EVRESSConditioning', 'EVRESSSOC', 'EVReady', 'EVRequestedEnergyTransferType', 'EVSEChargeParameter', 'EVSEChargeParameterType', 'EVSECurrentRegulationTolerance', 'EVSEEnergyToBeDelivered', 'EVSEIsolationStatus', 'EVSEMaxCurrent', 'EVSEMaxVoltage', 'EVSEMaximumCurrentLimit', 'EVSEMaximumPowerLimit', 'EVSEMaximumVoltageLimit', 'EVSEMinCurrent', 'EVSEMinimumCurrentLimit', 'EVSEMinimumVoltageLimit', 'EVSENotification', 'EVSENotificationType', 'EVSEPeakCurrentRipple', 'EVSEProcessingType', 'EVSEStatus', 'EVSEStatusCode', 'EVSEStatusType', 'EVSESupportedEnergyTransferType', 'EVStatus', 'EVStatusType', 'EnergyTransferType', 'Entry', 'EntryType', 'FaultCode', 'FaultMsg', 'FreeService', 'FullSOC', 'IntervalType', 'ListOfRootCertificateIDsType', 'MeterID', 'MeterInfoType', 'MeterReading', 'MeterStatus', 'Multiplier', 'NotificationMaxDelay', 'NotificationType', 'NumEPriceLevels', 'PMax', 'PMaxSchedule', 'PMaxScheduleEntry', 'PMaxScheduleEntryType', 'PMaxScheduleID', 'PMaxScheduleType', 'PMaxType', 'Parameter', 'ParameterSet', 'ParameterSetID', 'ParameterSetType', 'ParameterType', 'PaymentOption', 'PaymentOptionsType', 'PhysicalValueType', 'PowerSwitchClosed', 'ProfileEntry', 'ProfileEntryType', 'RCD', 'RelativeTimeInterval', 'RelativeTimeIntervalType', 'RootCertificateID', 'SAIDType', 'SAScheduleList', 'SAScheduleListType', 'SAScheduleTuple', 'SAScheduleTupleID', 'SAScheduleTupleType', 'SASchedules', 'SASchedulesType', 'SalesTariff', 'SalesTariffDescription', 'SalesTariffEntry', 'SalesTariffEntryType', 'SalesTariffID', 'SalesTariffType', 'SelectedService', 'SelectedServiceListType', 'SelectedServiceType', 'Service', 'ServiceCategory', 'ServiceCharge', 'ServiceChargeType', 'ServiceID', 'ServiceName', 'ServiceParameterListType', 'ServiceScope', 'ServiceTag', 'ServiceTagListType', 'ServiceTagType', 'ServiceType', 'SigMeterReading', 'SubCertificates', 'SubCertificatesType', 'TMeter', 'TimeInterval', 'Unit', 'Value', 'amount', 'amountMultiplier', 'boolValue', 'byteValue', 'certificateType', 'contractIDType', 'costKind', 'costKindType', 'dHParamsType', 'duration', 'evccIDType', 'evseIDType', 'faultCodeType', 'faultMsgType', 'genChallengeType', 'intValue', 'isolationLevelType', 'meterIDType', 'meterStatusType', 'paymentOptionType', 'percentValueType', 'physicalValue', 'privateKeyType', 'responseCodeType', 'rootCertificateIDType', 'serviceCategoryType', 'serviceIDType', 'serviceNameType', 'serviceScopeType', 'sessionIDType', 'shortValue', 'sigMeterReadingType', 'start', 'startValue', 'stringValue', 'tariffDescriptionType', 'unitMultiplierType', 'unitSymbolType', 'valueType')),
        ('urn:din:70121:2012:MsgDef', ('Body', 'BodyBaseType', 'BodyElement', 'BodyType', 'Header', 'V2G_Message')),
        ('urn:din:70121:2012:MsgHeader', ('MessageHeaderType', 'Notification', 'SessionID')),
    ),
}

# (type qname, field) -> element qnames of the substitution group that field holds
MEMBERS: dict[tuple[str, str], tuple[str, ...]] = {
    ('{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReqType', 'EVChargeParameter'): ('{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter', '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter', '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter'),
    ('{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryResType', 'SASchedules'): ('{urn:din:70121:2012:MsgDataTypes}SAScheduleList', '{urn:din:70121:2012:MsgDataTypes}SASchedules'),
    ('{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryResType', 'EVSEChargeParameter'): ('{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter', '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter'),
    ('{urn:din:70121:2012:MsgBody}PowerDeliveryReqType', 'EVPowerDeliveryParameter'): ('{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter', '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter'),
    ('{urn:din:70121:2012:MsgBody}PowerDeliveryResType', 'EVSEStatus'): ('{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}EVSEStatus'),
    ('{urn:din:70121:2012:MsgDataTypes}EntryType', 'TimeInterval'): ('{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval', '{urn:din:70121:2012:MsgDataTypes}TimeInterval'),
    ('{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntryType', 'TimeInterval'): ('{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval', '{urn:din:70121:2012:MsgDataTypes}TimeInterval'),
    ('{urn:din:70121:2012:MsgDataTypes}SalesTariffEntryType', 'TimeInterval'): ('{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval', '{urn:din:70121:2012:MsgDataTypes}TimeInterval'),
    ('{urn:din:70121:2012:MsgDef}BodyType', 'BodyElement'): ('{urn:din:70121:2012:MsgDef}BodyElement', '{urn:din:70121:2012:MsgBody}CableCheckReq', '{urn:din:70121:2012:MsgBody}CableCheckRes', '{urn:din:70121:2012:MsgBody}CertificateInstallationReq', '{urn:din:70121:2012:MsgBody}CertificateInstallationRes', '{urn:din:70121:2012:MsgBody}CertificateUpdateReq', '{urn:din:70121:2012:MsgBody}CertificateUpdateRes', '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq', '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes', '{urn:din:70121:2012:MsgBody}ChargingStatusReq', '{urn:din:70121:2012:MsgBody}ChargingStatusRes', '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq', '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes', '{urn:din:70121:2012:MsgBody}CurrentDemandReq', '{urn:din:70121:2012:MsgBody}CurrentDemandRes', '{urn:din:70121:2012:MsgBody}MeteringReceiptReq', '{urn:din:70121:2012:MsgBody}MeteringReceiptRes', '{urn:din:70121:2012:MsgBody}PaymentDetailsReq', '{urn:din:70121:2012:MsgBody}PaymentDetailsRes', '{urn:din:70121:2012:MsgBody}PowerDeliveryReq', '{urn:din:70121:2012:MsgBody}PowerDeliveryRes', '{urn:din:70121:2012:MsgBody}PreChargeReq', '{urn:din:70121:2012:MsgBody}PreChargeRes', '{urn:din:70121:2012:MsgBody}ServiceDetailReq', '{urn:din:70121:2012:MsgBody}ServiceDetailRes', '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq', '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes', '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq', '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes', '{urn:din:70121:2012:MsgBody}SessionSetupReq', '{urn:din:70121:2012:MsgBody}SessionSetupRes', '{urn:din:70121:2012:MsgBody}SessionStopReq', '{urn:din:70121:2012:MsgBody}SessionStopRes', '{urn:din:70121:2012:MsgBody}WeldingDetectionReq', '{urn:din:70121:2012:MsgBody}WeldingDetectionRes'),
}

# encoders of the substitution-group members the types above hold
ELEMENT_ENCODERS: dict[str, Callable[..., None]] = {
    '{urn:din:70121:2012:MsgBody}CableCheckReq': e_0,
    '{urn:din:70121:2012:MsgBody}CableCheckRes': e_1,
    '{urn:din:70121:2012:MsgBody}CertificateInstallationReq': e_2,
    '{urn:din:70121:2012:MsgBody}CertificateInstallationRes': e_3,
    '{urn:din:70121:2012:MsgBody}CertificateUpdateReq': e_4,
    '{urn:din:70121:2012:MsgBody}CertificateUpdateRes': e_5,
    '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq': e_6,
    '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes': e_7,
    '{urn:din:70121:2012:MsgBody}ChargingStatusReq': e_8,
    '{urn:din:70121:2012:MsgBody}ChargingStatusRes': e_9,
    '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq': e_10,
    '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes': e_11,
    '{urn:din:70121:2012:MsgBody}CurrentDemandReq': e_12,
    '{urn:din:70121:2012:MsgBody}CurrentDemandRes': e_13,
    '{urn:din:70121:2012:MsgBody}MeteringReceiptReq': e_14,
    '{urn:din:70121:2012:MsgBody}MeteringReceiptRes': e_15,
    '{urn:din:70121:2012:MsgBody}PaymentDetailsReq': e_16,
    '{urn:din:70121:2012:MsgBody}PaymentDetailsRes': e_17,
    '{urn:din:70121:2012:MsgBody}PowerDeliveryReq': e_18,
    '{urn:din:70121:2012:MsgBody}PowerDeliveryRes': e_19,
    '{urn:din:70121:2012:MsgBody}PreChargeReq': e_20,
    '{urn:din:70121:2012:MsgBody}PreChargeRes': e_21,
    '{urn:din:70121:2012:MsgBody}ServiceDetailReq': e_22,
    '{urn:din:70121:2012:MsgBody}ServiceDetailRes': e_23,
    '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq': e_24,
    '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes': e_25,
    '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq': e_26,
    '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes': e_27,
    '{urn:din:70121:2012:MsgBody}SessionSetupReq': e_28,
    '{urn:din:70121:2012:MsgBody}SessionSetupRes': e_29,
    '{urn:din:70121:2012:MsgBody}SessionStopReq': e_31,
    '{urn:din:70121:2012:MsgBody}SessionStopRes': e_30,
    '{urn:din:70121:2012:MsgBody}WeldingDetectionReq': e_32,
    '{urn:din:70121:2012:MsgBody}WeldingDetectionRes': e_33,
    '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter': e_34,
    '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter': e_35,
    '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus': e_36,
    '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter': e_41,
    '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter': e_42,
    '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter': e_43,
    '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus': e_44,
    '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter': e_46,
    '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter': e_47,
    '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter': e_48,
    '{urn:din:70121:2012:MsgDataTypes}EVSEStatus': e_49,
    '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval': e_63,
    '{urn:din:70121:2012:MsgDataTypes}SAScheduleList': e_64,
    '{urn:din:70121:2012:MsgDataTypes}SASchedules': e_66,
    '{urn:din:70121:2012:MsgDataTypes}TimeInterval': e_52,
    '{urn:din:70121:2012:MsgDef}BodyElement': e_77,
}

# namespace -> global elements of the schema set loaded for it, in EXI order
DOCUMENT_ELEMENTS = {
    'urn:din:70121:2012:MsgDef': (
        '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter',
        '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter',
        '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus',
        '{urn:din:70121:2012:MsgDef}BodyElement',
        '{urn:din:70121:2012:MsgBody}CableCheckReq',
        '{urn:din:70121:2012:MsgBody}CableCheckRes',
        '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod',
        '{urn:din:70121:2012:MsgBody}CertificateInstallationReq',
        '{urn:din:70121:2012:MsgBody}CertificateInstallationRes',
        '{urn:din:70121:2012:MsgBody}CertificateUpdateReq',
        '{urn:din:70121:2012:MsgBody}CertificateUpdateRes',
        '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq',
        '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes',
        '{urn:din:70121:2012:MsgBody}ChargingStatusReq',
        '{urn:din:70121:2012:MsgBody}ChargingStatusRes',
        '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq',
        '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes',
        '{urn:din:70121:2012:MsgBody}CurrentDemandReq',
        '{urn:din:70121:2012:MsgBody}CurrentDemandRes',
        '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter',
        '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter',
        '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter',
        '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus',
        '{urn:din:70121:2012:MsgDataTypes}DC_EVStatus',
        '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}DigestMethod',
        '{http://www.w3.org/2000/09/xmldsig#}DigestValue',
        '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter',
        '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter',
        '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter',
        '{urn:din:70121:2012:MsgDataTypes}EVSEStatus',
        '{urn:din:70121:2012:MsgDataTypes}EVStatus',
        '{urn:din:70121:2012:MsgDataTypes}Entry',
        '{http://www.w3.org/2000/09/xmldsig#}KeyInfo',
        '{http://www.w3.org/2000/09/xmldsig#}KeyName',
        '{http://www.w3.org/2000/09/xmldsig#}KeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}Manifest',
        '{urn:din:70121:2012:MsgBody}MeteringReceiptReq',
        '{urn:din:70121:2012:MsgBody}MeteringReceiptRes',
        '{http://www.w3.org/2000/09/xmldsig#}MgmtData',
        '{http://www.w3.org/2000/09/xmldsig#}Object',
        '{http://www.w3.org/2000/09/xmldsig#}PGPData',
        '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntry',
        '{urn:din:70121:2012:MsgBody}PaymentDetailsReq',
        '{urn:din:70121:2012:MsgBody}PaymentDetailsRes',
        '{urn:din:70121:2012:MsgBody}PowerDeliveryReq',
        '{urn:din:70121:2012:MsgBody}PowerDeliveryRes',
        '{urn:din:70121:2012:MsgBody}PreChargeReq',
        '{urn:din:70121:2012:MsgBody}PreChargeRes',
        '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}Reference',
        '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval',
        '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod',
        '{urn:din:70121:2012:MsgDataTypes}SAScheduleList',
        '{urn:din:70121:2012:MsgDataTypes}SASchedules',
        '{http://www.w3.org/2000/09/xmldsig#}SPKIData',
        '{urn:din:70121:2012:MsgDataTypes}SalesTariffEntry',
        '{urn:din:70121:2012:MsgDataTypes}ServiceCharge',
        '{urn:din:70121:2012:MsgBody}ServiceDetailReq',
        '{urn:din:70121:2012:MsgBody}ServiceDetailRes',
        '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq',
        '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes',
        '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq',
        '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes',
        '{urn:din:70121:2012:MsgBody}SessionSetupReq',
        '{urn:din:70121:2012:MsgBody}SessionSetupRes',
        '{urn:din:70121:2012:MsgBody}SessionStopReq',
        '{urn:din:70121:2012:MsgBody}SessionStopRes',
        '{http://www.w3.org/2000/09/xmldsig#}Signature',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureValue',
        '{http://www.w3.org/2000/09/xmldsig#}SignedInfo',
        '{urn:din:70121:2012:MsgDataTypes}TimeInterval',
        '{http://www.w3.org/2000/09/xmldsig#}Transform',
        '{http://www.w3.org/2000/09/xmldsig#}Transforms',
        '{urn:din:70121:2012:MsgDef}V2G_Message',
        '{urn:din:70121:2012:MsgBody}WeldingDetectionReq',
        '{urn:din:70121:2012:MsgBody}WeldingDetectionRes',
        '{http://www.w3.org/2000/09/xmldsig#}X509Data',
    ),
}

# namespace -> (all element qnames of its schema set, sorted; qname -> (encoder, decoder, class)
# for the complex-typed ones declared with one type): the schema-informed fragment grammar
FRAGMENT_ELEMENTS = {
    'urn:din:70121:2012:MsgDef': (
        ('{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter', '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter', '{urn:din:70121:2012:MsgBody}AC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus', '{urn:din:70121:2012:MsgDef}Body', '{urn:din:70121:2012:MsgDef}BodyElement', '{urn:din:70121:2012:MsgBody}BulkChargingComplete', '{urn:din:70121:2012:MsgDataTypes}BulkChargingComplete', '{urn:din:70121:2012:MsgDataTypes}BulkSOC', '{urn:din:70121:2012:MsgBody}CableCheckReq', '{urn:din:70121:2012:MsgBody}CableCheckRes', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{urn:din:70121:2012:MsgDataTypes}Certificate', '{urn:din:70121:2012:MsgBody}CertificateInstallationReq', '{urn:din:70121:2012:MsgBody}CertificateInstallationRes', '{urn:din:70121:2012:MsgBody}CertificateUpdateReq', '{urn:din:70121:2012:MsgBody}CertificateUpdateRes', '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq', '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes', '{urn:din:70121:2012:MsgBody}ChargeService', '{urn:din:70121:2012:MsgBody}ChargingComplete', '{urn:din:70121:2012:MsgDataTypes}ChargingComplete', '{urn:din:70121:2012:MsgBody}ChargingProfile', '{urn:din:70121:2012:MsgDataTypes}ChargingProfileEntryMaxPower', '{urn:din:70121:2012:MsgDataTypes}ChargingProfileEntryStart', '{urn:din:70121:2012:MsgBody}ChargingStatusReq', '{urn:din:70121:2012:MsgBody}ChargingStatusRes', '{urn:din:70121:2012:MsgDataTypes}ConsumptionCost', '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq', '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes', '{urn:din:70121:2012:MsgBody}ContractID', '{urn:din:70121:2012:MsgBody}ContractSignatureCertChain', '{urn:din:70121:2012:MsgBody}ContractSignatureEncryptedPrivateKey', '{urn:din:70121:2012:MsgDataTypes}Cost', '{urn:din:70121:2012:MsgBody}CurrentDemandReq', '{urn:din:70121:2012:MsgBody}CurrentDemandRes', '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter', '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter', '{urn:din:70121:2012:MsgBody}DC_EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus', '{urn:din:70121:2012:MsgBody}DC_EVStatus', '{urn:din:70121:2012:MsgDataTypes}DC_EVStatus', '{urn:din:70121:2012:MsgBody}DHParams', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{urn:din:70121:2012:MsgBody}DateTimeNow', '{urn:din:70121:2012:MsgDataTypes}DepartureTime', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{urn:din:70121:2012:MsgDataTypes}EAmount', '{urn:din:70121:2012:MsgDataTypes}EPriceLevel', '{urn:din:70121:2012:MsgBody}EVCCID', '{urn:din:70121:2012:MsgDataTypes}EVCabinConditioning', '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter', '{urn:din:70121:2012:MsgDataTypes}EVEnergyCapacity', '{urn:din:70121:2012:MsgDataTypes}EVEnergyRequest', '{urn:din:70121:2012:MsgDataTypes}EVErrorCode', '{urn:din:70121:2012:MsgDataTypes}EVMaxCurrent', '{urn:din:70121:2012:MsgDataTypes}EVMaxVoltage', '{urn:din:70121:2012:MsgBody}EVMaximumCurrentLimit', '{urn:din:70121:2012:MsgDataTypes}EVMaximumCurrentLimit', '{urn:din:70121:2012:MsgBody}EVMaximumPowerLimit', '{urn:din:70121:2012:MsgDataTypes}EVMaximumPowerLimit', '{urn:din:70121:2012:MsgBody}EVMaximumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}EVMaximumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}EVMinCurrent', '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter', '{urn:din:70121:2012:MsgDataTypes}EVRESSConditioning', '{urn:din:70121:2012:MsgDataTypes}EVRESSSOC', '{urn:din:70121:2012:MsgDataTypes}EVReady', '{urn:din:70121:2012:MsgBody}EVRequestedEnergyTransferType', '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter', '{urn:din:70121:2012:MsgBody}EVSECurrentLimitAchieved', '{urn:din:70121:2012:MsgDataTypes}EVSECurrentRegulationTolerance', '{urn:din:70121:2012:MsgDataTypes}EVSEEnergyToBeDelivered', '{urn:din:70121:2012:MsgBody}EVSEID', '{urn:din:70121:2012:MsgDataTypes}EVSEIsolationStatus', '{urn:din:70121:2012:MsgBody}EVSEMaxCurrent', '{urn:din:70121:2012:MsgDataTypes}EVSEMaxCurrent', '{urn:din:70121:2012:MsgDataTypes}EVSEMaxVoltage', '{urn:din:70121:2012:MsgBody}EVSEMaximumCurrentLimit', '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumCurrentLimit', '{urn:din:70121:2012:MsgBody}EVSEMaximumPowerLimit', '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumPowerLimit', '{urn:din:70121:2012:MsgBody}EVSEMaximumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}EVSEMinCurrent', '{urn:din:70121:2012:MsgDataTypes}EVSEMinimumCurrentLimit', '{urn:din:70121:2012:MsgDataTypes}EVSEMinimumVoltageLimit', '{urn:din:70121:2012:MsgDataTypes}EVSENotification', '{urn:din:70121:2012:MsgDataTypes}EVSEPeakCurrentRipple', '{urn:din:70121:2012:MsgBody}EVSEPowerLimitAchieved', '{urn:din:70121:2012:MsgBody}EVSEPresentCurrent', '{urn:din:70121:2012:MsgBody}EVSEPresentVoltage', '{urn:din:70121:2012:MsgBody}EVSEProcessing', '{urn:din:70121:2012:MsgDataTypes}EVSEStatus', '{urn:din:70121:2012:MsgDataTypes}EVSEStatusCode', '{urn:din:70121:2012:MsgBody}EVSEVoltageLimitAchieved', '{urn:din:70121:2012:MsgDataTypes}EVStatus', '{urn:din:70121:2012:MsgBody}EVTargetCurrent', '{urn:din:70121:2012:MsgBody}EVTargetVoltage', '{urn:din:70121:2012:MsgDataTypes}EnergyTransferType', '{urn:din:70121:2012:MsgDataTypes}Entry', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{urn:din:70121:2012:MsgDataTypes}FaultCode', '{urn:din:70121:2012:MsgDataTypes}FaultMsg', '{urn:din:70121:2012:MsgDataTypes}FreeService', '{urn:din:70121:2012:MsgDataTypes}FullSOC', '{http://www.w3.org/2000/09/xmldsig#}G', '{urn:din:70121:2012:MsgBody}GenChallenge', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{urn:din:70121:2012:MsgDef}Header', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{urn:din:70121:2012:MsgBody}ListOfRootCertificateIDs', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{urn:din:70121:2012:MsgDataTypes}MeterID', '{urn:din:70121:2012:MsgBody}MeterInfo', '{urn:din:70121:2012:MsgDataTypes}MeterReading', '{urn:din:70121:2012:MsgDataTypes}MeterStatus', '{urn:din:70121:2012:MsgBody}MeteringReceiptReq', '{urn:din:70121:2012:MsgBody}MeteringReceiptRes', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{urn:din:70121:2012:MsgDataTypes}Multiplier', '{urn:din:70121:2012:MsgHeader}Notification', '{urn:din:70121:2012:MsgDataTypes}NotificationMaxDelay', '{urn:din:70121:2012:MsgDataTypes}NumEPriceLevels', '{urn:din:70121:2012:MsgBody}OEMProvisioningCert', '{http://www.w3.org/2000/09/xmldsig#}Object', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{urn:din:70121:2012:MsgDataTypes}PMax', '{urn:din:70121:2012:MsgDataTypes}PMaxSchedule', '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntry', '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleID', '{urn:din:70121:2012:MsgDataTypes}Parameter', '{urn:din:70121:2012:MsgDataTypes}ParameterSet', '{urn:din:70121:2012:MsgDataTypes}ParameterSetID', '{urn:din:70121:2012:MsgBody}PaymentDetailsReq', '{urn:din:70121:2012:MsgBody}PaymentDetailsRes', '{urn:din:70121:2012:MsgDataTypes}PaymentOption', '{urn:din:70121:2012:MsgBody}PaymentOptions', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{urn:din:70121:2012:MsgBody}PowerDeliveryReq', '{urn:din:70121:2012:MsgBody}PowerDeliveryRes', '{urn:din:70121:2012:MsgDataTypes}PowerSwitchClosed', '{urn:din:70121:2012:MsgBody}PreChargeReq', '{urn:din:70121:2012:MsgBody}PreChargeRes', '{urn:din:70121:2012:MsgDataTypes}ProfileEntry', '{http://www.w3.org/2000/09/xmldsig#}Q', '{urn:din:70121:2012:MsgDataTypes}RCD', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{urn:din:70121:2012:MsgBody}ReadyToChargeState', '{urn:din:70121:2012:MsgBody}ReceiptRequired', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval', '{urn:din:70121:2012:MsgBody}RemainingTimeToBulkSoC', '{urn:din:70121:2012:MsgBody}RemainingTimeToFullSoC', '{urn:din:70121:2012:MsgBody}ResponseCode', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{urn:din:70121:2012:MsgBody}RetryCounter', '{urn:din:70121:2012:MsgDataTypes}RootCertificateID', '{urn:din:70121:2012:MsgDataTypes}SAScheduleList', '{urn:din:70121:2012:MsgDataTypes}SAScheduleTuple', '{urn:din:70121:2012:MsgBody}SAScheduleTupleID', '{urn:din:70121:2012:MsgDataTypes}SAScheduleTupleID', '{urn:din:70121:2012:MsgDataTypes}SASchedules', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{urn:din:70121:2012:MsgDataTypes}SalesTariff', '{urn:din:70121:2012:MsgDataTypes}SalesTariffDescription', '{urn:din:70121:2012:MsgDataTypes}SalesTariffEntry', '{urn:din:70121:2012:MsgDataTypes}SalesTariffID', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{urn:din:70121:2012:MsgBody}SelectedPaymentOption', '{urn:din:70121:2012:MsgDataTypes}SelectedService', '{urn:din:70121:2012:MsgBody}SelectedServiceList', '{urn:din:70121:2012:MsgDataTypes}Service', '{urn:din:70121:2012:MsgBody}ServiceCategory', '{urn:din:70121:2012:MsgDataTypes}ServiceCategory', '{urn:din:70121:2012:MsgDataTypes}ServiceCharge', '{urn:din:70121:2012:MsgBody}ServiceDetailReq', '{urn:din:70121:2012:MsgBody}ServiceDetailRes', '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq', '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes', '{urn:din:70121:2012:MsgBody}ServiceID', '{urn:din:70121:2012:MsgDataTypes}ServiceID', '{urn:din:70121:2012:MsgBody}ServiceList', '{urn:din:70121:2012:MsgDataTypes}ServiceName', '{urn:din:70121:2012:MsgBody}ServiceParameterList', '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq', '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes', '{urn:din:70121:2012:MsgBody}ServiceScope', '{urn:din:70121:2012:MsgDataTypes}ServiceScope', '{urn:din:70121:2012:MsgDataTypes}ServiceTag', '{urn:din:70121:2012:MsgBody}SessionID', '{urn:din:70121:2012:MsgHeader}SessionID', '{urn:din:70121:2012:MsgBody}SessionSetupReq', '{urn:din:70121:2012:MsgBody}SessionSetupRes', '{urn:din:70121:2012:MsgBody}SessionStopReq', '{urn:din:70121:2012:MsgBody}SessionStopRes', '{urn:din:70121:2012:MsgDataTypes}SigMeterReading', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{urn:din:70121:2012:MsgDataTypes}SubCertificates', '{urn:din:70121:2012:MsgDataTypes}TMeter', '{urn:din:70121:2012:MsgDataTypes}TimeInterval', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{urn:din:70121:2012:MsgDataTypes}Unit', '{urn:din:70121:2012:MsgDef}V2G_Message', '{urn:din:70121:2012:MsgDataTypes}Value', '{urn:din:70121:2012:MsgBody}WeldingDetectionReq', '{urn:din:70121:2012:MsgBody}WeldingDetectionRes', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y', '{urn:din:70121:2012:MsgDataTypes}amount', '{urn:din:70121:2012:MsgDataTypes}amountMultiplier', '{urn:din:70121:2012:MsgDataTypes}boolValue', '{urn:din:70121:2012:MsgDataTypes}byteValue', '{urn:din:70121:2012:MsgDataTypes}costKind', '{urn:din:70121:2012:MsgDataTypes}duration', '{urn:din:70121:2012:MsgDataTypes}intValue', '{urn:din:70121:2012:MsgDataTypes}physicalValue', '{urn:din:70121:2012:MsgDataTypes}shortValue', '{urn:din:70121:2012:MsgDataTypes}start', '{urn:din:70121:2012:MsgDataTypes}startValue', '{urn:din:70121:2012:MsgDataTypes}stringValue'),
        {
            '{urn:din:70121:2012:MsgDataTypes}AC_EVChargeParameter': (e_34, d_34, _m_din_msg_data_types.AC_EVChargeParameter),
            '{urn:din:70121:2012:MsgDataTypes}AC_EVSEChargeParameter': (e_35, d_35, _m_din_msg_data_types.AC_EVSEChargeParameter),
            '{urn:din:70121:2012:MsgBody}AC_EVSEStatus': (e_36, d_36, _m_din_msg_data_types.AC_EVSEStatusType),
            '{urn:din:70121:2012:MsgDataTypes}AC_EVSEStatus': (e_36, d_36, _m_din_msg_data_types.AC_EVSEStatus),
            '{urn:din:70121:2012:MsgDef}Body': (e_78, d_78, _m_din_msg_def.BodyType),
            '{urn:din:70121:2012:MsgDef}BodyElement': (e_77, d_77, _m_din_msg_def.BodyElement),
            '{urn:din:70121:2012:MsgBody}CableCheckReq': (e_0, d_0, _m_din_msg_body.CableCheckReq),
            '{urn:din:70121:2012:MsgBody}CableCheckRes': (e_1, d_1, _m_din_msg_body.CableCheckRes),
            '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (_p_xmldsig.e_0, _p_xmldsig.d_0, _m_xmldsig.CanonicalizationMethod),
            '{urn:din:70121:2012:MsgBody}CertificateInstallationReq': (e_2, d_2, _m_din_msg_body.CertificateInstallationReq),
            '{urn:din:70121:2012:MsgBody}CertificateInstallationRes': (e_3, d_3, _m_din_msg_body.CertificateInstallationRes),
            '{urn:din:70121:2012:MsgBody}CertificateUpdateReq': (e_4, d_4, _m_din_msg_body.CertificateUpdateReq),
            '{urn:din:70121:2012:MsgBody}CertificateUpdateRes': (e_5, d_5, _m_din_msg_body.CertificateUpdateRes),
            '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryReq': (e_6, d_6, _m_din_msg_body.ChargeParameterDiscoveryReq),
            '{urn:din:70121:2012:MsgBody}ChargeParameterDiscoveryRes': (e_7, d_7, _m_din_msg_body.ChargeParameterDiscoveryRes),
            '{urn:din:70121:2012:MsgBody}ChargeService': (e_71, d_71, _m_din_msg_data_types.ServiceChargeType),
            '{urn:din:70121:2012:MsgBody}ChargingProfile': (e_38, d_38, _m_din_msg_data_types.ChargingProfileType),
            '{urn:din:70121:2012:MsgBody}ChargingStatusReq': (e_8, d_8, _m_din_msg_body.ChargingStatusReq),
            '{urn:din:70121:2012:MsgBody}ChargingStatusRes': (e_9, d_9, _m_din_msg_body.ChargingStatusRes),
            '{urn:din:70121:2012:MsgDataTypes}ConsumptionCost': (e_39, d_39, _m_din_msg_data_types.ConsumptionCostType),
            '{urn:din:70121:2012:MsgBody}ContractAuthenticationReq': (e_10, d_10, _m_din_msg_body.ContractAuthenticationReq),
            '{urn:din:70121:2012:MsgBody}ContractAuthenticationRes': (e_11, d_11, _m_din_msg_body.ContractAuthenticationRes),
            '{urn:din:70121:2012:MsgBody}ContractSignatureCertChain': (e_37, d_37, _m_din_msg_data_types.CertificateChainType),
            '{urn:din:70121:2012:MsgDataTypes}Cost': (e_40, d_40, _m_din_msg_data_types.CostType),
            '{urn:din:70121:2012:MsgBody}CurrentDemandReq': (e_12, d_12, _m_din_msg_body.CurrentDemandReq),
            '{urn:din:70121:2012:MsgBody}CurrentDemandRes': (e_13, d_13, _m_din_msg_body.CurrentDemandRes),
            '{urn:din:70121:2012:MsgDataTypes}DC_EVChargeParameter': (e_41, d_41, _m_din_msg_data_types.DC_EVChargeParameter),
            '{urn:din:70121:2012:MsgDataTypes}DC_EVPowerDeliveryParameter': (e_42, d_42, _m_din_msg_data_types.DC_EVPowerDeliveryParameter),
            '{urn:din:70121:2012:MsgDataTypes}DC_EVSEChargeParameter': (e_43, d_43, _m_din_msg_data_types.DC_EVSEChargeParameter),
            '{urn:din:70121:2012:MsgBody}DC_EVSEStatus': (e_44, d_44, _m_din_msg_data_types.DC_EVSEStatusType),
            '{urn:din:70121:2012:MsgDataTypes}DC_EVSEStatus': (e_44, d_44, _m_din_msg_data_types.DC_EVSEStatus),
            '{urn:din:70121:2012:MsgBody}DC_EVStatus': (e_45, d_45, _m_din_msg_data_types.DC_EVStatusType),
            '{urn:din:70121:2012:MsgDataTypes}DC_EVStatus': (e_45, d_45, _m_din_msg_data_types.DC_EVStatus),
            '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (_p_xmldsig.e_1, _p_xmldsig.d_1, _m_xmldsig.DSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (_p_xmldsig.e_2, _p_xmldsig.d_2, _m_xmldsig.DigestMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (_p_xmldsig.es_0, _p_xmldsig.ds_0, _m_xmldsig.DigestValue),
            '{urn:din:70121:2012:MsgDataTypes}EAmount': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVChargeParameter': (e_46, d_46, _m_din_msg_data_types.EVChargeParameter),
            '{urn:din:70121:2012:MsgDataTypes}EVEnergyCapacity': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVEnergyRequest': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVMaxCurrent': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVMaxVoltage': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVMaximumCurrentLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVMaximumCurrentLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVMaximumPowerLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVMaximumPowerLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVMaximumVoltageLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVMaximumVoltageLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVMinCurrent': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVPowerDeliveryParameter': (e_47, d_47, _m_din_msg_data_types.EVPowerDeliveryParameter),
            '{urn:din:70121:2012:MsgDataTypes}EVSEChargeParameter': (e_48, d_48, _m_din_msg_data_types.EVSEChargeParameter),
            '{urn:din:70121:2012:MsgDataTypes}EVSECurrentRegulationTolerance': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEEnergyToBeDelivered': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVSEMaxCurrent': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEMaxCurrent': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEMaxVoltage': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVSEMaximumCurrentLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumCurrentLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVSEMaximumPowerLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumPowerLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVSEMaximumVoltageLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEMaximumVoltageLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEMinCurrent': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEMinimumCurrentLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEMinimumVoltageLimit': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEPeakCurrentRipple': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVSEPresentCurrent': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVSEPresentVoltage': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}EVSEStatus': (e_49, d_49, _m_din_msg_data_types.EVSEStatus),
            '{urn:din:70121:2012:MsgDataTypes}EVStatus': (e_50, d_50, _m_din_msg_data_types.EVStatus),
            '{urn:din:70121:2012:MsgBody}EVTargetCurrent': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}EVTargetVoltage': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgDataTypes}Entry': (e_51, d_51, _m_din_msg_data_types.Entry),
            '{urn:din:70121:2012:MsgDef}Header': (e_80, d_80, _m_din_msg_header.MessageHeaderType),
            '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (_p_xmldsig.e_3, _p_xmldsig.d_3, _m_xmldsig.KeyInfo),
            '{http://www.w3.org/2000/09/xmldsig#}KeyName': (_p_xmldsig.es_1, _p_xmldsig.ds_1, _m_xmldsig.KeyName),
            '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (_p_xmldsig.e_4, _p_xmldsig.d_4, _m_xmldsig.KeyValue),
            '{urn:din:70121:2012:MsgBody}ListOfRootCertificateIDs': (e_53, d_53, _m_din_msg_data_types.ListOfRootCertificateIDsType),
            '{http://www.w3.org/2000/09/xmldsig#}Manifest': (_p_xmldsig.e_5, _p_xmldsig.d_5, _m_xmldsig.Manifest),
            '{urn:din:70121:2012:MsgBody}MeterInfo': (e_54, d_54, _m_din_msg_data_types.MeterInfoType),
            '{urn:din:70121:2012:MsgDataTypes}MeterReading': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}MeteringReceiptReq': (e_14, d_14, _m_din_msg_body.MeteringReceiptReq),
            '{urn:din:70121:2012:MsgBody}MeteringReceiptRes': (e_15, d_15, _m_din_msg_body.MeteringReceiptRes),
            '{http://www.w3.org/2000/09/xmldsig#}MgmtData': (_p_xmldsig.es_2, _p_xmldsig.ds_2, _m_xmldsig.MgmtData),
            '{urn:din:70121:2012:MsgHeader}Notification': (e_55, d_55, _m_din_msg_data_types.NotificationType),
            '{http://www.w3.org/2000/09/xmldsig#}Object': (_p_xmldsig.e_6, _p_xmldsig.d_6, _m_xmldsig.Object),
            '{http://www.w3.org/2000/09/xmldsig#}PGPData': (_p_xmldsig.e_7, _p_xmldsig.d_7, _m_xmldsig.PGPData),
            '{urn:din:70121:2012:MsgDataTypes}PMaxSchedule': (e_57, d_57, _m_din_msg_data_types.PMaxScheduleType),
            '{urn:din:70121:2012:MsgDataTypes}PMaxScheduleEntry': (e_56, d_56, _m_din_msg_data_types.PMaxScheduleEntry),
            '{urn:din:70121:2012:MsgDataTypes}Parameter': (e_59, d_59, _m_din_msg_data_types.ParameterType),
            '{urn:din:70121:2012:MsgDataTypes}ParameterSet': (e_58, d_58, _m_din_msg_data_types.ParameterSetType),
            '{urn:din:70121:2012:MsgBody}PaymentDetailsReq': (e_16, d_16, _m_din_msg_body.PaymentDetailsReq),
            '{urn:din:70121:2012:MsgBody}PaymentDetailsRes': (e_17, d_17, _m_din_msg_body.PaymentDetailsRes),
            '{urn:din:70121:2012:MsgBody}PaymentOptions': (e_60, d_60, _m_din_msg_data_types.PaymentOptionsType),
            '{urn:din:70121:2012:MsgBody}PowerDeliveryReq': (e_18, d_18, _m_din_msg_body.PowerDeliveryReq),
            '{urn:din:70121:2012:MsgBody}PowerDeliveryRes': (e_19, d_19, _m_din_msg_body.PowerDeliveryRes),
            '{urn:din:70121:2012:MsgBody}PreChargeReq': (e_20, d_20, _m_din_msg_body.PreChargeReq),
            '{urn:din:70121:2012:MsgBody}PreChargeRes': (e_21, d_21, _m_din_msg_body.PreChargeRes),
            '{urn:din:70121:2012:MsgDataTypes}ProfileEntry': (e_62, d_62, _m_din_msg_data_types.ProfileEntryType),
            '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue': (_p_xmldsig.e_8, _p_xmldsig.d_8, _m_xmldsig.RSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}Reference': (_p_xmldsig.e_9, _p_xmldsig.d_9, _m_xmldsig.Reference),
            '{urn:din:70121:2012:MsgDataTypes}RelativeTimeInterval': (e_63, d_63, _m_din_msg_data_types.RelativeTimeInterval),
            '{urn:din:70121:2012:MsgBody}RemainingTimeToBulkSoC': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{urn:din:70121:2012:MsgBody}RemainingTimeToFullSoC': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
            '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod': (_p_xmldsig.e_10, _p_xmldsig.d_10, _m_xmldsig.RetrievalMethod),
            '{urn:din:70121:2012:MsgDataTypes}SAScheduleList': (e_64, d_64, _m_din_msg_data_types.SAScheduleList),
            '{urn:din:70121:2012:MsgDataTypes}SAScheduleTuple': (e_65, d_65, _m_din_msg_data_types.SAScheduleTupleType),
            '{urn:din:70121:2012:MsgDataTypes}SASchedules': (e_66, d_66, _m_din_msg_data_types.SASchedules),
            '{http://www.w3.org/2000/09/xmldsig#}SPKIData': (_p_xmldsig.e_11, _p_xmldsig.d_11, _m_xmldsig.SPKIData),
            '{urn:din:70121:2012:MsgDataTypes}SalesTariff': (e_68, d_68, _m_din_msg_data_types.SalesTariffType),
            '{urn:din:70121:2012:MsgDataTypes}SalesTariffEntry': (e_67, d_67, _m_din_msg_data_types.SalesTariffEntry),
            '{urn:din:70121:2012:MsgDataTypes}SelectedService': (e_70, d_70, _m_din_msg_data_types.SelectedServiceType),
            '{urn:din:70121:2012:MsgBody}SelectedServiceList': (e_69, d_69, _m_din_msg_data_types.SelectedServiceListType),
            '{urn:din:70121:2012:MsgDataTypes}Service': (e_75, d_75, _m_din_msg_data_types.ServiceType),
            '{urn:din:70121:2012:MsgDataTypes}ServiceCharge': (e_71, d_71, _m_din_msg_data_types.ServiceCharge),
            '{urn:din:70121:2012:MsgBody}ServiceDetailReq': (e_22, d_22, _m_din_msg_body.ServiceDetailReq),
            '{urn:din:70121:2012:MsgBody}ServiceDetailRes': (e_23, d_23, _m_din_msg_body.ServiceDetailRes),
            '{urn:din:70121:2012:MsgBody}ServiceDiscoveryReq': (e_24, d_24, _m_din_msg_body.ServiceDiscoveryReq),
            '{urn:din:70121:2012:MsgBody}ServiceDiscoveryRes': (e_25, d_25, _m_din_msg_body.ServiceDiscoveryRes),
            '{urn:din:70121:2012:MsgBody}ServiceList': (e_73, d_73, _m_din_msg_data_types.ServiceTagListType),
            '{urn:din:70121:2012:MsgBody}ServiceParameterList': (e_72, d_72, _m_din_msg_data_types.ServiceParameterListType),
            '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionReq': (e_26, d_26, _m_din_msg_body.ServicePaymentSelectionReq),
            '{urn:din:70121:2012:MsgBody}ServicePaymentSelectionRes': (e_27, d_27, _m_din_msg_body.ServicePaymentSelectionRes),
            '{urn:din:70121:2012:MsgDataTypes}ServiceTag': (e_74, d_74, _m_din_msg_data_types.ServiceTagType),
            '{urn:din:70121:2012:MsgBody}SessionSetupReq': (e_28, d_28, _m_din_msg_body.SessionSetupReq),
            '{urn:din:70121:2012:MsgBody}SessionSetupRes': (e_29, d_29, _m_din_msg_body.SessionSetupRes),
            '{urn:din:70121:2012:MsgBody}SessionStopReq': (e_31, d_31, _m_din_msg_body.SessionStopReq),
            '{urn:din:70121:2012:MsgBody}SessionStopRes': (e_30, d_30, _m_din_msg_body.SessionStopRes),
            '{http://www.w3.org/2000/09/xmldsig#}Signature': (_p_xmldsig.e_15, _p_xmldsig.d_15, _m_xmldsig.Signature),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod': (_p_xmldsig.e_12, _p_xmldsig.d_12, _m_xmldsig.SignatureMethod),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties': (_p_xmldsig.e_13, _p_xmldsig.d_13, _m_xmldsig.SignatureProperties),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty': (_p_xmldsig.e_14, _p_xmldsig.d_14, _m_xmldsig.SignatureProperty),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureValue': (_p_xmldsig.e_16, _p_xmldsig.d_16, _m_xmldsig.SignatureValue),
            '{http://www.w3.org/2000/09/xmldsig#}SignedInfo': (_p_xmldsig.e_17, _p_xmldsig.d_17, _m_xmldsig.SignedInfo),
            '{urn:din:70121:2012:MsgDataTypes}SubCertificates': (e_76, d_76, _m_din_msg_data_types.SubCertificatesType),
            '{urn:din:70121:2012:MsgDataTypes}TimeInterval': (e_52, d_52, _m_din_msg_data_types.TimeInterval),
            '{http://www.w3.org/2000/09/xmldsig#}Transform': (_p_xmldsig.e_18, _p_xmldsig.d_18, _m_xmldsig.Transform),
            '{http://www.w3.org/2000/09/xmldsig#}Transforms': (_p_xmldsig.e_19, _p_xmldsig.d_19, _m_xmldsig.Transforms),
            '{urn:din:70121:2012:MsgDef}V2G_Message': (e_79, d_79, _m_din_msg_def.V2G_Message),
            '{urn:din:70121:2012:MsgBody}WeldingDetectionReq': (e_32, d_32, _m_din_msg_body.WeldingDetectionReq),
            '{urn:din:70121:2012:MsgBody}WeldingDetectionRes': (e_33, d_33, _m_din_msg_body.WeldingDetectionRes),
            '{http://www.w3.org/2000/09/xmldsig#}X509Data': (_p_xmldsig.e_20, _p_xmldsig.d_20, _m_xmldsig.X509Data),
            '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
            '{urn:din:70121:2012:MsgDataTypes}physicalValue': (e_61, d_61, _m_din_msg_data_types.PhysicalValueType),
        },
    ),
}
