"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:iso:std:iso:15118:-20:ACDP.
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
from . import _codec_common_types as _p_common_types
from . import _codec_xmldsig as _p_xmldsig
from ..messages import acdp as _m_acdp
from ..messages import common_types as _m_common_types
from ..messages import xmldsig as _m_xmldsig

ENUM_0 = tuple(_m_acdp.electricalChargingDeviceStatusType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}
ENUM_1 = tuple(_m_common_types.responseCodeType)
EIDX_1 = {m: i for i, m in enumerate(ENUM_1)}
ENUM_2 = tuple(_m_common_types.processingType)
EIDX_2 = {m: i for i, m in enumerate(ENUM_2)}
ENUM_3 = tuple(_m_acdp.mechanicalChargingDeviceStatusType)
EIDX_3 = {m: i for i, m in enumerate(ENUM_3)}
ENUM_4 = tuple(_m_acdp.isolationStatusType)
EIDX_4 = {m: i for i, m in enumerate(ENUM_4)}
ENUM_5 = tuple(_m_acdp.cpStatusType)
EIDX_5 = {m: i for i, m in enumerate(ENUM_5)}
ENUM_6 = tuple(_m_acdp.errorCodeType)
EIDX_6 = {m: i for i, m in enumerate(ENUM_6)}


# {urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectReqType


def e_0(w, o, st):
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
        _p_common_types.e_13(w, v, st)
        p = 'EVElectricalChargingDeviceStatus'
        v = o.EVElectricalChargingDeviceStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
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


def d_0(r, st, cls):
    f_Header = None
    f_EVElectricalChargingDeviceStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_13(r, st, _m_common_types.MessageHeaderType)
        f_Header = v
        s = 2
        p = 'EVElectricalChargingDeviceStatus'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVElectricalChargingDeviceStatus', _m_acdp.electricalChargingDeviceStatusType)
        else:
            if ((c >> 1) & 3) >= 4:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 3)]
        f_EVElectricalChargingDeviceStatus = v
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
    o.EVElectricalChargingDeviceStatus = f_EVElectricalChargingDeviceStatus
    return o


# {urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectResType


def e_1(w, o, st):
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
        _p_common_types.e_13(w, v, st)
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_2, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = 'EVSEElectricalChargingDeviceStatus'
        v = o.EVSEElectricalChargingDeviceStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 5)
        s = 4
        p = 'EVSEMechanicalChargingDeviceStatus'
        v = o.EVSEMechanicalChargingDeviceStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 5)
        s = 5
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_1(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEProcessing = None
    f_EVSEElectricalChargingDeviceStatus = None
    f_EVSEMechanicalChargingDeviceStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_13(r, st, _m_common_types.MessageHeaderType)
        f_Header = v
        s = 2
        p = 'ResponseCode'
        c = r.bits(9)
        if c & 385:
            if c >> 7 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 7
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', _m_common_types.responseCodeType)
        else:
            if ((c >> 1) & 63) >= 40:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 3)]
        f_EVSEProcessing = v
        s = 4
        p = 'EVSEElectricalChargingDeviceStatus'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEElectricalChargingDeviceStatus', _m_acdp.electricalChargingDeviceStatusType)
        else:
            if ((c >> 1) & 3) >= 4:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 3)]
        f_EVSEElectricalChargingDeviceStatus = v
        s = 5
        p = 'EVSEMechanicalChargingDeviceStatus'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEMechanicalChargingDeviceStatus', _m_acdp.mechanicalChargingDeviceStatusType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_3[((c >> 1) & 3)]
        f_EVSEMechanicalChargingDeviceStatus = v
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
    o.ResponseCode = f_ResponseCode
    o.EVSEProcessing = f_EVSEProcessing
    o.EVSEElectricalChargingDeviceStatus = f_EVSEElectricalChargingDeviceStatus
    o.EVSEMechanicalChargingDeviceStatus = f_EVSEMechanicalChargingDeviceStatus
    return o


# {urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusReqType


