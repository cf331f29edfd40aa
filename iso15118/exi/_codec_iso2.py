"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:iso:15118:2:2013:MsgBody, urn:iso:15118:2:2013:MsgDataTypes, urn:iso:15118:2:2013:MsgDef, urn:iso:15118:2:2013:MsgHeader.
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
from ._elfrag import ElementFragment
from . import _codec_xmldsig as _p_xmldsig
from ..messages import iso2_msg_body as _m_iso2_msg_body
from ..messages import iso2_msg_data_types as _m_iso2_msg_data_types
from ..messages import iso2_msg_def as _m_iso2_msg_def
from ..messages import iso2_msg_header as _m_iso2_msg_header
from ..messages import xmldsig as _m_xmldsig

ENUM_0 = tuple(_m_iso2_msg_data_types.responseCodeType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}
ENUM_1 = tuple(_m_iso2_msg_data_types.EVSEProcessingType)
EIDX_1 = {m: i for i, m in enumerate(ENUM_1)}
MEMBERS_0 = dict([(_m_iso2_msg_body.AuthorizationReq, '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq'), (_m_iso2_msg_body.AuthorizationReqType, '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq'), (_m_iso2_msg_body.AuthorizationRes, '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes'), (_m_iso2_msg_body.AuthorizationResType, '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes'), (_m_iso2_msg_body.CableCheckReq, '{urn:iso:15118:2:2013:MsgBody}CableCheckReq'), (_m_iso2_msg_body.CableCheckReqType, '{urn:iso:15118:2:2013:MsgBody}CableCheckReq'), (_m_iso2_msg_body.CableCheckRes, '{urn:iso:15118:2:2013:MsgBody}CableCheckRes'), (_m_iso2_msg_body.CableCheckResType, '{urn:iso:15118:2:2013:MsgBody}CableCheckRes'), (_m_iso2_msg_body.CertificateInstallationReq, '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq'), (_m_iso2_msg_body.CertificateInstallationReqType, '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq'), (_m_iso2_msg_body.CertificateInstallationRes, '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes'), (_m_iso2_msg_body.CertificateInstallationResType, '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes'), (_m_iso2_msg_body.CertificateUpdateReq, '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq'), (_m_iso2_msg_body.CertificateUpdateReqType, '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq'), (_m_iso2_msg_body.CertificateUpdateRes, '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes'), (_m_iso2_msg_body.CertificateUpdateResType, '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes'), (_m_iso2_msg_body.ChargeParameterDiscoveryReq, '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq'), (_m_iso2_msg_body.ChargeParameterDiscoveryReqType, '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq'), (_m_iso2_msg_body.ChargeParameterDiscoveryRes, '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes'), (_m_iso2_msg_body.ChargeParameterDiscoveryResType, '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes'), (_m_iso2_msg_body.ChargingStatusReq, '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq'), (_m_iso2_msg_body.ChargingStatusReqType, '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq'), (_m_iso2_msg_body.ChargingStatusRes, '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes'), (_m_iso2_msg_body.ChargingStatusResType, '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes'), (_m_iso2_msg_body.CurrentDemandReq, '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq'), (_m_iso2_msg_body.CurrentDemandReqType, '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq'), (_m_iso2_msg_body.CurrentDemandRes, '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes'), (_m_iso2_msg_body.CurrentDemandResType, '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes'), (_m_iso2_msg_body.MeteringReceiptReq, '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq'), (_m_iso2_msg_body.MeteringReceiptReqType, '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq'), (_m_iso2_msg_body.MeteringReceiptRes, '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes'), (_m_iso2_msg_body.MeteringReceiptResType, '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes'), (_m_iso2_msg_body.PaymentDetailsReq, '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq'), (_m_iso2_msg_body.PaymentDetailsReqType, '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq'), (_m_iso2_msg_body.PaymentDetailsRes, '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes'), (_m_iso2_msg_body.PaymentDetailsResType, '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes'), (_m_iso2_msg_body.PaymentServiceSelectionReq, '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq'), (_m_iso2_msg_body.PaymentServiceSelectionReqType, '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq'), (_m_iso2_msg_body.PaymentServiceSelectionRes, '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes'), (_m_iso2_msg_body.PaymentServiceSelectionResType, '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes'), (_m_iso2_msg_body.PowerDeliveryReq, '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq'), (_m_iso2_msg_body.PowerDeliveryReqType, '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq'), (_m_iso2_msg_body.PowerDeliveryRes, '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes'), (_m_iso2_msg_body.PowerDeliveryResType, '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes'), (_m_iso2_msg_body.PreChargeReq, '{urn:iso:15118:2:2013:MsgBody}PreChargeReq'), (_m_iso2_msg_body.PreChargeReqType, '{urn:iso:15118:2:2013:MsgBody}PreChargeReq'), (_m_iso2_msg_body.PreChargeRes, '{urn:iso:15118:2:2013:MsgBody}PreChargeRes'), (_m_iso2_msg_body.PreChargeResType, '{urn:iso:15118:2:2013:MsgBody}PreChargeRes'), (_m_iso2_msg_body.ServiceDetailReq, '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq'), (_m_iso2_msg_body.ServiceDetailReqType, '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq'), (_m_iso2_msg_body.ServiceDetailRes, '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes'), (_m_iso2_msg_body.ServiceDetailResType, '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes'), (_m_iso2_msg_body.ServiceDiscoveryReq, '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq'), (_m_iso2_msg_body.ServiceDiscoveryReqType, '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq'), (_m_iso2_msg_body.ServiceDiscoveryRes, '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes'), (_m_iso2_msg_body.ServiceDiscoveryResType, '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes'), (_m_iso2_msg_body.SessionSetupReq, '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq'), (_m_iso2_msg_body.SessionSetupReqType, '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq'), (_m_iso2_msg_body.SessionSetupRes, '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes'), (_m_iso2_msg_body.SessionSetupResType, '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes'), (_m_iso2_msg_body.SessionStopReq, '{urn:iso:15118:2:2013:MsgBody}SessionStopReq'), (_m_iso2_msg_body.SessionStopReqType, '{urn:iso:15118:2:2013:MsgBody}SessionStopReq'), (_m_iso2_msg_body.SessionStopRes, '{urn:iso:15118:2:2013:MsgBody}SessionStopRes'), (_m_iso2_msg_body.SessionStopResType, '{urn:iso:15118:2:2013:MsgBody}SessionStopRes'), (_m_iso2_msg_body.WeldingDetectionReq, '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq'), (_m_iso2_msg_body.WeldingDetectionReqType, '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq'), (_m_iso2_msg_body.WeldingDetectionRes, '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes'), (_m_iso2_msg_body.WeldingDetectionResType, '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes')])
ENUM_2 = tuple(_m_iso2_msg_data_types.EnergyTransferModeType)
EIDX_2 = {m: i for i, m in enumerate(ENUM_2)}
MEMBERS_1 = dict([(_m_iso2_msg_data_types.AC_EVChargeParameter, '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter'), (_m_iso2_msg_data_types.AC_EVChargeParameterType, '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter'), (_m_iso2_msg_data_types.DC_EVChargeParameter, '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter'), (_m_iso2_msg_data_types.DC_EVChargeParameterType, '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter')])
MEMBERS_2 = dict([(_m_iso2_msg_data_types.SAScheduleList, '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList'), (_m_iso2_msg_data_types.SAScheduleListType, '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList')])
MEMBERS_3 = dict([(_m_iso2_msg_data_types.AC_EVSEChargeParameter, '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter'), (_m_iso2_msg_data_types.AC_EVSEChargeParameterType, '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter'), (_m_iso2_msg_data_types.DC_EVSEChargeParameter, '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter'), (_m_iso2_msg_data_types.DC_EVSEChargeParameterType, '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter')])
MEMBERS_4 = dict([(_m_iso2_msg_data_types.AC_EVSEStatus, '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus'), (_m_iso2_msg_data_types.AC_EVSEStatusType, '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus'), (_m_iso2_msg_data_types.DC_EVSEStatus, '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus'), (_m_iso2_msg_data_types.DC_EVSEStatusType, '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus')])
ENUM_3 = tuple(_m_iso2_msg_data_types.paymentOptionType)
EIDX_3 = {m: i for i, m in enumerate(ENUM_3)}
ENUM_4 = tuple(_m_iso2_msg_data_types.chargeProgressType)
EIDX_4 = {m: i for i, m in enumerate(ENUM_4)}
MEMBERS_5 = dict([(_m_iso2_msg_data_types.DC_EVPowerDeliveryParameter, '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter'), (_m_iso2_msg_data_types.DC_EVPowerDeliveryParameterType, '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter')])
ENUM_5 = tuple(_m_iso2_msg_data_types.serviceCategoryType)
EIDX_5 = {m: i for i, m in enumerate(ENUM_5)}
ENUM_6 = tuple(_m_iso2_msg_data_types.chargingSessionType)
EIDX_6 = {m: i for i, m in enumerate(ENUM_6)}
ENUM_7 = tuple(_m_iso2_msg_data_types.EVSENotificationType)
EIDX_7 = {m: i for i, m in enumerate(ENUM_7)}
ENUM_8 = tuple(_m_iso2_msg_data_types.costKindType)
EIDX_8 = {m: i for i, m in enumerate(ENUM_8)}
ENUM_9 = tuple(_m_iso2_msg_data_types.isolationLevelType)
EIDX_9 = {m: i for i, m in enumerate(ENUM_9)}
ENUM_10 = tuple(_m_iso2_msg_data_types.DC_EVSEStatusCodeType)
EIDX_10 = {m: i for i, m in enumerate(ENUM_10)}
ENUM_11 = tuple(_m_iso2_msg_data_types.DC_EVErrorCodeType)
EIDX_11 = {m: i for i, m in enumerate(ENUM_11)}
MEMBERS_6 = dict([(_m_iso2_msg_data_types.RelativeTimeInterval, '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval'), (_m_iso2_msg_data_types.RelativeTimeIntervalType, '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval')])
ENUM_12 = tuple(_m_iso2_msg_data_types.faultCodeType)
EIDX_12 = {m: i for i, m in enumerate(ENUM_12)}
ENUM_13 = tuple(_m_iso2_msg_data_types.unitSymbolType)
EIDX_13 = {m: i for i, m in enumerate(ENUM_13)}
ELFRAG_0 = ElementFragment('{urn:iso:15118:2:2013:MsgBody}eMAID', ('Algorithm', 'Encoding', 'Id', '{urn:iso:15118:2:2013:MsgBody}Id', '{urn:iso:15118:2:2013:MsgDataTypes}Id', 'MimeType', '{urn:iso:15118:2:2013:MsgDataTypes}Name', 'Target', 'Type', 'URI'), 243, {'{urn:iso:15118:2:2013:MsgDataTypes}Id': 'Id'})


# {urn:iso:15118:2:2013:MsgBody}AuthorizationReqType


def e_0(w, o, st):
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
            st.write(w, '{urn:iso:15118:2:2013:MsgBody}Id', v)
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
            w.binary_el(v, 16, 16)
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


def d_0(r, st, cls):
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
            v = st.read(r, '{urn:iso:15118:2:2013:MsgBody}Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'GenChallenge'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}GenChallenge', from_base64, b'')
            else:
                v = r.binary_ee()
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}GenChallenge', from_base64, b'')
                else:
                    v = r.binary_ee()
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


# {urn:iso:15118:2:2013:MsgBody}AuthorizationResType


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
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEProcessing', _m_iso2_msg_data_types.EVSEProcessingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
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


# {urn:iso:15118:2:2013:MsgBody}BodyBaseType


def e_2(w, o, st):
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


def d_2(r, st, cls):
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


# {urn:iso:15118:2:2013:MsgBody}BodyType


