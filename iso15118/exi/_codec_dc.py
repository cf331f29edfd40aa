"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:iso:std:iso:15118:-20:DC.
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
from ..messages import common_types as _m_common_types
from ..messages import dc as _m_dc
from ..messages import xmldsig as _m_xmldsig

ENUM_0 = tuple(_m_common_types.responseCodeType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}
ENUM_1 = tuple(_m_common_types.processingType)
EIDX_1 = {m: i for i, m in enumerate(ENUM_1)}
MEMBERS_0 = dict([(_m_dc.BPT_Dynamic_DC_CLReqControlMode, '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode'), (_m_dc.BPT_Dynamic_DC_CLReqControlModeType, '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode'), (_m_dc.BPT_Scheduled_DC_CLReqControlMode, '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode'), (_m_dc.BPT_Scheduled_DC_CLReqControlModeType, '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode'), (_m_dc.Dynamic_DC_CLReqControlMode, '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode'), (_m_dc.Dynamic_DC_CLReqControlModeType, '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode'), (_m_dc.Scheduled_DC_CLReqControlMode, '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode'), (_m_dc.Scheduled_DC_CLReqControlModeType, '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode')])
MEMBERS_1 = dict([(_m_dc.BPT_Dynamic_DC_CLResControlMode, '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode'), (_m_dc.BPT_Dynamic_DC_CLResControlModeType, '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode'), (_m_dc.BPT_Scheduled_DC_CLResControlMode, '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode'), (_m_dc.BPT_Scheduled_DC_CLResControlModeType, '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode'), (_m_dc.Dynamic_DC_CLResControlMode, '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode'), (_m_dc.Dynamic_DC_CLResControlModeType, '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode'), (_m_dc.Scheduled_DC_CLResControlMode, '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode'), (_m_dc.Scheduled_DC_CLResControlModeType, '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode')])
MEMBERS_2 = dict([(_m_dc.BPT_DC_CPDReqEnergyTransferMode, '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode'), (_m_dc.BPT_DC_CPDReqEnergyTransferModeType, '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode'), (_m_dc.DC_CPDReqEnergyTransferMode, '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode'), (_m_dc.DC_CPDReqEnergyTransferModeType, '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode')])
MEMBERS_3 = dict([(_m_dc.BPT_DC_CPDResEnergyTransferMode, '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode'), (_m_dc.BPT_DC_CPDResEnergyTransferModeType, '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode'), (_m_dc.DC_CPDResEnergyTransferMode, '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode'), (_m_dc.DC_CPDResEnergyTransferModeType, '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode')])


# {urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferModeType


def e_0(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVMaximumChargePower'
        v = o.EVMaximumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargeCurrent'
        v = o.EVMaximumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargeCurrent'
        v = o.EVMinimumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumVoltage'
        v = o.EVMaximumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumVoltage'
        v = o.EVMinimumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'TargetSOC'
        v = o.TargetSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            w.bits(0 | (x << 1), 11)
            s = 7
        p = 'EVMaximumDischargePower'
        v = o.EVMaximumDischargePower
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
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower'
        v = o.EVMinimumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 9
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargeCurrent'
        v = o.EVMaximumDischargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 10
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargeCurrent'
        v = o.EVMinimumDischargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 11
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_0(r, st, cls):
    f_EVMaximumChargePower = None
    f_EVMinimumChargePower = None
    f_EVMaximumChargeCurrent = None
    f_EVMinimumChargeCurrent = None
    f_EVMaximumVoltage = None
    f_EVMinimumVoltage = None
    f_TargetSOC = None
    f_EVMaximumDischargePower = None
    f_EVMinimumDischargePower = None
    f_EVMaximumDischargeCurrent = None
    f_EVMinimumDischargeCurrent = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVMaximumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumChargePower = v
        s = 2
        p = 'EVMinimumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumChargePower = v
        s = 3
        p = 'EVMaximumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumChargeCurrent = v
        s = 4
        p = 'EVMinimumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumChargeCurrent = v
        s = 5
        p = 'EVMaximumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumVoltage = v
        s = 6
        p = 'EVMinimumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumVoltage = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'TargetSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:DC}TargetSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_TargetSOC = v
        elif c == 1:
            s = 8
            p = 'EVMaximumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            s = 8
            p = 'EVMaximumDischargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower = v
        s = 9
        p = 'EVMinimumDischargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumDischargePower = v
        s = 10
        p = 'EVMaximumDischargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumDischargeCurrent = v
        s = 11
        p = 'EVMinimumDischargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumDischargeCurrent = v
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
    o.EVMaximumChargePower = f_EVMaximumChargePower
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMaximumChargeCurrent = f_EVMaximumChargeCurrent
    o.EVMinimumChargeCurrent = f_EVMinimumChargeCurrent
    o.EVMaximumVoltage = f_EVMaximumVoltage
    o.EVMinimumVoltage = f_EVMinimumVoltage
    o.TargetSOC = f_TargetSOC
    o.EVMaximumDischargePower = f_EVMaximumDischargePower
    o.EVMinimumDischargePower = f_EVMinimumDischargePower
    o.EVMaximumDischargeCurrent = f_EVMaximumDischargeCurrent
    o.EVMinimumDischargeCurrent = f_EVMinimumDischargeCurrent
    return o


# {urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferModeType


def e_1(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVSEMaximumChargePower'
        v = o.EVSEMaximumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower'
        v = o.EVSEMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumChargeCurrent'
        v = o.EVSEMaximumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargeCurrent'
        v = o.EVSEMinimumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumVoltage'
        v = o.EVSEMaximumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumVoltage'
        v = o.EVSEMinimumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'EVSEPowerRampLimitation'
        v = o.EVSEPowerRampLimitation
        if v is not None:
            w.bits(0, 2)
            s = 7
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargePower'
        v = o.EVSEMaximumDischargePower
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
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumDischargePower'
        v = o.EVSEMinimumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 9
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargeCurrent'
        v = o.EVSEMaximumDischargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 10
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumDischargeCurrent'
        v = o.EVSEMinimumDischargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 11
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_1(r, st, cls):
    f_EVSEMaximumChargePower = None
    f_EVSEMinimumChargePower = None
    f_EVSEMaximumChargeCurrent = None
    f_EVSEMinimumChargeCurrent = None
    f_EVSEMaximumVoltage = None
    f_EVSEMinimumVoltage = None
    f_EVSEPowerRampLimitation = None
    f_EVSEMaximumDischargePower = None
    f_EVSEMinimumDischargePower = None
    f_EVSEMaximumDischargeCurrent = None
    f_EVSEMinimumDischargeCurrent = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVSEMaximumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumChargePower = v
        s = 2
        p = 'EVSEMinimumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumChargePower = v
        s = 3
        p = 'EVSEMaximumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumChargeCurrent = v
        s = 4
        p = 'EVSEMinimumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumChargeCurrent = v
        s = 5
        p = 'EVSEMaximumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumVoltage = v
        s = 6
        p = 'EVSEMinimumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumVoltage = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'EVSEPowerRampLimitation'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPowerRampLimitation = v
        elif c == 1:
            s = 8
            p = 'EVSEMaximumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumDischargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            s = 8
            p = 'EVSEMaximumDischargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumDischargePower = v
        s = 9
        p = 'EVSEMinimumDischargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumDischargePower = v
        s = 10
        p = 'EVSEMaximumDischargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumDischargeCurrent = v
        s = 11
        p = 'EVSEMinimumDischargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumDischargeCurrent = v
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
    o.EVSEMaximumChargePower = f_EVSEMaximumChargePower
    o.EVSEMinimumChargePower = f_EVSEMinimumChargePower
    o.EVSEMaximumChargeCurrent = f_EVSEMaximumChargeCurrent
    o.EVSEMinimumChargeCurrent = f_EVSEMinimumChargeCurrent
    o.EVSEMaximumVoltage = f_EVSEMaximumVoltage
    o.EVSEMinimumVoltage = f_EVSEMinimumVoltage
    o.EVSEPowerRampLimitation = f_EVSEPowerRampLimitation
    o.EVSEMaximumDischargePower = f_EVSEMaximumDischargePower
    o.EVSEMinimumDischargePower = f_EVSEMinimumDischargePower
    o.EVSEMaximumDischargeCurrent = f_EVSEMaximumDischargeCurrent
    o.EVSEMinimumDischargeCurrent = f_EVSEMinimumDischargeCurrent
    return o


# {urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlModeType


def e_2(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 3)
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
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
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower'
        v = o.EVMaximumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargeCurrent'
        v = o.EVMaximumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 7
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumVoltage'
        v = o.EVMaximumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 8
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumVoltage'
        v = o.EVMinimumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 9
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower'
        v = o.EVMaximumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 10
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower'
        v = o.EVMinimumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 11
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargeCurrent'
        v = o.EVMaximumDischargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 12
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumV2XEnergyRequest'
        v = o.EVMaximumV2XEnergyRequest
        if v is not None:
            w.bits(0, 2)
            s = 13
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumV2XEnergyRequest'
        v = o.EVMinimumV2XEnergyRequest
        if v is not None:
            if s == 12:
                w.bits(1, 2)
                s = 14
            elif s == 13:
                w.bits(0, 2)
                s = 14
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
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


def d_2(r, st, cls):
    f_DepartureTime = None
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVMaximumChargePower = None
    f_EVMinimumChargePower = None
    f_EVMaximumChargeCurrent = None
    f_EVMaximumVoltage = None
    f_EVMinimumVoltage = None
    f_EVMaximumDischargePower = None
    f_EVMinimumDischargePower = None
    f_EVMaximumDischargeCurrent = None
    f_EVMaximumV2XEnergyRequest = None
    f_EVMinimumV2XEnergyRequest = None
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_DepartureTime = v
        elif c == 1:
            s = 2
            p = 'EVTargetEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'EVTargetEnergyRequest'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        s = 3
        p = 'EVMaximumEnergyRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumEnergyRequest = v
        s = 4
        p = 'EVMinimumEnergyRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumEnergyRequest = v
        s = 5
        p = 'EVMaximumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumChargePower = v
        s = 6
        p = 'EVMinimumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumChargePower = v
        s = 7
        p = 'EVMaximumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumChargeCurrent = v
        s = 8
        p = 'EVMaximumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumVoltage = v
        s = 9
        p = 'EVMinimumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumVoltage = v
        s = 10
        p = 'EVMaximumDischargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumDischargePower = v
        s = 11
        p = 'EVMinimumDischargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumDischargePower = v
        s = 12
        p = 'EVMaximumDischargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumDischargeCurrent = v
        c = r.bits(2)
        if c == 0:
            s = 13
            p = 'EVMaximumV2XEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumV2XEnergyRequest = v
        elif c == 1:
            s = 14
            p = 'EVMinimumV2XEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumV2XEnergyRequest = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 13:
            c = r.bits(2)
            if c == 0:
                s = 14
                p = 'EVMinimumV2XEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumV2XEnergyRequest = v
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
    o.DepartureTime = f_DepartureTime
    o.EVTargetEnergyRequest = f_EVTargetEnergyRequest
    o.EVMaximumEnergyRequest = f_EVMaximumEnergyRequest
    o.EVMinimumEnergyRequest = f_EVMinimumEnergyRequest
    o.EVMaximumChargePower = f_EVMaximumChargePower
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMaximumChargeCurrent = f_EVMaximumChargeCurrent
    o.EVMaximumVoltage = f_EVMaximumVoltage
    o.EVMinimumVoltage = f_EVMinimumVoltage
    o.EVMaximumDischargePower = f_EVMaximumDischargePower
    o.EVMinimumDischargePower = f_EVMinimumDischargePower
    o.EVMaximumDischargeCurrent = f_EVMaximumDischargeCurrent
    o.EVMaximumV2XEnergyRequest = f_EVMaximumV2XEnergyRequest
    o.EVMinimumV2XEnergyRequest = f_EVMinimumV2XEnergyRequest
    return o


# {urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlModeType


def e_3(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 4)
        p = 'MinimumSOC'
        v = o.MinimumSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 0:
                w.bits(512 | (x << 1), 12)
                s = 2
            elif s == 1:
                w.bits(0 | (x << 1), 12)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'TargetSOC'
        v = o.TargetSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 0:
                w.bits(1024 | (x << 1), 12)
                s = 3
            elif s == 1:
                w.bits(512 | (x << 1), 12)
                s = 3
            elif s == 2:
                w.bits(0 | (x << 1), 11)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'AckMaxDelay'
        v = o.AckMaxDelay
        if v is not None:
            if s == 0:
                w.bits(6, 4)
                s = 4
            elif s == 1:
                w.bits(4, 4)
                s = 4
            elif s == 2:
                w.bits(2, 3)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p))
        p = 'EVSEMaximumChargePower'
        v = o.EVSEMaximumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(4, 3)
            s = 5
        elif s == 1:
            w.bits(3, 3)
            s = 5
        elif s == 2:
            w.bits(2, 2)
            s = 5
        elif s == 3:
            w.bits(1, 2)
            s = 5
        elif s == 4:
            w.bits(0, 1)
            s = 5
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower'
        v = o.EVSEMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumChargeCurrent'
        v = o.EVSEMaximumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 7
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumVoltage'
        v = o.EVSEMaximumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 8
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargePower'
        v = o.EVSEMaximumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 9
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumDischargePower'
        v = o.EVSEMinimumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 10
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargeCurrent'
        v = o.EVSEMaximumDischargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 11
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumVoltage'
        v = o.EVSEMinimumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 12
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_3(r, st, cls):
    f_DepartureTime = None
    f_MinimumSOC = None
    f_TargetSOC = None
    f_AckMaxDelay = None
    f_EVSEMaximumChargePower = None
    f_EVSEMinimumChargePower = None
    f_EVSEMaximumChargeCurrent = None
    f_EVSEMaximumVoltage = None
    f_EVSEMaximumDischargePower = None
    f_EVSEMinimumDischargePower = None
    f_EVSEMaximumDischargeCurrent = None
    f_EVSEMinimumVoltage = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'DepartureTime'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_DepartureTime = v
        elif c == 1:
            s = 2
            p = 'MinimumSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_MinimumSOC = v
        elif c == 2:
            s = 3
            p = 'TargetSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_TargetSOC = v
        elif c == 3:
            s = 4
            p = 'AckMaxDelay'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
            f_AckMaxDelay = v
        elif c == 4:
            s = 5
            p = 'EVSEMaximumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(3)
            if c == 0:
                s = 2
                p = 'MinimumSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_MinimumSOC = v
            elif c == 1:
                s = 3
                p = 'TargetSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_TargetSOC = v
            elif c == 2:
                s = 4
                p = 'AckMaxDelay'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_AckMaxDelay = v
            elif c == 3:
                s = 5
                p = 'EVSEMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'TargetSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_TargetSOC = v
            elif c == 1:
                s = 4
                p = 'AckMaxDelay'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_AckMaxDelay = v
            elif c == 2:
                s = 5
                p = 'EVSEMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'AckMaxDelay'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_AckMaxDelay = v
            elif c == 1:
                s = 5
                p = 'EVSEMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'EVSEMaximumChargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower = v
        s = 6
        p = 'EVSEMinimumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumChargePower = v
        s = 7
        p = 'EVSEMaximumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumChargeCurrent = v
        s = 8
        p = 'EVSEMaximumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumVoltage = v
        s = 9
        p = 'EVSEMaximumDischargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumDischargePower = v
        s = 10
        p = 'EVSEMinimumDischargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumDischargePower = v
        s = 11
        p = 'EVSEMaximumDischargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumDischargeCurrent = v
        s = 12
        p = 'EVSEMinimumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumVoltage = v
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
    o.MinimumSOC = f_MinimumSOC
    o.TargetSOC = f_TargetSOC
    o.AckMaxDelay = f_AckMaxDelay
    o.EVSEMaximumChargePower = f_EVSEMaximumChargePower
    o.EVSEMinimumChargePower = f_EVSEMinimumChargePower
    o.EVSEMaximumChargeCurrent = f_EVSEMaximumChargeCurrent
    o.EVSEMaximumVoltage = f_EVSEMaximumVoltage
    o.EVSEMaximumDischargePower = f_EVSEMaximumDischargePower
    o.EVSEMinimumDischargePower = f_EVSEMinimumDischargePower
    o.EVSEMaximumDischargeCurrent = f_EVSEMaximumDischargeCurrent
    o.EVSEMinimumVoltage = f_EVSEMinimumVoltage
    return o


# {urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlModeType


def e_4(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
        if v is not None:
            w.bits(0, 3)
            s = 1
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
        if v is not None:
            if s == 0:
                w.bits(1, 3)
                s = 2
            elif s == 1:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is not None:
            if s == 0:
                w.bits(2, 3)
                s = 3
            elif s == 1:
                w.bits(1, 2)
                s = 3
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVTargetCurrent'
        v = o.EVTargetCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(3, 3)
            s = 4
        elif s == 1:
            w.bits(2, 2)
            s = 4
        elif s == 2:
            w.bits(1, 2)
            s = 4
        elif s == 3:
            w.bits(0, 1)
            s = 4
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVTargetVoltage'
        v = o.EVTargetVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower'
        v = o.EVMaximumChargePower
        if v is not None:
            w.bits(0, 4)
            s = 6
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is not None:
            if s == 5:
                w.bits(1, 4)
                s = 7
            elif s == 6:
                w.bits(0, 4)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargeCurrent'
        v = o.EVMaximumChargeCurrent
        if v is not None:
            if s == 5:
                w.bits(2, 4)
                s = 8
            elif s == 6:
                w.bits(1, 4)
                s = 8
            elif s == 7:
                w.bits(0, 3)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumVoltage'
        v = o.EVMaximumVoltage
        if v is not None:
            if s == 5:
                w.bits(3, 4)
                s = 9
            elif s == 6:
                w.bits(2, 4)
                s = 9
            elif s == 7:
                w.bits(1, 3)
                s = 9
            elif s == 8:
                w.bits(0, 3)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumVoltage'
        v = o.EVMinimumVoltage
        if v is not None:
            if s == 5:
                w.bits(4, 4)
                s = 10
            elif s == 6:
                w.bits(3, 4)
                s = 10
            elif s == 7:
                w.bits(2, 3)
                s = 10
            elif s == 8:
                w.bits(1, 3)
                s = 10
            elif s == 9:
                w.bits(0, 3)
                s = 10
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower'
        v = o.EVMaximumDischargePower
        if v is not None:
            if s == 5:
                w.bits(5, 4)
                s = 11
            elif s == 6:
                w.bits(4, 4)
                s = 11
            elif s == 7:
                w.bits(3, 3)
                s = 11
            elif s == 8:
                w.bits(2, 3)
                s = 11
            elif s == 9:
                w.bits(1, 3)
                s = 11
            elif s == 10:
                w.bits(0, 3)
                s = 11
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower'
        v = o.EVMinimumDischargePower
        if v is not None:
            if s == 5:
                w.bits(6, 4)
                s = 12
            elif s == 6:
                w.bits(5, 4)
                s = 12
            elif s == 7:
                w.bits(4, 3)
                s = 12
            elif s == 8:
                w.bits(3, 3)
                s = 12
            elif s == 9:
                w.bits(2, 3)
                s = 12
            elif s == 10:
                w.bits(1, 3)
                s = 12
            elif s == 11:
                w.bits(0, 2)
                s = 12
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargeCurrent'
        v = o.EVMaximumDischargeCurrent
        if v is not None:
            if s == 5:
                w.bits(7, 4)
                s = 13
            elif s == 6:
                w.bits(6, 4)
                s = 13
            elif s == 7:
                w.bits(5, 3)
                s = 13
            elif s == 8:
                w.bits(4, 3)
                s = 13
            elif s == 9:
                w.bits(3, 3)
                s = 13
            elif s == 10:
                w.bits(2, 3)
                s = 13
            elif s == 11:
                w.bits(1, 2)
                s = 13
            elif s == 12:
                w.bits(0, 2)
                s = 13
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 5:
            w.bits(8, 4)
        elif s == 6:
            w.bits(7, 4)
        elif s == 7:
            w.bits(6, 3)
        elif s == 8:
            w.bits(5, 3)
        elif s == 9:
            w.bits(4, 3)
        elif s == 10:
            w.bits(3, 3)
        elif s == 11:
            w.bits(2, 2)
        elif s == 12:
            w.bits(1, 2)
        elif s == 13:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_4(r, st, cls):
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVTargetCurrent = None
    f_EVTargetVoltage = None
    f_EVMaximumChargePower = None
    f_EVMinimumChargePower = None
    f_EVMaximumChargeCurrent = None
    f_EVMaximumVoltage = None
    f_EVMinimumVoltage = None
    f_EVMaximumDischargePower = None
    f_EVMinimumDischargePower = None
    f_EVMaximumDischargeCurrent = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'EVTargetEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        elif c == 1:
            s = 2
            p = 'EVMaximumEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumEnergyRequest = v
        elif c == 2:
            s = 3
            p = 'EVMinimumEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumEnergyRequest = v
        elif c == 3:
            s = 4
            p = 'EVTargetCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetCurrent = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'EVMaximumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumEnergyRequest = v
            elif c == 1:
                s = 3
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 2:
                s = 4
                p = 'EVTargetCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVTargetCurrent = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 1:
                s = 4
                p = 'EVTargetCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVTargetCurrent = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVTargetCurrent'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetCurrent = v
        s = 5
        p = 'EVTargetVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVTargetVoltage = v
        c = r.bits(4)
        if c == 0:
            s = 6
            p = 'EVMaximumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower = v
        elif c == 1:
            s = 7
            p = 'EVMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        elif c == 2:
            s = 8
            p = 'EVMaximumChargeCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargeCurrent = v
        elif c == 3:
            s = 9
            p = 'EVMaximumVoltage'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumVoltage = v
        elif c == 4:
            s = 10
            p = 'EVMinimumVoltage'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumVoltage = v
        elif c == 5:
            s = 11
            p = 'EVMaximumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower = v
        elif c == 6:
            s = 12
            p = 'EVMinimumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower = v
        elif c == 7:
            s = 13
            p = 'EVMaximumDischargeCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargeCurrent = v
        elif c == 8:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(4)
            if c == 0:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 1:
                s = 8
                p = 'EVMaximumChargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargeCurrent = v
            elif c == 2:
                s = 9
                p = 'EVMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumVoltage = v
            elif c == 3:
                s = 10
                p = 'EVMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumVoltage = v
            elif c == 4:
                s = 11
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 5:
                s = 12
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 6:
                s = 13
                p = 'EVMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargeCurrent = v
            elif c == 7:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(3)
            if c == 0:
                s = 8
                p = 'EVMaximumChargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargeCurrent = v
            elif c == 1:
                s = 9
                p = 'EVMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumVoltage = v
            elif c == 2:
                s = 10
                p = 'EVMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumVoltage = v
            elif c == 3:
                s = 11
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 4:
                s = 12
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 5:
                s = 13
                p = 'EVMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargeCurrent = v
            elif c == 6:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(3)
            if c == 0:
                s = 9
                p = 'EVMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumVoltage = v
            elif c == 1:
                s = 10
                p = 'EVMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumVoltage = v
            elif c == 2:
                s = 11
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 3:
                s = 12
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 4:
                s = 13
                p = 'EVMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargeCurrent = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(3)
            if c == 0:
                s = 10
                p = 'EVMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumVoltage = v
            elif c == 1:
                s = 11
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 2:
                s = 12
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 3:
                s = 13
                p = 'EVMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargeCurrent = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            c = r.bits(3)
            if c == 0:
                s = 11
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 1:
                s = 12
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 2:
                s = 13
                p = 'EVMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargeCurrent = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(2)
            if c == 0:
                s = 12
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 1:
                s = 13
                p = 'EVMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargeCurrent = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            c = r.bits(2)
            if c == 0:
                s = 13
                p = 'EVMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargeCurrent = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 13:
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
    o.EVTargetEnergyRequest = f_EVTargetEnergyRequest
    o.EVMaximumEnergyRequest = f_EVMaximumEnergyRequest
    o.EVMinimumEnergyRequest = f_EVMinimumEnergyRequest
    o.EVTargetCurrent = f_EVTargetCurrent
    o.EVTargetVoltage = f_EVTargetVoltage
    o.EVMaximumChargePower = f_EVMaximumChargePower
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMaximumChargeCurrent = f_EVMaximumChargeCurrent
    o.EVMaximumVoltage = f_EVMaximumVoltage
    o.EVMinimumVoltage = f_EVMinimumVoltage
    o.EVMaximumDischargePower = f_EVMaximumDischargePower
    o.EVMinimumDischargePower = f_EVMinimumDischargePower
    o.EVMaximumDischargeCurrent = f_EVMaximumDischargeCurrent
    return o


# {urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlModeType


def e_5(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVSEMaximumChargePower'
        v = o.EVSEMaximumChargePower
        if v is not None:
            w.bits(0, 4)
            s = 1
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower'
        v = o.EVSEMinimumChargePower
        if v is not None:
            if s == 0:
                w.bits(1, 4)
                s = 2
            elif s == 1:
                w.bits(0, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumChargeCurrent'
        v = o.EVSEMaximumChargeCurrent
        if v is not None:
            if s == 0:
                w.bits(2, 4)
                s = 3
            elif s == 1:
                w.bits(1, 4)
                s = 3
            elif s == 2:
                w.bits(0, 3)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumVoltage'
        v = o.EVSEMaximumVoltage
        if v is not None:
            if s == 0:
                w.bits(3, 4)
                s = 4
            elif s == 1:
                w.bits(2, 4)
                s = 4
            elif s == 2:
                w.bits(1, 3)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargePower'
        v = o.EVSEMaximumDischargePower
        if v is not None:
            if s == 0:
                w.bits(4, 4)
                s = 5
            elif s == 1:
                w.bits(3, 4)
                s = 5
            elif s == 2:
                w.bits(2, 3)
                s = 5
            elif s == 3:
                w.bits(1, 3)
                s = 5
            elif s == 4:
                w.bits(0, 3)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumDischargePower'
        v = o.EVSEMinimumDischargePower
        if v is not None:
            if s == 0:
                w.bits(5, 4)
                s = 6
            elif s == 1:
                w.bits(4, 4)
                s = 6
            elif s == 2:
                w.bits(3, 3)
                s = 6
            elif s == 3:
                w.bits(2, 3)
                s = 6
            elif s == 4:
                w.bits(1, 3)
                s = 6
            elif s == 5:
                w.bits(0, 3)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargeCurrent'
        v = o.EVSEMaximumDischargeCurrent
        if v is not None:
            if s == 0:
                w.bits(6, 4)
                s = 7
            elif s == 1:
                w.bits(5, 4)
                s = 7
            elif s == 2:
                w.bits(4, 3)
                s = 7
            elif s == 3:
                w.bits(3, 3)
                s = 7
            elif s == 4:
                w.bits(2, 3)
                s = 7
            elif s == 5:
                w.bits(1, 3)
                s = 7
            elif s == 6:
                w.bits(0, 2)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumVoltage'
        v = o.EVSEMinimumVoltage
        if v is not None:
            if s == 0:
                w.bits(7, 4)
                s = 8
            elif s == 1:
                w.bits(6, 4)
                s = 8
            elif s == 2:
                w.bits(5, 3)
                s = 8
            elif s == 3:
                w.bits(4, 3)
                s = 8
            elif s == 4:
                w.bits(3, 3)
                s = 8
            elif s == 5:
                w.bits(2, 3)
                s = 8
            elif s == 6:
                w.bits(1, 2)
                s = 8
            elif s == 7:
                w.bits(0, 2)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 0:
            w.bits(8, 4)
        elif s == 1:
            w.bits(7, 4)
        elif s == 2:
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


def d_5(r, st, cls):
    f_EVSEMaximumChargePower = None
    f_EVSEMinimumChargePower = None
    f_EVSEMaximumChargeCurrent = None
    f_EVSEMaximumVoltage = None
    f_EVSEMaximumDischargePower = None
    f_EVSEMinimumDischargePower = None
    f_EVSEMaximumDischargeCurrent = None
    f_EVSEMinimumVoltage = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(4)
        if c == 0:
            s = 1
            p = 'EVSEMaximumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower = v
        elif c == 1:
            s = 2
            p = 'EVSEMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower = v
        elif c == 2:
            s = 3
            p = 'EVSEMaximumChargeCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargeCurrent = v
        elif c == 3:
            s = 4
            p = 'EVSEMaximumVoltage'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumVoltage = v
        elif c == 4:
            s = 5
            p = 'EVSEMaximumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumDischargePower = v
        elif c == 5:
            s = 6
            p = 'EVSEMinimumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumDischargePower = v
        elif c == 6:
            s = 7
            p = 'EVSEMaximumDischargeCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumDischargeCurrent = v
        elif c == 7:
            s = 8
            p = 'EVSEMinimumVoltage'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumVoltage = v
        elif c == 8:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(4)
            if c == 0:
                s = 2
                p = 'EVSEMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumChargePower = v
            elif c == 1:
                s = 3
                p = 'EVSEMaximumChargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargeCurrent = v
            elif c == 2:
                s = 4
                p = 'EVSEMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumVoltage = v
            elif c == 3:
                s = 5
                p = 'EVSEMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower = v
            elif c == 4:
                s = 6
                p = 'EVSEMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumDischargePower = v
            elif c == 5:
                s = 7
                p = 'EVSEMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargeCurrent = v
            elif c == 6:
                s = 8
                p = 'EVSEMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumVoltage = v
            elif c == 7:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(3)
            if c == 0:
                s = 3
                p = 'EVSEMaximumChargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargeCurrent = v
            elif c == 1:
                s = 4
                p = 'EVSEMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumVoltage = v
            elif c == 2:
                s = 5
                p = 'EVSEMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower = v
            elif c == 3:
                s = 6
                p = 'EVSEMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumDischargePower = v
            elif c == 4:
                s = 7
                p = 'EVSEMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargeCurrent = v
            elif c == 5:
                s = 8
                p = 'EVSEMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumVoltage = v
            elif c == 6:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'EVSEMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumVoltage = v
            elif c == 1:
                s = 5
                p = 'EVSEMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower = v
            elif c == 2:
                s = 6
                p = 'EVSEMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumDischargePower = v
            elif c == 3:
                s = 7
                p = 'EVSEMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargeCurrent = v
            elif c == 4:
                s = 8
                p = 'EVSEMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumVoltage = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'EVSEMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower = v
            elif c == 1:
                s = 6
                p = 'EVSEMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumDischargePower = v
            elif c == 2:
                s = 7
                p = 'EVSEMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargeCurrent = v
            elif c == 3:
                s = 8
                p = 'EVSEMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumVoltage = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'EVSEMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumDischargePower = v
            elif c == 1:
                s = 7
                p = 'EVSEMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargeCurrent = v
            elif c == 2:
                s = 8
                p = 'EVSEMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumVoltage = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'EVSEMaximumDischargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargeCurrent = v
            elif c == 1:
                s = 8
                p = 'EVSEMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumVoltage = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'EVSEMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumVoltage = v
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
    o.EVSEMaximumChargePower = f_EVSEMaximumChargePower
    o.EVSEMinimumChargePower = f_EVSEMinimumChargePower
    o.EVSEMaximumChargeCurrent = f_EVSEMaximumChargeCurrent
    o.EVSEMaximumVoltage = f_EVSEMaximumVoltage
    o.EVSEMaximumDischargePower = f_EVSEMaximumDischargePower
    o.EVSEMinimumDischargePower = f_EVSEMinimumDischargePower
    o.EVSEMaximumDischargeCurrent = f_EVSEMaximumDischargeCurrent
    o.EVSEMinimumVoltage = f_EVSEMinimumVoltage
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferModeType


def e_6(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVMaximumChargePower'
        v = o.EVMaximumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargeCurrent'
        v = o.EVMaximumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargeCurrent'
        v = o.EVMinimumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumVoltage'
        v = o.EVMaximumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumVoltage'
        v = o.EVMinimumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'TargetSOC'
        v = o.TargetSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            w.bits(0 | (x << 1), 11)
            s = 7
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


def d_6(r, st, cls):
    f_EVMaximumChargePower = None
    f_EVMinimumChargePower = None
    f_EVMaximumChargeCurrent = None
    f_EVMinimumChargeCurrent = None
    f_EVMaximumVoltage = None
    f_EVMinimumVoltage = None
    f_TargetSOC = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVMaximumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumChargePower = v
        s = 2
        p = 'EVMinimumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumChargePower = v
        s = 3
        p = 'EVMaximumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumChargeCurrent = v
        s = 4
        p = 'EVMinimumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumChargeCurrent = v
        s = 5
        p = 'EVMaximumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumVoltage = v
        s = 6
        p = 'EVMinimumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumVoltage = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'TargetSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:DC}TargetSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_TargetSOC = v
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
    o.EVMaximumChargePower = f_EVMaximumChargePower
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMaximumChargeCurrent = f_EVMaximumChargeCurrent
    o.EVMinimumChargeCurrent = f_EVMinimumChargeCurrent
    o.EVMaximumVoltage = f_EVMaximumVoltage
    o.EVMinimumVoltage = f_EVMinimumVoltage
    o.TargetSOC = f_TargetSOC
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferModeType


def e_7(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVSEMaximumChargePower'
        v = o.EVSEMaximumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower'
        v = o.EVSEMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumChargeCurrent'
        v = o.EVSEMaximumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargeCurrent'
        v = o.EVSEMinimumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumVoltage'
        v = o.EVSEMaximumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumVoltage'
        v = o.EVSEMinimumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'EVSEPowerRampLimitation'
        v = o.EVSEPowerRampLimitation
        if v is not None:
            w.bits(0, 2)
            s = 7
            _p_common_types.e_15(w, v, st)
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


def d_7(r, st, cls):
    f_EVSEMaximumChargePower = None
    f_EVSEMinimumChargePower = None
    f_EVSEMaximumChargeCurrent = None
    f_EVSEMinimumChargeCurrent = None
    f_EVSEMaximumVoltage = None
    f_EVSEMinimumVoltage = None
    f_EVSEPowerRampLimitation = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVSEMaximumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumChargePower = v
        s = 2
        p = 'EVSEMinimumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumChargePower = v
        s = 3
        p = 'EVSEMaximumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumChargeCurrent = v
        s = 4
        p = 'EVSEMinimumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumChargeCurrent = v
        s = 5
        p = 'EVSEMaximumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumVoltage = v
        s = 6
        p = 'EVSEMinimumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumVoltage = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'EVSEPowerRampLimitation'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPowerRampLimitation = v
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
    o.EVSEMaximumChargePower = f_EVSEMaximumChargePower
    o.EVSEMinimumChargePower = f_EVSEMinimumChargePower
    o.EVSEMaximumChargeCurrent = f_EVSEMaximumChargeCurrent
    o.EVSEMinimumChargeCurrent = f_EVSEMinimumChargeCurrent
    o.EVSEMaximumVoltage = f_EVSEMaximumVoltage
    o.EVSEMinimumVoltage = f_EVSEMinimumVoltage
    o.EVSEPowerRampLimitation = f_EVSEPowerRampLimitation
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_CableCheckReqType


def e_8(w, o, st):
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
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_8(r, st, cls):
    f_Header = None
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
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_CableCheckResType


def e_9(w, o, st):
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
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
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


def d_9(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEProcessing = None
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
            v = ENUM_0[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:DC}EVSEProcessing', _m_common_types.processingType)
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEProcessing = f_EVSEProcessing
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopReqType


def e_10(w, o, st):
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
        p = 'DisplayParameters'
        v = o.DisplayParameters
        if v is not None:
            w.bits(0, 2)
            s = 2
            _p_common_types.e_8(w, v, st)
        p = 'MeterInfoRequested'
        v = o.MeterInfoRequested
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
        p = 'EVPresentVoltage'
        v = o.EVPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'CLReqControlMode'
        v = o.CLReqControlMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_0, v)
        if q == '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode':
            w.bits(0, 3)
            s = 5
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode':
            w.bits(1, 3)
            s = 5
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode':
            w.bits(2, 3)
            s = 5
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode':
            w.bits(3, 3)
            s = 5
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode':
            w.bits(4, 3)
            s = 5
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
    f_Header = None
    f_DisplayParameters = None
    f_MeterInfoRequested = None
    f_EVPresentVoltage = None
    f_CLReqControlMode = None
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
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'DisplayParameters'
            v = _p_common_types.d_8(r, st, _m_common_types.DisplayParametersType)
            f_DisplayParameters = v
        elif c == 1:
            s = 3
            p = 'MeterInfoRequested'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_MeterInfoRequested = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            s = 3
            p = 'MeterInfoRequested'
            c = r.bits(4)
            if c & 13:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_MeterInfoRequested = v
        s = 4
        p = 'EVPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPresentVoltage = v
        c = r.bits(3)
        if c == 0:
            s = 5
            p = 'CLReqControlMode'
            v = d_2(r, st, _m_dc.BPT_Dynamic_DC_CLReqControlMode)
            f_CLReqControlMode = v
        elif c == 1:
            s = 5
            p = 'CLReqControlMode'
            v = d_4(r, st, _m_dc.BPT_Scheduled_DC_CLReqControlMode)
            f_CLReqControlMode = v
        elif c == 2:
            s = 5
            p = 'CLReqControlMode'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 3:
            s = 5
            p = 'CLReqControlMode'
            v = d_18(r, st, _m_dc.Dynamic_DC_CLReqControlMode)
            f_CLReqControlMode = v
        elif c == 4:
            s = 5
            p = 'CLReqControlMode'
            v = d_20(r, st, _m_dc.Scheduled_DC_CLReqControlMode)
            f_CLReqControlMode = v
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
    o.Header = f_Header
    o.DisplayParameters = f_DisplayParameters
    o.MeterInfoRequested = f_MeterInfoRequested
    o.EVPresentVoltage = f_EVPresentVoltage
    o.CLReqControlMode = f_CLReqControlMode
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopResType


def e_11(w, o, st):
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
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEStatus'
        v = o.EVSEStatus
        if v is not None:
            w.bits(0, 3)
            s = 3
            _p_common_types.e_11(w, v, st)
        p = 'MeterInfo'
        v = o.MeterInfo
        if v is not None:
            if s == 2:
                w.bits(1, 3)
                s = 4
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_14(w, v, st)
        p = 'Receipt'
        v = o.Receipt
        if v is not None:
            if s == 2:
                w.bits(2, 3)
                s = 5
            elif s == 3:
                w.bits(1, 2)
                s = 5
            elif s == 4:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_16(w, v, st)
        p = 'EVSEPresentCurrent'
        v = o.EVSEPresentCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 2:
            w.bits(3, 3)
            s = 6
        elif s == 3:
            w.bits(2, 2)
            s = 6
        elif s == 4:
            w.bits(1, 2)
            s = 6
        elif s == 5:
            w.bits(0, 1)
            s = 6
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 7
        _p_common_types.e_15(w, v, st)
        p = 'EVSEPowerLimitAchieved'
        v = o.EVSEPowerLimitAchieved
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 8
        p = 'EVSECurrentLimitAchieved'
        v = o.EVSECurrentLimitAchieved
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 9
        p = 'EVSEVoltageLimitAchieved'
        v = o.EVSEVoltageLimitAchieved
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 10
        p = 'CLResControlMode'
        v = o.CLResControlMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_1, v)
        if q == '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode':
            w.bits(0, 3)
            s = 11
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode':
            w.bits(1, 3)
            s = 11
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode':
            w.bits(2, 3)
            s = 11
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode':
            w.bits(3, 3)
            s = 11
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode':
            w.bits(4, 3)
            s = 11
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
    f_Header = None
    f_ResponseCode = None
    f_EVSEStatus = None
    f_MeterInfo = None
    f_Receipt = None
    f_EVSEPresentCurrent = None
    f_EVSEPresentVoltage = None
    f_EVSEPowerLimitAchieved = None
    f_EVSECurrentLimitAchieved = None
    f_EVSEVoltageLimitAchieved = None
    f_CLResControlMode = None
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
            v = ENUM_0[((c >> 1) & 63)]
        f_ResponseCode = v
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'EVSEStatus'
            v = _p_common_types.d_11(r, st, _m_common_types.EVSEStatusType)
            f_EVSEStatus = v
        elif c == 1:
            s = 4
            p = 'MeterInfo'
            v = _p_common_types.d_14(r, st, _m_common_types.MeterInfoType)
            f_MeterInfo = v
        elif c == 2:
            s = 5
            p = 'Receipt'
            v = _p_common_types.d_16(r, st, _m_common_types.ReceiptType)
            f_Receipt = v
        elif c == 3:
            s = 6
            p = 'EVSEPresentCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentCurrent = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'MeterInfo'
                v = _p_common_types.d_14(r, st, _m_common_types.MeterInfoType)
                f_MeterInfo = v
            elif c == 1:
                s = 5
                p = 'Receipt'
                v = _p_common_types.d_16(r, st, _m_common_types.ReceiptType)
                f_Receipt = v
            elif c == 2:
                s = 6
                p = 'EVSEPresentCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentCurrent = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'Receipt'
                v = _p_common_types.d_16(r, st, _m_common_types.ReceiptType)
                f_Receipt = v
            elif c == 1:
                s = 6
                p = 'EVSEPresentCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentCurrent = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            s = 6
            p = 'EVSEPresentCurrent'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentCurrent = v
        s = 7
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEPresentVoltage = v
        s = 8
        p = 'EVSEPowerLimitAchieved'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:DC}EVSEPowerLimitAchieved', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEPowerLimitAchieved = v
        s = 9
        p = 'EVSECurrentLimitAchieved'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:DC}EVSECurrentLimitAchieved', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSECurrentLimitAchieved = v
        s = 10
        p = 'EVSEVoltageLimitAchieved'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:DC}EVSEVoltageLimitAchieved', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVSEVoltageLimitAchieved = v
        c = r.bits(3)
        if c == 0:
            s = 11
            p = 'CLResControlMode'
            v = d_3(r, st, _m_dc.BPT_Dynamic_DC_CLResControlMode)
            f_CLResControlMode = v
        elif c == 1:
            s = 11
            p = 'CLResControlMode'
            v = d_5(r, st, _m_dc.BPT_Scheduled_DC_CLResControlMode)
            f_CLResControlMode = v
        elif c == 2:
            s = 11
            p = 'CLResControlMode'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 3:
            s = 11
            p = 'CLResControlMode'
            v = d_19(r, st, _m_dc.Dynamic_DC_CLResControlMode)
            f_CLResControlMode = v
        elif c == 4:
            s = 11
            p = 'CLResControlMode'
            v = d_21(r, st, _m_dc.Scheduled_DC_CLResControlMode)
            f_CLResControlMode = v
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEStatus = f_EVSEStatus
    o.MeterInfo = f_MeterInfo
    o.Receipt = f_Receipt
    o.EVSEPresentCurrent = f_EVSEPresentCurrent
    o.EVSEPresentVoltage = f_EVSEPresentVoltage
    o.EVSEPowerLimitAchieved = f_EVSEPowerLimitAchieved
    o.EVSECurrentLimitAchieved = f_EVSECurrentLimitAchieved
    o.EVSEVoltageLimitAchieved = f_EVSEVoltageLimitAchieved
    o.CLResControlMode = f_CLResControlMode
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryReqType


def e_12(w, o, st):
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
        p = 'DC_CPDReqEnergyTransferMode'
        v = o.DC_CPDReqEnergyTransferMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_2, v)
        if q == '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode':
            w.bits(0, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode':
            w.bits(1, 2)
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


def d_12(r, st, cls):
    f_Header = None
    f_DC_CPDReqEnergyTransferMode = None
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
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'DC_CPDReqEnergyTransferMode'
            v = d_0(r, st, _m_dc.BPT_DC_CPDReqEnergyTransferMode)
            f_DC_CPDReqEnergyTransferMode = v
        elif c == 1:
            s = 2
            p = 'DC_CPDReqEnergyTransferMode'
            v = d_6(r, st, _m_dc.DC_CPDReqEnergyTransferMode)
            f_DC_CPDReqEnergyTransferMode = v
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
    o.Header = f_Header
    o.DC_CPDReqEnergyTransferMode = f_DC_CPDReqEnergyTransferMode
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryResType


def e_13(w, o, st):
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
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'DC_CPDResEnergyTransferMode'
        v = o.DC_CPDResEnergyTransferMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_3, v)
        if q == '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode':
            w.bits(0, 2)
            s = 3
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode':
            w.bits(1, 2)
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


def d_13(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_DC_CPDResEnergyTransferMode = None
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
            v = ENUM_0[((c >> 1) & 63)]
        f_ResponseCode = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'DC_CPDResEnergyTransferMode'
            v = d_1(r, st, _m_dc.BPT_DC_CPDResEnergyTransferMode)
            f_DC_CPDResEnergyTransferMode = v
        elif c == 1:
            s = 3
            p = 'DC_CPDResEnergyTransferMode'
            v = d_7(r, st, _m_dc.DC_CPDResEnergyTransferMode)
            f_DC_CPDResEnergyTransferMode = v
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.DC_CPDResEnergyTransferMode = f_DC_CPDResEnergyTransferMode
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_PreChargeReqType


def e_14(w, o, st):
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
        p = 'EVProcessing'
        v = o.EVProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'EVPresentVoltage'
        v = o.EVPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'EVTargetVoltage'
        v = o.EVTargetVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_14(r, st, cls):
    f_Header = None
    f_EVProcessing = None
    f_EVPresentVoltage = None
    f_EVTargetVoltage = None
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
        p = 'EVProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:DC}EVProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVProcessing = v
        s = 3
        p = 'EVPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPresentVoltage = v
        s = 4
        p = 'EVTargetVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
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
    o.Header = f_Header
    o.EVProcessing = f_EVProcessing
    o.EVPresentVoltage = f_EVPresentVoltage
    o.EVTargetVoltage = f_EVTargetVoltage
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_PreChargeResType


def e_15(w, o, st):
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
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_15(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEPresentVoltage = None
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
            v = ENUM_0[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEPresentVoltage = f_EVSEPresentVoltage
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionReqType


def e_16(w, o, st):
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
        p = 'EVProcessing'
        v = o.EVProcessing
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


def d_16(r, st, cls):
    f_Header = None
    f_EVProcessing = None
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
        p = 'EVProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:DC}EVProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVProcessing = v
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
    o.EVProcessing = f_EVProcessing
    return o


# {urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionResType


def e_17(w, o, st):
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
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEPresentVoltage'
        v = o.EVSEPresentVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_17(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEPresentVoltage = None
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
            v = ENUM_0[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEPresentVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEPresentVoltage = f_EVSEPresentVoltage
    return o


# {urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlModeType


def e_18(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 3)
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
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
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower'
        v = o.EVMaximumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargeCurrent'
        v = o.EVMaximumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 7
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumVoltage'
        v = o.EVMaximumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 8
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumVoltage'
        v = o.EVMinimumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 9
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_18(r, st, cls):
    f_DepartureTime = None
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVMaximumChargePower = None
    f_EVMinimumChargePower = None
    f_EVMaximumChargeCurrent = None
    f_EVMaximumVoltage = None
    f_EVMinimumVoltage = None
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_DepartureTime = v
        elif c == 1:
            s = 2
            p = 'EVTargetEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'EVTargetEnergyRequest'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        s = 3
        p = 'EVMaximumEnergyRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumEnergyRequest = v
        s = 4
        p = 'EVMinimumEnergyRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumEnergyRequest = v
        s = 5
        p = 'EVMaximumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumChargePower = v
        s = 6
        p = 'EVMinimumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumChargePower = v
        s = 7
        p = 'EVMaximumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumChargeCurrent = v
        s = 8
        p = 'EVMaximumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumVoltage = v
        s = 9
        p = 'EVMinimumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumVoltage = v
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
    o.EVTargetEnergyRequest = f_EVTargetEnergyRequest
    o.EVMaximumEnergyRequest = f_EVMaximumEnergyRequest
    o.EVMinimumEnergyRequest = f_EVMinimumEnergyRequest
    o.EVMaximumChargePower = f_EVMaximumChargePower
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMaximumChargeCurrent = f_EVMaximumChargeCurrent
    o.EVMaximumVoltage = f_EVMaximumVoltage
    o.EVMinimumVoltage = f_EVMinimumVoltage
    return o


# {urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlModeType


def e_19(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 4)
        p = 'MinimumSOC'
        v = o.MinimumSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 0:
                w.bits(512 | (x << 1), 12)
                s = 2
            elif s == 1:
                w.bits(0 | (x << 1), 12)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'TargetSOC'
        v = o.TargetSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 0:
                w.bits(1024 | (x << 1), 12)
                s = 3
            elif s == 1:
                w.bits(512 | (x << 1), 12)
                s = 3
            elif s == 2:
                w.bits(0 | (x << 1), 11)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'AckMaxDelay'
        v = o.AckMaxDelay
        if v is not None:
            if s == 0:
                w.bits(6, 4)
                s = 4
            elif s == 1:
                w.bits(4, 4)
                s = 4
            elif s == 2:
                w.bits(2, 3)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p))
        p = 'EVSEMaximumChargePower'
        v = o.EVSEMaximumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(4, 3)
            s = 5
        elif s == 1:
            w.bits(3, 3)
            s = 5
        elif s == 2:
            w.bits(2, 2)
            s = 5
        elif s == 3:
            w.bits(1, 2)
            s = 5
        elif s == 4:
            w.bits(0, 1)
            s = 5
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower'
        v = o.EVSEMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumChargeCurrent'
        v = o.EVSEMaximumChargeCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 7
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumVoltage'
        v = o.EVSEMaximumVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 8
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_19(r, st, cls):
    f_DepartureTime = None
    f_MinimumSOC = None
    f_TargetSOC = None
    f_AckMaxDelay = None
    f_EVSEMaximumChargePower = None
    f_EVSEMinimumChargePower = None
    f_EVSEMaximumChargeCurrent = None
    f_EVSEMaximumVoltage = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'DepartureTime'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_DepartureTime = v
        elif c == 1:
            s = 2
            p = 'MinimumSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_MinimumSOC = v
        elif c == 2:
            s = 3
            p = 'TargetSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_TargetSOC = v
        elif c == 3:
            s = 4
            p = 'AckMaxDelay'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
            f_AckMaxDelay = v
        elif c == 4:
            s = 5
            p = 'EVSEMaximumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(3)
            if c == 0:
                s = 2
                p = 'MinimumSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_MinimumSOC = v
            elif c == 1:
                s = 3
                p = 'TargetSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_TargetSOC = v
            elif c == 2:
                s = 4
                p = 'AckMaxDelay'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_AckMaxDelay = v
            elif c == 3:
                s = 5
                p = 'EVSEMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'TargetSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_TargetSOC = v
            elif c == 1:
                s = 4
                p = 'AckMaxDelay'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_AckMaxDelay = v
            elif c == 2:
                s = 5
                p = 'EVSEMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'AckMaxDelay'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_AckMaxDelay = v
            elif c == 1:
                s = 5
                p = 'EVSEMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'EVSEMaximumChargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower = v
        s = 6
        p = 'EVSEMinimumChargePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMinimumChargePower = v
        s = 7
        p = 'EVSEMaximumChargeCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumChargeCurrent = v
        s = 8
        p = 'EVSEMaximumVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVSEMaximumVoltage = v
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
    o.MinimumSOC = f_MinimumSOC
    o.TargetSOC = f_TargetSOC
    o.AckMaxDelay = f_AckMaxDelay
    o.EVSEMaximumChargePower = f_EVSEMaximumChargePower
    o.EVSEMinimumChargePower = f_EVSEMinimumChargePower
    o.EVSEMaximumChargeCurrent = f_EVSEMaximumChargeCurrent
    o.EVSEMaximumVoltage = f_EVSEMaximumVoltage
    return o


# {urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlModeType


def e_20(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
        if v is not None:
            w.bits(0, 3)
            s = 1
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
        if v is not None:
            if s == 0:
                w.bits(1, 3)
                s = 2
            elif s == 1:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is not None:
            if s == 0:
                w.bits(2, 3)
                s = 3
            elif s == 1:
                w.bits(1, 2)
                s = 3
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVTargetCurrent'
        v = o.EVTargetCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(3, 3)
            s = 4
        elif s == 1:
            w.bits(2, 2)
            s = 4
        elif s == 2:
            w.bits(1, 2)
            s = 4
        elif s == 3:
            w.bits(0, 1)
            s = 4
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVTargetVoltage'
        v = o.EVTargetVoltage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower'
        v = o.EVMaximumChargePower
        if v is not None:
            w.bits(0, 3)
            s = 6
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is not None:
            if s == 5:
                w.bits(1, 3)
                s = 7
            elif s == 6:
                w.bits(0, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargeCurrent'
        v = o.EVMaximumChargeCurrent
        if v is not None:
            if s == 5:
                w.bits(2, 3)
                s = 8
            elif s == 6:
                w.bits(1, 3)
                s = 8
            elif s == 7:
                w.bits(0, 3)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumVoltage'
        v = o.EVMaximumVoltage
        if v is not None:
            if s == 5:
                w.bits(3, 3)
                s = 9
            elif s == 6:
                w.bits(2, 3)
                s = 9
            elif s == 7:
                w.bits(1, 3)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumVoltage'
        v = o.EVMinimumVoltage
        if v is not None:
            if s == 5:
                w.bits(4, 3)
                s = 10
            elif s == 6:
                w.bits(3, 3)
                s = 10
            elif s == 7:
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
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 5:
            w.bits(5, 3)
        elif s == 6:
            w.bits(4, 3)
        elif s == 7:
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


def d_20(r, st, cls):
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVTargetCurrent = None
    f_EVTargetVoltage = None
    f_EVMaximumChargePower = None
    f_EVMinimumChargePower = None
    f_EVMaximumChargeCurrent = None
    f_EVMaximumVoltage = None
    f_EVMinimumVoltage = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'EVTargetEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        elif c == 1:
            s = 2
            p = 'EVMaximumEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumEnergyRequest = v
        elif c == 2:
            s = 3
            p = 'EVMinimumEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumEnergyRequest = v
        elif c == 3:
            s = 4
            p = 'EVTargetCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetCurrent = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'EVMaximumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumEnergyRequest = v
            elif c == 1:
                s = 3
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 2:
                s = 4
                p = 'EVTargetCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVTargetCurrent = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 1:
                s = 4
                p = 'EVTargetCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVTargetCurrent = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVTargetCurrent'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetCurrent = v
        s = 5
        p = 'EVTargetVoltage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVTargetVoltage = v
        c = r.bits(3)
        if c == 0:
            s = 6
            p = 'EVMaximumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower = v
        elif c == 1:
            s = 7
            p = 'EVMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        elif c == 2:
            s = 8
            p = 'EVMaximumChargeCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargeCurrent = v
        elif c == 3:
            s = 9
            p = 'EVMaximumVoltage'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumVoltage = v
        elif c == 4:
            s = 10
            p = 'EVMinimumVoltage'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumVoltage = v
        elif c == 5:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(3)
            if c == 0:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 1:
                s = 8
                p = 'EVMaximumChargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargeCurrent = v
            elif c == 2:
                s = 9
                p = 'EVMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumVoltage = v
            elif c == 3:
                s = 10
                p = 'EVMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumVoltage = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(3)
            if c == 0:
                s = 8
                p = 'EVMaximumChargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargeCurrent = v
            elif c == 1:
                s = 9
                p = 'EVMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumVoltage = v
            elif c == 2:
                s = 10
                p = 'EVMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumVoltage = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'EVMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumVoltage = v
            elif c == 1:
                s = 10
                p = 'EVMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumVoltage = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 10
                p = 'EVMinimumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumVoltage = v
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
    o.EVTargetEnergyRequest = f_EVTargetEnergyRequest
    o.EVMaximumEnergyRequest = f_EVMaximumEnergyRequest
    o.EVMinimumEnergyRequest = f_EVMinimumEnergyRequest
    o.EVTargetCurrent = f_EVTargetCurrent
    o.EVTargetVoltage = f_EVTargetVoltage
    o.EVMaximumChargePower = f_EVMaximumChargePower
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMaximumChargeCurrent = f_EVMaximumChargeCurrent
    o.EVMaximumVoltage = f_EVMaximumVoltage
    o.EVMinimumVoltage = f_EVMinimumVoltage
    return o


# {urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlModeType


def e_21(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVSEMaximumChargePower'
        v = o.EVSEMaximumChargePower
        if v is not None:
            w.bits(0, 3)
            s = 1
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower'
        v = o.EVSEMinimumChargePower
        if v is not None:
            if s == 0:
                w.bits(1, 3)
                s = 2
            elif s == 1:
                w.bits(0, 3)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumChargeCurrent'
        v = o.EVSEMaximumChargeCurrent
        if v is not None:
            if s == 0:
                w.bits(2, 3)
                s = 3
            elif s == 1:
                w.bits(1, 3)
                s = 3
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumVoltage'
        v = o.EVSEMaximumVoltage
        if v is not None:
            if s == 0:
                w.bits(3, 3)
                s = 4
            elif s == 1:
                w.bits(2, 3)
                s = 4
            elif s == 2:
                w.bits(1, 2)
                s = 4
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 0:
            w.bits(4, 3)
        elif s == 1:
            w.bits(3, 3)
        elif s == 2:
            w.bits(2, 2)
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


def d_21(r, st, cls):
    f_EVSEMaximumChargePower = None
    f_EVSEMinimumChargePower = None
    f_EVSEMaximumChargeCurrent = None
    f_EVSEMaximumVoltage = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'EVSEMaximumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower = v
        elif c == 1:
            s = 2
            p = 'EVSEMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower = v
        elif c == 2:
            s = 3
            p = 'EVSEMaximumChargeCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargeCurrent = v
        elif c == 3:
            s = 4
            p = 'EVSEMaximumVoltage'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumVoltage = v
        elif c == 4:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(3)
            if c == 0:
                s = 2
                p = 'EVSEMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumChargePower = v
            elif c == 1:
                s = 3
                p = 'EVSEMaximumChargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargeCurrent = v
            elif c == 2:
                s = 4
                p = 'EVSEMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumVoltage = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVSEMaximumChargeCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargeCurrent = v
            elif c == 1:
                s = 4
                p = 'EVSEMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumVoltage = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'EVSEMaximumVoltage'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumVoltage = v
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
    o.EVSEMaximumChargePower = f_EVSEMaximumChargePower
    o.EVSEMinimumChargePower = f_EVSEMinimumChargePower
    o.EVSEMaximumChargeCurrent = f_EVSEMaximumChargeCurrent
    o.EVSEMaximumVoltage = f_EVSEMaximumVoltage
    return o

ELEMENTS = {
    '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode': (e_0, d_0, _m_dc.BPT_DC_CPDReqEnergyTransferMode),
    '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode': (e_1, d_1, _m_dc.BPT_DC_CPDResEnergyTransferMode),
    '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode': (e_2, d_2, _m_dc.BPT_Dynamic_DC_CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode': (e_3, d_3, _m_dc.BPT_Dynamic_DC_CLResControlMode),
    '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode': (e_4, d_4, _m_dc.BPT_Scheduled_DC_CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode': (e_5, d_5, _m_dc.BPT_Scheduled_DC_CLResControlMode),
    '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode': (e_6, d_6, _m_dc.DC_CPDReqEnergyTransferMode),
    '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode': (e_7, d_7, _m_dc.DC_CPDResEnergyTransferMode),
    '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckReq': (e_8, d_8, _m_dc.DC_CableCheckReq),
    '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckRes': (e_9, d_9, _m_dc.DC_CableCheckRes),
    '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopReq': (e_10, d_10, _m_dc.DC_ChargeLoopReq),
    '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopRes': (e_11, d_11, _m_dc.DC_ChargeLoopRes),
    '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryReq': (e_12, d_12, _m_dc.DC_ChargeParameterDiscoveryReq),
    '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryRes': (e_13, d_13, _m_dc.DC_ChargeParameterDiscoveryRes),
    '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeReq': (e_14, d_14, _m_dc.DC_PreChargeReq),
    '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeRes': (e_15, d_15, _m_dc.DC_PreChargeRes),
    '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionReq': (e_16, d_16, _m_dc.DC_WeldingDetectionReq),
    '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionRes': (e_17, d_17, _m_dc.DC_WeldingDetectionRes),
    '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode': (e_18, d_18, _m_dc.Dynamic_DC_CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode': (e_19, d_19, _m_dc.Dynamic_DC_CLResControlMode),
    '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode': (e_20, d_20, _m_dc.Scheduled_DC_CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode': (e_21, d_21, _m_dc.Scheduled_DC_CLResControlMode),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:iso:std:iso:15118:-20:DC': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Target', 'Type', 'URI')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
        ('urn:iso:std:iso:15118:-20:CommonTypes', ('AckMaxDelay', 'AdditionalServicesCosts', 'Amount', 'BPT_DischargedEnergyReadingWh', 'BPT_InductiveEnergyReadingVARh', 'BatteryEnergyCapacity', 'CLReqControlMode', 'CLReqControlModeType', 'CLResControlMode', 'CLResControlModeType', 'CapacitiveEnergyReadingVARh', 'ChargeLoopReqType', 'ChargeLoopResType', 'ChargeParameterDiscoveryReqType', 'ChargeParameterDiscoveryResType', 'ChargedEnergyReadingWh', 'ChargingComplete', 'CostPerUnit', 'DepartureTime', 'DetailedCostType', 'DetailedTaxType', 'DisplayParameters', 'DisplayParametersType', 'Dynamic_CLReqControlModeType', 'Dynamic_CLResControlModeType', 'EVMaximumEnergyRequest', 'EVMinimumEnergyRequest', 'EVSENotification', 'EVSEStatus', 'EVSEStatusType', 'EVTargetEnergyRequest', 'EnergyCosts', 'Exponent', 'Header', 'InletHot', 'ListOfRootCertificateIDsType', 'MaximumSOC', 'MessageHeaderType', 'MeterID', 'MeterInfo', 'MeterInfoRequested', 'MeterInfoType', 'MeterSignature', 'MeterStatus', 'MeterTimestamp', 'MinimumSOC', 'NotificationMaxDelay', 'OccupancyCosts', 'OverstayCosts', 'PresentSOC', 'RationalNumberType', 'Receipt', 'ReceiptType', 'RemainingTimeToMaximumSOC', 'RemainingTimeToMinimumSOC', 'RemainingTimeToTargetSOC', 'ResponseCode', 'RootCertificateID', 'Scheduled_CLReqControlModeType', 'Scheduled_CLResControlModeType', 'SessionID', 'TargetSOC', 'TaxCosts', 'TaxRuleID', 'TimeAnchor', 'TimeStamp', 'V2GMessageType', 'V2GRequestType', 'V2GResponseType', 'Value', 'descriptionType', 'evseNotificationType', 'identifierType', 'meterIDType', 'meterSignatureType', 'nameType', 'numericIDType', 'percentValueType', 'processingType', 'responseCodeType', 'sessionIDType')),
        ('urn:iso:std:iso:15118:-20:DC', ('BPT_DC_CPDReqEnergyTransferMode', 'BPT_DC_CPDReqEnergyTransferModeType', 'BPT_DC_CPDResEnergyTransferMode', 'BPT_DC_CPDResEnergyTransferModeType', 'BPT_Dynamic_DC_CLReqControlMode', 'BPT_Dynamic_DC_CLReqControlModeType', 'BPT_Dynamic_DC_CLResControlMode', 'BPT_Dynamic_DC_CLResControlModeType', 'BPT_Scheduled_DC_CLReqControlMode', 'BPT_Scheduled_DC_CLReqControlModeType', 'BPT_Scheduled_DC_CLResControlMode', 'BPT_Scheduled_DC_CLResControlModeType', 'DC_CPDReqEnergyTransferMode', 'DC_CPDReqEnergyTransferModeType', 'DC_CPDResEnergyTransferMode', 'DC_CPDResEnergyTransferModeType', 'DC_CableCheckReq', 'DC_CableCheckReqType', 'DC_CableCheckRes', 'DC_CableCheckResType', 'DC_ChargeLoopReq', 'DC_ChargeLoopReqType', 'DC_ChargeLoopRes', 'DC_ChargeLoopResType', 'DC_ChargeParameterDiscoveryReq', 'DC_ChargeParameterDiscoveryReqType', 'DC_ChargeParameterDiscoveryRes', 'DC_ChargeParameterDiscoveryResType', 'DC_PreChargeReq', 'DC_PreChargeReqType', 'DC_PreChargeRes', 'DC_PreChargeResType', 'DC_WeldingDetectionReq', 'DC_WeldingDetectionReqType', 'DC_WeldingDetectionRes', 'DC_WeldingDetectionResType', 'Dynamic_DC_CLReqControlMode', 'Dynamic_DC_CLReqControlModeType', 'Dynamic_DC_CLResControlMode', 'Dynamic_DC_CLResControlModeType', 'EVMaximumChargeCurrent', 'EVMaximumChargePower', 'EVMaximumDischargeCurrent', 'EVMaximumDischargePower', 'EVMaximumV2XEnergyRequest', 'EVMaximumVoltage', 'EVMinimumChargeCurrent', 'EVMinimumChargePower', 'EVMinimumDischargeCurrent', 'EVMinimumDischargePower', 'EVMinimumV2XEnergyRequest', 'EVMinimumVoltage', 'EVPresentVoltage', 'EVProcessing', 'EVSECurrentLimitAchieved', 'EVSEMaximumChargeCurrent', 'EVSEMaximumChargePower', 'EVSEMaximumDischargeCurrent', 'EVSEMaximumDischargePower', 'EVSEMaximumVoltage', 'EVSEMinimumChargeCurrent', 'EVSEMinimumChargePower', 'EVSEMinimumDischargeCurrent', 'EVSEMinimumDischargePower', 'EVSEMinimumVoltage', 'EVSEPowerLimitAchieved', 'EVSEPowerRampLimitation', 'EVSEPresentCurrent', 'EVSEPresentVoltage', 'EVSEProcessing', 'EVSEVoltageLimitAchieved', 'EVTargetCurrent', 'EVTargetVoltage', 'Scheduled_DC_CLReqControlMode', 'Scheduled_DC_CLReqControlModeType', 'Scheduled_DC_CLResControlMode', 'Scheduled_DC_CLResControlModeType', 'TargetSOC')),
    ),
}

# (type qname, field) -> element qnames of the substitution group that field holds
MEMBERS: dict[tuple[str, str], tuple[str, ...]] = {
    ('{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopReqType', 'CLReqControlMode'): ('{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode'),
    ('{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopResType', 'CLResControlMode'): ('{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode', '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode', '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode'),
    ('{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryReqType', 'DC_CPDReqEnergyTransferMode'): ('{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode', '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode'),
    ('{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryResType', 'DC_CPDResEnergyTransferMode'): ('{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode', '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode'),
}

# encoders of the substitution-group members the types above hold
ELEMENT_ENCODERS: dict[str, Callable[..., None]] = {
    '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode': _p_common_types.e_0,
    '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode': _p_common_types.e_1,
    '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode': e_0,
    '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode': e_1,
    '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode': e_2,
    '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode': e_3,
    '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode': e_4,
    '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode': e_5,
    '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode': e_6,
    '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode': e_7,
    '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode': e_18,
    '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode': e_19,
    '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode': e_20,
    '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode': e_21,
}

# namespace -> global elements of the schema set loaded for it, in EXI order
DOCUMENT_ELEMENTS = {
    'urn:iso:std:iso:15118:-20:DC': (
        '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode',
        '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode',
        '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode',
        '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode',
        '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode',
        '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod',
        '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode',
        '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode',
        '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckReq',
        '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckRes',
        '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopReq',
        '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopRes',
        '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryReq',
        '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryRes',
        '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeReq',
        '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeRes',
        '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionReq',
        '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionRes',
        '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}DigestMethod',
        '{http://www.w3.org/2000/09/xmldsig#}DigestValue',
        '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode',
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
        '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode',
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
    'urn:iso:std:iso:15118:-20:DC': (
        ('{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}Amount', '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode', '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_DischargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit', '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode', '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode', '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckReq', '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckRes', '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopReq', '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopRes', '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryReq', '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryRes', '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeReq', '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeRes', '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionReq', '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionRes', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters', '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode', '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargeCurrent', '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargePower', '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargeCurrent', '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:DC}EVMaximumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:DC}EVMaximumVoltage', '{urn:iso:std:iso:15118:-20:DC}EVMinimumChargeCurrent', '{urn:iso:std:iso:15118:-20:DC}EVMinimumChargePower', '{urn:iso:std:iso:15118:-20:DC}EVMinimumDischargeCurrent', '{urn:iso:std:iso:15118:-20:DC}EVMinimumDischargePower', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:DC}EVMinimumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:DC}EVMinimumVoltage', '{urn:iso:std:iso:15118:-20:DC}EVPresentVoltage', '{urn:iso:std:iso:15118:-20:DC}EVProcessing', '{urn:iso:std:iso:15118:-20:DC}EVSECurrentLimitAchieved', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargeCurrent', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargePower', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargeCurrent', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargePower', '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumVoltage', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumChargeCurrent', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumChargePower', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumDischargeCurrent', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumDischargePower', '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSENotification', '{urn:iso:std:iso:15118:-20:DC}EVSEPowerLimitAchieved', '{urn:iso:std:iso:15118:-20:DC}EVSEPowerRampLimitation', '{urn:iso:std:iso:15118:-20:DC}EVSEPresentCurrent', '{urn:iso:std:iso:15118:-20:DC}EVSEPresentVoltage', '{urn:iso:std:iso:15118:-20:DC}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus', '{urn:iso:std:iso:15118:-20:DC}EVSEVoltageLimitAchieved', '{urn:iso:std:iso:15118:-20:DC}EVTargetCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:DC}EVTargetVoltage', '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{urn:iso:std:iso:15118:-20:CommonTypes}Exponent', '{http://www.w3.org/2000/09/xmldsig#}G', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{urn:iso:std:iso:15118:-20:CommonTypes}Header', '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{urn:iso:std:iso:15118:-20:CommonTypes}NotificationMaxDelay', '{http://www.w3.org/2000/09/xmldsig#}Object', '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{urn:iso:std:iso:15118:-20:CommonTypes}PresentSOC', '{http://www.w3.org/2000/09/xmldsig#}Q', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{urn:iso:std:iso:15118:-20:CommonTypes}SessionID', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', '{urn:iso:std:iso:15118:-20:DC}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeAnchor', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeStamp', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{urn:iso:std:iso:15118:-20:CommonTypes}Value', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y'),
        {
            '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Amount': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDReqEnergyTransferMode': (e_0, d_0, _m_dc.BPT_DC_CPDReqEnergyTransferMode),
            '{urn:iso:std:iso:15118:-20:DC}BPT_DC_CPDResEnergyTransferMode': (e_1, d_1, _m_dc.BPT_DC_CPDResEnergyTransferMode),
            '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLReqControlMode': (e_2, d_2, _m_dc.BPT_Dynamic_DC_CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:DC}BPT_Dynamic_DC_CLResControlMode': (e_3, d_3, _m_dc.BPT_Dynamic_DC_CLResControlMode),
            '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLReqControlMode': (e_4, d_4, _m_dc.BPT_Scheduled_DC_CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:DC}BPT_Scheduled_DC_CLResControlMode': (e_5, d_5, _m_dc.BPT_Scheduled_DC_CLResControlMode),
            '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode': (_p_common_types.e_0, _p_common_types.d_0, _m_common_types.CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode': (_p_common_types.e_1, _p_common_types.d_1, _m_common_types.CLResControlMode),
            '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (_p_xmldsig.e_0, _p_xmldsig.d_0, _m_xmldsig.CanonicalizationMethod),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}DC_CPDReqEnergyTransferMode': (e_6, d_6, _m_dc.DC_CPDReqEnergyTransferMode),
            '{urn:iso:std:iso:15118:-20:DC}DC_CPDResEnergyTransferMode': (e_7, d_7, _m_dc.DC_CPDResEnergyTransferMode),
            '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckReq': (e_8, d_8, _m_dc.DC_CableCheckReq),
            '{urn:iso:std:iso:15118:-20:DC}DC_CableCheckRes': (e_9, d_9, _m_dc.DC_CableCheckRes),
            '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopReq': (e_10, d_10, _m_dc.DC_ChargeLoopReq),
            '{urn:iso:std:iso:15118:-20:DC}DC_ChargeLoopRes': (e_11, d_11, _m_dc.DC_ChargeLoopRes),
            '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryReq': (e_12, d_12, _m_dc.DC_ChargeParameterDiscoveryReq),
            '{urn:iso:std:iso:15118:-20:DC}DC_ChargeParameterDiscoveryRes': (e_13, d_13, _m_dc.DC_ChargeParameterDiscoveryRes),
            '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeReq': (e_14, d_14, _m_dc.DC_PreChargeReq),
            '{urn:iso:std:iso:15118:-20:DC}DC_PreChargeRes': (e_15, d_15, _m_dc.DC_PreChargeRes),
            '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionReq': (e_16, d_16, _m_dc.DC_WeldingDetectionReq),
            '{urn:iso:std:iso:15118:-20:DC}DC_WeldingDetectionRes': (e_17, d_17, _m_dc.DC_WeldingDetectionRes),
            '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (_p_xmldsig.e_1, _p_xmldsig.d_1, _m_xmldsig.DSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (_p_xmldsig.e_2, _p_xmldsig.d_2, _m_xmldsig.DigestMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (_p_xmldsig.es_0, _p_xmldsig.ds_0, _m_xmldsig.DigestValue),
            '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters': (_p_common_types.e_8, _p_common_types.d_8, _m_common_types.DisplayParametersType),
            '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLReqControlMode': (e_18, d_18, _m_dc.Dynamic_DC_CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:DC}Dynamic_DC_CLResControlMode': (e_19, d_19, _m_dc.Dynamic_DC_CLResControlMode),
            '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargeCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMaximumChargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargeCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMaximumDischargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMaximumV2XEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMaximumVoltage': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMinimumChargeCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMinimumChargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMinimumDischargeCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMinimumDischargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMinimumV2XEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVMinimumVoltage': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVPresentVoltage': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargeCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumChargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargeCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumDischargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMaximumVoltage': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumChargeCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumChargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumDischargeCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumDischargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEMinimumVoltage': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEPowerRampLimitation': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEPresentCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVSEPresentVoltage': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus': (_p_common_types.e_11, _p_common_types.d_11, _m_common_types.EVSEStatusType),
            '{urn:iso:std:iso:15118:-20:DC}EVTargetCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:DC}EVTargetVoltage': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
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
            '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLReqControlMode': (e_20, d_20, _m_dc.Scheduled_DC_CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:DC}Scheduled_DC_CLResControlMode': (e_21, d_21, _m_dc.Scheduled_DC_CLResControlMode),
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