def e_2(w, o, st):
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
        _p_common_types.e_13(w, v, st)
        p = 'EVTechnicalStatus'
        v = o.EVTechnicalStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_6(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_2(r, st, cls):
    f_Header = None
    f_EVTechnicalStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_13(r, st, _m_common_types.MessageHeaderType)
        f_Header = v
        s = 2
        p = 'EVTechnicalStatus'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_6(r, st, _m_acdp.EVTechnicalStatusType)
        f_EVTechnicalStatus = v
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
    o.EVTechnicalStatus = f_EVTechnicalStatus
    return o


# {urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusResType


def e_3(w, o, st):
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
        _p_common_types.e_13(w, v, st)
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEMechanicalChargingDeviceStatus'
        v = o.EVSEMechanicalChargingDeviceStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = 'EVSEReadyToCharge'
        v = o.EVSEReadyToCharge
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 4
        p = 'EVSEIsolationStatus'
        v = o.EVSEIsolationStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_4, v, p)
        w.bits(0 | (x << 1), 5)
        s = 5
        p = 'EVSEDisabled'
        v = o.EVSEDisabled
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 6
        p = 'EVSEUtilityInterruptEvent'
        v = o.EVSEUtilityInterruptEvent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 7
        p = 'EVSEEmergencyShutdown'
        v = o.EVSEEmergencyShutdown
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 8
        p = 'EVSEMalfunction'
        v = o.EVSEMalfunction
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 9
        p = 'EVInChargePosition'
        v = o.EVInChargePosition
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 10
        p = 'EVAssociationStatus'
        v = o.EVAssociationStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 11
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_3(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEMechanicalChargingDeviceStatus = None
    f_EVSEReadyToCharge = None
    f_EVSEIsolationStatus = None
    f_EVSEDisabled = None
    f_EVSEUtilityInterruptEvent = None
    f_EVSEEmergencyShutdown = None
    f_EVSEMalfunction = None
    f_EVInChargePosition = None
    f_EVAssociationStatus = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_13(r, st, _m_common_types.MessageHeaderType)
        f_Header = v
        s = 2
        p = 'ResponseCode'
        c = r.bits(9)
        if c & 385:
            if c >> 7 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 7
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', _m_common_types.responseCodeType)
        else:
            if ((c >> 1) & 63) >= 40:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEMechanicalChargingDeviceStatus'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEMechanicalChargingDeviceStatus', _m_acdp.mechanicalChargingDeviceStatusType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_3[((c >> 1) & 3)]
        f_EVSEMechanicalChargingDeviceStatus = v
        s = 4
        p = 'EVSEReadyToCharge'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEReadyToCharge', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEReadyToCharge = v
        s = 5
        p = 'EVSEIsolationStatus'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEIsolationStatus', _m_acdp.isolationStatusType)
        else:
            if ((c >> 1) & 3) >= 4:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_4[((c >> 1) & 3)]
        f_EVSEIsolationStatus = v
        s = 6
        p = 'EVSEDisabled'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEDisabled', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEDisabled = v
        s = 7
        p = 'EVSEUtilityInterruptEvent'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEUtilityInterruptEvent', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEUtilityInterruptEvent = v
        s = 8
        p = 'EVSEEmergencyShutdown'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEEmergencyShutdown', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEEmergencyShutdown = v
        s = 9
        p = 'EVSEMalfunction'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEMalfunction', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEMalfunction = v
        s = 10
        p = 'EVInChargePosition'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVInChargePosition', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVInChargePosition = v
        s = 11
        p = 'EVAssociationStatus'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVAssociationStatus', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVAssociationStatus = v
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
    o.ResponseCode = f_ResponseCode
    o.EVSEMechanicalChargingDeviceStatus = f_EVSEMechanicalChargingDeviceStatus
    o.EVSEReadyToCharge = f_EVSEReadyToCharge
    o.EVSEIsolationStatus = f_EVSEIsolationStatus
    o.EVSEDisabled = f_EVSEDisabled
    o.EVSEUtilityInterruptEvent = f_EVSEUtilityInterruptEvent
    o.EVSEEmergencyShutdown = f_EVSEEmergencyShutdown
    o.EVSEMalfunction = f_EVSEMalfunction
    o.EVInChargePosition = f_EVInChargePosition
    o.EVAssociationStatus = f_EVAssociationStatus
    return o


# {urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningReqType


def e_4(w, o, st):
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
        _p_common_types.e_13(w, v, st)
        p = 'EVMobilityStatus'
        v = o.EVMobilityStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 2
        p = 'EVPositioningSupport'
        v = o.EVPositioningSupport
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


def d_4(r, st, cls):
    f_Header = None
    f_EVMobilityStatus = None
    f_EVPositioningSupport = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_13(r, st, _m_common_types.MessageHeaderType)
        f_Header = v
        s = 2
        p = 'EVMobilityStatus'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVMobilityStatus', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVMobilityStatus = v
        s = 3
        p = 'EVPositioningSupport'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVPositioningSupport', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVPositioningSupport = v
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
    o.EVMobilityStatus = f_EVMobilityStatus
    o.EVPositioningSupport = f_EVPositioningSupport
    return o


# {urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningResType


def e_5(w, o, st):
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
        _p_common_types.e_13(w, v, st)
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_2, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = 'EVSEPositioningSupport'
        v = o.EVSEPositioningSupport
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 4
        p = 'EVRelativeXDeviation'
        v = o.EVRelativeXDeviation
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 5
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'EVRelativeYDeviation'
        v = o.EVRelativeYDeviation
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 6
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'ContactWindowXc'
        v = o.ContactWindowXc
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 7
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'ContactWindowYc'
        v = o.ContactWindowYc
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 8
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'EVInChargePosition'
        v = o.EVInChargePosition
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 9
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_5(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEProcessing = None
    f_EVSEPositioningSupport = None
    f_EVRelativeXDeviation = None
    f_EVRelativeYDeviation = None
    f_ContactWindowXc = None
    f_ContactWindowYc = None
    f_EVInChargePosition = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_13(r, st, _m_common_types.MessageHeaderType)
        f_Header = v
        s = 2
        p = 'ResponseCode'
        c = r.bits(9)
        if c & 385:
            if c >> 7 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 7
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', _m_common_types.responseCodeType)
        else:
            if ((c >> 1) & 63) >= 40:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 3)]
        f_EVSEProcessing = v
        s = 4
        p = 'EVSEPositioningSupport'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSEPositioningSupport', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEPositioningSupport = v
        s = 5
        p = 'EVRelativeXDeviation'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVRelativeXDeviation', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_EVRelativeXDeviation = v
        s = 6
        p = 'EVRelativeYDeviation'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVRelativeYDeviation', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_EVRelativeYDeviation = v
        s = 7
        p = 'ContactWindowXc'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}ContactWindowXc', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_ContactWindowXc = v
        s = 8
        p = 'ContactWindowYc'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}ContactWindowYc', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_ContactWindowYc = v
        s = 9
        p = 'EVInChargePosition'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVInChargePosition', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVInChargePosition = v
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
    o.ResponseCode = f_ResponseCode
    o.EVSEProcessing = f_EVSEProcessing
    o.EVSEPositioningSupport = f_EVSEPositioningSupport
    o.EVRelativeXDeviation = f_EVRelativeXDeviation
    o.EVRelativeYDeviation = f_EVRelativeYDeviation
    o.ContactWindowXc = f_ContactWindowXc
    o.ContactWindowYc = f_ContactWindowYc
    o.EVInChargePosition = f_EVInChargePosition
    return o