def e_3(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'BodyElement'
        v = o.BodyElement
        if v is not None:
            q = member_of(MEMBERS_0, v)
            if q == '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq':
                w.bits(0, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes':
                w.bits(1, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}BodyElement':
                w.bits(2, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}CableCheckReq':
                w.bits(3, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}CableCheckRes':
                w.bits(4, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq':
                w.bits(5, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes':
                w.bits(6, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq':
                w.bits(7, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes':
                w.bits(8, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq':
                w.bits(9, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes':
                w.bits(10, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq':
                w.bits(11, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes':
                w.bits(12, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq':
                w.bits(13, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes':
                w.bits(14, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq':
                w.bits(15, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes':
                w.bits(16, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq':
                w.bits(17, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes':
                w.bits(18, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq':
                w.bits(19, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes':
                w.bits(20, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq':
                w.bits(21, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes':
                w.bits(22, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}PreChargeReq':
                w.bits(23, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}PreChargeRes':
                w.bits(24, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq':
                w.bits(25, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes':
                w.bits(26, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq':
                w.bits(27, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes':
                w.bits(28, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq':
                w.bits(29, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes':
                w.bits(30, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}SessionStopReq':
                w.bits(31, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}SessionStopRes':
                w.bits(32, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq':
                w.bits(33, 6)
                s = 1
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes':
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


def d_3(r, st, cls):
    f_BodyElement = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(6)
        if c == 0:
            s = 1
            p = 'BodyElement'
            v = d_0(r, st, _m_iso2_msg_body.AuthorizationReq)
            f_BodyElement = v
        elif c == 1:
            s = 1
            p = 'BodyElement'
            v = d_1(r, st, _m_iso2_msg_body.AuthorizationRes)
            f_BodyElement = v
        elif c == 2:
            s = 1
            p = 'BodyElement'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 3:
            s = 1
            p = 'BodyElement'
            v = d_4(r, st, _m_iso2_msg_body.CableCheckReq)
            f_BodyElement = v
        elif c == 4:
            s = 1
            p = 'BodyElement'
            v = d_5(r, st, _m_iso2_msg_body.CableCheckRes)
            f_BodyElement = v
        elif c == 5:
            s = 1
            p = 'BodyElement'
            v = d_6(r, st, _m_iso2_msg_body.CertificateInstallationReq)
            f_BodyElement = v
        elif c == 6:
            s = 1
            p = 'BodyElement'
            v = d_7(r, st, _m_iso2_msg_body.CertificateInstallationRes)
            f_BodyElement = v
        elif c == 7:
            s = 1
            p = 'BodyElement'
            v = d_8(r, st, _m_iso2_msg_body.CertificateUpdateReq)
            f_BodyElement = v
        elif c == 8:
            s = 1
            p = 'BodyElement'
            v = d_9(r, st, _m_iso2_msg_body.CertificateUpdateRes)
            f_BodyElement = v
        elif c == 9:
            s = 1
            p = 'BodyElement'
            v = d_10(r, st, _m_iso2_msg_body.ChargeParameterDiscoveryReq)
            f_BodyElement = v
        elif c == 10:
            s = 1
            p = 'BodyElement'
            v = d_11(r, st, _m_iso2_msg_body.ChargeParameterDiscoveryRes)
            f_BodyElement = v
        elif c == 11:
            s = 1
            p = 'BodyElement'
            v = d_12(r, st, _m_iso2_msg_body.ChargingStatusReq)
            f_BodyElement = v
        elif c == 12:
            s = 1
            p = 'BodyElement'
            v = d_13(r, st, _m_iso2_msg_body.ChargingStatusRes)
            f_BodyElement = v
        elif c == 13:
            s = 1
            p = 'BodyElement'
            v = d_14(r, st, _m_iso2_msg_body.CurrentDemandReq)
            f_BodyElement = v
        elif c == 14:
            s = 1
            p = 'BodyElement'
            v = d_15(r, st, _m_iso2_msg_body.CurrentDemandRes)
            f_BodyElement = v
        elif c == 15:
            s = 1
            p = 'BodyElement'
            v = d_16(r, st, _m_iso2_msg_body.MeteringReceiptReq)
            f_BodyElement = v
        elif c == 16:
            s = 1
            p = 'BodyElement'
            v = d_17(r, st, _m_iso2_msg_body.MeteringReceiptRes)
            f_BodyElement = v
        elif c == 17:
            s = 1
            p = 'BodyElement'
            v = d_18(r, st, _m_iso2_msg_body.PaymentDetailsReq)
            f_BodyElement = v
        elif c == 18:
            s = 1
            p = 'BodyElement'
            v = d_19(r, st, _m_iso2_msg_body.PaymentDetailsRes)
            f_BodyElement = v
        elif c == 19:
            s = 1
            p = 'BodyElement'
            v = d_20(r, st, _m_iso2_msg_body.PaymentServiceSelectionReq)
            f_BodyElement = v
        elif c == 20:
            s = 1
            p = 'BodyElement'
            v = d_21(r, st, _m_iso2_msg_body.PaymentServiceSelectionRes)
            f_BodyElement = v
        elif c == 21:
            s = 1
            p = 'BodyElement'
            v = d_22(r, st, _m_iso2_msg_body.PowerDeliveryReq)
            f_BodyElement = v
        elif c == 22:
            s = 1
            p = 'BodyElement'
            v = d_23(r, st, _m_iso2_msg_body.PowerDeliveryRes)
            f_BodyElement = v
        elif c == 23:
            s = 1
            p = 'BodyElement'
            v = d_24(r, st, _m_iso2_msg_body.PreChargeReq)
            f_BodyElement = v
        elif c == 24:
            s = 1
            p = 'BodyElement'
            v = d_25(r, st, _m_iso2_msg_body.PreChargeRes)
            f_BodyElement = v
        elif c == 25:
            s = 1
            p = 'BodyElement'
            v = d_26(r, st, _m_iso2_msg_body.ServiceDetailReq)
            f_BodyElement = v
        elif c == 26:
            s = 1
            p = 'BodyElement'
            v = d_27(r, st, _m_iso2_msg_body.ServiceDetailRes)
            f_BodyElement = v
        elif c == 27:
            s = 1
            p = 'BodyElement'
            v = d_28(r, st, _m_iso2_msg_body.ServiceDiscoveryReq)
            f_BodyElement = v
        elif c == 28:
            s = 1
            p = 'BodyElement'
            v = d_29(r, st, _m_iso2_msg_body.ServiceDiscoveryRes)
            f_BodyElement = v
        elif c == 29:
            s = 1
            p = 'BodyElement'
            v = d_30(r, st, _m_iso2_msg_body.SessionSetupReq)
            f_BodyElement = v
        elif c == 30:
            s = 1
            p = 'BodyElement'
            v = d_31(r, st, _m_iso2_msg_body.SessionSetupRes)
            f_BodyElement = v
        elif c == 31:
            s = 1
            p = 'BodyElement'
            v = d_32(r, st, _m_iso2_msg_body.SessionStopReq)
            f_BodyElement = v
        elif c == 32:
            s = 1
            p = 'BodyElement'
            v = d_33(r, st, _m_iso2_msg_body.SessionStopRes)
            f_BodyElement = v
        elif c == 33:
            s = 1
            p = 'BodyElement'
            v = d_34(r, st, _m_iso2_msg_body.WeldingDetectionReq)
            f_BodyElement = v
        elif c == 34:
            s = 1
            p = 'BodyElement'
            v = d_35(r, st, _m_iso2_msg_body.WeldingDetectionRes)
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


# {urn:iso:15118:2:2013:MsgBody}CableCheckReqType


def e_4(w, o, st):
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
        e_49(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_4(r, st, cls):
    f_DC_EVStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_49(r, st, _m_iso2_msg_data_types.DC_EVStatusType)
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


# {urn:iso:15118:2:2013:MsgBody}CableCheckResType


def e_5(w, o, st):
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
        e_48(w, v, st)
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_5(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_48(r, st, _m_iso2_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 3
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEProcessing', _m_iso2_msg_data_types.EVSEProcessingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
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


# {urn:iso:15118:2:2013:MsgBody}CertificateInstallationReqType


def e_6(w, o, st):
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
        st.write(w, '{urn:iso:15118:2:2013:MsgBody}Id', v)
        p = 'OEMProvisioningCert'
        v = o.OEMProvisioningCert
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.binary_el(v, None, 800, 0, 1)
        p = 'ListOfRootCertificateIDs'
        v = o.ListOfRootCertificateIDs
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_59(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_6(r, st, cls):
    f_Id = None
    f_OEMProvisioningCert = None
    f_ListOfRootCertificateIDs = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:15118:2:2013:MsgBody}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'OEMProvisioningCert'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}OEMProvisioningCert', from_base64, b'')
        else:
            v = r.binary_ee()
        f_OEMProvisioningCert = v
        s = 3
        p = 'ListOfRootCertificateIDs'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_59(r, st, _m_iso2_msg_data_types.ListOfRootCertificateIDsType)
        f_ListOfRootCertificateIDs = v
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
    return o


# {urn:iso:15118:2:2013:MsgBody}CertificateInstallationResType


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
        p = 'SAProvisioningCertificateChain'
        v = o.SAProvisioningCertificateChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_39(w, v, st)
        p = 'ContractSignatureCertChain'
        v = o.ContractSignatureCertChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_39(w, v, st)
        p = 'ContractSignatureEncryptedPrivateKey'
        v = o.ContractSignatureEncryptedPrivateKey
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_43(w, v, st)
        p = 'DHpublickey'
        v = o.DHpublickey
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_50(w, v, st)
        p = 'eMAID'
        v = o.eMAID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        e_51(w, v, st)
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
    f_SAProvisioningCertificateChain = None
    f_ContractSignatureCertChain = None
    f_ContractSignatureEncryptedPrivateKey = None
    f_DHpublickey = None
    f_eMAID = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'SAProvisioningCertificateChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_39(r, st, _m_iso2_msg_data_types.CertificateChainType)
        f_SAProvisioningCertificateChain = v
        s = 3
        p = 'ContractSignatureCertChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_39(r, st, _m_iso2_msg_data_types.CertificateChainType)
        f_ContractSignatureCertChain = v
        s = 4
        p = 'ContractSignatureEncryptedPrivateKey'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_43(r, st, _m_iso2_msg_data_types.ContractSignatureEncryptedPrivateKeyType)
        f_ContractSignatureEncryptedPrivateKey = v
        s = 5
        p = 'DHpublickey'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_50(r, st, _m_iso2_msg_data_types.DiffieHellmanPublickeyType)
        f_DHpublickey = v
        s = 6
        p = 'eMAID'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_51(r, st, _m_iso2_msg_data_types.EMAIDType)
        f_eMAID = v
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
    o.SAProvisioningCertificateChain = f_SAProvisioningCertificateChain
    o.ContractSignatureCertChain = f_ContractSignatureCertChain
    o.ContractSignatureEncryptedPrivateKey = f_ContractSignatureEncryptedPrivateKey
    o.DHpublickey = f_DHpublickey
    o.eMAID = f_eMAID
    return o


# {urn:iso:15118:2:2013:MsgBody}CertificateUpdateReqType


def e_8(w, o, st):
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
        st.write(w, '{urn:iso:15118:2:2013:MsgBody}Id', v)
        p = 'ContractSignatureCertChain'
        v = o.ContractSignatureCertChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_39(w, v, st)
        p = 'eMAID'
        v = o.eMAID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.chars_el(v, 14, 15, 0, 1)
        p = 'ListOfRootCertificateIDs'
        v = o.ListOfRootCertificateIDs
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_59(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_8(r, st, cls):
    f_Id = None
    f_ContractSignatureCertChain = None
    f_eMAID = None
    f_ListOfRootCertificateIDs = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:15118:2:2013:MsgBody}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'ContractSignatureCertChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_39(r, st, _m_iso2_msg_data_types.CertificateChainType)
        f_ContractSignatureCertChain = v
        s = 3
        p = 'eMAID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}eMAID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}eMAID')
        f_eMAID = v
        s = 4
        p = 'ListOfRootCertificateIDs'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_59(r, st, _m_iso2_msg_data_types.ListOfRootCertificateIDsType)
        f_ListOfRootCertificateIDs = v
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
    o.eMAID = f_eMAID
    o.ListOfRootCertificateIDs = f_ListOfRootCertificateIDs
    return o


# {urn:iso:15118:2:2013:MsgBody}CertificateUpdateResType


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
        p = 'SAProvisioningCertificateChain'
        v = o.SAProvisioningCertificateChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_39(w, v, st)
        p = 'ContractSignatureCertChain'
        v = o.ContractSignatureCertChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_39(w, v, st)
        p = 'ContractSignatureEncryptedPrivateKey'
        v = o.ContractSignatureEncryptedPrivateKey
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_43(w, v, st)
        p = 'DHpublickey'
        v = o.DHpublickey
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_50(w, v, st)
        p = 'eMAID'
        v = o.eMAID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        e_51(w, v, st)
        p = 'RetryCounter'
        v = o.RetryCounter
        if v is not None:
            s = 7
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 3)
        p = ''
        if s == 6:
            w.bits(1, 2)
        elif s == 7:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_9(r, st, cls):
    f_ResponseCode = None
    f_SAProvisioningCertificateChain = None
    f_ContractSignatureCertChain = None
    f_ContractSignatureEncryptedPrivateKey = None
    f_DHpublickey = None
    f_eMAID = None
    f_RetryCounter = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'SAProvisioningCertificateChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_39(r, st, _m_iso2_msg_data_types.CertificateChainType)
        f_SAProvisioningCertificateChain = v
        s = 3
        p = 'ContractSignatureCertChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_39(r, st, _m_iso2_msg_data_types.CertificateChainType)
        f_ContractSignatureCertChain = v
        s = 4
        p = 'ContractSignatureEncryptedPrivateKey'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_43(r, st, _m_iso2_msg_data_types.ContractSignatureEncryptedPrivateKeyType)
        f_ContractSignatureEncryptedPrivateKey = v
        s = 5
        p = 'DHpublickey'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_50(r, st, _m_iso2_msg_data_types.DiffieHellmanPublickeyType)
        f_DHpublickey = v
        s = 6
        p = 'eMAID'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_51(r, st, _m_iso2_msg_data_types.EMAIDType)
        f_eMAID = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'RetryCounter'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}RetryCounter', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_RetryCounter = v
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
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
    o.SAProvisioningCertificateChain = f_SAProvisioningCertificateChain
    o.ContractSignatureCertChain = f_ContractSignatureCertChain
    o.ContractSignatureEncryptedPrivateKey = f_ContractSignatureEncryptedPrivateKey
    o.DHpublickey = f_DHpublickey
    o.eMAID = f_eMAID
    o.RetryCounter = f_RetryCounter
    return o


# {urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReqType


def e_10(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'MaxEntriesSAScheduleTuple'
        v = o.MaxEntriesSAScheduleTuple
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 3)
        p = 'RequestedEnergyTransferMode'
        v = o.RequestedEnergyTransferMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_2, v, p)
        if s == 0:
            w.bits(32 | (x << 1), 7)
            s = 2
        elif s == 1:
            w.bits(0 | (x << 1), 6)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'EVChargeParameter'
        v = o.EVChargeParameter
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_1, v)
        if q == '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter':
            w.bits(0, 2)
            s = 3
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter':
            w.bits(1, 2)
            s = 3
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter':
            w.bits(2, 2)
            s = 3
            ELEMENT_ENCODERS[q](w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_10(r, st, cls):
    f_MaxEntriesSAScheduleTuple = None
    f_RequestedEnergyTransferMode = None
    f_EVChargeParameter = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'MaxEntriesSAScheduleTuple'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}MaxEntriesSAScheduleTuple', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
            f_MaxEntriesSAScheduleTuple = v
        elif c == 1:
            s = 2
            p = 'RequestedEnergyTransferMode'
            c = r.bits(5)
            if c & 17:
                if c >> 4 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 4
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}RequestedEnergyTransferMode', _m_iso2_msg_data_types.EnergyTransferModeType)
            else:
                if ((c >> 1) & 7) >= 6:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_2[((c >> 1) & 7)]
            f_RequestedEnergyTransferMode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'RequestedEnergyTransferMode'
            c = r.bits(6)
            if c & 49:
                if c >> 4 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 4
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}RequestedEnergyTransferMode', _m_iso2_msg_data_types.EnergyTransferModeType)
            else:
                if ((c >> 1) & 7) >= 6:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_2[((c >> 1) & 7)]
            f_RequestedEnergyTransferMode = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'EVChargeParameter'
            v = d_36(r, st, _m_iso2_msg_data_types.AC_EVChargeParameter)
            f_EVChargeParameter = v
        elif c == 1:
            s = 3
            p = 'EVChargeParameter'
            v = d_45(r, st, _m_iso2_msg_data_types.DC_EVChargeParameter)
            f_EVChargeParameter = v
        elif c == 2:
            s = 3
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
    o.MaxEntriesSAScheduleTuple = f_MaxEntriesSAScheduleTuple
    o.RequestedEnergyTransferMode = f_RequestedEnergyTransferMode
    o.EVChargeParameter = f_EVChargeParameter
    return o


# {urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryResType


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
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'SASchedules'
        v = o.SASchedules
        if v is not None:
            q = member_of(MEMBERS_2, v)
            if q == '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList':
                w.bits(0, 3)
                s = 3
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules':
                w.bits(1, 3)
                s = 3
                ELEMENT_ENCODERS[q](w, v, st)
        p = 'EVSEChargeParameter'
        v = o.EVSEChargeParameter
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_3, v)
        if q == '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter':
            if s == 2:
                w.bits(2, 3)
                s = 4
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter':
            if s == 2:
                w.bits(3, 3)
                s = 4
            elif s == 3:
                w.bits(1, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter':
            if s == 2:
                w.bits(4, 3)
                s = 4
            elif s == 3:
                w.bits(2, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            ELEMENT_ENCODERS[q](w, v, st)
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEProcessing', _m_iso2_msg_data_types.EVSEProcessingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVSEProcessing = v
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'SASchedules'
            v = d_70(r, st, _m_iso2_msg_data_types.SAScheduleList)
            f_SASchedules = v
        elif c == 1:
            s = 3
            p = 'SASchedules'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 2:
            s = 4
            p = 'EVSEChargeParameter'
            v = d_37(r, st, _m_iso2_msg_data_types.AC_EVSEChargeParameter)
            f_EVSEChargeParameter = v
        elif c == 3:
            s = 4
            p = 'EVSEChargeParameter'
            v = d_47(r, st, _m_iso2_msg_data_types.DC_EVSEChargeParameter)
            f_EVSEChargeParameter = v
        elif c == 4:
            s = 4
            p = 'EVSEChargeParameter'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'EVSEChargeParameter'
                v = d_37(r, st, _m_iso2_msg_data_types.AC_EVSEChargeParameter)
                f_EVSEChargeParameter = v
            elif c == 1:
                s = 4
                p = 'EVSEChargeParameter'
                v = d_47(r, st, _m_iso2_msg_data_types.DC_EVSEChargeParameter)
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


# {urn:iso:15118:2:2013:MsgBody}ChargingStatusReqType


def e_12(w, o, st):
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


def d_12(r, st, cls):
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


# {urn:iso:15118:2:2013:MsgBody}ChargingStatusResType


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
        p = 'EVSEID'
        v = o.EVSEID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.chars_el(v, 7, 37, 0, 1)
        p = 'SAScheduleTupleID'
        v = o.SAScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 1, 255, p) - 1
        w.bits(0 | (x << 1), 11)
        s = 3
        p = 'EVSEMaxCurrent'
        v = o.EVSEMaxCurrent
        if v is not None:
            w.bits(0, 3)
            s = 4
            e_67(w, v, st)
        p = 'MeterInfo'
        v = o.MeterInfo
        if v is not None:
            if s == 3:
                w.bits(1, 3)
                s = 5
            elif s == 4:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_60(w, v, st)
        p = 'ReceiptRequired'
        v = o.ReceiptRequired
        if v is not None:
            x = check_bool(v, p)
            if s == 3:
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
        p = 'AC_EVSEStatus'
        v = o.AC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 3:
            w.bits(3, 3)
            s = 7
        elif s == 4:
            w.bits(2, 2)
            s = 7
        elif s == 5:
            w.bits(1, 2)
            s = 7
        elif s == 6:
            w.bits(0, 1)
            s = 7
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_38(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_13(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'EVSEID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}EVSEID')
        f_EVSEID = v
        s = 3
        p = 'SAScheduleTupleID'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255) + 1
        f_SAScheduleTupleID = v
        c = r.bits(3)
        if c == 0:
            s = 4
            p = 'EVSEMaxCurrent'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVSEMaxCurrent = v
        elif c == 1:
            s = 5
            p = 'MeterInfo'
            v = d_60(r, st, _m_iso2_msg_data_types.MeterInfoType)
            f_MeterInfo = v
        elif c == 2:
            s = 6
            p = 'ReceiptRequired'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ReceiptRequired', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ReceiptRequired = v
        elif c == 3:
            s = 7
            p = 'AC_EVSEStatus'
            v = d_38(r, st, _m_iso2_msg_data_types.AC_EVSEStatusType)
            f_AC_EVSEStatus = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'MeterInfo'
                v = d_60(r, st, _m_iso2_msg_data_types.MeterInfoType)
                f_MeterInfo = v
            elif c == 1:
                s = 6
                p = 'ReceiptRequired'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ReceiptRequired', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ReceiptRequired = v
            elif c == 2:
                s = 7
                p = 'AC_EVSEStatus'
                v = d_38(r, st, _m_iso2_msg_data_types.AC_EVSEStatusType)
                f_AC_EVSEStatus = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'ReceiptRequired'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ReceiptRequired', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ReceiptRequired = v
            elif c == 1:
                s = 7
                p = 'AC_EVSEStatus'
                v = d_38(r, st, _m_iso2_msg_data_types.AC_EVSEStatusType)
                f_AC_EVSEStatus = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            s = 7
            p = 'AC_EVSEStatus'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_38(r, st, _m_iso2_msg_data_types.AC_EVSEStatusType)
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


# {urn:iso:15118:2:2013:MsgBody}CurrentDemandReqType


def e_14(w, o, st):
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
        e_49(w, v, st)
        p = 'EVTargetCurrent'
        v = o.EVTargetCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_67(w, v, st)
        p = 'EVMaximumVoltageLimit'
        v = o.EVMaximumVoltageLimit
        if v is not None:
            w.bits(0, 3)
            s = 3
            e_67(w, v, st)
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
            e_67(w, v, st)
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
            e_67(w, v, st)
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
            e_67(w, v, st)
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
            e_67(w, v, st)
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
        e_67(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_14(r, st, cls):
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
        v = d_49(r, st, _m_iso2_msg_data_types.DC_EVStatusType)
        f_DC_EVStatus = v
        s = 2
        p = 'EVTargetCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVTargetCurrent = v
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'EVMaximumVoltageLimit'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVMaximumVoltageLimit = v
        elif c == 1:
            s = 4
            p = 'EVMaximumCurrentLimit'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVMaximumCurrentLimit = v
        elif c == 2:
            s = 5
            p = 'EVMaximumPowerLimit'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVMaximumPowerLimit = v
        elif c == 3:
            s = 6
            p = 'BulkChargingComplete'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}BulkChargingComplete', to_bool)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ChargingComplete', to_bool)
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
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_EVMaximumCurrentLimit = v
            elif c == 1:
                s = 5
                p = 'EVMaximumPowerLimit'
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_EVMaximumPowerLimit = v
            elif c == 2:
                s = 6
                p = 'BulkChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}BulkChargingComplete', to_bool)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ChargingComplete', to_bool)
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
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_EVMaximumPowerLimit = v
            elif c == 1:
                s = 6
                p = 'BulkChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}BulkChargingComplete', to_bool)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ChargingComplete', to_bool)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}BulkChargingComplete', to_bool)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ChargingComplete', to_bool)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ChargingComplete', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ChargingComplete = v
        c = r.bits(2)
        if c == 0:
            s = 8
            p = 'RemainingTimeToFullSoC'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_RemainingTimeToFullSoC = v
        elif c == 1:
            s = 9
            p = 'RemainingTimeToBulkSoC'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_RemainingTimeToBulkSoC = v
        elif c == 2:
            s = 10
            p = 'EVTargetVoltage'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVTargetVoltage = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'RemainingTimeToBulkSoC'
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_RemainingTimeToBulkSoC = v
            elif c == 1:
                s = 10
                p = 'EVTargetVoltage'
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_EVTargetVoltage = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            s = 10
            p = 'EVTargetVoltage'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
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


# {urn:iso:15118:2:2013:MsgBody}CurrentDemandResType


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
        p = 'DC_EVSEStatus'
        v = o.DC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_48(w, v, st)
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_67(w, v, st)
        p = 'EVSEPresentCurrent'
        v = o.EVSEPresentCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_67(w, v, st)
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
            e_67(w, v, st)
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
            e_67(w, v, st)
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
            e_67(w, v, st)
        p = 'EVSEID'
        v = o.EVSEID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 7:
            w.bits(3, 3)
            s = 11
        elif s == 8:
            w.bits(2, 2)
            s = 11
        elif s == 9:
            w.bits(1, 2)
            s = 11
        elif s == 10:
            w.bits(0, 1)
            s = 11
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.chars_el(v, 7, 37)
        p = 'SAScheduleTupleID'
        v = o.SAScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 1, 255, p) - 1
        w.bits(0 | (x << 1), 11)
        s = 12
        p = 'MeterInfo'
        v = o.MeterInfo
        if v is not None:
            w.bits(0, 2)
            s = 13
            e_60(w, v, st)
        p = 'ReceiptRequired'
        v = o.ReceiptRequired
        if v is not None:
            x = check_bool(v, p)
            if s == 12:
                w.bits(8 | (x << 1), 5)
                s = 14
            elif s == 13:
                w.bits(0 | (x << 1), 5)
                s = 14
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 12:
            w.bits(2, 2)
        elif s == 13:
            w.bits(1, 2)
        elif s == 14:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_15(r, st, cls):
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
    f_EVSEID = None
    f_SAScheduleTupleID = None
    f_MeterInfo = None
    f_ReceiptRequired = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_48(r, st, _m_iso2_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 3
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSEPresentVoltage = v
        s = 4
        p = 'EVSEPresentCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSEPresentCurrent = v
        s = 5
        p = 'EVSECurrentLimitAchieved'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSECurrentLimitAchieved', to_bool)
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEVoltageLimitAchieved', to_bool)
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEPowerLimitAchieved', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEPowerLimitAchieved = v
        c = r.bits(3)
        if c == 0:
            s = 8
            p = 'EVSEMaximumVoltageLimit'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVSEMaximumVoltageLimit = v
        elif c == 1:
            s = 9
            p = 'EVSEMaximumCurrentLimit'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVSEMaximumCurrentLimit = v
        elif c == 2:
            s = 10
            p = 'EVSEMaximumPowerLimit'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVSEMaximumPowerLimit = v
        elif c == 3:
            s = 11
            p = 'EVSEID'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEID', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}EVSEID')
            f_EVSEID = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'EVSEMaximumCurrentLimit'
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_EVSEMaximumCurrentLimit = v
            elif c == 1:
                s = 10
                p = 'EVSEMaximumPowerLimit'
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_EVSEMaximumPowerLimit = v
            elif c == 2:
                s = 11
                p = 'EVSEID'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEID', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}EVSEID')
                f_EVSEID = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 10
                p = 'EVSEMaximumPowerLimit'
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_EVSEMaximumPowerLimit = v
            elif c == 1:
                s = 11
                p = 'EVSEID'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEID', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}EVSEID')
                f_EVSEID = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            s = 11
            p = 'EVSEID'
            c = r.bits(2)
            if c:
                if c != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEID', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}EVSEID')
            f_EVSEID = v
        s = 12
        p = 'SAScheduleTupleID'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255) + 1
        f_SAScheduleTupleID = v
        c = r.bits(2)
        if c == 0:
            s = 13
            p = 'MeterInfo'
            v = d_60(r, st, _m_iso2_msg_data_types.MeterInfoType)
            f_MeterInfo = v
        elif c == 1:
            s = 14
            p = 'ReceiptRequired'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ReceiptRequired', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ReceiptRequired = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 13:
            c = r.bits(2)
            if c == 0:
                s = 14
                p = 'ReceiptRequired'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ReceiptRequired', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ReceiptRequired = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 14:
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
    o.EVSEID = f_EVSEID
    o.SAScheduleTupleID = f_SAScheduleTupleID
    o.MeterInfo = f_MeterInfo
    o.ReceiptRequired = f_ReceiptRequired
    return o


# {urn:iso:15118:2:2013:MsgBody}MeteringReceiptReqType


def e_16(w, o, st):
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
            st.write(w, '{urn:iso:15118:2:2013:MsgBody}Id', v)
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
            x = check_int(v, 1, 255, p) - 1
            w.bits(0 | (x << 1), 12)
            s = 3
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
        e_60(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_16(r, st, cls):
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
            v = st.read(r, '{urn:iso:15118:2:2013:MsgBody}Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'SessionID'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}SessionID', from_hex, b'')
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}SessionID', from_hex, b'')
            else:
                v = r.binary_ee()
            f_SessionID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SAScheduleTupleID'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255) + 1
            f_SAScheduleTupleID = v
        elif c == 1:
            s = 4
            p = 'MeterInfo'
            v = d_60(r, st, _m_iso2_msg_data_types.MeterInfoType)
            f_MeterInfo = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'MeterInfo'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_60(r, st, _m_iso2_msg_data_types.MeterInfoType)
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


# {urn:iso:15118:2:2013:MsgBody}MeteringReceiptResType


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
        p = 'EVSEStatus'
        v = o.EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_4, v)
        if q == '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus':
            w.bits(0, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus':
            w.bits(1, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus':
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


def d_17(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVSEStatus'
            v = d_38(r, st, _m_iso2_msg_data_types.AC_EVSEStatus)
            f_EVSEStatus = v
        elif c == 1:
            s = 2
            p = 'EVSEStatus'
            v = d_48(r, st, _m_iso2_msg_data_types.DC_EVSEStatus)
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


# {urn:iso:15118:2:2013:MsgBody}PaymentDetailsReqType


def e_18(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'eMAID'
        v = o.eMAID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.chars_el(v, 14, 15, 0, 1)
        p = 'ContractSignatureCertChain'
        v = o.ContractSignatureCertChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_39(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_18(r, st, cls):
    f_eMAID = None
    f_ContractSignatureCertChain = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'eMAID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}eMAID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}eMAID')
        f_eMAID = v
        s = 2
        p = 'ContractSignatureCertChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_39(r, st, _m_iso2_msg_data_types.CertificateChainType)
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
    o.eMAID = f_eMAID
    o.ContractSignatureCertChain = f_ContractSignatureCertChain
    return o


# {urn:iso:15118:2:2013:MsgBody}PaymentDetailsResType


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
        p = 'GenChallenge'
        v = o.GenChallenge
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.binary_el(v, 16, 16, 0, 1)
        p = 'EVSETimeStamp'
        v = o.EVSETimeStamp
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


def d_19(r, st, cls):
    f_ResponseCode = None
    f_GenChallenge = None
    f_EVSETimeStamp = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'GenChallenge'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}GenChallenge', from_base64, b'')
        else:
            v = r.binary_ee()
        f_GenChallenge = v
        s = 3
        p = 'EVSETimeStamp'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSETimeStamp', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:long')
        f_EVSETimeStamp = v
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
    o.EVSETimeStamp = f_EVSETimeStamp
    return o


# {urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReqType


def e_20(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SelectedPaymentOption'
        v = o.SelectedPaymentOption
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 4)
        s = 1
        p = 'SelectedServiceList'
        v = o.SelectedServiceList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_75(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_20(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}SelectedPaymentOption', _m_iso2_msg_data_types.paymentOptionType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_3[((c >> 1) & 1)]
        f_SelectedPaymentOption = v
        s = 2
        p = 'SelectedServiceList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_75(r, st, _m_iso2_msg_data_types.SelectedServiceListType)
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


# {urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionResType


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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
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


# {urn:iso:15118:2:2013:MsgBody}PowerDeliveryReqType


def e_22(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ChargeProgress'
        v = o.ChargeProgress
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_4, v, p)
        w.bits(0 | (x << 1), 5)
        s = 1
        p = 'SAScheduleTupleID'
        v = o.SAScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 1, 255, p) - 1
        w.bits(0 | (x << 1), 11)
        s = 2
        p = 'ChargingProfile'
        v = o.ChargingProfile
        if v is not None:
            w.bits(0, 3)
            s = 3
            e_41(w, v, st)
        p = 'EVPowerDeliveryParameter'
        v = o.EVPowerDeliveryParameter
        if v is not None:
            q = member_of(MEMBERS_5, v)
            if q == '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter':
                if s == 2:
                    w.bits(1, 3)
                    s = 4
                elif s == 3:
                    w.bits(0, 2)
                    s = 4
                else:
                    raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
                ELEMENT_ENCODERS[q](w, v, st)
            elif q == '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter':
                if s == 2:
                    w.bits(2, 3)
                    s = 4
                elif s == 3:
                    w.bits(1, 2)
                    s = 4
                else:
                    raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
                ELEMENT_ENCODERS[q](w, v, st)
        p = ''
        if s == 2:
            w.bits(3, 3)
        elif s == 3:
            w.bits(2, 2)
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


def d_22(r, st, cls):
    f_ChargeProgress = None
    f_SAScheduleTupleID = None
    f_ChargingProfile = None
    f_EVPowerDeliveryParameter = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ChargeProgress'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ChargeProgress', _m_iso2_msg_data_types.chargeProgressType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_4[((c >> 1) & 3)]
        f_ChargeProgress = v
        s = 2
        p = 'SAScheduleTupleID'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255) + 1
        f_SAScheduleTupleID = v
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'ChargingProfile'
            v = d_41(r, st, _m_iso2_msg_data_types.ChargingProfileType)
            f_ChargingProfile = v
        elif c == 1:
            s = 4
            p = 'EVPowerDeliveryParameter'
            v = d_46(r, st, _m_iso2_msg_data_types.DC_EVPowerDeliveryParameter)
            f_EVPowerDeliveryParameter = v
        elif c == 2:
            s = 4
            p = 'EVPowerDeliveryParameter'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'EVPowerDeliveryParameter'
                v = d_46(r, st, _m_iso2_msg_data_types.DC_EVPowerDeliveryParameter)
                f_EVPowerDeliveryParameter = v
            elif c == 1:
                s = 4
                p = 'EVPowerDeliveryParameter'
                raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
            elif c == 2:
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
    o.ChargeProgress = f_ChargeProgress
    o.SAScheduleTupleID = f_SAScheduleTupleID
    o.ChargingProfile = f_ChargingProfile
    o.EVPowerDeliveryParameter = f_EVPowerDeliveryParameter
    return o


# {urn:iso:15118:2:2013:MsgBody}PowerDeliveryResType


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
        p = 'EVSEStatus'
        v = o.EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_4, v)
        if q == '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus':
            w.bits(0, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus':
            w.bits(1, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus':
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


def d_23(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVSEStatus'
            v = d_38(r, st, _m_iso2_msg_data_types.AC_EVSEStatus)
            f_EVSEStatus = v
        elif c == 1:
            s = 2
            p = 'EVSEStatus'
            v = d_48(r, st, _m_iso2_msg_data_types.DC_EVSEStatus)
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


# {urn:iso:15118:2:2013:MsgBody}PreChargeReqType


def e_24(w, o, st):
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
        e_49(w, v, st)
        p = 'EVTargetVoltage'
        v = o.EVTargetVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_67(w, v, st)
        p = 'EVTargetCurrent'
        v = o.EVTargetCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_67(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_24(r, st, cls):
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
        v = d_49(r, st, _m_iso2_msg_data_types.DC_EVStatusType)
        f_DC_EVStatus = v
        s = 2
        p = 'EVTargetVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVTargetVoltage = v
        s = 3
        p = 'EVTargetCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
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


# {urn:iso:15118:2:2013:MsgBody}PreChargeResType


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
        p = 'DC_EVSEStatus'
        v = o.DC_EVSEStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_48(w, v, st)
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_67(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_25(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_48(r, st, _m_iso2_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 3
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
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


# {urn:iso:15118:2:2013:MsgBody}ServiceDetailReqType


def e_26(w, o, st):
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


def d_26(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ServiceID', int)
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


# {urn:iso:15118:2:2013:MsgBody}ServiceDetailResType


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
            e_78(w, v, st)
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


def d_27(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'ServiceParameterList'
            v = d_78(r, st, _m_iso2_msg_data_types.ServiceParameterListType)
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


# {urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReqType


def e_28(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceScope'
        v = o.ServiceScope
        if v is not None:
            s = 1
            w.chars_el(v, None, 64, 0, 2)
        p = 'ServiceCategory'
        v = o.ServiceCategory
        if v is not None:
            x = enum_index(EIDX_5, v, p)
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


def d_28(r, st, cls):
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ServiceScope', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}ServiceScope')
            f_ServiceScope = v
        elif c == 1:
            s = 2
            p = 'ServiceCategory'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ServiceCategory', _m_iso2_msg_data_types.serviceCategoryType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_5[((c >> 1) & 3)]
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ServiceCategory', _m_iso2_msg_data_types.serviceCategoryType)
                else:
                    if ((c >> 1) & 3) >= 4:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_5[((c >> 1) & 3)]
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


# {urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryResType


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
        p = 'PaymentOptionList'
        v = o.PaymentOptionList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_66(w, v, st)
        p = 'ChargeService'
        v = o.ChargeService
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_40(w, v, st)
        p = 'ServiceList'
        v = o.ServiceList
        if v is not None:
            w.bits(0, 2)
            s = 4
            e_77(w, v, st)
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


def d_29(r, st, cls):
    f_ResponseCode = None
    f_PaymentOptionList = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'PaymentOptionList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_66(r, st, _m_iso2_msg_data_types.PaymentOptionListType)
        f_PaymentOptionList = v
        s = 3
        p = 'ChargeService'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_40(r, st, _m_iso2_msg_data_types.ChargeServiceType)
        f_ChargeService = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'ServiceList'
            v = d_77(r, st, _m_iso2_msg_data_types.ServiceListType)
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
    o.PaymentOptionList = f_PaymentOptionList
    o.ChargeService = f_ChargeService
    o.ServiceList = f_ServiceList
    return o


# {urn:iso:15118:2:2013:MsgBody}SessionSetupReqType


def e_30(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVCCID'
        v = o.EVCCID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, None, 6, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_30(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVCCID', from_hex, b'')
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


# {urn:iso:15118:2:2013:MsgBody}SessionSetupResType


def e_31(w, o, st):
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
        w.chars_el(v, 7, 37, 0, 1)
        p = 'EVSETimeStamp'
        v = o.EVSETimeStamp
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


def d_31(r, st, cls):
    f_ResponseCode = None
    f_EVSEID = None
    f_EVSETimeStamp = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'EVSEID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSEID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgBody}EVSEID')
        f_EVSEID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'EVSETimeStamp'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}EVSETimeStamp', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:long')
            f_EVSETimeStamp = v
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
    o.EVSETimeStamp = f_EVSETimeStamp
    return o


# {urn:iso:15118:2:2013:MsgBody}SessionStopReqType


def e_32(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ChargingSession'
        v = o.ChargingSession
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_6, v, p)
        w.bits(0 | (x << 1), 4)
        s = 1
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_32(r, st, cls):
    f_ChargingSession = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ChargingSession'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ChargingSession', _m_iso2_msg_data_types.chargingSessionType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_6[((c >> 1) & 1)]
        f_ChargingSession = v
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
    o.ChargingSession = f_ChargingSession
    return o


# {urn:iso:15118:2:2013:MsgBody}SessionStopResType


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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
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


# {urn:iso:15118:2:2013:MsgBody}WeldingDetectionReqType


def e_34(w, o, st):
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
        e_49(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_34(r, st, cls):
    f_DC_EVStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'DC_EVStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_49(r, st, _m_iso2_msg_data_types.DC_EVStatusType)
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


# {urn:iso:15118:2:2013:MsgBody}WeldingDetectionResType


def e_35(w, o, st):
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
        e_48(w, v, st)
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_67(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_35(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgBody}ResponseCode', _m_iso2_msg_data_types.responseCodeType)
        else:
            if ((c >> 1) & 31) >= 26:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 31)]
        f_ResponseCode = v
        s = 2
        p = 'DC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_48(r, st, _m_iso2_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 3
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
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


# {urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameterType


def e_36(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 3)
        p = 'EAmount'
        v = o.EAmount
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
        e_67(w, v, st)
        p = 'EVMaxVoltage'
        v = o.EVMaxVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_67(w, v, st)
        p = 'EVMaxCurrent'
        v = o.EVMaxCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_67(w, v, st)
        p = 'EVMinCurrent'
        v = o.EVMinCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_67(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_36(r, st, cls):
    f_DepartureTime = None
    f_EAmount = None
    f_EVMaxVoltage = None
    f_EVMaxCurrent = None
    f_EVMinCurrent = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'DepartureTime'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}DepartureTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_DepartureTime = v
        elif c == 1:
            s = 2
            p = 'EAmount'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EAmount = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'EAmount'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EAmount = v
        s = 3
        p = 'EVMaxVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVMaxVoltage = v
        s = 4
        p = 'EVMaxCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVMaxCurrent = v
        s = 5
        p = 'EVMinCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
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


# {urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameterType


def e_37(w, o, st):
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
        e_38(w, v, st)
        p = 'EVSENominalVoltage'
        v = o.EVSENominalVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_67(w, v, st)
        p = 'EVSEMaxCurrent'
        v = o.EVSEMaxCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_67(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_37(r, st, cls):
    f_AC_EVSEStatus = None
    f_EVSENominalVoltage = None
    f_EVSEMaxCurrent = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'AC_EVSEStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_38(r, st, _m_iso2_msg_data_types.AC_EVSEStatusType)
        f_AC_EVSEStatus = v
        s = 2
        p = 'EVSENominalVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSENominalVoltage = v
        s = 3
        p = 'EVSEMaxCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSEMaxCurrent = v
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
    o.EVSENominalVoltage = f_EVSENominalVoltage
    o.EVSEMaxCurrent = f_EVSEMaxCurrent
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatusType


def e_38(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'NotificationMaxDelay'
        v = o.NotificationMaxDelay
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'EVSENotification'
        v = o.EVSENotification
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_7, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'RCD'
        v = o.RCD
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
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


def d_38(r, st, cls):
    f_NotificationMaxDelay = None
    f_EVSENotification = None
    f_RCD = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'NotificationMaxDelay'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}NotificationMaxDelay', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_NotificationMaxDelay = v
        s = 2
        p = 'EVSENotification'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVSENotification', _m_iso2_msg_data_types.EVSENotificationType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_7[((c >> 1) & 3)]
        f_EVSENotification = v
        s = 3
        p = 'RCD'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}RCD', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_RCD = v
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
    o.NotificationMaxDelay = f_NotificationMaxDelay
    o.EVSENotification = f_EVSENotification
    o.RCD = f_RCD
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}CertificateChainType


def e_39(w, o, st):
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
            st.write(w, '{urn:iso:15118:2:2013:MsgDataTypes}Id', v)
        p = 'Certificate'
        v = o.Certificate
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
        w.binary_el(v, None, 800)
        p = 'SubCertificates'
        v = o.SubCertificates
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_80(w, v, st)
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


def d_39(r, st, cls):
    f_Id = None
    f_Certificate = None
    f_SubCertificates = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:15118:2:2013:MsgDataTypes}Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'Certificate'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}Certificate', from_base64, b'')
            else:
                v = r.binary_ee()
            f_Certificate = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'Certificate'
            c = r.bits(2)
            if c:
                if c != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}Certificate', from_base64, b'')
            else:
                v = r.binary_ee()
            f_Certificate = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SubCertificates'
            v = d_80(r, st, _m_iso2_msg_data_types.SubCertificatesType)
            f_SubCertificates = v
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
    o.Id = f_Id
    o.Certificate = f_Certificate
    o.SubCertificates = f_SubCertificates
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}ChargeServiceType


def e_40(w, o, st):
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
        x = enum_index(EIDX_5, v, p)
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
            w.chars_el(v, None, 64, 0, 2)
        p = 'FreeService'
        v = o.FreeService
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        if s == 3:
            w.bits(8 | (x << 1), 5)
            s = 5
        elif s == 4:
            w.bits(0 | (x << 1), 4)
            s = 5
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'SupportedEnergyTransferMode'
        v = o.SupportedEnergyTransferMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        e_81(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_40(r, st, cls):
    f_ServiceID = None
    f_ServiceName = None
    f_ServiceCategory = None
    f_ServiceScope = None
    f_FreeService = None
    f_SupportedEnergyTransferMode = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'ServiceName'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceName', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceName')
            f_ServiceName = v
        elif c == 1:
            s = 3
            p = 'ServiceCategory'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceCategory', _m_iso2_msg_data_types.serviceCategoryType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_5[((c >> 1) & 3)]
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceCategory', _m_iso2_msg_data_types.serviceCategoryType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_5[((c >> 1) & 3)]
            f_ServiceCategory = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'ServiceScope'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceScope', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceScope')
            f_ServiceScope = v
        elif c == 1:
            s = 5
            p = 'FreeService'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FreeService', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_FreeService = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'FreeService'
            c = r.bits(4)
            if c & 13:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FreeService', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_FreeService = v
        s = 6
        p = 'SupportedEnergyTransferMode'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_81(r, st, _m_iso2_msg_data_types.SupportedEnergyTransferModeType)
        f_SupportedEnergyTransferMode = v
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
    o.FreeService = f_FreeService
    o.SupportedEnergyTransferMode = f_SupportedEnergyTransferMode
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileType


def e_41(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ProfileEntry'
        v = o.ProfileEntry
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 24:
            raise EXIEncodeError([], 'more than 24 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_68(w, v, st)
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


def d_41(r, st, cls):
    f_ProfileEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ProfileEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_68(r, st, _m_iso2_msg_data_types.ProfileEntryType)
        if len(f_ProfileEntry) >= 24:
            raise EXIDecodeError(r.pos, [], 'more than 24 items')
        f_ProfileEntry.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'ProfileEntry'
                v = d_68(r, st, _m_iso2_msg_data_types.ProfileEntryType)
                if len(f_ProfileEntry) >= 24:
                    raise EXIDecodeError(r.pos, [], 'more than 24 items')
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
    o.ProfileEntry = f_ProfileEntry
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}ConsumptionCostType


def e_42(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'startValue'
        v = o.startValue
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_67(w, v, st)
        p = 'Cost'
        v = o.Cost
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 3:
            raise EXIEncodeError([], 'more than 3 items')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
                cnt = 2
            elif s == 2:
                w.bits(0, 2)
                s = 3
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_44(w, v, st)
        p = ''
        if s == 2:
            w.bits(1, 2)
        elif s == 3:
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


def d_42(r, st, cls):
    f_startValue = None
    f_Cost = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'startValue'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_startValue = v
        s = 2
        cnt = 2
        p = 'Cost'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_44(r, st, _m_iso2_msg_data_types.CostType)
        if len(f_Cost) >= 3:
            raise EXIDecodeError(r.pos, [], 'more than 3 items')
        f_Cost.append(v)
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'Cost'
            v = d_44(r, st, _m_iso2_msg_data_types.CostType)
            if len(f_Cost) >= 3:
                raise EXIDecodeError(r.pos, [], 'more than 3 items')
            f_Cost.append(v)
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'Cost'
                v = d_44(r, st, _m_iso2_msg_data_types.CostType)
                if len(f_Cost) >= 3:
                    raise EXIDecodeError(r.pos, [], 'more than 3 items')
                f_Cost.append(v)
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
    o.startValue = f_startValue
    o.Cost = f_Cost
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}ContractSignatureEncryptedPrivateKeyType


def e_43(w, o, st):
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
        st.write(w, '{urn:iso:15118:2:2013:MsgDataTypes}Id', v)
        p = 'value'
        v = o.value
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if not v:
            if s == 1:
                w.bits(8, 4)
                s = -2
            else:
                raise EXIEncodeError([], 'text not allowed here')
        else:
            if s == 1:
                w.bits(0, 1)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            check_len(v, bytes, None, 48, p)
            w.binary(v)
        p = ''
        if s != -2:
            if s == 2:
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
    f_Id = None
    f_value = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:15118:2:2013:MsgDataTypes}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        c = r.bits(1)
        if c == 0:
            s = 2
            p = 'value'
            v = r.binary()
            f_value = v
        elif c == 1 and r.bits(3) == 0:
            f_value = b''
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
    o.value = f_value
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}CostType


def e_44(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'costKind'
        v = o.costKind
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_8, v, p)
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


def d_44(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}costKind', _m_iso2_msg_data_types.costKindType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_8[((c >> 1) & 3)]
        f_costKind = v
        s = 2
        p = 'amount'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}amount', int)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}amountMultiplier', int)
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


# {urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameterType


def e_45(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 3)
        p = 'DC_EVStatus'
        v = o.DC_EVStatus
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
        e_49(w, v, st)
        p = 'EVMaximumCurrentLimit'
        v = o.EVMaximumCurrentLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_67(w, v, st)
        p = 'EVMaximumPowerLimit'
        v = o.EVMaximumPowerLimit
        if v is not None:
            w.bits(0, 2)
            s = 4
            e_67(w, v, st)
        p = 'EVMaximumVoltageLimit'
        v = o.EVMaximumVoltageLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 3:
            w.bits(1, 2)
            s = 5
        elif s == 4:
            w.bits(0, 1)
            s = 5
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_67(w, v, st)
        p = 'EVEnergyCapacity'
        v = o.EVEnergyCapacity
        if v is not None:
            w.bits(0, 3)
            s = 6
            e_67(w, v, st)
        p = 'EVEnergyRequest'
        v = o.EVEnergyRequest
        if v is not None:
            if s == 5:
                w.bits(1, 3)
                s = 7
            elif s == 6:
                w.bits(0, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_67(w, v, st)
        p = 'FullSOC'
        v = o.FullSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 5:
                w.bits(1024 | (x << 1), 12)
                s = 8
            elif s == 6:
                w.bits(512 | (x << 1), 12)
                s = 8
            elif s == 7:
                w.bits(0 | (x << 1), 11)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'BulkSOC'
        v = o.BulkSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 5:
                w.bits(1536 | (x << 1), 12)
                s = 9
            elif s == 6:
                w.bits(1024 | (x << 1), 12)
                s = 9
            elif s == 7:
                w.bits(512 | (x << 1), 11)
                s = 9
            elif s == 8:
                w.bits(0 | (x << 1), 11)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 5:
            w.bits(4, 3)
        elif s == 6:
            w.bits(3, 3)
        elif s == 7:
            w.bits(2, 2)
        elif s == 8:
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


def d_45(r, st, cls):
    f_DepartureTime = None
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
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'DepartureTime'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}DepartureTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_DepartureTime = v
        elif c == 1:
            s = 2
            p = 'DC_EVStatus'
            v = d_49(r, st, _m_iso2_msg_data_types.DC_EVStatusType)
            f_DC_EVStatus = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'DC_EVStatus'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_49(r, st, _m_iso2_msg_data_types.DC_EVStatusType)
            f_DC_EVStatus = v
        s = 3
        p = 'EVMaximumCurrentLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVMaximumCurrentLimit = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'EVMaximumPowerLimit'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVMaximumPowerLimit = v
        elif c == 1:
            s = 5
            p = 'EVMaximumVoltageLimit'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVMaximumVoltageLimit = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'EVMaximumVoltageLimit'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVMaximumVoltageLimit = v
        c = r.bits(3)
        if c == 0:
            s = 6
            p = 'EVEnergyCapacity'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVEnergyCapacity = v
        elif c == 1:
            s = 7
            p = 'EVEnergyRequest'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVEnergyRequest = v
        elif c == 2:
            s = 8
            p = 'FullSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FullSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_FullSOC = v
        elif c == 3:
            s = 9
            p = 'BulkSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}BulkSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_BulkSOC = v
        elif c == 4:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(3)
            if c == 0:
                s = 7
                p = 'EVEnergyRequest'
                v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
                f_EVEnergyRequest = v
            elif c == 1:
                s = 8
                p = 'FullSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FullSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_FullSOC = v
            elif c == 2:
                s = 9
                p = 'BulkSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}BulkSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_BulkSOC = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'FullSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FullSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_FullSOC = v
            elif c == 1:
                s = 9
                p = 'BulkSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}BulkSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_BulkSOC = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'BulkSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}BulkSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_BulkSOC = v
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
    o.DepartureTime = f_DepartureTime
    o.DC_EVStatus = f_DC_EVStatus
    o.EVMaximumCurrentLimit = f_EVMaximumCurrentLimit
    o.EVMaximumPowerLimit = f_EVMaximumPowerLimit
    o.EVMaximumVoltageLimit = f_EVMaximumVoltageLimit
    o.EVEnergyCapacity = f_EVEnergyCapacity
    o.EVEnergyRequest = f_EVEnergyRequest
    o.FullSOC = f_FullSOC
    o.BulkSOC = f_BulkSOC
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameterType


def e_46(w, o, st):
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
        e_49(w, v, st)
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


def d_46(r, st, cls):
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
        v = d_49(r, st, _m_iso2_msg_data_types.DC_EVStatusType)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}BulkChargingComplete', to_bool)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ChargingComplete', to_bool)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ChargingComplete', to_bool)
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


# {urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameterType


def e_47(w, o, st):
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
        e_48(w, v, st)
        p = 'EVSEMaximumCurrentLimit'
        v = o.EVSEMaximumCurrentLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_67(w, v, st)
        p = 'EVSEMaximumPowerLimit'
        v = o.EVSEMaximumPowerLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_67(w, v, st)
        p = 'EVSEMaximumVoltageLimit'
        v = o.EVSEMaximumVoltageLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_67(w, v, st)
        p = 'EVSEMinimumCurrentLimit'
        v = o.EVSEMinimumCurrentLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_67(w, v, st)
        p = 'EVSEMinimumVoltageLimit'
        v = o.EVSEMinimumVoltageLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        e_67(w, v, st)
        p = 'EVSECurrentRegulationTolerance'
        v = o.EVSECurrentRegulationTolerance
        if v is not None:
            w.bits(0, 2)
            s = 7
            e_67(w, v, st)
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
        e_67(w, v, st)
        p = 'EVSEEnergyToBeDelivered'
        v = o.EVSEEnergyToBeDelivered
        if v is not None:
            w.bits(0, 2)
            s = 9
            e_67(w, v, st)
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


def d_47(r, st, cls):
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
        v = d_48(r, st, _m_iso2_msg_data_types.DC_EVSEStatusType)
        f_DC_EVSEStatus = v
        s = 2
        p = 'EVSEMaximumCurrentLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSEMaximumCurrentLimit = v
        s = 3
        p = 'EVSEMaximumPowerLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSEMaximumPowerLimit = v
        s = 4
        p = 'EVSEMaximumVoltageLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSEMaximumVoltageLimit = v
        s = 5
        p = 'EVSEMinimumCurrentLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSEMinimumCurrentLimit = v
        s = 6
        p = 'EVSEMinimumVoltageLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_EVSEMinimumVoltageLimit = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'EVSECurrentRegulationTolerance'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVSECurrentRegulationTolerance = v
        elif c == 1:
            s = 8
            p = 'EVSEPeakCurrentRipple'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVSEPeakCurrentRipple = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            s = 8
            p = 'EVSEPeakCurrentRipple'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_EVSEPeakCurrentRipple = v
        c = r.bits(2)
        if c == 0:
            s = 9
            p = 'EVSEEnergyToBeDelivered'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
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


# {urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatusType


def e_48(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'NotificationMaxDelay'
        v = o.NotificationMaxDelay
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'EVSENotification'
        v = o.EVSENotification
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_7, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'EVSEIsolationStatus'
        v = o.EVSEIsolationStatus
        if v is not None:
            x = enum_index(EIDX_9, v, p)
            w.bits(0 | (x << 1), 7)
            s = 3
        p = 'EVSEStatusCode'
        v = o.EVSEStatusCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_10, v, p)
        if s == 2:
            w.bits(64 | (x << 1), 8)
            s = 4
        elif s == 3:
            w.bits(0 | (x << 1), 7)
            s = 4
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


def d_48(r, st, cls):
    f_NotificationMaxDelay = None
    f_EVSENotification = None
    f_EVSEIsolationStatus = None
    f_EVSEStatusCode = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'NotificationMaxDelay'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}NotificationMaxDelay', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_NotificationMaxDelay = v
        s = 2
        p = 'EVSENotification'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVSENotification', _m_iso2_msg_data_types.EVSENotificationType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_7[((c >> 1) & 3)]
        f_EVSENotification = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'EVSEIsolationStatus'
            c = r.bits(5)
            if c & 17:
                if c >> 4 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 4
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVSEIsolationStatus', _m_iso2_msg_data_types.isolationLevelType)
            else:
                if ((c >> 1) & 7) >= 5:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_9[((c >> 1) & 7)]
            f_EVSEIsolationStatus = v
        elif c == 1:
            s = 4
            p = 'EVSEStatusCode'
            c = r.bits(6)
            if c & 33:
                if c >> 5 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 5
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusCode', _m_iso2_msg_data_types.DC_EVSEStatusCodeType)
            else:
                if ((c >> 1) & 15) >= 12:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_10[((c >> 1) & 15)]
            f_EVSEStatusCode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVSEStatusCode'
            c = r.bits(7)
            if c & 97:
                if c >> 5 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 5
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusCode', _m_iso2_msg_data_types.DC_EVSEStatusCodeType)
            else:
                if ((c >> 1) & 15) >= 12:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_10[((c >> 1) & 15)]
            f_EVSEStatusCode = v
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
    o.NotificationMaxDelay = f_NotificationMaxDelay
    o.EVSENotification = f_EVSENotification
    o.EVSEIsolationStatus = f_EVSEIsolationStatus
    o.EVSEStatusCode = f_EVSEStatusCode
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatusType


def e_49(w, o, st):
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
        p = 'EVErrorCode'
        v = o.EVErrorCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_11, v, p)
        w.bits(0 | (x << 1), 7)
        s = 2
        p = 'EVRESSSOC'
        v = o.EVRESSSOC
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 100, p) - 0
        w.bits(0 | (x << 1), 10)
        s = 3
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_49(r, st, cls):
    f_EVReady = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVReady', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVReady = v
        s = 2
        p = 'EVErrorCode'
        c = r.bits(7)
        if c & 97:
            if c >> 5 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 5
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVErrorCode', _m_iso2_msg_data_types.DC_EVErrorCodeType)
        else:
            if ((c >> 1) & 15) >= 12:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_11[((c >> 1) & 15)]
        f_EVErrorCode = v
        s = 3
        p = 'EVRESSSOC'
        c = r.bits(10)
        if c & 769:
            if c >> 8 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 8
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVRESSSOC', int)
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
    o.EVErrorCode = f_EVErrorCode
    o.EVRESSSOC = f_EVRESSSOC
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}DiffieHellmanPublickeyType


def e_50(w, o, st):
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
        st.write(w, '{urn:iso:15118:2:2013:MsgDataTypes}Id', v)
        p = 'value'
        v = o.value
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if not v:
            if s == 1:
                w.bits(8, 4)
                s = -2
            else:
                raise EXIEncodeError([], 'text not allowed here')
        else:
            if s == 1:
                w.bits(0, 1)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            check_len(v, bytes, None, 65, p)
            w.binary(v)
        p = ''
        if s != -2:
            if s == 2:
                w.bits(0, 1)
            else:
                raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_50(r, st, cls):
    f_Id = None
    f_value = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:15118:2:2013:MsgDataTypes}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        c = r.bits(1)
        if c == 0:
            s = 2
            p = 'value'
            v = r.binary()
            f_value = v
        elif c == 1 and r.bits(3) == 0:
            f_value = b''
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
    o.value = f_value
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}EMAIDType


def e_51(w, o, st):
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
        st.write(w, '{urn:iso:15118:2:2013:MsgDataTypes}Id', v)
        p = 'value'
        v = o.value
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if not v:
            if s == 1:
                w.bits(8, 4)
                s = -2
            else:
                raise EXIEncodeError([], 'text not allowed here')
        else:
            if s == 1:
                w.bits(0, 1)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            check_len(v, str, 14, 15, p)
            st.write(w, '', v)
        p = ''
        if s != -2:
            if s == 2:
                w.bits(0, 1)
            else:
                raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_51(r, st, cls):
    f_Id = None
    f_value = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:15118:2:2013:MsgDataTypes}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        c = r.bits(1)
        if c == 0:
            s = 2
            p = 'value'
            v = st.read(r, '')
            f_value = v
        elif c == 1 and r.bits(3) == 0:
            f_value = ''
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
    o.value = f_value
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameterType


def e_52(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 3)
        p = ''
        if s == 0:
            w.bits(1, 2)
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


def d_52(r, st, cls):
    f_DepartureTime = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'DepartureTime'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}DepartureTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_DepartureTime = v
        elif c == 1:
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
    o.DepartureTime = f_DepartureTime
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameterType


def e_53(w, o, st):
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


def d_53(r, st, cls):
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


# {urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameterType


def e_54(w, o, st):
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


def d_54(r, st, cls):
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


# {urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusType


def e_55(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'NotificationMaxDelay'
        v = o.NotificationMaxDelay
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'EVSENotification'
        v = o.EVSENotification
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_7, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_55(r, st, cls):
    f_NotificationMaxDelay = None
    f_EVSENotification = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'NotificationMaxDelay'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}NotificationMaxDelay', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_NotificationMaxDelay = v
        s = 2
        p = 'EVSENotification'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EVSENotification', _m_iso2_msg_data_types.EVSENotificationType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_7[((c >> 1) & 3)]
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
    o.NotificationMaxDelay = f_NotificationMaxDelay
    o.EVSENotification = f_EVSENotification
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}EVStatusType


def e_56(w, o, st):
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


def d_56(r, st, cls):
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


# {urn:iso:15118:2:2013:MsgDataTypes}EntryType


def e_57(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TimeInterval'
        v = o.TimeInterval
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_6, v)
        if q == '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval':
            w.bits(0, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval':
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


def d_57(r, st, cls):
    f_TimeInterval = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'TimeInterval'
            v = d_69(r, st, _m_iso2_msg_data_types.RelativeTimeInterval)
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


# {urn:iso:15118:2:2013:MsgDataTypes}IntervalType


def e_58(w, o, st):
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


def d_58(r, st, cls):
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


# {urn:iso:15118:2:2013:MsgDataTypes}ListOfRootCertificateIDsType


def e_59(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'RootCertificateID'
        v = o.RootCertificateID
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 20:
            raise EXIEncodeError([], 'more than 20 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_xmldsig.e_21(w, v, st)
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


def d_59(r, st, cls):
    f_RootCertificateID = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'RootCertificateID'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_xmldsig.d_21(r, st, _m_xmldsig.X509IssuerSerialType)
        if len(f_RootCertificateID) >= 20:
            raise EXIDecodeError(r.pos, [], 'more than 20 items')
        f_RootCertificateID.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'RootCertificateID'
                v = _p_xmldsig.d_21(r, st, _m_xmldsig.X509IssuerSerialType)
                if len(f_RootCertificateID) >= 20:
                    raise EXIDecodeError(r.pos, [], 'more than 20 items')
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


# {urn:iso:15118:2:2013:MsgDataTypes}MeterInfoType


def e_60(w, o, st):
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
            s = 2
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p), 0, 4)
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
            w.binary_el(v, None, 64)
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


def d_60(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}MeterID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgDataTypes}MeterID')
        f_MeterID = v
        c = r.bits(3)
        if c == 0:
            s = 2
            p = 'MeterReading'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}MeterReading', int)
            f_MeterReading = v
        elif c == 1:
            s = 3
            p = 'SigMeterReading'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}SigMeterReading', from_base64, b'')
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}MeterStatus', int)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}TMeter', int)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}SigMeterReading', from_base64, b'')
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}MeterStatus', int)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}TMeter', int)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}MeterStatus', int)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}TMeter', int)
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
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}TMeter', int)
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


# {urn:iso:15118:2:2013:MsgDataTypes}NotificationType


def e_61(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'FaultCode'
        v = o.FaultCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_12, v, p)
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


def d_61(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FaultCode', _m_iso2_msg_data_types.faultCodeType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_12[((c >> 1) & 3)]
        f_FaultCode = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'FaultMsg'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FaultMsg', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgDataTypes}FaultMsg')
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


# {urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntryType


def e_62(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TimeInterval'
        v = o.TimeInterval
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_6, v)
        if q == '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval':
            w.bits(0, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval':
            w.bits(1, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        p = 'PMax'
        v = o.PMax
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_67(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_62(r, st, cls):
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
            v = d_69(r, st, _m_iso2_msg_data_types.RelativeTimeInterval)
            f_TimeInterval = v
        elif c == 1:
            s = 1
            p = 'TimeInterval'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'PMax'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
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


# {urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleType


def e_63(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PMaxScheduleEntry'
        v = o.PMaxScheduleEntry
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 1024:
            raise EXIEncodeError([], 'more than 1024 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_62(w, v, st)
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


def d_63(r, st, cls):
    f_PMaxScheduleEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PMaxScheduleEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_62(r, st, _m_iso2_msg_data_types.PMaxScheduleEntryType)
        if len(f_PMaxScheduleEntry) >= 1024:
            raise EXIDecodeError(r.pos, [], 'more than 1024 items')
        f_PMaxScheduleEntry.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'PMaxScheduleEntry'
                v = d_62(r, st, _m_iso2_msg_data_types.PMaxScheduleEntryType)
                if len(f_PMaxScheduleEntry) >= 1024:
                    raise EXIDecodeError(r.pos, [], 'more than 1024 items')
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
    o.PMaxScheduleEntry = f_PMaxScheduleEntry
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}ParameterSetType


def e_64(w, o, st):
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
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
            elif s == 2:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_65(w, v, st)
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


def d_64(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSetID', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_ParameterSetID = v
        s = 2
        p = 'Parameter'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_65(r, st, _m_iso2_msg_data_types.ParameterType)
        if len(f_Parameter) >= 16:
            raise EXIDecodeError(r.pos, [], 'more than 16 items')
        f_Parameter.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'Parameter'
                v = d_65(r, st, _m_iso2_msg_data_types.ParameterType)
                if len(f_Parameter) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
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


# {urn:iso:15118:2:2013:MsgDataTypes}ParameterType


def e_65(w, o, st):
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
        st.write(w, '{urn:iso:15118:2:2013:MsgDataTypes}Name', v)
        p = 'boolValue'
        v = o.boolValue
        if v is not None:
            x = check_bool(v, p)
            w.bits(0 | (x << 1), 6)
            s = 2
        p = 'byteValue'
        v = o.byteValue
        if v is not None:
            x = check_int(v, -128, 127, p) - -128
            if s == 1:
                w.bits(1024 | (x << 1), 13)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'shortValue'
        v = o.shortValue
        if v is not None:
            if s == 1:
                w.bits(4, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
        p = 'intValue'
        v = o.intValue
        if v is not None:
            if s == 1:
                w.bits(6, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -2147483648 <= v and v <= 2147483647 else check_int(v, -2147483648, 2147483647, p))
        p = 'physicalValue'
        v = o.physicalValue
        if v is not None:
            if s == 1:
                w.bits(4, 3)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_67(w, v, st)
        p = 'stringValue'
        v = o.stringValue
        if v is not None:
            if s == 1:
                w.bits(5, 3)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, None)
        p = ''
        if s == 2:
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
    f_Name = None
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
            v = st.read(r, '{urn:iso:15118:2:2013:MsgDataTypes}Name')
            f_Name = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        c = r.bits(3)
        if c == 0:
            s = 2
            p = 'boolValue'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}boolValue', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_boolValue = v
        elif c == 1:
            s = 2
            p = 'byteValue'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}byteValue', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 255) + -128
            f_byteValue = v
        elif c == 2:
            s = 2
            p = 'shortValue'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}shortValue', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_shortValue = v
        elif c == 3:
            s = 2
            p = 'intValue'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}intValue', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:int')
            f_intValue = v
        elif c == 4:
            s = 2
            p = 'physicalValue'
            v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
            f_physicalValue = v
        elif c == 5:
            s = 2
            p = 'stringValue'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}stringValue', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgDataTypes}stringValue')
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
    o.boolValue = f_boolValue
    o.byteValue = f_byteValue
    o.shortValue = f_shortValue
    o.intValue = f_intValue
    o.physicalValue = f_physicalValue
    o.stringValue = f_stringValue
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}PaymentOptionListType