# {urn:iso:std:iso:15118:-20:ACDP}EVTechnicalStatusType


def e_6(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVReadyToCharge'
        v = o.EVReadyToCharge
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 1
        p = 'EVImmobilizationRequest'
        v = o.EVImmobilizationRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 2
        p = 'EVImmobilized'
        v = o.EVImmobilized
        if v is not None:
            x = check_bool(v, p)
            w.bits(0 | (x << 1), 6)
            s = 3
        p = 'EVWLANStrength'
        v = o.EVWLANStrength
        if v is not None:
            if s == 2:
                w.bits(1, 3)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVCPStatus'
        v = o.EVCPStatus
        if v is not None:
            x = enum_index(EIDX_5, v, p)
            if s == 2:
                w.bits(64 | (x << 1), 8)
                s = 5
            elif s == 3:
                w.bits(32 | (x << 1), 8)
                s = 5
            elif s == 4:
                w.bits(0 | (x << 1), 8)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'EVSOC'
        v = o.EVSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 2:
                w.bits(1536 | (x << 1), 12)
                s = 6
            elif s == 3:
                w.bits(1024 | (x << 1), 12)
                s = 6
            elif s == 4:
                w.bits(512 | (x << 1), 12)
                s = 6
            elif s == 5:
                w.bits(0 | (x << 1), 12)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'EVErrorCode'
        v = o.EVErrorCode
        if v is not None:
            x = enum_index(EIDX_6, v, p)
            if s == 2:
                w.bits(256 | (x << 1), 9)
                s = 7
            elif s == 3:
                w.bits(192 | (x << 1), 9)
                s = 7
            elif s == 4:
                w.bits(128 | (x << 1), 9)
                s = 7
            elif s == 5:
                w.bits(64 | (x << 1), 9)
                s = 7
            elif s == 6:
                w.bits(0 | (x << 1), 8)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'EVTimeout'
        v = o.EVTimeout
        if v is not None:
            x = check_bool(v, p)
            if s == 2:
                w.bits(40 | (x << 1), 6)
                s = 8
            elif s == 3:
                w.bits(32 | (x << 1), 6)
                s = 8
            elif s == 4:
                w.bits(24 | (x << 1), 6)
                s = 8
            elif s == 5:
                w.bits(16 | (x << 1), 6)
                s = 8
            elif s == 6:
                w.bits(8 | (x << 1), 5)
                s = 8
            elif s == 7:
                w.bits(0 | (x << 1), 5)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 2:
            w.bits(6, 3)
        elif s == 3:
            w.bits(5, 3)
        elif s == 4:
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


def d_6(r, st, cls):
    f_EVReadyToCharge = None
    f_EVImmobilizationRequest = None
    f_EVImmobilized = None
    f_EVWLANStrength = None
    f_EVCPStatus = None
    f_EVSOC = None
    f_EVErrorCode = None
    f_EVTimeout = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVReadyToCharge'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVReadyToCharge', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVReadyToCharge = v
        s = 2
        p = 'EVImmobilizationRequest'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVImmobilizationRequest', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVImmobilizationRequest = v
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'EVImmobilized'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVImmobilized', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_EVImmobilized = v
        elif c == 1:
            s = 4
            p = 'EVWLANStrength'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVWLANStrength = v
        elif c == 2:
            s = 5
            p = 'EVCPStatus'
            c = r.bits(5)
            if c & 17:
                if c >> 4 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 4
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVCPStatus', _m_acdp.cpStatusType)
            else:
                if ((c >> 1) & 7) >= 5:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_5[((c >> 1) & 7)]
            f_EVCPStatus = v
        elif c == 3:
            s = 6
            p = 'EVSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_EVSOC = v
        elif c == 4:
            s = 7
            p = 'EVErrorCode'
            c = r.bits(6)
            if c & 33:
                if c >> 5 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 5
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVErrorCode', _m_acdp.errorCodeType)
            else:
                if ((c >> 1) & 15) >= 10:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_6[((c >> 1) & 15)]
            f_EVErrorCode = v
        elif c == 5:
            s = 8
            p = 'EVTimeout'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVTimeout', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_EVTimeout = v
        elif c == 6:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'EVWLANStrength'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVWLANStrength = v
            elif c == 1:
                s = 5
                p = 'EVCPStatus'
                c = r.bits(5)
                if c & 17:
                    if c >> 4 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 4
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVCPStatus', _m_acdp.cpStatusType)
                else:
                    if ((c >> 1) & 7) >= 5:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_5[((c >> 1) & 7)]
                f_EVCPStatus = v
            elif c == 2:
                s = 6
                p = 'EVSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_EVSOC = v
            elif c == 3:
                s = 7
                p = 'EVErrorCode'
                c = r.bits(6)
                if c & 33:
                    if c >> 5 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 5
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVErrorCode', _m_acdp.errorCodeType)
                else:
                    if ((c >> 1) & 15) >= 10:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_6[((c >> 1) & 15)]
                f_EVErrorCode = v
            elif c == 4:
                s = 8
                p = 'EVTimeout'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVTimeout', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_EVTimeout = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'EVCPStatus'
                c = r.bits(5)
                if c & 17:
                    if c >> 4 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 4
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVCPStatus', _m_acdp.cpStatusType)
                else:
                    if ((c >> 1) & 7) >= 5:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_5[((c >> 1) & 7)]
                f_EVCPStatus = v
            elif c == 1:
                s = 6
                p = 'EVSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_EVSOC = v
            elif c == 2:
                s = 7
                p = 'EVErrorCode'
                c = r.bits(6)
                if c & 33:
                    if c >> 5 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 5
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVErrorCode', _m_acdp.errorCodeType)
                else:
                    if ((c >> 1) & 15) >= 10:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_6[((c >> 1) & 15)]
                f_EVErrorCode = v
            elif c == 3:
                s = 8
                p = 'EVTimeout'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVTimeout', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_EVTimeout = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'EVSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_EVSOC = v
            elif c == 1:
                s = 7
                p = 'EVErrorCode'
                c = r.bits(6)
                if c & 33:
                    if c >> 5 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 5
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVErrorCode', _m_acdp.errorCodeType)
                else:
                    if ((c >> 1) & 15) >= 10:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_6[((c >> 1) & 15)]
                f_EVErrorCode = v
            elif c == 2:
                s = 8
                p = 'EVTimeout'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVTimeout', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_EVTimeout = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'EVErrorCode'
                c = r.bits(6)
                if c & 33:
                    if c >> 5 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 5
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVErrorCode', _m_acdp.errorCodeType)
                else:
                    if ((c >> 1) & 15) >= 10:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_6[((c >> 1) & 15)]
                f_EVErrorCode = v
            elif c == 1:
                s = 8
                p = 'EVTimeout'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVTimeout', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_EVTimeout = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'EVTimeout'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:ACDP}EVTimeout', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_EVTimeout = v
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
    o.EVReadyToCharge = f_EVReadyToCharge
    o.EVImmobilizationRequest = f_EVImmobilizationRequest
    o.EVImmobilized = f_EVImmobilized
    o.EVWLANStrength = f_EVWLANStrength
    o.EVCPStatus = f_EVCPStatus
    o.EVSOC = f_EVSOC
    o.EVErrorCode = f_EVErrorCode
    o.EVTimeout = f_EVTimeout
    return o

ELEMENTS = {
    '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectReq': (e_0, d_0, _m_acdp.ACDP_ConnectReq),
    '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectRes': (e_1, d_1, _m_acdp.ACDP_ConnectRes),
    '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectReq': (e_0, d_0, _m_acdp.ACDP_DisconnectReq),
    '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectRes': (e_1, d_1, _m_acdp.ACDP_DisconnectRes),
    '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusReq': (e_2, d_2, _m_acdp.ACDP_SystemStatusReq),
    '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusRes': (e_3, d_3, _m_acdp.ACDP_SystemStatusRes),
    '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningReq': (e_4, d_4, _m_acdp.ACDP_VehiclePositioningReq),
    '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningRes': (e_5, d_5, _m_acdp.ACDP_VehiclePositioningRes),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:iso:std:iso:15118:-20:ACDP': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Target', 'Type', 'URI')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
        ('urn:iso:std:iso:15118:-20:ACDP', ('ACDP_ConnectReq', 'ACDP_ConnectReqType', 'ACDP_ConnectRes', 'ACDP_ConnectResType', 'ACDP_DisconnectReq', 'ACDP_DisconnectRes', 'ACDP_SystemStatusReq', 'ACDP_SystemStatusReqType', 'ACDP_SystemStatusRes', 'ACDP_SystemStatusResType', 'ACDP_VehiclePositioningReq', 'ACDP_VehiclePositioningReqType', 'ACDP_VehiclePositioningRes', 'ACDP_VehiclePositioningResType', 'ContactWindowXc', 'ContactWindowYc', 'EVAssociationStatus', 'EVCPStatus', 'EVElectricalChargingDeviceStatus', 'EVErrorCode', 'EVImmobilizationRequest', 'EVImmobilized', 'EVInChargePosition', 'EVMobilityStatus', 'EVPositioningSupport', 'EVReadyToCharge', 'EVRelativeXDeviation', 'EVRelativeYDeviation', 'EVSEDisabled', 'EVSEElectricalChargingDeviceStatus', 'EVSEEmergencyShutdown', 'EVSEIsolationStatus', 'EVSEMalfunction', 'EVSEMechanicalChargingDeviceStatus', 'EVSEPositioningSupport', 'EVSEProcessing', 'EVSEReadyToCharge', 'EVSEUtilityInterruptEvent', 'EVSOC', 'EVTechnicalStatus', 'EVTechnicalStatusType', 'EVTimeout', 'EVWLANStrength', 'cpStatusType', 'electricalChargingDeviceStatusType', 'errorCodeType', 'isolationStatusType', 'mechanicalChargingDeviceStatusType')),
        ('urn:iso:std:iso:15118:-20:CommonTypes', ('AckMaxDelay', 'AdditionalServicesCosts', 'Amount', 'BPT_DischargedEnergyReadingWh', 'BPT_InductiveEnergyReadingVARh', 'BatteryEnergyCapacity', 'CLReqControlMode', 'CLReqControlModeType', 'CLResControlMode', 'CLResControlModeType', 'CapacitiveEnergyReadingVARh', 'ChargeLoopReqType', 'ChargeLoopResType', 'ChargeParameterDiscoveryReqType', 'ChargeParameterDiscoveryResType', 'ChargedEnergyReadingWh', 'ChargingComplete', 'CostPerUnit', 'DepartureTime', 'DetailedCostType', 'DetailedTaxType', 'DisplayParameters', 'DisplayParametersType', 'Dynamic_CLReqControlModeType', 'Dynamic_CLResControlModeType', 'EVMaximumEnergyRequest', 'EVMinimumEnergyRequest', 'EVSENotification', 'EVSEStatus', 'EVSEStatusType', 'EVTargetEnergyRequest', 'EnergyCosts', 'Exponent', 'Header', 'InletHot', 'ListOfRootCertificateIDsType', 'MaximumSOC', 'MessageHeaderType', 'MeterID', 'MeterInfo', 'MeterInfoRequested', 'MeterInfoType', 'MeterSignature', 'MeterStatus', 'MeterTimestamp', 'MinimumSOC', 'NotificationMaxDelay', 'OccupancyCosts', 'OverstayCosts', 'PresentSOC', 'RationalNumberType', 'Receipt', 'ReceiptType', 'RemainingTimeToMaximumSOC', 'RemainingTimeToMinimumSOC', 'RemainingTimeToTargetSOC', 'ResponseCode', 'RootCertificateID', 'Scheduled_CLReqControlModeType', 'Scheduled_CLResControlModeType', 'SessionID', 'TargetSOC', 'TaxCosts', 'TaxRuleID', 'TimeAnchor', 'TimeStamp', 'V2GMessageType', 'V2GRequestType', 'V2GResponseType', 'Value', 'descriptionType', 'evseNotificationType', 'identifierType', 'meterIDType', 'meterSignatureType', 'nameType', 'numericIDType', 'percentValueType', 'processingType', 'responseCodeType', 'sessionIDType')),
    ),
}