def e_66(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PaymentOption'
        v = o.PaymentOption
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 2:
            raise EXIEncodeError([], 'more than 2 items')
        for v in v:
            x = enum_index(EIDX_3, v, p)
            if s == 0:
                w.bits(0 | (x << 1), 4)
                s = 1
            elif s == 1:
                w.bits(0 | (x << 1), 5)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
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


def d_66(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}PaymentOption', _m_iso2_msg_data_types.paymentOptionType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_3[((c >> 1) & 1)]
        if len(f_PaymentOption) >= 2:
            raise EXIDecodeError(r.pos, [], 'more than 2 items')
        f_PaymentOption.append(v)
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'PaymentOption'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}PaymentOption', _m_iso2_msg_data_types.paymentOptionType)
            else:
                if ((c >> 1) & 1) >= 2:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_3[((c >> 1) & 1)]
            if len(f_PaymentOption) >= 2:
                raise EXIDecodeError(r.pos, [], 'more than 2 items')
            f_PaymentOption.append(v)
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
    o.PaymentOption = f_PaymentOption
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}PhysicalValueType


def e_67(w, o, st):
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
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_13, v, p)
        w.bits(0 | (x << 1), 6)
        s = 2
        p = 'Value'
        v = o.Value
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_67(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}Multiplier', int)
            if not -128 <= v <= 127:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
        else:
            v = ((c >> 1) & 7) + -3
        f_Multiplier = v
        s = 2
        p = 'Unit'
        c = r.bits(6)
        if c & 49:
            if c >> 4 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 4
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}Unit', _m_iso2_msg_data_types.unitSymbolType)
        else:
            if ((c >> 1) & 7) >= 7:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_13[((c >> 1) & 7)]
        f_Unit = v
        s = 3
        p = 'Value'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}Value', int)
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


# {urn:iso:15118:2:2013:MsgDataTypes}ProfileEntryType


def e_68(w, o, st):
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
        w.bits(0, 1)
        s = 2
        e_67(w, v, st)
        p = 'ChargingProfileEntryMaxNumberOfPhasesInUse'
        v = o.ChargingProfileEntryMaxNumberOfPhasesInUse
        if v is not None:
            x = check_int(v, 1, 3, p) - 1
            w.bits(0 | (x << 1), 6)
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


def d_68(r, st, cls):
    f_ChargingProfileEntryStart = None
    f_ChargingProfileEntryMaxPower = None
    f_ChargingProfileEntryMaxNumberOfPhasesInUse = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryStart', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_ChargingProfileEntryStart = v
        s = 2
        p = 'ChargingProfileEntryMaxPower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_67(r, st, _m_iso2_msg_data_types.PhysicalValueType)
        f_ChargingProfileEntryMaxPower = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'ChargingProfileEntryMaxNumberOfPhasesInUse'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryMaxNumberOfPhasesInUse', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 3) + 1
            f_ChargingProfileEntryMaxNumberOfPhasesInUse = v
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
    o.ChargingProfileEntryStart = f_ChargingProfileEntryStart
    o.ChargingProfileEntryMaxPower = f_ChargingProfileEntryMaxPower
    o.ChargingProfileEntryMaxNumberOfPhasesInUse = f_ChargingProfileEntryMaxNumberOfPhasesInUse
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeIntervalType


def e_69(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'start'
        v = o.start
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 16777214 else check_int(v, 0, 16777214, p), 0, 2)
        p = 'duration'
        v = o.duration
        if v is not None:
            s = 2
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 86400 else check_int(v, 0, 86400, p), 0, 3)
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


def d_69(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}start', int)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}duration', int)
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


# {urn:iso:15118:2:2013:MsgDataTypes}SAScheduleListType


def e_70(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SAScheduleTuple'
        v = o.SAScheduleTuple
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 3:
            raise EXIEncodeError([], 'more than 3 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
                cnt = 2
            elif s == 1:
                w.bits(0, 2)
                s = 2
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_71(w, v, st)
        p = ''
        if s == 1:
            w.bits(1, 2)
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


def d_70(r, st, cls):
    f_SAScheduleTuple = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 2
        p = 'SAScheduleTuple'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_71(r, st, _m_iso2_msg_data_types.SAScheduleTupleType)
        if len(f_SAScheduleTuple) >= 3:
            raise EXIDecodeError(r.pos, [], 'more than 3 items')
        f_SAScheduleTuple.append(v)
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'SAScheduleTuple'
            v = d_71(r, st, _m_iso2_msg_data_types.SAScheduleTupleType)
            if len(f_SAScheduleTuple) >= 3:
                raise EXIDecodeError(r.pos, [], 'more than 3 items')
            f_SAScheduleTuple.append(v)
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'SAScheduleTuple'
                v = d_71(r, st, _m_iso2_msg_data_types.SAScheduleTupleType)
                if len(f_SAScheduleTuple) >= 3:
                    raise EXIDecodeError(r.pos, [], 'more than 3 items')
                f_SAScheduleTuple.append(v)
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
    o.SAScheduleTuple = f_SAScheduleTuple
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTupleType


def e_71(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SAScheduleTupleID'
        v = o.SAScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 1, 255, p) - 1
        w.bits(0 | (x << 1), 11)
        s = 1
        p = 'PMaxSchedule'
        v = o.PMaxSchedule
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_63(w, v, st)
        p = 'SalesTariff'
        v = o.SalesTariff
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_74(w, v, st)
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


def d_71(r, st, cls):
    f_SAScheduleTupleID = None
    f_PMaxSchedule = None
    f_SalesTariff = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SAScheduleTupleID'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTupleID', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255) + 1
        f_SAScheduleTupleID = v
        s = 2
        p = 'PMaxSchedule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_63(r, st, _m_iso2_msg_data_types.PMaxScheduleType)
        f_PMaxSchedule = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SalesTariff'
            v = d_74(r, st, _m_iso2_msg_data_types.SalesTariffType)
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


# {urn:iso:15118:2:2013:MsgDataTypes}SASchedulesType


def e_72(w, o, st):
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


def d_72(r, st, cls):
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


# {urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntryType


def e_73(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TimeInterval'
        v = o.TimeInterval
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_6, v)
        if q == '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval':
            w.bits(0, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval':
            w.bits(1, 2)
            s = 1
            ELEMENT_ENCODERS[q](w, v, st)
        p = 'EPriceLevel'
        v = o.EPriceLevel
        if v is not None:
            x = check_int(v, 0, 255, p) - 0
            w.bits(0 | (x << 1), 12)
            s = 2
            cnt = 3
        p = 'ConsumptionCost'
        v = o.ConsumptionCost
        if len(v) > 3:
            raise EXIEncodeError([], 'more than 3 items')
        for v in v:
            if s == 1:
                w.bits(1, 2)
                s = 2
                cnt = 2
            elif s == 2:
                w.bits(0, 2)
                cnt -= 1
                s = 3 if cnt == 1 else 2
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_42(w, v, st)
        p = ''
        if s == 1:
            w.bits(2, 2)
        elif s == 2:
            w.bits(1, 2)
        elif s == 3:
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


def d_73(r, st, cls):
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
            v = d_69(r, st, _m_iso2_msg_data_types.RelativeTimeInterval)
            f_TimeInterval = v
        elif c == 1:
            s = 1
            p = 'TimeInterval'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        c = r.bits(2)
        if c == 0:
            s = 2
            cnt = 3
            p = 'EPriceLevel'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EPriceLevel', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255)
            f_EPriceLevel = v
        elif c == 1:
            s = 2
            cnt = 2
            p = 'ConsumptionCost'
            v = d_42(r, st, _m_iso2_msg_data_types.ConsumptionCostType)
            if len(f_ConsumptionCost) >= 3:
                raise EXIDecodeError(r.pos, [], 'more than 3 items')
            f_ConsumptionCost.append(v)
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 2:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 3 if cnt == 1 else 2
                p = 'ConsumptionCost'
                v = d_42(r, st, _m_iso2_msg_data_types.ConsumptionCostType)
                if len(f_ConsumptionCost) >= 3:
                    raise EXIDecodeError(r.pos, [], 'more than 3 items')
                f_ConsumptionCost.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'ConsumptionCost'
                v = d_42(r, st, _m_iso2_msg_data_types.ConsumptionCostType)
                if len(f_ConsumptionCost) >= 3:
                    raise EXIDecodeError(r.pos, [], 'more than 3 items')
                f_ConsumptionCost.append(v)
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
    o.TimeInterval = f_TimeInterval
    o.EPriceLevel = f_EPriceLevel
    o.ConsumptionCost = f_ConsumptionCost
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}SalesTariffType


def e_74(w, o, st):
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
            st.write(w, '{urn:iso:15118:2:2013:MsgDataTypes}Id', v)
        p = 'SalesTariffID'
        v = o.SalesTariffID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 1, 255, p) - 1
        if s == 0:
            w.bits(1024 | (x << 1), 12)
            s = 2
        elif s == 1:
            w.bits(0 | (x << 1), 11)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'SalesTariffDescription'
        v = o.SalesTariffDescription
        if v is not None:
            s = 3
            w.chars_el(v, None, 32, 0, 2)
        p = 'NumEPriceLevels'
        v = o.NumEPriceLevels
        if v is not None:
            x = check_int(v, 0, 255, p) - 0
            if s == 2:
                w.bits(1024 | (x << 1), 12)
                s = 4
            elif s == 3:
                w.bits(0 | (x << 1), 12)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'SalesTariffEntry'
        v = o.SalesTariffEntry
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 1024:
            raise EXIEncodeError([], 'more than 1024 items')
        for v in v:
            if s == 2:
                w.bits(2, 2)
                s = 5
            elif s == 3:
                w.bits(1, 2)
                s = 5
            elif s == 4:
                w.bits(0, 1)
                s = 5
            elif s == 5:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_73(w, v, st)
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


def d_74(r, st, cls):
    f_Id = None
    f_SalesTariffID = None
    f_SalesTariffDescription = None
    f_NumEPriceLevels = None
    f_SalesTariffEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:15118:2:2013:MsgDataTypes}Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'SalesTariffID'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffID', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255) + 1
            f_SalesTariffID = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'SalesTariffID'
            c = r.bits(11)
            if c & 1537:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffID', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255) + 1
            f_SalesTariffID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SalesTariffDescription'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffDescription', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffDescription')
            f_SalesTariffDescription = v
        elif c == 1:
            s = 4
            p = 'NumEPriceLevels'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}NumEPriceLevels', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255)
            f_NumEPriceLevels = v
        elif c == 2:
            s = 5
            p = 'SalesTariffEntry'
            v = d_73(r, st, _m_iso2_msg_data_types.SalesTariffEntryType)
            if len(f_SalesTariffEntry) >= 1024:
                raise EXIDecodeError(r.pos, [], 'more than 1024 items')
            f_SalesTariffEntry.append(v)
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'NumEPriceLevels'
                c = r.bits(10)
                if c & 513:
                    if c >> 9 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 9
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}NumEPriceLevels', int)
                    if not -32768 <= v <= 32767:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
                else:
                    v = ((c >> 1) & 255)
                f_NumEPriceLevels = v
            elif c == 1:
                s = 5
                p = 'SalesTariffEntry'
                v = d_73(r, st, _m_iso2_msg_data_types.SalesTariffEntryType)
                if len(f_SalesTariffEntry) >= 1024:
                    raise EXIDecodeError(r.pos, [], 'more than 1024 items')
                f_SalesTariffEntry.append(v)
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'SalesTariffEntry'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_73(r, st, _m_iso2_msg_data_types.SalesTariffEntryType)
            if len(f_SalesTariffEntry) >= 1024:
                raise EXIDecodeError(r.pos, [], 'more than 1024 items')
            f_SalesTariffEntry.append(v)
        while s == 5:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'SalesTariffEntry'
                v = d_73(r, st, _m_iso2_msg_data_types.SalesTariffEntryType)
                if len(f_SalesTariffEntry) >= 1024:
                    raise EXIDecodeError(r.pos, [], 'more than 1024 items')
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


# {urn:iso:15118:2:2013:MsgDataTypes}SelectedServiceListType