# (type qname, field) -> element qnames of the substitution group that field holds
MEMBERS: dict[tuple[str, str], tuple[str, ...]] = {
}

# encoders of the substitution-group members the types above hold
ELEMENT_ENCODERS: dict[str, Callable[..., None]] = {
}

# namespace -> global elements of the schema set loaded for it, in EXI order
DOCUMENT_ELEMENTS = {
    'urn:iso:std:iso:15118:-20:ACDP': (
        '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectReq',
        '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectRes',
        '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectReq',
        '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectRes',
        '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusReq',
        '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusRes',
        '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningReq',
        '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningRes',
        '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode',
        '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod',
        '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}DigestMethod',
        '{http://www.w3.org/2000/09/xmldsig#}DigestValue',
        '{http://www.w3.org/2000/09/xmldsig#}KeyInfo',
        '{http://www.w3.org/2000/09/xmldsig#}KeyName',
        '{http://www.w3.org/2000/09/xmldsig#}KeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}Manifest',
        '{http://www.w3.org/2000/09/xmldsig#}MgmtData',
        '{http://www.w3.org/2000/09/xmldsig#}Object',
        '{http://www.w3.org/2000/09/xmldsig#}PGPData',
        '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}Reference',
        '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod',
        '{http://www.w3.org/2000/09/xmldsig#}SPKIData',
        '{http://www.w3.org/2000/09/xmldsig#}Signature',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureValue',
        '{http://www.w3.org/2000/09/xmldsig#}SignedInfo',
        '{http://www.w3.org/2000/09/xmldsig#}Transform',
        '{http://www.w3.org/2000/09/xmldsig#}Transforms',
        '{http://www.w3.org/2000/09/xmldsig#}X509Data',
    ),
}