def e_75(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SelectedService'
        v = o.SelectedService
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_76(w, v, st)
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


def d_75(r, st, cls):
    f_SelectedService = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SelectedService'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_76(r, st, _m_iso2_msg_data_types.SelectedServiceType)
        if len(f_SelectedService) >= 16:
            raise EXIDecodeError(r.pos, [], 'more than 16 items')
        f_SelectedService.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'SelectedService'
                v = d_76(r, st, _m_iso2_msg_data_types.SelectedServiceType)
                if len(f_SelectedService) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
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


# {urn:iso:15118:2:2013:MsgDataTypes}SelectedServiceType


def e_76(w, o, st):
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


def d_76(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceID', int)
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSetID', int)
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


# {urn:iso:15118:2:2013:MsgDataTypes}ServiceListType


def e_77(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Service'
        v = o.Service
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 8:
            raise EXIEncodeError([], 'more than 8 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
                cnt = 7
            elif s == 1:
                w.bits(0, 2)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_79(w, v, st)
        p = ''
        if s == 1:
            w.bits(1, 2)
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


def d_77(r, st, cls):
    f_Service = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 7
        p = 'Service'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_79(r, st, _m_iso2_msg_data_types.ServiceType)
        if len(f_Service) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_Service.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'Service'
                v = d_79(r, st, _m_iso2_msg_data_types.ServiceType)
                if len(f_Service) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_Service.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'Service'
                v = d_79(r, st, _m_iso2_msg_data_types.ServiceType)
                if len(f_Service) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_Service.append(v)
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
    o.Service = f_Service
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}ServiceParameterListType


def e_78(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ParameterSet'
        v = o.ParameterSet
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 255:
            raise EXIEncodeError([], 'more than 255 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_64(w, v, st)
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


def d_78(r, st, cls):
    f_ParameterSet = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ParameterSet'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_64(r, st, _m_iso2_msg_data_types.ParameterSetType)
        if len(f_ParameterSet) >= 255:
            raise EXIDecodeError(r.pos, [], 'more than 255 items')
        f_ParameterSet.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'ParameterSet'
                v = d_64(r, st, _m_iso2_msg_data_types.ParameterSetType)
                if len(f_ParameterSet) >= 255:
                    raise EXIDecodeError(r.pos, [], 'more than 255 items')
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


# {urn:iso:15118:2:2013:MsgDataTypes}ServiceType


def e_79(w, o, st):
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
        x = enum_index(EIDX_5, v, p)
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
            w.chars_el(v, None, 64, 0, 2)
        p = 'FreeService'
        v = o.FreeService
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        if s == 3:
            w.bits(8 | (x << 1), 5)
            s = 5
        elif s == 4:
            w.bits(0 | (x << 1), 4)
            s = 5
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


def d_79(r, st, cls):
    f_ServiceID = None
    f_ServiceName = None
    f_ServiceCategory = None
    f_ServiceScope = None
    f_FreeService = None
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'ServiceName'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceName', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceName')
            f_ServiceName = v
        elif c == 1:
            s = 3
            p = 'ServiceCategory'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceCategory', _m_iso2_msg_data_types.serviceCategoryType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_5[((c >> 1) & 3)]
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
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceCategory', _m_iso2_msg_data_types.serviceCategoryType)
            else:
                if ((c >> 1) & 3) >= 4:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_5[((c >> 1) & 3)]
            f_ServiceCategory = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'ServiceScope'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceScope', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:15118:2:2013:MsgDataTypes}ServiceScope')
            f_ServiceScope = v
        elif c == 1:
            s = 5
            p = 'FreeService'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FreeService', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_FreeService = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'FreeService'
            c = r.bits(4)
            if c & 13:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}FreeService', to_bool)
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
    o.ServiceID = f_ServiceID
    o.ServiceName = f_ServiceName
    o.ServiceCategory = f_ServiceCategory
    o.ServiceScope = f_ServiceScope
    o.FreeService = f_FreeService
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}SubCertificatesType


def e_80(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Certificate'
        v = o.Certificate
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 4:
            raise EXIEncodeError([], 'more than 4 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
                cnt = 3
            elif s == 1:
                w.bits(0, 2)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 800)
        p = ''
        if s == 1:
            w.bits(1, 2)
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
    f_Certificate = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 3
        p = 'Certificate'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}Certificate', from_base64, b'')
        else:
            v = r.binary_ee()
        if len(f_Certificate) >= 4:
            raise EXIDecodeError(r.pos, [], 'more than 4 items')
        f_Certificate.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'Certificate'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}Certificate', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_Certificate) >= 4:
                    raise EXIDecodeError(r.pos, [], 'more than 4 items')
                f_Certificate.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'Certificate'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}Certificate', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_Certificate) >= 4:
                    raise EXIDecodeError(r.pos, [], 'more than 4 items')
                f_Certificate.append(v)
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
    o.Certificate = f_Certificate
    return o


# {urn:iso:15118:2:2013:MsgDataTypes}SupportedEnergyTransferModeType


def e_81(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EnergyTransferMode'
        v = o.EnergyTransferMode
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 6:
            raise EXIEncodeError([], 'more than 6 items')
        for v in v:
            x = enum_index(EIDX_2, v, p)
            if s == 0:
                w.bits(0 | (x << 1), 6)
                s = 1
                cnt = 5
            elif s == 1:
                w.bits(0 | (x << 1), 7)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0 | (x << 1), 7)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 1:
            w.bits(1, 2)
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


def d_81(r, st, cls):
    f_EnergyTransferMode = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 5
        p = 'EnergyTransferMode'
        c = r.bits(6)
        if c & 49:
            if c >> 4 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 4
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EnergyTransferMode', _m_iso2_msg_data_types.EnergyTransferModeType)
        else:
            if ((c >> 1) & 7) >= 6:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 7)]
        if len(f_EnergyTransferMode) >= 6:
            raise EXIDecodeError(r.pos, [], 'more than 6 items')
        f_EnergyTransferMode.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'EnergyTransferMode'
                c = r.bits(5)
                if c & 17:
                    if c >> 4 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 4
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EnergyTransferMode', _m_iso2_msg_data_types.EnergyTransferModeType)
                else:
                    if ((c >> 1) & 7) >= 6:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_2[((c >> 1) & 7)]
                if len(f_EnergyTransferMode) >= 6:
                    raise EXIDecodeError(r.pos, [], 'more than 6 items')
                f_EnergyTransferMode.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EnergyTransferMode'
                c = r.bits(5)
                if c & 17:
                    if c >> 4 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 4
                    v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgDataTypes}EnergyTransferMode', _m_iso2_msg_data_types.EnergyTransferModeType)
                else:
                    if ((c >> 1) & 7) >= 6:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_2[((c >> 1) & 7)]
                if len(f_EnergyTransferMode) >= 6:
                    raise EXIDecodeError(r.pos, [], 'more than 6 items')
                f_EnergyTransferMode.append(v)
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
    o.EnergyTransferMode = f_EnergyTransferMode
    return o


# {urn:iso:15118:2:2013:MsgDef}V2G_Message#anon


def e_82(w, o, st):
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
        e_83(w, v, st)
        p = 'Body'
        v = o.Body
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_3(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_82(r, st, cls):
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
        v = d_83(r, st, _m_iso2_msg_header.MessageHeaderType)
        f_Header = v
        s = 2
        p = 'Body'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_3(r, st, _m_iso2_msg_body.BodyType)
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


# {urn:iso:15118:2:2013:MsgHeader}MessageHeaderType


def e_83(w, o, st):
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
            e_61(w, v, st)
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


def d_83(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:15118:2:2013:MsgHeader}SessionID', from_hex, b'')
        else:
            v = r.binary_ee()
        f_SessionID = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'Notification'
            v = d_61(r, st, _m_iso2_msg_data_types.NotificationType)
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
    '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq': (e_0, d_0, _m_iso2_msg_body.AuthorizationReq),
    '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes': (e_1, d_1, _m_iso2_msg_body.AuthorizationRes),
    '{urn:iso:15118:2:2013:MsgBody}BodyElement': (e_2, d_2, _m_iso2_msg_body.BodyElement),
    '{urn:iso:15118:2:2013:MsgBody}CableCheckReq': (e_4, d_4, _m_iso2_msg_body.CableCheckReq),
    '{urn:iso:15118:2:2013:MsgBody}CableCheckRes': (e_5, d_5, _m_iso2_msg_body.CableCheckRes),
    '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq': (e_6, d_6, _m_iso2_msg_body.CertificateInstallationReq),
    '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes': (e_7, d_7, _m_iso2_msg_body.CertificateInstallationRes),
    '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq': (e_8, d_8, _m_iso2_msg_body.CertificateUpdateReq),
    '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes': (e_9, d_9, _m_iso2_msg_body.CertificateUpdateRes),
    '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq': (e_10, d_10, _m_iso2_msg_body.ChargeParameterDiscoveryReq),
    '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes': (e_11, d_11, _m_iso2_msg_body.ChargeParameterDiscoveryRes),
    '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq': (e_12, d_12, _m_iso2_msg_body.ChargingStatusReq),
    '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes': (e_13, d_13, _m_iso2_msg_body.ChargingStatusRes),
    '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq': (e_14, d_14, _m_iso2_msg_body.CurrentDemandReq),
    '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes': (e_15, d_15, _m_iso2_msg_body.CurrentDemandRes),
    '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq': (e_16, d_16, _m_iso2_msg_body.MeteringReceiptReq),
    '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes': (e_17, d_17, _m_iso2_msg_body.MeteringReceiptRes),
    '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq': (e_18, d_18, _m_iso2_msg_body.PaymentDetailsReq),
    '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes': (e_19, d_19, _m_iso2_msg_body.PaymentDetailsRes),
    '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq': (e_20, d_20, _m_iso2_msg_body.PaymentServiceSelectionReq),
    '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes': (e_21, d_21, _m_iso2_msg_body.PaymentServiceSelectionRes),
    '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq': (e_22, d_22, _m_iso2_msg_body.PowerDeliveryReq),
    '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes': (e_23, d_23, _m_iso2_msg_body.PowerDeliveryRes),
    '{urn:iso:15118:2:2013:MsgBody}PreChargeReq': (e_24, d_24, _m_iso2_msg_body.PreChargeReq),
    '{urn:iso:15118:2:2013:MsgBody}PreChargeRes': (e_25, d_25, _m_iso2_msg_body.PreChargeRes),
    '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq': (e_26, d_26, _m_iso2_msg_body.ServiceDetailReq),
    '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes': (e_27, d_27, _m_iso2_msg_body.ServiceDetailRes),
    '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq': (e_28, d_28, _m_iso2_msg_body.ServiceDiscoveryReq),
    '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes': (e_29, d_29, _m_iso2_msg_body.ServiceDiscoveryRes),
    '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq': (e_30, d_30, _m_iso2_msg_body.SessionSetupReq),
    '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes': (e_31, d_31, _m_iso2_msg_body.SessionSetupRes),
    '{urn:iso:15118:2:2013:MsgBody}SessionStopReq': (e_32, d_32, _m_iso2_msg_body.SessionStopReq),
    '{urn:iso:15118:2:2013:MsgBody}SessionStopRes': (e_33, d_33, _m_iso2_msg_body.SessionStopRes),
    '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq': (e_34, d_34, _m_iso2_msg_body.WeldingDetectionReq),
    '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes': (e_35, d_35, _m_iso2_msg_body.WeldingDetectionRes),
    '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter': (e_36, d_36, _m_iso2_msg_data_types.AC_EVChargeParameter),
    '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter': (e_37, d_37, _m_iso2_msg_data_types.AC_EVSEChargeParameter),
    '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus': (e_38, d_38, _m_iso2_msg_data_types.AC_EVSEStatus),
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter': (e_45, d_45, _m_iso2_msg_data_types.DC_EVChargeParameter),
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter': (e_46, d_46, _m_iso2_msg_data_types.DC_EVPowerDeliveryParameter),
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter': (e_47, d_47, _m_iso2_msg_data_types.DC_EVSEChargeParameter),
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus': (e_48, d_48, _m_iso2_msg_data_types.DC_EVSEStatus),
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatus': (e_49, d_49, _m_iso2_msg_data_types.DC_EVStatus),
    '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter': (e_52, d_52, _m_iso2_msg_data_types.EVChargeParameter),
    '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter': (e_53, d_53, _m_iso2_msg_data_types.EVPowerDeliveryParameter),
    '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter': (e_54, d_54, _m_iso2_msg_data_types.EVSEChargeParameter),
    '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus': (e_55, d_55, _m_iso2_msg_data_types.EVSEStatus),
    '{urn:iso:15118:2:2013:MsgDataTypes}EVStatus': (e_56, d_56, _m_iso2_msg_data_types.EVStatus),
    '{urn:iso:15118:2:2013:MsgDataTypes}Entry': (e_57, d_57, _m_iso2_msg_data_types.Entry),
    '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntry': (e_62, d_62, _m_iso2_msg_data_types.PMaxScheduleEntry),
    '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval': (e_69, d_69, _m_iso2_msg_data_types.RelativeTimeInterval),
    '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList': (e_70, d_70, _m_iso2_msg_data_types.SAScheduleList),
    '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules': (e_72, d_72, _m_iso2_msg_data_types.SASchedules),
    '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntry': (e_73, d_73, _m_iso2_msg_data_types.SalesTariffEntry),
    '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval': (e_58, d_58, _m_iso2_msg_data_types.TimeInterval),
    '{urn:iso:15118:2:2013:MsgDef}V2G_Message': (e_82, d_82, _m_iso2_msg_def.V2G_Message),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:iso:15118:2:2013:MsgDef': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Target', 'Type', 'URI')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
        ('urn:iso:15118:2:2013:MsgBody', ('AC_EVSEStatus', 'AuthorizationReq', 'AuthorizationReqType', 'AuthorizationRes', 'AuthorizationResType', 'BodyBaseType', 'BodyElement', 'BodyType', 'BulkChargingComplete', 'CableCheckReq', 'CableCheckReqType', 'CableCheckRes', 'CableCheckResType', 'CertificateInstallationReq', 'CertificateInstallationReqType', 'CertificateInstallationRes', 'CertificateInstallationResType', 'CertificateUpdateReq', 'CertificateUpdateReqType', 'CertificateUpdateRes', 'CertificateUpdateResType', 'ChargeParameterDiscoveryReq', 'ChargeParameterDiscoveryReqType', 'ChargeParameterDiscoveryRes', 'ChargeParameterDiscoveryResType', 'ChargeProgress', 'ChargeService', 'ChargingComplete', 'ChargingProfile', 'ChargingSession', 'ChargingStatusReq', 'ChargingStatusReqType', 'ChargingStatusRes', 'ChargingStatusResType', 'ContractSignatureCertChain', 'ContractSignatureEncryptedPrivateKey', 'CurrentDemandReq', 'CurrentDemandReqType', 'CurrentDemandRes', 'CurrentDemandResType', 'DC_EVSEStatus', 'DC_EVStatus', 'DHpublickey', 'EVCCID', 'EVMaximumCurrentLimit', 'EVMaximumPowerLimit', 'EVMaximumVoltageLimit', 'EVSECurrentLimitAchieved', 'EVSEID', 'EVSEMaxCurrent', 'EVSEMaximumCurrentLimit', 'EVSEMaximumPowerLimit', 'EVSEMaximumVoltageLimit', 'EVSEPowerLimitAchieved', 'EVSEPresentCurrent', 'EVSEPresentVoltage', 'EVSEProcessing', 'EVSETimeStamp', 'EVSEVoltageLimitAchieved', 'EVTargetCurrent', 'EVTargetVoltage', 'GenChallenge', 'Id', 'ListOfRootCertificateIDs', 'MaxEntriesSAScheduleTuple', 'MeterInfo', 'MeteringReceiptReq', 'MeteringReceiptReqType', 'MeteringReceiptRes', 'MeteringReceiptResType', 'OEMProvisioningCert', 'PaymentDetailsReq', 'PaymentDetailsReqType', 'PaymentDetailsRes', 'PaymentDetailsResType', 'PaymentOptionList', 'PaymentServiceSelectionReq', 'PaymentServiceSelectionReqType', 'PaymentServiceSelectionRes', 'PaymentServiceSelectionResType', 'PowerDeliveryReq', 'PowerDeliveryReqType', 'PowerDeliveryRes', 'PowerDeliveryResType', 'PreChargeReq', 'PreChargeReqType', 'PreChargeRes', 'PreChargeResType', 'ReceiptRequired', 'RemainingTimeToBulkSoC', 'RemainingTimeToFullSoC', 'RequestedEnergyTransferMode', 'ResponseCode', 'RetryCounter', 'SAProvisioningCertificateChain', 'SAScheduleTupleID', 'SelectedPaymentOption', 'SelectedServiceList', 'ServiceCategory', 'ServiceDetailReq', 'ServiceDetailReqType', 'ServiceDetailRes', 'ServiceDetailResType', 'ServiceDiscoveryReq', 'ServiceDiscoveryReqType', 'ServiceDiscoveryRes', 'ServiceDiscoveryResType', 'ServiceID', 'ServiceList', 'ServiceParameterList', 'ServiceScope', 'SessionID', 'SessionSetupReq', 'SessionSetupReqType', 'SessionSetupRes', 'SessionSetupResType', 'SessionStopReq', 'SessionStopReqType', 'SessionStopRes', 'SessionStopResType', 'WeldingDetectionReq', 'WeldingDetectionReqType', 'WeldingDetectionRes', 'WeldingDetectionResType', 'eMAID')),
        ('urn:iso:15118:2:2013:MsgDataTypes', ('AC_EVChargeParameter', 'AC_EVChargeParameterType', 'AC_EVSEChargeParameter', 'AC_EVSEChargeParameterType', 'AC_EVSEStatus', 'AC_EVSEStatusType', 'BulkChargingComplete', 'BulkSOC', 'Certificate', 'CertificateChainType', 'ChargeServiceType', 'ChargingComplete', 'ChargingProfileEntryMaxNumberOfPhasesInUse', 'ChargingProfileEntryMaxPower', 'ChargingProfileEntryStart', 'ChargingProfileType', 'ConsumptionCost', 'ConsumptionCostType', 'ContractSignatureEncryptedPrivateKeyType', 'Cost', 'CostType', 'DC_EVChargeParameter', 'DC_EVChargeParameterType', 'DC_EVErrorCodeType', 'DC_EVPowerDeliveryParameter', 'DC_EVPowerDeliveryParameterType', 'DC_EVSEChargeParameter', 'DC_EVSEChargeParameterType', 'DC_EVSEStatus', 'DC_EVSEStatusCodeType', 'DC_EVSEStatusType', 'DC_EVStatus', 'DC_EVStatusType', 'DepartureTime', 'DiffieHellmanPublickeyType', 'EAmount', 'EMAIDType', 'EPriceLevel', 'EVChargeParameter', 'EVChargeParameterType', 'EVEnergyCapacity', 'EVEnergyRequest', 'EVErrorCode', 'EVMaxCurrent', 'EVMaxVoltage', 'EVMaximumCurrentLimit', 'EVMaximumPowerLimit', 'EVMaximumVoltageLimit', 'EVMinCurrent', 'EVPowerDeliveryParameter', 'EVPowerDeliveryParameterType', 'EVRESSSOC', 'EVReady', 'EVSEChargeParameter', 'EVSEChargeParameterType', 'EVSECurrentRegulationTolerance', 'EVSEEnergyToBeDelivered', 'EVSEIsolationStatus', 'EVSEMaxCurrent', 'EVSEMaximumCurrentLimit', 'EVSEMaximumPowerLimit', 'EVSEMaximumVoltageLimit', 'EVSEMinimumCurrentLimit', 'EVSEMinimumVoltageLimit', 'EVSENominalVoltage', 'EVSENotification', 'EVSENotificationType', 'EVSEPeakCurrentRipple', 'EVSEProcessingType', 'EVSEStatus', 'EVSEStatusCode', 'EVSEStatusType', 'EVStatus', 'EVStatusType', 'EnergyTransferMode', 'EnergyTransferModeType', 'Entry', 'EntryType', 'FaultCode', 'FaultMsg', 'FreeService', 'FullSOC', 'Id', 'IntervalType', 'ListOfRootCertificateIDsType', 'MeterID', 'MeterInfoType', 'MeterReading', 'MeterStatus', 'Multiplier', 'Name', 'NotificationMaxDelay', 'NotificationType', 'NumEPriceLevels', 'PMax', 'PMaxSchedule', 'PMaxScheduleEntry', 'PMaxScheduleEntryType', 'PMaxScheduleType', 'Parameter', 'ParameterSet', 'ParameterSetID', 'ParameterSetType', 'ParameterType', 'PaymentOption', 'PaymentOptionListType', 'PhysicalValueType', 'ProfileEntry', 'ProfileEntryType', 'RCD', 'RelativeTimeInterval', 'RelativeTimeIntervalType', 'RootCertificateID', 'SAIDType', 'SAScheduleList', 'SAScheduleListType', 'SAScheduleTuple', 'SAScheduleTupleID', 'SAScheduleTupleType', 'SASchedules', 'SASchedulesType', 'SalesTariff', 'SalesTariffDescription', 'SalesTariffEntry', 'SalesTariffEntryType', 'SalesTariffID', 'SalesTariffType', 'SelectedService', 'SelectedServiceListType', 'SelectedServiceType', 'Service', 'ServiceCategory', 'ServiceID', 'ServiceListType', 'ServiceName', 'ServiceParameterListType', 'ServiceScope', 'ServiceType', 'SigMeterReading', 'SubCertificates', 'SubCertificatesType', 'SupportedEnergyTransferMode', 'SupportedEnergyTransferModeType', 'TMeter', 'TimeInterval', 'Unit', 'Value', 'amount', 'amountMultiplier', 'boolValue', 'byteValue', 'certificateType', 'chargeProgressType', 'chargingSessionType', 'costKind', 'costKindType', 'dHpublickeyType', 'duration', 'eMAIDType', 'evccIDType', 'evseIDType', 'faultCodeType', 'faultMsgType', 'genChallengeType', 'intValue', 'isolationLevelType', 'maxNumPhasesType', 'meterIDType', 'meterStatusType', 'paymentOptionType', 'percentValueType', 'physicalValue', 'privateKeyType', 'responseCodeType', 'serviceCategoryType', 'serviceIDType', 'serviceNameType', 'serviceScopeType', 'sessionIDType', 'shortValue', 'sigMeterReadingType', 'start', 'startValue', 'stringValue', 'tariffDescriptionType', 'unitMultiplierType', 'unitSymbolType', 'valueType')),
        ('urn:iso:15118:2:2013:MsgDef', ('Body', 'Header', 'V2G_Message')),
        ('urn:iso:15118:2:2013:MsgHeader', ('MessageHeaderType', 'Notification', 'SessionID')),
    ),
}

# (type qname, field) -> element qnames of the substitution group that field holds
MEMBERS: dict[tuple[str, str], tuple[str, ...]] = {
    ('{urn:iso:15118:2:2013:MsgBody}BodyType', 'BodyElement'): ('{urn:iso:15118:2:2013:MsgBody}AuthorizationReq', '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes', '{urn:iso:15118:2:2013:MsgBody}BodyElement', '{urn:iso:15118:2:2013:MsgBody}CableCheckReq', '{urn:iso:15118:2:2013:MsgBody}CableCheckRes', '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq', '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes', '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq', '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes', '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq', '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes', '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq', '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes', '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq', '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes', '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq', '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes', '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq', '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes', '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq', '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes', '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq', '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes', '{urn:iso:15118:2:2013:MsgBody}PreChargeReq', '{urn:iso:15118:2:2013:MsgBody}PreChargeRes', '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq', '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes', '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq', '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes', '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq', '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes', '{urn:iso:15118:2:2013:MsgBody}SessionStopReq', '{urn:iso:15118:2:2013:MsgBody}SessionStopRes', '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq', '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes'),
    ('{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReqType', 'EVChargeParameter'): ('{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter'),
    ('{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryResType', 'SASchedules'): ('{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList', '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules'),
    ('{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryResType', 'EVSEChargeParameter'): ('{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter'),
    ('{urn:iso:15118:2:2013:MsgBody}MeteringReceiptResType', 'EVSEStatus'): ('{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus'),
    ('{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReqType', 'EVPowerDeliveryParameter'): ('{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter', '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter'),
    ('{urn:iso:15118:2:2013:MsgBody}PowerDeliveryResType', 'EVSEStatus'): ('{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus'),
    ('{urn:iso:15118:2:2013:MsgDataTypes}EntryType', 'TimeInterval'): ('{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval', '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval'),
    ('{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntryType', 'TimeInterval'): ('{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval', '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval'),
    ('{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntryType', 'TimeInterval'): ('{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval', '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval'),
}

# encoders of the substitution-group members the types above hold
ELEMENT_ENCODERS: dict[str, Callable[..., None]] = {
    '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq': e_0,
    '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes': e_1,
    '{urn:iso:15118:2:2013:MsgBody}BodyElement': e_2,
    '{urn:iso:15118:2:2013:MsgBody}CableCheckReq': e_4,
    '{urn:iso:15118:2:2013:MsgBody}CableCheckRes': e_5,
    '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq': e_6,
    '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes': e_7,
    '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq': e_8,
    '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes': e_9,
    '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq': e_10,
    '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes': e_11,
    '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq': e_12,
    '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes': e_13,
    '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq': e_14,
    '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes': e_15,
    '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq': e_16,
    '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes': e_17,
    '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq': e_18,
    '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes': e_19,
    '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq': e_20,
    '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes': e_21,
    '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq': e_22,
    '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes': e_23,
    '{urn:iso:15118:2:2013:MsgBody}PreChargeReq': e_24,
    '{urn:iso:15118:2:2013:MsgBody}PreChargeRes': e_25,
    '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq': e_26,
    '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes': e_27,
    '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq': e_28,
    '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes': e_29,
    '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq': e_30,
    '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes': e_31,
    '{urn:iso:15118:2:2013:MsgBody}SessionStopReq': e_32,
    '{urn:iso:15118:2:2013:MsgBody}SessionStopRes': e_33,
    '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq': e_34,
    '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes': e_35,
    '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter': e_36,
    '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter': e_37,
    '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus': e_38,
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter': e_45,
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter': e_46,
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter': e_47,
    '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus': e_48,
    '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter': e_52,
    '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter': e_53,
    '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter': e_54,
    '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus': e_55,
    '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval': e_69,
    '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList': e_70,
    '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules': e_72,
    '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval': e_58,
}

# namespace -> global elements of the schema set loaded for it, in EXI order
DOCUMENT_ELEMENTS = {
    'urn:iso:15118:2:2013:MsgDef': (
        '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter',
        '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter',
        '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus',
        '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq',
        '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes',
        '{urn:iso:15118:2:2013:MsgBody}BodyElement',
        '{urn:iso:15118:2:2013:MsgBody}CableCheckReq',
        '{urn:iso:15118:2:2013:MsgBody}CableCheckRes',
        '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod',
        '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq',
        '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes',
        '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq',
        '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes',
        '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq',
        '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes',
        '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq',
        '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes',
        '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq',
        '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes',
        '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter',
        '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter',
        '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter',
        '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus',
        '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatus',
        '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}DigestMethod',
        '{http://www.w3.org/2000/09/xmldsig#}DigestValue',
        '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter',
        '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter',
        '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter',
        '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus',
        '{urn:iso:15118:2:2013:MsgDataTypes}EVStatus',
        '{urn:iso:15118:2:2013:MsgDataTypes}Entry',
        '{http://www.w3.org/2000/09/xmldsig#}KeyInfo',
        '{http://www.w3.org/2000/09/xmldsig#}KeyName',
        '{http://www.w3.org/2000/09/xmldsig#}KeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}Manifest',
        '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq',
        '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes',
        '{http://www.w3.org/2000/09/xmldsig#}MgmtData',
        '{http://www.w3.org/2000/09/xmldsig#}Object',
        '{http://www.w3.org/2000/09/xmldsig#}PGPData',
        '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntry',
        '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq',
        '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes',
        '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq',
        '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes',
        '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq',
        '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes',
        '{urn:iso:15118:2:2013:MsgBody}PreChargeReq',
        '{urn:iso:15118:2:2013:MsgBody}PreChargeRes',
        '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}Reference',
        '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval',
        '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod',
        '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList',
        '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules',
        '{http://www.w3.org/2000/09/xmldsig#}SPKIData',
        '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntry',
        '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq',
        '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes',
        '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq',
        '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes',
        '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq',
        '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes',
        '{urn:iso:15118:2:2013:MsgBody}SessionStopReq',
        '{urn:iso:15118:2:2013:MsgBody}SessionStopRes',
        '{http://www.w3.org/2000/09/xmldsig#}Signature',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureValue',
        '{http://www.w3.org/2000/09/xmldsig#}SignedInfo',
        '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval',
        '{http://www.w3.org/2000/09/xmldsig#}Transform',
        '{http://www.w3.org/2000/09/xmldsig#}Transforms',
        '{urn:iso:15118:2:2013:MsgDef}V2G_Message',
        '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq',
        '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes',
        '{http://www.w3.org/2000/09/xmldsig#}X509Data',
    ),
}