# namespace -> (all element qnames of its schema set, sorted; qname -> (encoder, decoder, class)
# for the complex-typed ones declared with one type): the schema-informed fragment grammar
FRAGMENT_ELEMENTS = {
    'urn:iso:std:iso:15118:-20:ACDP': (
        ('{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectReq', '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectRes', '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectReq', '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectRes', '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusReq', '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusRes', '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningReq', '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningRes', '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}Amount', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_DischargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', '{urn:iso:std:iso:15118:-20:ACDP}ContactWindowXc', '{urn:iso:std:iso:15118:-20:ACDP}ContactWindowYc', '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters', '{urn:iso:std:iso:15118:-20:ACDP}EVAssociationStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVCPStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVElectricalChargingDeviceStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVErrorCode', '{urn:iso:std:iso:15118:-20:ACDP}EVImmobilizationRequest', '{urn:iso:std:iso:15118:-20:ACDP}EVImmobilized', '{urn:iso:std:iso:15118:-20:ACDP}EVInChargePosition', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:ACDP}EVMobilityStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVPositioningSupport', '{urn:iso:std:iso:15118:-20:ACDP}EVReadyToCharge', '{urn:iso:std:iso:15118:-20:ACDP}EVRelativeXDeviation', '{urn:iso:std:iso:15118:-20:ACDP}EVRelativeYDeviation', '{urn:iso:std:iso:15118:-20:ACDP}EVSEDisabled', '{urn:iso:std:iso:15118:-20:ACDP}EVSEElectricalChargingDeviceStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVSEEmergencyShutdown', '{urn:iso:std:iso:15118:-20:ACDP}EVSEIsolationStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVSEMalfunction', '{urn:iso:std:iso:15118:-20:ACDP}EVSEMechanicalChargingDeviceStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSENotification', '{urn:iso:std:iso:15118:-20:ACDP}EVSEPositioningSupport', '{urn:iso:std:iso:15118:-20:ACDP}EVSEProcessing', '{urn:iso:std:iso:15118:-20:ACDP}EVSEReadyToCharge', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVSEUtilityInterruptEvent', '{urn:iso:std:iso:15118:-20:ACDP}EVSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:ACDP}EVTechnicalStatus', '{urn:iso:std:iso:15118:-20:ACDP}EVTimeout', '{urn:iso:std:iso:15118:-20:ACDP}EVWLANStrength', '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{urn:iso:std:iso:15118:-20:CommonTypes}Exponent', '{http://www.w3.org/2000/09/xmldsig#}G', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{urn:iso:std:iso:15118:-20:CommonTypes}Header', '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{urn:iso:std:iso:15118:-20:CommonTypes}NotificationMaxDelay', '{http://www.w3.org/2000/09/xmldsig#}Object', '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{urn:iso:std:iso:15118:-20:CommonTypes}PresentSOC', '{http://www.w3.org/2000/09/xmldsig#}Q', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{urn:iso:std:iso:15118:-20:CommonTypes}SessionID', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeAnchor', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeStamp', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{urn:iso:std:iso:15118:-20:CommonTypes}Value', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y'),
        {
            '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectReq': (e_0, d_0, _m_acdp.ACDP_ConnectReq),
            '{urn:iso:std:iso:15118:-20:ACDP}ACDP_ConnectRes': (e_1, d_1, _m_acdp.ACDP_ConnectRes),
            '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectReq': (e_0, d_0, _m_acdp.ACDP_DisconnectReq),
            '{urn:iso:std:iso:15118:-20:ACDP}ACDP_DisconnectRes': (e_1, d_1, _m_acdp.ACDP_DisconnectRes),
            '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusReq': (e_2, d_2, _m_acdp.ACDP_SystemStatusReq),
            '{urn:iso:std:iso:15118:-20:ACDP}ACDP_SystemStatusRes': (e_3, d_3, _m_acdp.ACDP_SystemStatusRes),
            '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningReq': (e_4, d_4, _m_acdp.ACDP_VehiclePositioningReq),
            '{urn:iso:std:iso:15118:-20:ACDP}ACDP_VehiclePositioningRes': (e_5, d_5, _m_acdp.ACDP_VehiclePositioningRes),
            '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Amount': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode': (_p_common_types.e_0, _p_common_types.d_0, _m_common_types.CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode': (_p_common_types.e_1, _p_common_types.d_1, _m_common_types.CLResControlMode),
            '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (_p_xmldsig.e_0, _p_xmldsig.d_0, _m_xmldsig.CanonicalizationMethod),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (_p_xmldsig.e_1, _p_xmldsig.d_1, _m_xmldsig.DSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (_p_xmldsig.e_2, _p_xmldsig.d_2, _m_xmldsig.DigestMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (_p_xmldsig.es_0, _p_xmldsig.ds_0, _m_xmldsig.DigestValue),
            '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters': (_p_common_types.e_8, _p_common_types.d_8, _m_common_types.DisplayParametersType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus': (_p_common_types.e_11, _p_common_types.d_11, _m_common_types.EVSEStatusType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:ACDP}EVTechnicalStatus': (e_6, d_6, _m_acdp.EVTechnicalStatusType),
            '{urn:iso:std:iso:15118:-20:ACDP}EVWLANStrength': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Header': (_p_common_types.e_13, _p_common_types.d_13, _m_common_types.MessageHeaderType),
            '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (_p_xmldsig.e_3, _p_xmldsig.d_3, _m_xmldsig.KeyInfo),
            '{http://www.w3.org/2000/09/xmldsig#}KeyName': (_p_xmldsig.es_1, _p_xmldsig.ds_1, _m_xmldsig.KeyName),
            '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (_p_xmldsig.e_4, _p_xmldsig.d_4, _m_xmldsig.KeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}Manifest': (_p_xmldsig.e_5, _p_xmldsig.d_5, _m_xmldsig.Manifest),
            '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo': (_p_common_types.e_14, _p_common_types.d_14, _m_common_types.MeterInfoType),
            '{http://www.w3.org/2000/09/xmldsig#}MgmtData': (_p_xmldsig.es_2, _p_xmldsig.ds_2, _m_xmldsig.MgmtData),
            '{http://www.w3.org/2000/09/xmldsig#}Object': (_p_xmldsig.e_6, _p_xmldsig.d_6, _m_xmldsig.Object),
            '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{http://www.w3.org/2000/09/xmldsig#}PGPData': (_p_xmldsig.e_7, _p_xmldsig.d_7, _m_xmldsig.PGPData),
            '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue': (_p_xmldsig.e_8, _p_xmldsig.d_8, _m_xmldsig.RSAKeyValue),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt': (_p_common_types.e_16, _p_common_types.d_16, _m_common_types.ReceiptType),
            '{http://www.w3.org/2000/09/xmldsig#}Reference': (_p_xmldsig.e_9, _p_xmldsig.d_9, _m_xmldsig.Reference),
            '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod': (_p_xmldsig.e_10, _p_xmldsig.d_10, _m_xmldsig.RetrievalMethod),
            '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
            '{http://www.w3.org/2000/09/xmldsig#}SPKIData': (_p_xmldsig.e_11, _p_xmldsig.d_11, _m_xmldsig.SPKIData),
            '{http://www.w3.org/2000/09/xmldsig#}Signature': (_p_xmldsig.e_15, _p_xmldsig.d_15, _m_xmldsig.Signature),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod': (_p_xmldsig.e_12, _p_xmldsig.d_12, _m_xmldsig.SignatureMethod),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties': (_p_xmldsig.e_13, _p_xmldsig.d_13, _m_xmldsig.SignatureProperties),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty': (_p_xmldsig.e_14, _p_xmldsig.d_14, _m_xmldsig.SignatureProperty),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureValue': (_p_xmldsig.e_16, _p_xmldsig.d_16, _m_xmldsig.SignatureValue),
            '{http://www.w3.org/2000/09/xmldsig#}SignedInfo': (_p_xmldsig.e_17, _p_xmldsig.d_17, _m_xmldsig.SignedInfo),
            '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts': (_p_common_types.e_7, _p_common_types.d_7, _m_common_types.DetailedTaxType),
            '{http://www.w3.org/2000/09/xmldsig#}Transform': (_p_xmldsig.e_18, _p_xmldsig.d_18, _m_xmldsig.Transform),
            '{http://www.w3.org/2000/09/xmldsig#}Transforms': (_p_xmldsig.e_19, _p_xmldsig.d_19, _m_xmldsig.Transforms),
            '{http://www.w3.org/2000/09/xmldsig#}X509Data': (_p_xmldsig.e_20, _p_xmldsig.d_20, _m_xmldsig.X509Data),
            '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
        },
    ),
}