# namespace -> (all element qnames of its schema set, sorted; qname -> (encoder, decoder, class)
# for the complex-typed ones declared with one type): the schema-informed fragment grammar
FRAGMENT_ELEMENTS = {
    'urn:iso:15118:2:2013:MsgDef': (
        ('{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter', '{urn:iso:15118:2:2013:MsgBody}AC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus', '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq', '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes', '{urn:iso:15118:2:2013:MsgDef}Body', '{urn:iso:15118:2:2013:MsgBody}BodyElement', '{urn:iso:15118:2:2013:MsgBody}BulkChargingComplete', '{urn:iso:15118:2:2013:MsgDataTypes}BulkChargingComplete', '{urn:iso:15118:2:2013:MsgDataTypes}BulkSOC', '{urn:iso:15118:2:2013:MsgBody}CableCheckReq', '{urn:iso:15118:2:2013:MsgBody}CableCheckRes', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{urn:iso:15118:2:2013:MsgDataTypes}Certificate', '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq', '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes', '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq', '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes', '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq', '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes', '{urn:iso:15118:2:2013:MsgBody}ChargeProgress', '{urn:iso:15118:2:2013:MsgBody}ChargeService', '{urn:iso:15118:2:2013:MsgBody}ChargingComplete', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingComplete', '{urn:iso:15118:2:2013:MsgBody}ChargingProfile', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryMaxNumberOfPhasesInUse', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryMaxPower', '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryStart', '{urn:iso:15118:2:2013:MsgBody}ChargingSession', '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq', '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes', '{urn:iso:15118:2:2013:MsgDataTypes}ConsumptionCost', '{urn:iso:15118:2:2013:MsgBody}ContractSignatureCertChain', '{urn:iso:15118:2:2013:MsgBody}ContractSignatureEncryptedPrivateKey', '{urn:iso:15118:2:2013:MsgDataTypes}Cost', '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq', '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter', '{urn:iso:15118:2:2013:MsgBody}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus', '{urn:iso:15118:2:2013:MsgBody}DC_EVStatus', '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatus', '{urn:iso:15118:2:2013:MsgBody}DHpublickey', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{urn:iso:15118:2:2013:MsgDataTypes}DepartureTime', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{urn:iso:15118:2:2013:MsgDataTypes}EAmount', '{urn:iso:15118:2:2013:MsgDataTypes}EPriceLevel', '{urn:iso:15118:2:2013:MsgBody}EVCCID', '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter', '{urn:iso:15118:2:2013:MsgDataTypes}EVEnergyCapacity', '{urn:iso:15118:2:2013:MsgDataTypes}EVEnergyRequest', '{urn:iso:15118:2:2013:MsgDataTypes}EVErrorCode', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaxCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaxVoltage', '{urn:iso:15118:2:2013:MsgBody}EVMaximumCurrentLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumCurrentLimit', '{urn:iso:15118:2:2013:MsgBody}EVMaximumPowerLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumPowerLimit', '{urn:iso:15118:2:2013:MsgBody}EVMaximumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVMinCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter', '{urn:iso:15118:2:2013:MsgDataTypes}EVRESSSOC', '{urn:iso:15118:2:2013:MsgDataTypes}EVReady', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter', '{urn:iso:15118:2:2013:MsgBody}EVSECurrentLimitAchieved', '{urn:iso:15118:2:2013:MsgDataTypes}EVSECurrentRegulationTolerance', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEEnergyToBeDelivered', '{urn:iso:15118:2:2013:MsgBody}EVSEID', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEIsolationStatus', '{urn:iso:15118:2:2013:MsgBody}EVSEMaxCurrent', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaxCurrent', '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumCurrentLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumCurrentLimit', '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumPowerLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumPowerLimit', '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMinimumCurrentLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMinimumVoltageLimit', '{urn:iso:15118:2:2013:MsgDataTypes}EVSENominalVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}EVSENotification', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEPeakCurrentRipple', '{urn:iso:15118:2:2013:MsgBody}EVSEPowerLimitAchieved', '{urn:iso:15118:2:2013:MsgBody}EVSEPresentCurrent', '{urn:iso:15118:2:2013:MsgBody}EVSEPresentVoltage', '{urn:iso:15118:2:2013:MsgBody}EVSEProcessing', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus', '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatusCode', '{urn:iso:15118:2:2013:MsgBody}EVSETimeStamp', '{urn:iso:15118:2:2013:MsgBody}EVSEVoltageLimitAchieved', '{urn:iso:15118:2:2013:MsgDataTypes}EVStatus', '{urn:iso:15118:2:2013:MsgBody}EVTargetCurrent', '{urn:iso:15118:2:2013:MsgBody}EVTargetVoltage', '{urn:iso:15118:2:2013:MsgDataTypes}EnergyTransferMode', '{urn:iso:15118:2:2013:MsgDataTypes}Entry', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{urn:iso:15118:2:2013:MsgDataTypes}FaultCode', '{urn:iso:15118:2:2013:MsgDataTypes}FaultMsg', '{urn:iso:15118:2:2013:MsgDataTypes}FreeService', '{urn:iso:15118:2:2013:MsgDataTypes}FullSOC', '{http://www.w3.org/2000/09/xmldsig#}G', '{urn:iso:15118:2:2013:MsgBody}GenChallenge', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{urn:iso:15118:2:2013:MsgDef}Header', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{urn:iso:15118:2:2013:MsgBody}ListOfRootCertificateIDs', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{urn:iso:15118:2:2013:MsgBody}MaxEntriesSAScheduleTuple', '{urn:iso:15118:2:2013:MsgDataTypes}MeterID', '{urn:iso:15118:2:2013:MsgBody}MeterInfo', '{urn:iso:15118:2:2013:MsgDataTypes}MeterReading', '{urn:iso:15118:2:2013:MsgDataTypes}MeterStatus', '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq', '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{urn:iso:15118:2:2013:MsgDataTypes}Multiplier', '{urn:iso:15118:2:2013:MsgHeader}Notification', '{urn:iso:15118:2:2013:MsgDataTypes}NotificationMaxDelay', '{urn:iso:15118:2:2013:MsgDataTypes}NumEPriceLevels', '{urn:iso:15118:2:2013:MsgBody}OEMProvisioningCert', '{http://www.w3.org/2000/09/xmldsig#}Object', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{urn:iso:15118:2:2013:MsgDataTypes}PMax', '{urn:iso:15118:2:2013:MsgDataTypes}PMaxSchedule', '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntry', '{urn:iso:15118:2:2013:MsgDataTypes}Parameter', '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSet', '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSetID', '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq', '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes', '{urn:iso:15118:2:2013:MsgDataTypes}PaymentOption', '{urn:iso:15118:2:2013:MsgBody}PaymentOptionList', '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq', '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq', '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes', '{urn:iso:15118:2:2013:MsgBody}PreChargeReq', '{urn:iso:15118:2:2013:MsgBody}PreChargeRes', '{urn:iso:15118:2:2013:MsgDataTypes}ProfileEntry', '{http://www.w3.org/2000/09/xmldsig#}Q', '{urn:iso:15118:2:2013:MsgDataTypes}RCD', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{urn:iso:15118:2:2013:MsgBody}ReceiptRequired', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval', '{urn:iso:15118:2:2013:MsgBody}RemainingTimeToBulkSoC', '{urn:iso:15118:2:2013:MsgBody}RemainingTimeToFullSoC', '{urn:iso:15118:2:2013:MsgBody}RequestedEnergyTransferMode', '{urn:iso:15118:2:2013:MsgBody}ResponseCode', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{urn:iso:15118:2:2013:MsgBody}RetryCounter', '{urn:iso:15118:2:2013:MsgDataTypes}RootCertificateID', '{urn:iso:15118:2:2013:MsgBody}SAProvisioningCertificateChain', '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList', '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTuple', '{urn:iso:15118:2:2013:MsgBody}SAScheduleTupleID', '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTupleID', '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariff', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffDescription', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntry', '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffID', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{urn:iso:15118:2:2013:MsgBody}SelectedPaymentOption', '{urn:iso:15118:2:2013:MsgDataTypes}SelectedService', '{urn:iso:15118:2:2013:MsgBody}SelectedServiceList', '{urn:iso:15118:2:2013:MsgDataTypes}Service', '{urn:iso:15118:2:2013:MsgBody}ServiceCategory', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceCategory', '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq', '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes', '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq', '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes', '{urn:iso:15118:2:2013:MsgBody}ServiceID', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceID', '{urn:iso:15118:2:2013:MsgBody}ServiceList', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceName', '{urn:iso:15118:2:2013:MsgBody}ServiceParameterList', '{urn:iso:15118:2:2013:MsgBody}ServiceScope', '{urn:iso:15118:2:2013:MsgDataTypes}ServiceScope', '{urn:iso:15118:2:2013:MsgBody}SessionID', '{urn:iso:15118:2:2013:MsgHeader}SessionID', '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq', '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes', '{urn:iso:15118:2:2013:MsgBody}SessionStopReq', '{urn:iso:15118:2:2013:MsgBody}SessionStopRes', '{urn:iso:15118:2:2013:MsgDataTypes}SigMeterReading', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{urn:iso:15118:2:2013:MsgDataTypes}SubCertificates', '{urn:iso:15118:2:2013:MsgDataTypes}SupportedEnergyTransferMode', '{urn:iso:15118:2:2013:MsgDataTypes}TMeter', '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{urn:iso:15118:2:2013:MsgDataTypes}Unit', '{urn:iso:15118:2:2013:MsgDef}V2G_Message', '{urn:iso:15118:2:2013:MsgDataTypes}Value', '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq', '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y', '{urn:iso:15118:2:2013:MsgDataTypes}amount', '{urn:iso:15118:2:2013:MsgDataTypes}amountMultiplier', '{urn:iso:15118:2:2013:MsgDataTypes}boolValue', '{urn:iso:15118:2:2013:MsgDataTypes}byteValue', '{urn:iso:15118:2:2013:MsgDataTypes}costKind', '{urn:iso:15118:2:2013:MsgDataTypes}duration', '{urn:iso:15118:2:2013:MsgBody}eMAID', '{urn:iso:15118:2:2013:MsgDataTypes}intValue', '{urn:iso:15118:2:2013:MsgDataTypes}physicalValue', '{urn:iso:15118:2:2013:MsgDataTypes}shortValue', '{urn:iso:15118:2:2013:MsgDataTypes}start', '{urn:iso:15118:2:2013:MsgDataTypes}startValue', '{urn:iso:15118:2:2013:MsgDataTypes}stringValue'),
        {
            '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVChargeParameter': (e_36, d_36, _m_iso2_msg_data_types.AC_EVChargeParameter),
            '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEChargeParameter': (e_37, d_37, _m_iso2_msg_data_types.AC_EVSEChargeParameter),
            '{urn:iso:15118:2:2013:MsgBody}AC_EVSEStatus': (e_38, d_38, _m_iso2_msg_data_types.AC_EVSEStatusType),
            '{urn:iso:15118:2:2013:MsgDataTypes}AC_EVSEStatus': (e_38, d_38, _m_iso2_msg_data_types.AC_EVSEStatus),
            '{urn:iso:15118:2:2013:MsgBody}AuthorizationReq': (e_0, d_0, _m_iso2_msg_body.AuthorizationReq),
            '{urn:iso:15118:2:2013:MsgBody}AuthorizationRes': (e_1, d_1, _m_iso2_msg_body.AuthorizationRes),
            '{urn:iso:15118:2:2013:MsgDef}Body': (e_3, d_3, _m_iso2_msg_body.BodyType),
            '{urn:iso:15118:2:2013:MsgBody}BodyElement': (e_2, d_2, _m_iso2_msg_body.BodyElement),
            '{urn:iso:15118:2:2013:MsgBody}CableCheckReq': (e_4, d_4, _m_iso2_msg_body.CableCheckReq),
            '{urn:iso:15118:2:2013:MsgBody}CableCheckRes': (e_5, d_5, _m_iso2_msg_body.CableCheckRes),
            '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (_p_xmldsig.e_0, _p_xmldsig.d_0, _m_xmldsig.CanonicalizationMethod),
            '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationReq': (e_6, d_6, _m_iso2_msg_body.CertificateInstallationReq),
            '{urn:iso:15118:2:2013:MsgBody}CertificateInstallationRes': (e_7, d_7, _m_iso2_msg_body.CertificateInstallationRes),
            '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateReq': (e_8, d_8, _m_iso2_msg_body.CertificateUpdateReq),
            '{urn:iso:15118:2:2013:MsgBody}CertificateUpdateRes': (e_9, d_9, _m_iso2_msg_body.CertificateUpdateRes),
            '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryReq': (e_10, d_10, _m_iso2_msg_body.ChargeParameterDiscoveryReq),
            '{urn:iso:15118:2:2013:MsgBody}ChargeParameterDiscoveryRes': (e_11, d_11, _m_iso2_msg_body.ChargeParameterDiscoveryRes),
            '{urn:iso:15118:2:2013:MsgBody}ChargeService': (e_40, d_40, _m_iso2_msg_data_types.ChargeServiceType),
            '{urn:iso:15118:2:2013:MsgBody}ChargingProfile': (e_41, d_41, _m_iso2_msg_data_types.ChargingProfileType),
            '{urn:iso:15118:2:2013:MsgDataTypes}ChargingProfileEntryMaxPower': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}ChargingStatusReq': (e_12, d_12, _m_iso2_msg_body.ChargingStatusReq),
            '{urn:iso:15118:2:2013:MsgBody}ChargingStatusRes': (e_13, d_13, _m_iso2_msg_body.ChargingStatusRes),
            '{urn:iso:15118:2:2013:MsgDataTypes}ConsumptionCost': (e_42, d_42, _m_iso2_msg_data_types.ConsumptionCostType),
            '{urn:iso:15118:2:2013:MsgBody}ContractSignatureCertChain': (e_39, d_39, _m_iso2_msg_data_types.CertificateChainType),
            '{urn:iso:15118:2:2013:MsgBody}ContractSignatureEncryptedPrivateKey': (e_43, d_43, _m_iso2_msg_data_types.ContractSignatureEncryptedPrivateKeyType),
            '{urn:iso:15118:2:2013:MsgDataTypes}Cost': (e_44, d_44, _m_iso2_msg_data_types.CostType),
            '{urn:iso:15118:2:2013:MsgBody}CurrentDemandReq': (e_14, d_14, _m_iso2_msg_body.CurrentDemandReq),
            '{urn:iso:15118:2:2013:MsgBody}CurrentDemandRes': (e_15, d_15, _m_iso2_msg_body.CurrentDemandRes),
            '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVChargeParameter': (e_45, d_45, _m_iso2_msg_data_types.DC_EVChargeParameter),
            '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVPowerDeliveryParameter': (e_46, d_46, _m_iso2_msg_data_types.DC_EVPowerDeliveryParameter),
            '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEChargeParameter': (e_47, d_47, _m_iso2_msg_data_types.DC_EVSEChargeParameter),
            '{urn:iso:15118:2:2013:MsgBody}DC_EVSEStatus': (e_48, d_48, _m_iso2_msg_data_types.DC_EVSEStatusType),
            '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVSEStatus': (e_48, d_48, _m_iso2_msg_data_types.DC_EVSEStatus),
            '{urn:iso:15118:2:2013:MsgBody}DC_EVStatus': (e_49, d_49, _m_iso2_msg_data_types.DC_EVStatusType),
            '{urn:iso:15118:2:2013:MsgDataTypes}DC_EVStatus': (e_49, d_49, _m_iso2_msg_data_types.DC_EVStatus),
            '{urn:iso:15118:2:2013:MsgBody}DHpublickey': (e_50, d_50, _m_iso2_msg_data_types.DiffieHellmanPublickeyType),
            '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (_p_xmldsig.e_1, _p_xmldsig.d_1, _m_xmldsig.DSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (_p_xmldsig.e_2, _p_xmldsig.d_2, _m_xmldsig.DigestMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (_p_xmldsig.es_0, _p_xmldsig.ds_0, _m_xmldsig.DigestValue),
            '{urn:iso:15118:2:2013:MsgDataTypes}EAmount': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVChargeParameter': (e_52, d_52, _m_iso2_msg_data_types.EVChargeParameter),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVEnergyCapacity': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVEnergyRequest': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVMaxCurrent': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVMaxVoltage': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVMaximumCurrentLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumCurrentLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVMaximumPowerLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumPowerLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVMaximumVoltageLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVMaximumVoltageLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVMinCurrent': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVPowerDeliveryParameter': (e_53, d_53, _m_iso2_msg_data_types.EVPowerDeliveryParameter),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEChargeParameter': (e_54, d_54, _m_iso2_msg_data_types.EVSEChargeParameter),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSECurrentRegulationTolerance': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEEnergyToBeDelivered': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVSEMaxCurrent': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaxCurrent': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumCurrentLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumCurrentLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumPowerLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumPowerLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVSEMaximumVoltageLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMaximumVoltageLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMinimumCurrentLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEMinimumVoltageLimit': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSENominalVoltage': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEPeakCurrentRipple': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVSEPresentCurrent': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVSEPresentVoltage': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVSEStatus': (e_55, d_55, _m_iso2_msg_data_types.EVSEStatus),
            '{urn:iso:15118:2:2013:MsgDataTypes}EVStatus': (e_56, d_56, _m_iso2_msg_data_types.EVStatus),
            '{urn:iso:15118:2:2013:MsgBody}EVTargetCurrent': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}EVTargetVoltage': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}Entry': (e_57, d_57, _m_iso2_msg_data_types.Entry),
            '{urn:iso:15118:2:2013:MsgDef}Header': (e_83, d_83, _m_iso2_msg_header.MessageHeaderType),
            '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (_p_xmldsig.e_3, _p_xmldsig.d_3, _m_xmldsig.KeyInfo),
            '{http://www.w3.org/2000/09/xmldsig#}KeyName': (_p_xmldsig.es_1, _p_xmldsig.ds_1, _m_xmldsig.KeyName),
            '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (_p_xmldsig.e_4, _p_xmldsig.d_4, _m_xmldsig.KeyValue),
            '{urn:iso:15118:2:2013:MsgBody}ListOfRootCertificateIDs': (e_59, d_59, _m_iso2_msg_data_types.ListOfRootCertificateIDsType),
            '{http://www.w3.org/2000/09/xmldsig#}Manifest': (_p_xmldsig.e_5, _p_xmldsig.d_5, _m_xmldsig.Manifest),
            '{urn:iso:15118:2:2013:MsgBody}MeterInfo': (e_60, d_60, _m_iso2_msg_data_types.MeterInfoType),
            '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptReq': (e_16, d_16, _m_iso2_msg_body.MeteringReceiptReq),
            '{urn:iso:15118:2:2013:MsgBody}MeteringReceiptRes': (e_17, d_17, _m_iso2_msg_body.MeteringReceiptRes),
            '{http://www.w3.org/2000/09/xmldsig#}MgmtData': (_p_xmldsig.es_2, _p_xmldsig.ds_2, _m_xmldsig.MgmtData),
            '{urn:iso:15118:2:2013:MsgHeader}Notification': (e_61, d_61, _m_iso2_msg_data_types.NotificationType),
            '{http://www.w3.org/2000/09/xmldsig#}Object': (_p_xmldsig.e_6, _p_xmldsig.d_6, _m_xmldsig.Object),
            '{http://www.w3.org/2000/09/xmldsig#}PGPData': (_p_xmldsig.e_7, _p_xmldsig.d_7, _m_xmldsig.PGPData),
            '{urn:iso:15118:2:2013:MsgDataTypes}PMax': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}PMaxSchedule': (e_63, d_63, _m_iso2_msg_data_types.PMaxScheduleType),
            '{urn:iso:15118:2:2013:MsgDataTypes}PMaxScheduleEntry': (e_62, d_62, _m_iso2_msg_data_types.PMaxScheduleEntry),
            '{urn:iso:15118:2:2013:MsgDataTypes}Parameter': (e_65, d_65, _m_iso2_msg_data_types.ParameterType),
            '{urn:iso:15118:2:2013:MsgDataTypes}ParameterSet': (e_64, d_64, _m_iso2_msg_data_types.ParameterSetType),
            '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsReq': (e_18, d_18, _m_iso2_msg_body.PaymentDetailsReq),
            '{urn:iso:15118:2:2013:MsgBody}PaymentDetailsRes': (e_19, d_19, _m_iso2_msg_body.PaymentDetailsRes),
            '{urn:iso:15118:2:2013:MsgBody}PaymentOptionList': (e_66, d_66, _m_iso2_msg_data_types.PaymentOptionListType),
            '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionReq': (e_20, d_20, _m_iso2_msg_body.PaymentServiceSelectionReq),
            '{urn:iso:15118:2:2013:MsgBody}PaymentServiceSelectionRes': (e_21, d_21, _m_iso2_msg_body.PaymentServiceSelectionRes),
            '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryReq': (e_22, d_22, _m_iso2_msg_body.PowerDeliveryReq),
            '{urn:iso:15118:2:2013:MsgBody}PowerDeliveryRes': (e_23, d_23, _m_iso2_msg_body.PowerDeliveryRes),
            '{urn:iso:15118:2:2013:MsgBody}PreChargeReq': (e_24, d_24, _m_iso2_msg_body.PreChargeReq),
            '{urn:iso:15118:2:2013:MsgBody}PreChargeRes': (e_25, d_25, _m_iso2_msg_body.PreChargeRes),
            '{urn:iso:15118:2:2013:MsgDataTypes}ProfileEntry': (e_68, d_68, _m_iso2_msg_data_types.ProfileEntryType),
            '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue': (_p_xmldsig.e_8, _p_xmldsig.d_8, _m_xmldsig.RSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}Reference': (_p_xmldsig.e_9, _p_xmldsig.d_9, _m_xmldsig.Reference),
            '{urn:iso:15118:2:2013:MsgDataTypes}RelativeTimeInterval': (e_69, d_69, _m_iso2_msg_data_types.RelativeTimeInterval),
            '{urn:iso:15118:2:2013:MsgBody}RemainingTimeToBulkSoC': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgBody}RemainingTimeToFullSoC': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod': (_p_xmldsig.e_10, _p_xmldsig.d_10, _m_xmldsig.RetrievalMethod),
            '{urn:iso:15118:2:2013:MsgDataTypes}RootCertificateID': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
            '{urn:iso:15118:2:2013:MsgBody}SAProvisioningCertificateChain': (e_39, d_39, _m_iso2_msg_data_types.CertificateChainType),
            '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleList': (e_70, d_70, _m_iso2_msg_data_types.SAScheduleList),
            '{urn:iso:15118:2:2013:MsgDataTypes}SAScheduleTuple': (e_71, d_71, _m_iso2_msg_data_types.SAScheduleTupleType),
            '{urn:iso:15118:2:2013:MsgDataTypes}SASchedules': (e_72, d_72, _m_iso2_msg_data_types.SASchedules),
            '{http://www.w3.org/2000/09/xmldsig#}SPKIData': (_p_xmldsig.e_11, _p_xmldsig.d_11, _m_xmldsig.SPKIData),
            '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariff': (e_74, d_74, _m_iso2_msg_data_types.SalesTariffType),
            '{urn:iso:15118:2:2013:MsgDataTypes}SalesTariffEntry': (e_73, d_73, _m_iso2_msg_data_types.SalesTariffEntry),
            '{urn:iso:15118:2:2013:MsgDataTypes}SelectedService': (e_76, d_76, _m_iso2_msg_data_types.SelectedServiceType),
            '{urn:iso:15118:2:2013:MsgBody}SelectedServiceList': (e_75, d_75, _m_iso2_msg_data_types.SelectedServiceListType),
            '{urn:iso:15118:2:2013:MsgDataTypes}Service': (e_79, d_79, _m_iso2_msg_data_types.ServiceType),
            '{urn:iso:15118:2:2013:MsgBody}ServiceDetailReq': (e_26, d_26, _m_iso2_msg_body.ServiceDetailReq),
            '{urn:iso:15118:2:2013:MsgBody}ServiceDetailRes': (e_27, d_27, _m_iso2_msg_body.ServiceDetailRes),
            '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryReq': (e_28, d_28, _m_iso2_msg_body.ServiceDiscoveryReq),
            '{urn:iso:15118:2:2013:MsgBody}ServiceDiscoveryRes': (e_29, d_29, _m_iso2_msg_body.ServiceDiscoveryRes),
            '{urn:iso:15118:2:2013:MsgBody}ServiceList': (e_77, d_77, _m_iso2_msg_data_types.ServiceListType),
            '{urn:iso:15118:2:2013:MsgBody}ServiceParameterList': (e_78, d_78, _m_iso2_msg_data_types.ServiceParameterListType),
            '{urn:iso:15118:2:2013:MsgBody}SessionSetupReq': (e_30, d_30, _m_iso2_msg_body.SessionSetupReq),
            '{urn:iso:15118:2:2013:MsgBody}SessionSetupRes': (e_31, d_31, _m_iso2_msg_body.SessionSetupRes),
            '{urn:iso:15118:2:2013:MsgBody}SessionStopReq': (e_32, d_32, _m_iso2_msg_body.SessionStopReq),
            '{urn:iso:15118:2:2013:MsgBody}SessionStopRes': (e_33, d_33, _m_iso2_msg_body.SessionStopRes),
            '{http://www.w3.org/2000/09/xmldsig#}Signature': (_p_xmldsig.e_15, _p_xmldsig.d_15, _m_xmldsig.Signature),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod': (_p_xmldsig.e_12, _p_xmldsig.d_12, _m_xmldsig.SignatureMethod),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties': (_p_xmldsig.e_13, _p_xmldsig.d_13, _m_xmldsig.SignatureProperties),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty': (_p_xmldsig.e_14, _p_xmldsig.d_14, _m_xmldsig.SignatureProperty),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureValue': (_p_xmldsig.e_16, _p_xmldsig.d_16, _m_xmldsig.SignatureValue),
            '{http://www.w3.org/2000/09/xmldsig#}SignedInfo': (_p_xmldsig.e_17, _p_xmldsig.d_17, _m_xmldsig.SignedInfo),
            '{urn:iso:15118:2:2013:MsgDataTypes}SubCertificates': (e_80, d_80, _m_iso2_msg_data_types.SubCertificatesType),
            '{urn:iso:15118:2:2013:MsgDataTypes}SupportedEnergyTransferMode': (e_81, d_81, _m_iso2_msg_data_types.SupportedEnergyTransferModeType),
            '{urn:iso:15118:2:2013:MsgDataTypes}TimeInterval': (e_58, d_58, _m_iso2_msg_data_types.TimeInterval),
            '{http://www.w3.org/2000/09/xmldsig#}Transform': (_p_xmldsig.e_18, _p_xmldsig.d_18, _m_xmldsig.Transform),
            '{http://www.w3.org/2000/09/xmldsig#}Transforms': (_p_xmldsig.e_19, _p_xmldsig.d_19, _m_xmldsig.Transforms),
            '{urn:iso:15118:2:2013:MsgDef}V2G_Message': (e_82, d_82, _m_iso2_msg_def.V2G_Message),
            '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionReq': (e_34, d_34, _m_iso2_msg_body.WeldingDetectionReq),
            '{urn:iso:15118:2:2013:MsgBody}WeldingDetectionRes': (e_35, d_35, _m_iso2_msg_body.WeldingDetectionRes),
            '{http://www.w3.org/2000/09/xmldsig#}X509Data': (_p_xmldsig.e_20, _p_xmldsig.d_20, _m_xmldsig.X509Data),
            '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
            '{urn:iso:15118:2:2013:MsgBody}eMAID': (ELFRAG_0.encode, ELFRAG_0.decode, _m_iso2_msg_data_types.EMAIDType),
            '{urn:iso:15118:2:2013:MsgDataTypes}physicalValue': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
            '{urn:iso:15118:2:2013:MsgDataTypes}startValue': (e_67, d_67, _m_iso2_msg_data_types.PhysicalValueType),
        },
    ),
}
