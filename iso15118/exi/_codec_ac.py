"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:iso:std:iso:15118:-20:AC.
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
from ..messages import ac as _m_ac
from ..messages import common_types as _m_common_types
from ..messages import xmldsig as _m_xmldsig

MEMBERS_0 = dict([(_m_ac.BPT_Dynamic_AC_CLReqControlMode, '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode'), (_m_ac.BPT_Dynamic_AC_CLReqControlModeType, '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode'), (_m_ac.BPT_Scheduled_AC_CLReqControlMode, '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode'), (_m_ac.BPT_Scheduled_AC_CLReqControlModeType, '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode'), (_m_ac.Dynamic_AC_CLReqControlMode, '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode'), (_m_ac.Dynamic_AC_CLReqControlModeType, '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode'), (_m_ac.Scheduled_AC_CLReqControlMode, '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode'), (_m_ac.Scheduled_AC_CLReqControlModeType, '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode')])
ENUM_0 = tuple(_m_common_types.responseCodeType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}
MEMBERS_1 = dict([(_m_ac.BPT_Dynamic_AC_CLResControlMode, '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode'), (_m_ac.BPT_Dynamic_AC_CLResControlModeType, '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode'), (_m_ac.BPT_Scheduled_AC_CLResControlMode, '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode'), (_m_ac.BPT_Scheduled_AC_CLResControlModeType, '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode'), (_m_ac.Dynamic_AC_CLResControlMode, '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode'), (_m_ac.Dynamic_AC_CLResControlModeType, '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode'), (_m_ac.Scheduled_AC_CLResControlMode, '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode'), (_m_ac.Scheduled_AC_CLResControlModeType, '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode')])
MEMBERS_2 = dict([(_m_ac.AC_CPDReqEnergyTransferMode, '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode'), (_m_ac.AC_CPDReqEnergyTransferModeType, '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode'), (_m_ac.BPT_AC_CPDReqEnergyTransferMode, '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode'), (_m_ac.BPT_AC_CPDReqEnergyTransferModeType, '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode')])
MEMBERS_3 = dict([(_m_ac.AC_CPDResEnergyTransferMode, '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode'), (_m_ac.AC_CPDResEnergyTransferModeType, '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode'), (_m_ac.BPT_AC_CPDResEnergyTransferMode, '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode'), (_m_ac.BPT_AC_CPDResEnergyTransferModeType, '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode')])


# {urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferModeType


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
        p = 'EVMaximumChargePower_L2'
        v = o.EVMaximumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 2
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower_L3'
        v = o.EVMaximumChargePower_L3
        if v is not None:
            if s == 1:
                w.bits(1, 2)
                s = 3
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 1:
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
        p = 'EVMinimumChargePower_L2'
        v = o.EVMinimumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 5
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L3'
        v = o.EVMinimumChargePower_L3
        if v is not None:
            if s == 4:
                w.bits(1, 2)
                s = 6
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 4:
            w.bits(2, 2)
        elif s == 5:
            w.bits(1, 2)
        elif s == 6:
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
    f_EVMaximumChargePower = None
    f_EVMaximumChargePower_L2 = None
    f_EVMaximumChargePower_L3 = None
    f_EVMinimumChargePower = None
    f_EVMinimumChargePower_L2 = None
    f_EVMinimumChargePower_L3 = None
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
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVMaximumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L2 = v
        elif c == 1:
            s = 3
            p = 'EVMaximumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L3 = v
        elif c == 2:
            s = 4
            p = 'EVMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 1:
                s = 4
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVMinimumChargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        c = r.bits(2)
        if c == 0:
            s = 5
            p = 'EVMinimumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L2 = v
        elif c == 1:
            s = 6
            p = 'EVMinimumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L3 = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
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
    o.EVMaximumChargePower_L2 = f_EVMaximumChargePower_L2
    o.EVMaximumChargePower_L3 = f_EVMaximumChargePower_L3
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMinimumChargePower_L2 = f_EVMinimumChargePower_L2
    o.EVMinimumChargePower_L3 = f_EVMinimumChargePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferModeType


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
        p = 'EVSEMaximumChargePower_L2'
        v = o.EVSEMaximumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 2
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumChargePower_L3'
        v = o.EVSEMaximumChargePower_L3
        if v is not None:
            if s == 1:
                w.bits(1, 2)
                s = 3
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower'
        v = o.EVSEMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 1:
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
        p = 'EVSEMinimumChargePower_L2'
        v = o.EVSEMinimumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 5
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower_L3'
        v = o.EVSEMinimumChargePower_L3
        if v is not None:
            if s == 4:
                w.bits(1, 2)
                s = 6
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSENominalFrequency'
        v = o.EVSENominalFrequency
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 4:
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
        _p_common_types.e_15(w, v, st)
        p = 'MaximumPowerAsymmetry'
        v = o.MaximumPowerAsymmetry
        if v is not None:
            w.bits(0, 3)
            s = 8
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPowerRampLimitation'
        v = o.EVSEPowerRampLimitation
        if v is not None:
            if s == 7:
                w.bits(1, 3)
                s = 9
            elif s == 8:
                w.bits(0, 3)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentActivePower'
        v = o.EVSEPresentActivePower
        if v is not None:
            if s == 7:
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
        p = 'EVSEPresentActivePower_L2'
        v = o.EVSEPresentActivePower_L2
        if v is not None:
            if s == 7:
                w.bits(3, 3)
                s = 11
            elif s == 8:
                w.bits(2, 3)
                s = 11
            elif s == 9:
                w.bits(1, 3)
                s = 11
            elif s == 10:
                w.bits(0, 2)
                s = 11
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentActivePower_L3'
        v = o.EVSEPresentActivePower_L3
        if v is not None:
            if s == 7:
                w.bits(4, 3)
                s = 12
            elif s == 8:
                w.bits(3, 3)
                s = 12
            elif s == 9:
                w.bits(2, 3)
                s = 12
            elif s == 10:
                w.bits(1, 2)
                s = 12
            elif s == 11:
                w.bits(0, 2)
                s = 12
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 7:
            w.bits(5, 3)
        elif s == 8:
            w.bits(4, 3)
        elif s == 9:
            w.bits(3, 3)
        elif s == 10:
            w.bits(2, 2)
        elif s == 11:
            w.bits(1, 2)
        elif s == 12:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_1(r, st, cls):
    f_EVSEMaximumChargePower = None
    f_EVSEMaximumChargePower_L2 = None
    f_EVSEMaximumChargePower_L3 = None
    f_EVSEMinimumChargePower = None
    f_EVSEMinimumChargePower_L2 = None
    f_EVSEMinimumChargePower_L3 = None
    f_EVSENominalFrequency = None
    f_MaximumPowerAsymmetry = None
    f_EVSEPowerRampLimitation = None
    f_EVSEPresentActivePower = None
    f_EVSEPresentActivePower_L2 = None
    f_EVSEPresentActivePower_L3 = None
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
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVSEMaximumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower_L2 = v
        elif c == 1:
            s = 3
            p = 'EVSEMaximumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower_L3 = v
        elif c == 2:
            s = 4
            p = 'EVSEMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVSEMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargePower_L3 = v
            elif c == 1:
                s = 4
                p = 'EVSEMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVSEMinimumChargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower = v
        c = r.bits(2)
        if c == 0:
            s = 5
            p = 'EVSEMinimumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower_L2 = v
        elif c == 1:
            s = 6
            p = 'EVSEMinimumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower_L3 = v
        elif c == 2:
            s = 7
            p = 'EVSENominalFrequency'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSENominalFrequency = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'EVSEMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumChargePower_L3 = v
            elif c == 1:
                s = 7
                p = 'EVSENominalFrequency'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSENominalFrequency = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            s = 7
            p = 'EVSENominalFrequency'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSENominalFrequency = v
        c = r.bits(3)
        if c == 0:
            s = 8
            p = 'MaximumPowerAsymmetry'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_MaximumPowerAsymmetry = v
        elif c == 1:
            s = 9
            p = 'EVSEPowerRampLimitation'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPowerRampLimitation = v
        elif c == 2:
            s = 10
            p = 'EVSEPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower = v
        elif c == 3:
            s = 11
            p = 'EVSEPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L2 = v
        elif c == 4:
            s = 12
            p = 'EVSEPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L3 = v
        elif c == 5:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(3)
            if c == 0:
                s = 9
                p = 'EVSEPowerRampLimitation'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPowerRampLimitation = v
            elif c == 1:
                s = 10
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 2:
                s = 11
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 3:
                s = 12
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(3)
            if c == 0:
                s = 10
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 1:
                s = 11
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 2:
                s = 12
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            c = r.bits(2)
            if c == 0:
                s = 11
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 1:
                s = 12
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(2)
            if c == 0:
                s = 12
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
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
    o.EVSEMaximumChargePower_L2 = f_EVSEMaximumChargePower_L2
    o.EVSEMaximumChargePower_L3 = f_EVSEMaximumChargePower_L3
    o.EVSEMinimumChargePower = f_EVSEMinimumChargePower
    o.EVSEMinimumChargePower_L2 = f_EVSEMinimumChargePower_L2
    o.EVSEMinimumChargePower_L3 = f_EVSEMinimumChargePower_L3
    o.EVSENominalFrequency = f_EVSENominalFrequency
    o.MaximumPowerAsymmetry = f_MaximumPowerAsymmetry
    o.EVSEPowerRampLimitation = f_EVSEPowerRampLimitation
    o.EVSEPresentActivePower = f_EVSEPresentActivePower
    o.EVSEPresentActivePower_L2 = f_EVSEPresentActivePower_L2
    o.EVSEPresentActivePower_L3 = f_EVSEPresentActivePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopReqType


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
        p = 'CLReqControlMode'
        v = o.CLReqControlMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_0, v)
        if q == '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode':
            w.bits(0, 3)
            s = 4
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode':
            w.bits(1, 3)
            s = 4
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode':
            w.bits(2, 3)
            s = 4
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode':
            w.bits(3, 3)
            s = 4
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode':
            w.bits(4, 3)
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


def d_2(r, st, cls):
    f_Header = None
    f_DisplayParameters = None
    f_MeterInfoRequested = None
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
        c = r.bits(3)
        if c == 0:
            s = 4
            p = 'CLReqControlMode'
            v = d_8(r, st, _m_ac.BPT_Dynamic_AC_CLReqControlMode)
            f_CLReqControlMode = v
        elif c == 1:
            s = 4
            p = 'CLReqControlMode'
            v = d_10(r, st, _m_ac.BPT_Scheduled_AC_CLReqControlMode)
            f_CLReqControlMode = v
        elif c == 2:
            s = 4
            p = 'CLReqControlMode'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 3:
            s = 4
            p = 'CLReqControlMode'
            v = d_12(r, st, _m_ac.Dynamic_AC_CLReqControlMode)
            f_CLReqControlMode = v
        elif c == 4:
            s = 4
            p = 'CLReqControlMode'
            v = d_14(r, st, _m_ac.Scheduled_AC_CLReqControlMode)
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
    o.CLReqControlMode = f_CLReqControlMode
    return o


# {urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopResType


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
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEStatus'
        v = o.EVSEStatus
        if v is not None:
            w.bits(0, 4)
            s = 3
            _p_common_types.e_11(w, v, st)
        p = 'MeterInfo'
        v = o.MeterInfo
        if v is not None:
            if s == 2:
                w.bits(1, 4)
                s = 4
            elif s == 3:
                w.bits(0, 4)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_14(w, v, st)
        p = 'Receipt'
        v = o.Receipt
        if v is not None:
            if s == 2:
                w.bits(2, 4)
                s = 5
            elif s == 3:
                w.bits(1, 4)
                s = 5
            elif s == 4:
                w.bits(0, 3)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_16(w, v, st)
        p = 'EVSETargetFrequency'
        v = o.EVSETargetFrequency
        if v is not None:
            if s == 2:
                w.bits(3, 4)
                s = 6
            elif s == 3:
                w.bits(2, 4)
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
        p = 'CLResControlMode'
        v = o.CLResControlMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_1, v)
        if q == '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode':
            if s == 2:
                w.bits(4, 4)
                s = 7
            elif s == 3:
                w.bits(3, 4)
                s = 7
            elif s == 4:
                w.bits(2, 3)
                s = 7
            elif s == 5:
                w.bits(1, 3)
                s = 7
            elif s == 6:
                w.bits(0, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode':
            if s == 2:
                w.bits(5, 4)
                s = 7
            elif s == 3:
                w.bits(4, 4)
                s = 7
            elif s == 4:
                w.bits(3, 3)
                s = 7
            elif s == 5:
                w.bits(2, 3)
                s = 7
            elif s == 6:
                w.bits(1, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode':
            if s == 2:
                w.bits(6, 4)
                s = 7
            elif s == 3:
                w.bits(5, 4)
                s = 7
            elif s == 4:
                w.bits(4, 3)
                s = 7
            elif s == 5:
                w.bits(3, 3)
                s = 7
            elif s == 6:
                w.bits(2, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode':
            if s == 2:
                w.bits(7, 4)
                s = 7
            elif s == 3:
                w.bits(6, 4)
                s = 7
            elif s == 4:
                w.bits(5, 3)
                s = 7
            elif s == 5:
                w.bits(4, 3)
                s = 7
            elif s == 6:
                w.bits(3, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode':
            if s == 2:
                w.bits(8, 4)
                s = 7
            elif s == 3:
                w.bits(7, 4)
                s = 7
            elif s == 4:
                w.bits(6, 3)
                s = 7
            elif s == 5:
                w.bits(5, 3)
                s = 7
            elif s == 6:
                w.bits(4, 3)
                s = 7
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


def d_3(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEStatus = None
    f_MeterInfo = None
    f_Receipt = None
    f_EVSETargetFrequency = None
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
        c = r.bits(4)
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
            p = 'EVSETargetFrequency'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetFrequency = v
        elif c == 4:
            s = 7
            p = 'CLResControlMode'
            v = d_9(r, st, _m_ac.BPT_Dynamic_AC_CLResControlMode)
            f_CLResControlMode = v
        elif c == 5:
            s = 7
            p = 'CLResControlMode'
            v = d_11(r, st, _m_ac.BPT_Scheduled_AC_CLResControlMode)
            f_CLResControlMode = v
        elif c == 6:
            s = 7
            p = 'CLResControlMode'
            raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
        elif c == 7:
            s = 7
            p = 'CLResControlMode'
            v = d_13(r, st, _m_ac.Dynamic_AC_CLResControlMode)
            f_CLResControlMode = v
        elif c == 8:
            s = 7
            p = 'CLResControlMode'
            v = d_15(r, st, _m_ac.Scheduled_AC_CLResControlMode)
            f_CLResControlMode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(4)
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
                p = 'EVSETargetFrequency'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetFrequency = v
            elif c == 3:
                s = 7
                p = 'CLResControlMode'
                v = d_9(r, st, _m_ac.BPT_Dynamic_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 4:
                s = 7
                p = 'CLResControlMode'
                v = d_11(r, st, _m_ac.BPT_Scheduled_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 5:
                s = 7
                p = 'CLResControlMode'
                raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
            elif c == 6:
                s = 7
                p = 'CLResControlMode'
                v = d_13(r, st, _m_ac.Dynamic_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 7:
                s = 7
                p = 'CLResControlMode'
                v = d_15(r, st, _m_ac.Scheduled_AC_CLResControlMode)
                f_CLResControlMode = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'Receipt'
                v = _p_common_types.d_16(r, st, _m_common_types.ReceiptType)
                f_Receipt = v
            elif c == 1:
                s = 6
                p = 'EVSETargetFrequency'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetFrequency = v
            elif c == 2:
                s = 7
                p = 'CLResControlMode'
                v = d_9(r, st, _m_ac.BPT_Dynamic_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 3:
                s = 7
                p = 'CLResControlMode'
                v = d_11(r, st, _m_ac.BPT_Scheduled_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 4:
                s = 7
                p = 'CLResControlMode'
                raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
            elif c == 5:
                s = 7
                p = 'CLResControlMode'
                v = d_13(r, st, _m_ac.Dynamic_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 6:
                s = 7
                p = 'CLResControlMode'
                v = d_15(r, st, _m_ac.Scheduled_AC_CLResControlMode)
                f_CLResControlMode = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'EVSETargetFrequency'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetFrequency = v
            elif c == 1:
                s = 7
                p = 'CLResControlMode'
                v = d_9(r, st, _m_ac.BPT_Dynamic_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 2:
                s = 7
                p = 'CLResControlMode'
                v = d_11(r, st, _m_ac.BPT_Scheduled_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 3:
                s = 7
                p = 'CLResControlMode'
                raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
            elif c == 4:
                s = 7
                p = 'CLResControlMode'
                v = d_13(r, st, _m_ac.Dynamic_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 5:
                s = 7
                p = 'CLResControlMode'
                v = d_15(r, st, _m_ac.Scheduled_AC_CLResControlMode)
                f_CLResControlMode = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(3)
            if c == 0:
                s = 7
                p = 'CLResControlMode'
                v = d_9(r, st, _m_ac.BPT_Dynamic_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 1:
                s = 7
                p = 'CLResControlMode'
                v = d_11(r, st, _m_ac.BPT_Scheduled_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 2:
                s = 7
                p = 'CLResControlMode'
                raise EXIDecodeError(r.pos, [], 'element of an abstract type without xsi:type')
            elif c == 3:
                s = 7
                p = 'CLResControlMode'
                v = d_13(r, st, _m_ac.Dynamic_AC_CLResControlMode)
                f_CLResControlMode = v
            elif c == 4:
                s = 7
                p = 'CLResControlMode'
                v = d_15(r, st, _m_ac.Scheduled_AC_CLResControlMode)
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
    o.EVSETargetFrequency = f_EVSETargetFrequency
    o.CLResControlMode = f_CLResControlMode
    return o


# {urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryReqType


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
        p = 'AC_CPDReqEnergyTransferMode'
        v = o.AC_CPDReqEnergyTransferMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_2, v)
        if q == '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode':
            w.bits(0, 2)
            s = 2
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode':
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


def d_4(r, st, cls):
    f_Header = None
    f_AC_CPDReqEnergyTransferMode = None
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
            p = 'AC_CPDReqEnergyTransferMode'
            v = d_0(r, st, _m_ac.AC_CPDReqEnergyTransferMode)
            f_AC_CPDReqEnergyTransferMode = v
        elif c == 1:
            s = 2
            p = 'AC_CPDReqEnergyTransferMode'
            v = d_6(r, st, _m_ac.BPT_AC_CPDReqEnergyTransferMode)
            f_AC_CPDReqEnergyTransferMode = v
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
    o.AC_CPDReqEnergyTransferMode = f_AC_CPDReqEnergyTransferMode
    return o


# {urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryResType


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
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'AC_CPDResEnergyTransferMode'
        v = o.AC_CPDResEnergyTransferMode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        q = member_of(MEMBERS_3, v)
        if q == '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode':
            w.bits(0, 2)
            s = 3
            ELEMENT_ENCODERS[q](w, v, st)
        elif q == '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode':
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


def d_5(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_AC_CPDResEnergyTransferMode = None
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
            p = 'AC_CPDResEnergyTransferMode'
            v = d_1(r, st, _m_ac.AC_CPDResEnergyTransferMode)
            f_AC_CPDResEnergyTransferMode = v
        elif c == 1:
            s = 3
            p = 'AC_CPDResEnergyTransferMode'
            v = d_7(r, st, _m_ac.BPT_AC_CPDResEnergyTransferMode)
            f_AC_CPDResEnergyTransferMode = v
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
    o.AC_CPDResEnergyTransferMode = f_AC_CPDResEnergyTransferMode
    return o


# {urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferModeType


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
        p = 'EVMaximumChargePower_L2'
        v = o.EVMaximumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 2
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower_L3'
        v = o.EVMaximumChargePower_L3
        if v is not None:
            if s == 1:
                w.bits(1, 2)
                s = 3
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 1:
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
        p = 'EVMinimumChargePower_L2'
        v = o.EVMinimumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 5
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L3'
        v = o.EVMinimumChargePower_L3
        if v is not None:
            if s == 4:
                w.bits(1, 2)
                s = 6
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower'
        v = o.EVMaximumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 4:
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
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower_L2'
        v = o.EVMaximumDischargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 8
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower_L3'
        v = o.EVMaximumDischargePower_L3
        if v is not None:
            if s == 7:
                w.bits(1, 2)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower'
        v = o.EVMinimumDischargePower
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
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower_L2'
        v = o.EVMinimumDischargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 11
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower_L3'
        v = o.EVMinimumDischargePower_L3
        if v is not None:
            if s == 10:
                w.bits(1, 2)
                s = 12
            elif s == 11:
                w.bits(0, 2)
                s = 12
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 10:
            w.bits(2, 2)
        elif s == 11:
            w.bits(1, 2)
        elif s == 12:
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
    f_EVMaximumChargePower_L2 = None
    f_EVMaximumChargePower_L3 = None
    f_EVMinimumChargePower = None
    f_EVMinimumChargePower_L2 = None
    f_EVMinimumChargePower_L3 = None
    f_EVMaximumDischargePower = None
    f_EVMaximumDischargePower_L2 = None
    f_EVMaximumDischargePower_L3 = None
    f_EVMinimumDischargePower = None
    f_EVMinimumDischargePower_L2 = None
    f_EVMinimumDischargePower_L3 = None
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
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVMaximumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L2 = v
        elif c == 1:
            s = 3
            p = 'EVMaximumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L3 = v
        elif c == 2:
            s = 4
            p = 'EVMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 1:
                s = 4
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVMinimumChargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        c = r.bits(2)
        if c == 0:
            s = 5
            p = 'EVMinimumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L2 = v
        elif c == 1:
            s = 6
            p = 'EVMinimumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L3 = v
        elif c == 2:
            s = 7
            p = 'EVMaximumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 1:
                s = 7
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            s = 7
            p = 'EVMaximumDischargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower = v
        c = r.bits(2)
        if c == 0:
            s = 8
            p = 'EVMaximumDischargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower_L2 = v
        elif c == 1:
            s = 9
            p = 'EVMaximumDischargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower_L3 = v
        elif c == 2:
            s = 10
            p = 'EVMinimumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 1:
                s = 10
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            s = 10
            p = 'EVMinimumDischargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower = v
        c = r.bits(2)
        if c == 0:
            s = 11
            p = 'EVMinimumDischargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower_L2 = v
        elif c == 1:
            s = 12
            p = 'EVMinimumDischargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower_L3 = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(2)
            if c == 0:
                s = 12
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
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
    o.EVMaximumChargePower_L2 = f_EVMaximumChargePower_L2
    o.EVMaximumChargePower_L3 = f_EVMaximumChargePower_L3
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMinimumChargePower_L2 = f_EVMinimumChargePower_L2
    o.EVMinimumChargePower_L3 = f_EVMinimumChargePower_L3
    o.EVMaximumDischargePower = f_EVMaximumDischargePower
    o.EVMaximumDischargePower_L2 = f_EVMaximumDischargePower_L2
    o.EVMaximumDischargePower_L3 = f_EVMaximumDischargePower_L3
    o.EVMinimumDischargePower = f_EVMinimumDischargePower
    o.EVMinimumDischargePower_L2 = f_EVMinimumDischargePower_L2
    o.EVMinimumDischargePower_L3 = f_EVMinimumDischargePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferModeType


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
        p = 'EVSEMaximumChargePower_L2'
        v = o.EVSEMaximumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 2
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumChargePower_L3'
        v = o.EVSEMaximumChargePower_L3
        if v is not None:
            if s == 1:
                w.bits(1, 2)
                s = 3
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower'
        v = o.EVSEMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 1:
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
        p = 'EVSEMinimumChargePower_L2'
        v = o.EVSEMinimumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 5
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumChargePower_L3'
        v = o.EVSEMinimumChargePower_L3
        if v is not None:
            if s == 4:
                w.bits(1, 2)
                s = 6
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSENominalFrequency'
        v = o.EVSENominalFrequency
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 4:
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
        _p_common_types.e_15(w, v, st)
        p = 'MaximumPowerAsymmetry'
        v = o.MaximumPowerAsymmetry
        if v is not None:
            w.bits(0, 3)
            s = 8
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPowerRampLimitation'
        v = o.EVSEPowerRampLimitation
        if v is not None:
            if s == 7:
                w.bits(1, 3)
                s = 9
            elif s == 8:
                w.bits(0, 3)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentActivePower'
        v = o.EVSEPresentActivePower
        if v is not None:
            if s == 7:
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
        p = 'EVSEPresentActivePower_L2'
        v = o.EVSEPresentActivePower_L2
        if v is not None:
            if s == 7:
                w.bits(3, 3)
                s = 11
            elif s == 8:
                w.bits(2, 3)
                s = 11
            elif s == 9:
                w.bits(1, 3)
                s = 11
            elif s == 10:
                w.bits(0, 2)
                s = 11
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentActivePower_L3'
        v = o.EVSEPresentActivePower_L3
        if v is not None:
            if s == 7:
                w.bits(4, 3)
                s = 12
            elif s == 8:
                w.bits(3, 3)
                s = 12
            elif s == 9:
                w.bits(2, 3)
                s = 12
            elif s == 10:
                w.bits(1, 2)
                s = 12
            elif s == 11:
                w.bits(0, 2)
                s = 12
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargePower'
        v = o.EVSEMaximumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 7:
            w.bits(5, 3)
            s = 13
        elif s == 8:
            w.bits(4, 3)
            s = 13
        elif s == 9:
            w.bits(3, 3)
            s = 13
        elif s == 10:
            w.bits(2, 2)
            s = 13
        elif s == 11:
            w.bits(1, 2)
            s = 13
        elif s == 12:
            w.bits(0, 1)
            s = 13
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargePower_L2'
        v = o.EVSEMaximumDischargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 14
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMaximumDischargePower_L3'
        v = o.EVSEMaximumDischargePower_L3
        if v is not None:
            if s == 13:
                w.bits(1, 2)
                s = 15
            elif s == 14:
                w.bits(0, 2)
                s = 15
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumDischargePower'
        v = o.EVSEMinimumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 13:
            w.bits(2, 2)
            s = 16
        elif s == 14:
            w.bits(1, 2)
            s = 16
        elif s == 15:
            w.bits(0, 1)
            s = 16
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumDischargePower_L2'
        v = o.EVSEMinimumDischargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 17
            _p_common_types.e_15(w, v, st)
        p = 'EVSEMinimumDischargePower_L3'
        v = o.EVSEMinimumDischargePower_L3
        if v is not None:
            if s == 16:
                w.bits(1, 2)
                s = 18
            elif s == 17:
                w.bits(0, 2)
                s = 18
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 16:
            w.bits(2, 2)
        elif s == 17:
            w.bits(1, 2)
        elif s == 18:
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
    f_EVSEMaximumChargePower_L2 = None
    f_EVSEMaximumChargePower_L3 = None
    f_EVSEMinimumChargePower = None
    f_EVSEMinimumChargePower_L2 = None
    f_EVSEMinimumChargePower_L3 = None
    f_EVSENominalFrequency = None
    f_MaximumPowerAsymmetry = None
    f_EVSEPowerRampLimitation = None
    f_EVSEPresentActivePower = None
    f_EVSEPresentActivePower_L2 = None
    f_EVSEPresentActivePower_L3 = None
    f_EVSEMaximumDischargePower = None
    f_EVSEMaximumDischargePower_L2 = None
    f_EVSEMaximumDischargePower_L3 = None
    f_EVSEMinimumDischargePower = None
    f_EVSEMinimumDischargePower_L2 = None
    f_EVSEMinimumDischargePower_L3 = None
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
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'EVSEMaximumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower_L2 = v
        elif c == 1:
            s = 3
            p = 'EVSEMaximumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumChargePower_L3 = v
        elif c == 2:
            s = 4
            p = 'EVSEMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVSEMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumChargePower_L3 = v
            elif c == 1:
                s = 4
                p = 'EVSEMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVSEMinimumChargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower = v
        c = r.bits(2)
        if c == 0:
            s = 5
            p = 'EVSEMinimumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower_L2 = v
        elif c == 1:
            s = 6
            p = 'EVSEMinimumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumChargePower_L3 = v
        elif c == 2:
            s = 7
            p = 'EVSENominalFrequency'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSENominalFrequency = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'EVSEMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumChargePower_L3 = v
            elif c == 1:
                s = 7
                p = 'EVSENominalFrequency'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSENominalFrequency = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            s = 7
            p = 'EVSENominalFrequency'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSENominalFrequency = v
        c = r.bits(3)
        if c == 0:
            s = 8
            p = 'MaximumPowerAsymmetry'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_MaximumPowerAsymmetry = v
        elif c == 1:
            s = 9
            p = 'EVSEPowerRampLimitation'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPowerRampLimitation = v
        elif c == 2:
            s = 10
            p = 'EVSEPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower = v
        elif c == 3:
            s = 11
            p = 'EVSEPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L2 = v
        elif c == 4:
            s = 12
            p = 'EVSEPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L3 = v
        elif c == 5:
            s = 13
            p = 'EVSEMaximumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumDischargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(3)
            if c == 0:
                s = 9
                p = 'EVSEPowerRampLimitation'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPowerRampLimitation = v
            elif c == 1:
                s = 10
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 2:
                s = 11
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 3:
                s = 12
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 4:
                s = 13
                p = 'EVSEMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(3)
            if c == 0:
                s = 10
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 1:
                s = 11
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 2:
                s = 12
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 3:
                s = 13
                p = 'EVSEMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            c = r.bits(2)
            if c == 0:
                s = 11
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 1:
                s = 12
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 2:
                s = 13
                p = 'EVSEMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(2)
            if c == 0:
                s = 12
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 1:
                s = 13
                p = 'EVSEMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            s = 13
            p = 'EVSEMaximumDischargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumDischargePower = v
        c = r.bits(2)
        if c == 0:
            s = 14
            p = 'EVSEMaximumDischargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumDischargePower_L2 = v
        elif c == 1:
            s = 15
            p = 'EVSEMaximumDischargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMaximumDischargePower_L3 = v
        elif c == 2:
            s = 16
            p = 'EVSEMinimumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumDischargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 14:
            c = r.bits(2)
            if c == 0:
                s = 15
                p = 'EVSEMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMaximumDischargePower_L3 = v
            elif c == 1:
                s = 16
                p = 'EVSEMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 15:
            s = 16
            p = 'EVSEMinimumDischargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumDischargePower = v
        c = r.bits(2)
        if c == 0:
            s = 17
            p = 'EVSEMinimumDischargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumDischargePower_L2 = v
        elif c == 1:
            s = 18
            p = 'EVSEMinimumDischargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEMinimumDischargePower_L3 = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 17:
            c = r.bits(2)
            if c == 0:
                s = 18
                p = 'EVSEMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEMinimumDischargePower_L3 = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 18:
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
    o.EVSEMaximumChargePower_L2 = f_EVSEMaximumChargePower_L2
    o.EVSEMaximumChargePower_L3 = f_EVSEMaximumChargePower_L3
    o.EVSEMinimumChargePower = f_EVSEMinimumChargePower
    o.EVSEMinimumChargePower_L2 = f_EVSEMinimumChargePower_L2
    o.EVSEMinimumChargePower_L3 = f_EVSEMinimumChargePower_L3
    o.EVSENominalFrequency = f_EVSENominalFrequency
    o.MaximumPowerAsymmetry = f_MaximumPowerAsymmetry
    o.EVSEPowerRampLimitation = f_EVSEPowerRampLimitation
    o.EVSEPresentActivePower = f_EVSEPresentActivePower
    o.EVSEPresentActivePower_L2 = f_EVSEPresentActivePower_L2
    o.EVSEPresentActivePower_L3 = f_EVSEPresentActivePower_L3
    o.EVSEMaximumDischargePower = f_EVSEMaximumDischargePower
    o.EVSEMaximumDischargePower_L2 = f_EVSEMaximumDischargePower_L2
    o.EVSEMaximumDischargePower_L3 = f_EVSEMaximumDischargePower_L3
    o.EVSEMinimumDischargePower = f_EVSEMinimumDischargePower
    o.EVSEMinimumDischargePower_L2 = f_EVSEMinimumDischargePower_L2
    o.EVSEMinimumDischargePower_L3 = f_EVSEMinimumDischargePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlModeType


def e_8(w, o, st):
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
        p = 'EVMaximumChargePower_L2'
        v = o.EVMaximumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 6
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower_L3'
        v = o.EVMaximumChargePower_L3
        if v is not None:
            if s == 5:
                w.bits(1, 2)
                s = 7
            elif s == 6:
                w.bits(0, 2)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 5:
            w.bits(2, 2)
            s = 8
        elif s == 6:
            w.bits(1, 2)
            s = 8
        elif s == 7:
            w.bits(0, 1)
            s = 8
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L2'
        v = o.EVMinimumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 9
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L3'
        v = o.EVMinimumChargePower_L3
        if v is not None:
            if s == 8:
                w.bits(1, 2)
                s = 10
            elif s == 9:
                w.bits(0, 2)
                s = 10
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower'
        v = o.EVPresentActivePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 8:
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
        _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower_L2'
        v = o.EVPresentActivePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 12
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower_L3'
        v = o.EVPresentActivePower_L3
        if v is not None:
            if s == 11:
                w.bits(1, 2)
                s = 13
            elif s == 12:
                w.bits(0, 2)
                s = 13
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower'
        v = o.EVPresentReactivePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 11:
            w.bits(2, 2)
            s = 14
        elif s == 12:
            w.bits(1, 2)
            s = 14
        elif s == 13:
            w.bits(0, 1)
            s = 14
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower_L2'
        v = o.EVPresentReactivePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 15
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower_L3'
        v = o.EVPresentReactivePower_L3
        if v is not None:
            if s == 14:
                w.bits(1, 2)
                s = 16
            elif s == 15:
                w.bits(0, 2)
                s = 16
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower'
        v = o.EVMaximumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 14:
            w.bits(2, 2)
            s = 17
        elif s == 15:
            w.bits(1, 2)
            s = 17
        elif s == 16:
            w.bits(0, 1)
            s = 17
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower_L2'
        v = o.EVMaximumDischargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 18
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower_L3'
        v = o.EVMaximumDischargePower_L3
        if v is not None:
            if s == 17:
                w.bits(1, 2)
                s = 19
            elif s == 18:
                w.bits(0, 2)
                s = 19
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower'
        v = o.EVMinimumDischargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 17:
            w.bits(2, 2)
            s = 20
        elif s == 18:
            w.bits(1, 2)
            s = 20
        elif s == 19:
            w.bits(0, 1)
            s = 20
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower_L2'
        v = o.EVMinimumDischargePower_L2
        if v is not None:
            w.bits(0, 3)
            s = 21
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower_L3'
        v = o.EVMinimumDischargePower_L3
        if v is not None:
            if s == 20:
                w.bits(1, 3)
                s = 22
            elif s == 21:
                w.bits(0, 3)
                s = 22
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumV2XEnergyRequest'
        v = o.EVMaximumV2XEnergyRequest
        if v is not None:
            if s == 20:
                w.bits(2, 3)
                s = 23
            elif s == 21:
                w.bits(1, 3)
                s = 23
            elif s == 22:
                w.bits(0, 2)
                s = 23
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumV2XEnergyRequest'
        v = o.EVMinimumV2XEnergyRequest
        if v is not None:
            if s == 20:
                w.bits(3, 3)
                s = 24
            elif s == 21:
                w.bits(2, 3)
                s = 24
            elif s == 22:
                w.bits(1, 2)
                s = 24
            elif s == 23:
                w.bits(0, 2)
                s = 24
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 20:
            w.bits(4, 3)
        elif s == 21:
            w.bits(3, 3)
        elif s == 22:
            w.bits(2, 2)
        elif s == 23:
            w.bits(1, 2)
        elif s == 24:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_8(r, st, cls):
    f_DepartureTime = None
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVMaximumChargePower = None
    f_EVMaximumChargePower_L2 = None
    f_EVMaximumChargePower_L3 = None
    f_EVMinimumChargePower = None
    f_EVMinimumChargePower_L2 = None
    f_EVMinimumChargePower_L3 = None
    f_EVPresentActivePower = None
    f_EVPresentActivePower_L2 = None
    f_EVPresentActivePower_L3 = None
    f_EVPresentReactivePower = None
    f_EVPresentReactivePower_L2 = None
    f_EVPresentReactivePower_L3 = None
    f_EVMaximumDischargePower = None
    f_EVMaximumDischargePower_L2 = None
    f_EVMaximumDischargePower_L3 = None
    f_EVMinimumDischargePower = None
    f_EVMinimumDischargePower_L2 = None
    f_EVMinimumDischargePower_L3 = None
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
        c = r.bits(2)
        if c == 0:
            s = 6
            p = 'EVMaximumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L2 = v
        elif c == 1:
            s = 7
            p = 'EVMaximumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L3 = v
        elif c == 2:
            s = 8
            p = 'EVMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 1:
                s = 8
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            s = 8
            p = 'EVMinimumChargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        c = r.bits(2)
        if c == 0:
            s = 9
            p = 'EVMinimumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L2 = v
        elif c == 1:
            s = 10
            p = 'EVMinimumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L3 = v
        elif c == 2:
            s = 11
            p = 'EVPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 10
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 1:
                s = 11
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            s = 11
            p = 'EVPresentActivePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower = v
        c = r.bits(2)
        if c == 0:
            s = 12
            p = 'EVPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower_L2 = v
        elif c == 1:
            s = 13
            p = 'EVPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower_L3 = v
        elif c == 2:
            s = 14
            p = 'EVPresentReactivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            c = r.bits(2)
            if c == 0:
                s = 13
                p = 'EVPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower_L3 = v
            elif c == 1:
                s = 14
                p = 'EVPresentReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 13:
            s = 14
            p = 'EVPresentReactivePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower = v
        c = r.bits(2)
        if c == 0:
            s = 15
            p = 'EVPresentReactivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower_L2 = v
        elif c == 1:
            s = 16
            p = 'EVPresentReactivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower_L3 = v
        elif c == 2:
            s = 17
            p = 'EVMaximumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 15:
            c = r.bits(2)
            if c == 0:
                s = 16
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 1:
                s = 17
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 16:
            s = 17
            p = 'EVMaximumDischargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower = v
        c = r.bits(2)
        if c == 0:
            s = 18
            p = 'EVMaximumDischargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower_L2 = v
        elif c == 1:
            s = 19
            p = 'EVMaximumDischargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower_L3 = v
        elif c == 2:
            s = 20
            p = 'EVMinimumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 18:
            c = r.bits(2)
            if c == 0:
                s = 19
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 1:
                s = 20
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 19:
            s = 20
            p = 'EVMinimumDischargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower = v
        c = r.bits(3)
        if c == 0:
            s = 21
            p = 'EVMinimumDischargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower_L2 = v
        elif c == 1:
            s = 22
            p = 'EVMinimumDischargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower_L3 = v
        elif c == 2:
            s = 23
            p = 'EVMaximumV2XEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumV2XEnergyRequest = v
        elif c == 3:
            s = 24
            p = 'EVMinimumV2XEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumV2XEnergyRequest = v
        elif c == 4:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 21:
            c = r.bits(3)
            if c == 0:
                s = 22
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 1:
                s = 23
                p = 'EVMaximumV2XEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumV2XEnergyRequest = v
            elif c == 2:
                s = 24
                p = 'EVMinimumV2XEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumV2XEnergyRequest = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 22:
            c = r.bits(2)
            if c == 0:
                s = 23
                p = 'EVMaximumV2XEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumV2XEnergyRequest = v
            elif c == 1:
                s = 24
                p = 'EVMinimumV2XEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumV2XEnergyRequest = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 23:
            c = r.bits(2)
            if c == 0:
                s = 24
                p = 'EVMinimumV2XEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumV2XEnergyRequest = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 24:
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
    o.EVMaximumChargePower_L2 = f_EVMaximumChargePower_L2
    o.EVMaximumChargePower_L3 = f_EVMaximumChargePower_L3
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMinimumChargePower_L2 = f_EVMinimumChargePower_L2
    o.EVMinimumChargePower_L3 = f_EVMinimumChargePower_L3
    o.EVPresentActivePower = f_EVPresentActivePower
    o.EVPresentActivePower_L2 = f_EVPresentActivePower_L2
    o.EVPresentActivePower_L3 = f_EVPresentActivePower_L3
    o.EVPresentReactivePower = f_EVPresentReactivePower
    o.EVPresentReactivePower_L2 = f_EVPresentReactivePower_L2
    o.EVPresentReactivePower_L3 = f_EVPresentReactivePower_L3
    o.EVMaximumDischargePower = f_EVMaximumDischargePower
    o.EVMaximumDischargePower_L2 = f_EVMaximumDischargePower_L2
    o.EVMaximumDischargePower_L3 = f_EVMaximumDischargePower_L3
    o.EVMinimumDischargePower = f_EVMinimumDischargePower
    o.EVMinimumDischargePower_L2 = f_EVMinimumDischargePower_L2
    o.EVMinimumDischargePower_L3 = f_EVMinimumDischargePower_L3
    o.EVMaximumV2XEnergyRequest = f_EVMaximumV2XEnergyRequest
    o.EVMinimumV2XEnergyRequest = f_EVMinimumV2XEnergyRequest
    return o


# {urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlModeType


def e_9(w, o, st):
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
        p = 'EVSETargetActivePower'
        v = o.EVSETargetActivePower
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
        p = 'EVSETargetActivePower_L2'
        v = o.EVSETargetActivePower_L2
        if v is not None:
            w.bits(0, 4)
            s = 6
            _p_common_types.e_15(w, v, st)
        p = 'EVSETargetActivePower_L3'
        v = o.EVSETargetActivePower_L3
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
        p = 'EVSETargetReactivePower'
        v = o.EVSETargetReactivePower
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
        p = 'EVSETargetReactivePower_L2'
        v = o.EVSETargetReactivePower_L2
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
        p = 'EVSETargetReactivePower_L3'
        v = o.EVSETargetReactivePower_L3
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
        p = 'EVSEPresentActivePower'
        v = o.EVSEPresentActivePower
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
        p = 'EVSEPresentActivePower_L2'
        v = o.EVSEPresentActivePower_L2
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
        p = 'EVSEPresentActivePower_L3'
        v = o.EVSEPresentActivePower_L3
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


def d_9(r, st, cls):
    f_DepartureTime = None
    f_MinimumSOC = None
    f_TargetSOC = None
    f_AckMaxDelay = None
    f_EVSETargetActivePower = None
    f_EVSETargetActivePower_L2 = None
    f_EVSETargetActivePower_L3 = None
    f_EVSETargetReactivePower = None
    f_EVSETargetReactivePower_L2 = None
    f_EVSETargetReactivePower_L3 = None
    f_EVSEPresentActivePower = None
    f_EVSEPresentActivePower_L2 = None
    f_EVSEPresentActivePower_L3 = None
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
            p = 'EVSETargetActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower = v
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
                p = 'EVSETargetActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower = v
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
                p = 'EVSETargetActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower = v
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
                p = 'EVSETargetActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'EVSETargetActivePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower = v
        c = r.bits(4)
        if c == 0:
            s = 6
            p = 'EVSETargetActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower_L2 = v
        elif c == 1:
            s = 7
            p = 'EVSETargetActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower_L3 = v
        elif c == 2:
            s = 8
            p = 'EVSETargetReactivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower = v
        elif c == 3:
            s = 9
            p = 'EVSETargetReactivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower_L2 = v
        elif c == 4:
            s = 10
            p = 'EVSETargetReactivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower_L3 = v
        elif c == 5:
            s = 11
            p = 'EVSEPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower = v
        elif c == 6:
            s = 12
            p = 'EVSEPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L2 = v
        elif c == 7:
            s = 13
            p = 'EVSEPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L3 = v
        elif c == 8:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(4)
            if c == 0:
                s = 7
                p = 'EVSETargetActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower_L3 = v
            elif c == 1:
                s = 8
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 2:
                s = 9
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 3:
                s = 10
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 4:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 5:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 6:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 7:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(3)
            if c == 0:
                s = 8
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 1:
                s = 9
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 2:
                s = 10
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 3:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 4:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 5:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 6:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(3)
            if c == 0:
                s = 9
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 1:
                s = 10
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 2:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 3:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 4:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(3)
            if c == 0:
                s = 10
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 1:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 2:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 3:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            c = r.bits(3)
            if c == 0:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 1:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 2:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(2)
            if c == 0:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 1:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            c = r.bits(2)
            if c == 0:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
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
    o.DepartureTime = f_DepartureTime
    o.MinimumSOC = f_MinimumSOC
    o.TargetSOC = f_TargetSOC
    o.AckMaxDelay = f_AckMaxDelay
    o.EVSETargetActivePower = f_EVSETargetActivePower
    o.EVSETargetActivePower_L2 = f_EVSETargetActivePower_L2
    o.EVSETargetActivePower_L3 = f_EVSETargetActivePower_L3
    o.EVSETargetReactivePower = f_EVSETargetReactivePower
    o.EVSETargetReactivePower_L2 = f_EVSETargetReactivePower_L2
    o.EVSETargetReactivePower_L3 = f_EVSETargetReactivePower_L3
    o.EVSEPresentActivePower = f_EVSEPresentActivePower
    o.EVSEPresentActivePower_L2 = f_EVSEPresentActivePower_L2
    o.EVSEPresentActivePower_L3 = f_EVSEPresentActivePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlModeType


def e_10(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
        if v is not None:
            w.bits(0, 4)
            s = 1
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
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
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is not None:
            if s == 0:
                w.bits(2, 4)
                s = 3
            elif s == 1:
                w.bits(1, 4)
                s = 3
            elif s == 2:
                w.bits(0, 4)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower'
        v = o.EVMaximumChargePower
        if v is not None:
            if s == 0:
                w.bits(3, 4)
                s = 4
            elif s == 1:
                w.bits(2, 4)
                s = 4
            elif s == 2:
                w.bits(1, 4)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower_L2'
        v = o.EVMaximumChargePower_L2
        if v is not None:
            if s == 0:
                w.bits(4, 4)
                s = 5
            elif s == 1:
                w.bits(3, 4)
                s = 5
            elif s == 2:
                w.bits(2, 4)
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
        p = 'EVMaximumChargePower_L3'
        v = o.EVMaximumChargePower_L3
        if v is not None:
            if s == 0:
                w.bits(5, 4)
                s = 6
            elif s == 1:
                w.bits(4, 4)
                s = 6
            elif s == 2:
                w.bits(3, 4)
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
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is not None:
            if s == 0:
                w.bits(6, 4)
                s = 7
            elif s == 1:
                w.bits(5, 4)
                s = 7
            elif s == 2:
                w.bits(4, 4)
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
                w.bits(0, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L2'
        v = o.EVMinimumChargePower_L2
        if v is not None:
            if s == 0:
                w.bits(7, 4)
                s = 8
            elif s == 1:
                w.bits(6, 4)
                s = 8
            elif s == 2:
                w.bits(5, 4)
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
                w.bits(1, 3)
                s = 8
            elif s == 7:
                w.bits(0, 2)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L3'
        v = o.EVMinimumChargePower_L3
        if v is not None:
            if s == 0:
                w.bits(8, 4)
                s = 9
            elif s == 1:
                w.bits(7, 4)
                s = 9
            elif s == 2:
                w.bits(6, 4)
                s = 9
            elif s == 3:
                w.bits(5, 3)
                s = 9
            elif s == 4:
                w.bits(4, 3)
                s = 9
            elif s == 5:
                w.bits(3, 3)
                s = 9
            elif s == 6:
                w.bits(2, 3)
                s = 9
            elif s == 7:
                w.bits(1, 2)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower'
        v = o.EVPresentActivePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(9, 4)
            s = 10
        elif s == 1:
            w.bits(8, 4)
            s = 10
        elif s == 2:
            w.bits(7, 4)
            s = 10
        elif s == 3:
            w.bits(6, 3)
            s = 10
        elif s == 4:
            w.bits(5, 3)
            s = 10
        elif s == 5:
            w.bits(4, 3)
            s = 10
        elif s == 6:
            w.bits(3, 3)
            s = 10
        elif s == 7:
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
        _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower_L2'
        v = o.EVPresentActivePower_L2
        if v is not None:
            w.bits(0, 4)
            s = 11
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower_L3'
        v = o.EVPresentActivePower_L3
        if v is not None:
            if s == 10:
                w.bits(1, 4)
                s = 12
            elif s == 11:
                w.bits(0, 4)
                s = 12
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower'
        v = o.EVPresentReactivePower
        if v is not None:
            if s == 10:
                w.bits(2, 4)
                s = 13
            elif s == 11:
                w.bits(1, 4)
                s = 13
            elif s == 12:
                w.bits(0, 4)
                s = 13
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower_L2'
        v = o.EVPresentReactivePower_L2
        if v is not None:
            if s == 10:
                w.bits(3, 4)
                s = 14
            elif s == 11:
                w.bits(2, 4)
                s = 14
            elif s == 12:
                w.bits(1, 4)
                s = 14
            elif s == 13:
                w.bits(0, 4)
                s = 14
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower_L3'
        v = o.EVPresentReactivePower_L3
        if v is not None:
            if s == 10:
                w.bits(4, 4)
                s = 15
            elif s == 11:
                w.bits(3, 4)
                s = 15
            elif s == 12:
                w.bits(2, 4)
                s = 15
            elif s == 13:
                w.bits(1, 4)
                s = 15
            elif s == 14:
                w.bits(0, 4)
                s = 15
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower'
        v = o.EVMaximumDischargePower
        if v is not None:
            if s == 10:
                w.bits(5, 4)
                s = 16
            elif s == 11:
                w.bits(4, 4)
                s = 16
            elif s == 12:
                w.bits(3, 4)
                s = 16
            elif s == 13:
                w.bits(2, 4)
                s = 16
            elif s == 14:
                w.bits(1, 4)
                s = 16
            elif s == 15:
                w.bits(0, 3)
                s = 16
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower_L2'
        v = o.EVMaximumDischargePower_L2
        if v is not None:
            if s == 10:
                w.bits(6, 4)
                s = 17
            elif s == 11:
                w.bits(5, 4)
                s = 17
            elif s == 12:
                w.bits(4, 4)
                s = 17
            elif s == 13:
                w.bits(3, 4)
                s = 17
            elif s == 14:
                w.bits(2, 4)
                s = 17
            elif s == 15:
                w.bits(1, 3)
                s = 17
            elif s == 16:
                w.bits(0, 3)
                s = 17
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumDischargePower_L3'
        v = o.EVMaximumDischargePower_L3
        if v is not None:
            if s == 10:
                w.bits(7, 4)
                s = 18
            elif s == 11:
                w.bits(6, 4)
                s = 18
            elif s == 12:
                w.bits(5, 4)
                s = 18
            elif s == 13:
                w.bits(4, 4)
                s = 18
            elif s == 14:
                w.bits(3, 4)
                s = 18
            elif s == 15:
                w.bits(2, 3)
                s = 18
            elif s == 16:
                w.bits(1, 3)
                s = 18
            elif s == 17:
                w.bits(0, 3)
                s = 18
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower'
        v = o.EVMinimumDischargePower
        if v is not None:
            if s == 10:
                w.bits(8, 4)
                s = 19
            elif s == 11:
                w.bits(7, 4)
                s = 19
            elif s == 12:
                w.bits(6, 4)
                s = 19
            elif s == 13:
                w.bits(5, 4)
                s = 19
            elif s == 14:
                w.bits(4, 4)
                s = 19
            elif s == 15:
                w.bits(3, 3)
                s = 19
            elif s == 16:
                w.bits(2, 3)
                s = 19
            elif s == 17:
                w.bits(1, 3)
                s = 19
            elif s == 18:
                w.bits(0, 3)
                s = 19
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower_L2'
        v = o.EVMinimumDischargePower_L2
        if v is not None:
            if s == 10:
                w.bits(9, 4)
                s = 20
            elif s == 11:
                w.bits(8, 4)
                s = 20
            elif s == 12:
                w.bits(7, 4)
                s = 20
            elif s == 13:
                w.bits(6, 4)
                s = 20
            elif s == 14:
                w.bits(5, 4)
                s = 20
            elif s == 15:
                w.bits(4, 3)
                s = 20
            elif s == 16:
                w.bits(3, 3)
                s = 20
            elif s == 17:
                w.bits(2, 3)
                s = 20
            elif s == 18:
                w.bits(1, 3)
                s = 20
            elif s == 19:
                w.bits(0, 2)
                s = 20
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumDischargePower_L3'
        v = o.EVMinimumDischargePower_L3
        if v is not None:
            if s == 10:
                w.bits(10, 4)
                s = 21
            elif s == 11:
                w.bits(9, 4)
                s = 21
            elif s == 12:
                w.bits(8, 4)
                s = 21
            elif s == 13:
                w.bits(7, 4)
                s = 21
            elif s == 14:
                w.bits(6, 4)
                s = 21
            elif s == 15:
                w.bits(5, 3)
                s = 21
            elif s == 16:
                w.bits(4, 3)
                s = 21
            elif s == 17:
                w.bits(3, 3)
                s = 21
            elif s == 18:
                w.bits(2, 3)
                s = 21
            elif s == 19:
                w.bits(1, 2)
                s = 21
            elif s == 20:
                w.bits(0, 2)
                s = 21
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 10:
            w.bits(11, 4)
        elif s == 11:
            w.bits(10, 4)
        elif s == 12:
            w.bits(9, 4)
        elif s == 13:
            w.bits(8, 4)
        elif s == 14:
            w.bits(7, 4)
        elif s == 15:
            w.bits(6, 3)
        elif s == 16:
            w.bits(5, 3)
        elif s == 17:
            w.bits(4, 3)
        elif s == 18:
            w.bits(3, 3)
        elif s == 19:
            w.bits(2, 2)
        elif s == 20:
            w.bits(1, 2)
        elif s == 21:
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
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVMaximumChargePower = None
    f_EVMaximumChargePower_L2 = None
    f_EVMaximumChargePower_L3 = None
    f_EVMinimumChargePower = None
    f_EVMinimumChargePower_L2 = None
    f_EVMinimumChargePower_L3 = None
    f_EVPresentActivePower = None
    f_EVPresentActivePower_L2 = None
    f_EVPresentActivePower_L3 = None
    f_EVPresentReactivePower = None
    f_EVPresentReactivePower_L2 = None
    f_EVPresentReactivePower_L3 = None
    f_EVMaximumDischargePower = None
    f_EVMaximumDischargePower_L2 = None
    f_EVMaximumDischargePower_L3 = None
    f_EVMinimumDischargePower = None
    f_EVMinimumDischargePower_L2 = None
    f_EVMinimumDischargePower_L3 = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(4)
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
            p = 'EVMaximumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower = v
        elif c == 4:
            s = 5
            p = 'EVMaximumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L2 = v
        elif c == 5:
            s = 6
            p = 'EVMaximumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L3 = v
        elif c == 6:
            s = 7
            p = 'EVMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        elif c == 7:
            s = 8
            p = 'EVMinimumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L2 = v
        elif c == 8:
            s = 9
            p = 'EVMinimumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L3 = v
        elif c == 9:
            s = 10
            p = 'EVPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(4)
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
                p = 'EVMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower = v
            elif c == 3:
                s = 5
                p = 'EVMaximumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L2 = v
            elif c == 4:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 5:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 6:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 7:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 8:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(4)
            if c == 0:
                s = 3
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 1:
                s = 4
                p = 'EVMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower = v
            elif c == 2:
                s = 5
                p = 'EVMaximumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L2 = v
            elif c == 3:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 4:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 5:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 6:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 7:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'EVMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower = v
            elif c == 1:
                s = 5
                p = 'EVMaximumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L2 = v
            elif c == 2:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 3:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 4:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 5:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 6:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'EVMaximumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L2 = v
            elif c == 1:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 2:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 3:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 4:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 5:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 1:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 2:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 3:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 4:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
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
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 2:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 3:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 1:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 2:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 1:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            s = 10
            p = 'EVPresentActivePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower = v
        c = r.bits(4)
        if c == 0:
            s = 11
            p = 'EVPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower_L2 = v
        elif c == 1:
            s = 12
            p = 'EVPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower_L3 = v
        elif c == 2:
            s = 13
            p = 'EVPresentReactivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower = v
        elif c == 3:
            s = 14
            p = 'EVPresentReactivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower_L2 = v
        elif c == 4:
            s = 15
            p = 'EVPresentReactivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower_L3 = v
        elif c == 5:
            s = 16
            p = 'EVMaximumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower = v
        elif c == 6:
            s = 17
            p = 'EVMaximumDischargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower_L2 = v
        elif c == 7:
            s = 18
            p = 'EVMaximumDischargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumDischargePower_L3 = v
        elif c == 8:
            s = 19
            p = 'EVMinimumDischargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower = v
        elif c == 9:
            s = 20
            p = 'EVMinimumDischargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower_L2 = v
        elif c == 10:
            s = 21
            p = 'EVMinimumDischargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumDischargePower_L3 = v
        elif c == 11:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(4)
            if c == 0:
                s = 12
                p = 'EVPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower_L3 = v
            elif c == 1:
                s = 13
                p = 'EVPresentReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower = v
            elif c == 2:
                s = 14
                p = 'EVPresentReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L2 = v
            elif c == 3:
                s = 15
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 4:
                s = 16
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 5:
                s = 17
                p = 'EVMaximumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L2 = v
            elif c == 6:
                s = 18
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 7:
                s = 19
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 8:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 9:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 10:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            c = r.bits(4)
            if c == 0:
                s = 13
                p = 'EVPresentReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower = v
            elif c == 1:
                s = 14
                p = 'EVPresentReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L2 = v
            elif c == 2:
                s = 15
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 3:
                s = 16
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 4:
                s = 17
                p = 'EVMaximumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L2 = v
            elif c == 5:
                s = 18
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 6:
                s = 19
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 7:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 8:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 9:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 13:
            c = r.bits(4)
            if c == 0:
                s = 14
                p = 'EVPresentReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L2 = v
            elif c == 1:
                s = 15
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 2:
                s = 16
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 3:
                s = 17
                p = 'EVMaximumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L2 = v
            elif c == 4:
                s = 18
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 5:
                s = 19
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 6:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 7:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 8:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 14:
            c = r.bits(4)
            if c == 0:
                s = 15
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 1:
                s = 16
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 2:
                s = 17
                p = 'EVMaximumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L2 = v
            elif c == 3:
                s = 18
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 4:
                s = 19
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 5:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 6:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 7:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 15:
            c = r.bits(3)
            if c == 0:
                s = 16
                p = 'EVMaximumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower = v
            elif c == 1:
                s = 17
                p = 'EVMaximumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L2 = v
            elif c == 2:
                s = 18
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 3:
                s = 19
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 4:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 5:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 6:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 16:
            c = r.bits(3)
            if c == 0:
                s = 17
                p = 'EVMaximumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L2 = v
            elif c == 1:
                s = 18
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 2:
                s = 19
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 3:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 4:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 17:
            c = r.bits(3)
            if c == 0:
                s = 18
                p = 'EVMaximumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumDischargePower_L3 = v
            elif c == 1:
                s = 19
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 2:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 3:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 18:
            c = r.bits(3)
            if c == 0:
                s = 19
                p = 'EVMinimumDischargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower = v
            elif c == 1:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 2:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 19:
            c = r.bits(2)
            if c == 0:
                s = 20
                p = 'EVMinimumDischargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L2 = v
            elif c == 1:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 20:
            c = r.bits(2)
            if c == 0:
                s = 21
                p = 'EVMinimumDischargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumDischargePower_L3 = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 21:
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
    o.EVMaximumChargePower = f_EVMaximumChargePower
    o.EVMaximumChargePower_L2 = f_EVMaximumChargePower_L2
    o.EVMaximumChargePower_L3 = f_EVMaximumChargePower_L3
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMinimumChargePower_L2 = f_EVMinimumChargePower_L2
    o.EVMinimumChargePower_L3 = f_EVMinimumChargePower_L3
    o.EVPresentActivePower = f_EVPresentActivePower
    o.EVPresentActivePower_L2 = f_EVPresentActivePower_L2
    o.EVPresentActivePower_L3 = f_EVPresentActivePower_L3
    o.EVPresentReactivePower = f_EVPresentReactivePower
    o.EVPresentReactivePower_L2 = f_EVPresentReactivePower_L2
    o.EVPresentReactivePower_L3 = f_EVPresentReactivePower_L3
    o.EVMaximumDischargePower = f_EVMaximumDischargePower
    o.EVMaximumDischargePower_L2 = f_EVMaximumDischargePower_L2
    o.EVMaximumDischargePower_L3 = f_EVMaximumDischargePower_L3
    o.EVMinimumDischargePower = f_EVMinimumDischargePower
    o.EVMinimumDischargePower_L2 = f_EVMinimumDischargePower_L2
    o.EVMinimumDischargePower_L3 = f_EVMinimumDischargePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlModeType


def e_11(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVSETargetActivePower'
        v = o.EVSETargetActivePower
        if v is not None:
            w.bits(0, 4)
            s = 1
            _p_common_types.e_15(w, v, st)
        p = 'EVSETargetActivePower_L2'
        v = o.EVSETargetActivePower_L2
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
        p = 'EVSETargetActivePower_L3'
        v = o.EVSETargetActivePower_L3
        if v is not None:
            if s == 0:
                w.bits(2, 4)
                s = 3
            elif s == 1:
                w.bits(1, 4)
                s = 3
            elif s == 2:
                w.bits(0, 4)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSETargetReactivePower'
        v = o.EVSETargetReactivePower
        if v is not None:
            if s == 0:
                w.bits(3, 4)
                s = 4
            elif s == 1:
                w.bits(2, 4)
                s = 4
            elif s == 2:
                w.bits(1, 4)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSETargetReactivePower_L2'
        v = o.EVSETargetReactivePower_L2
        if v is not None:
            if s == 0:
                w.bits(4, 4)
                s = 5
            elif s == 1:
                w.bits(3, 4)
                s = 5
            elif s == 2:
                w.bits(2, 4)
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
        p = 'EVSETargetReactivePower_L3'
        v = o.EVSETargetReactivePower_L3
        if v is not None:
            if s == 0:
                w.bits(5, 4)
                s = 6
            elif s == 1:
                w.bits(4, 4)
                s = 6
            elif s == 2:
                w.bits(3, 4)
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
        p = 'EVSEPresentActivePower'
        v = o.EVSEPresentActivePower
        if v is not None:
            if s == 0:
                w.bits(6, 4)
                s = 7
            elif s == 1:
                w.bits(5, 4)
                s = 7
            elif s == 2:
                w.bits(4, 4)
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
                w.bits(0, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentActivePower_L2'
        v = o.EVSEPresentActivePower_L2
        if v is not None:
            if s == 0:
                w.bits(7, 4)
                s = 8
            elif s == 1:
                w.bits(6, 4)
                s = 8
            elif s == 2:
                w.bits(5, 4)
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
                w.bits(1, 3)
                s = 8
            elif s == 7:
                w.bits(0, 2)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentActivePower_L3'
        v = o.EVSEPresentActivePower_L3
        if v is not None:
            if s == 0:
                w.bits(8, 4)
                s = 9
            elif s == 1:
                w.bits(7, 4)
                s = 9
            elif s == 2:
                w.bits(6, 4)
                s = 9
            elif s == 3:
                w.bits(5, 3)
                s = 9
            elif s == 4:
                w.bits(4, 3)
                s = 9
            elif s == 5:
                w.bits(3, 3)
                s = 9
            elif s == 6:
                w.bits(2, 3)
                s = 9
            elif s == 7:
                w.bits(1, 2)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 0:
            w.bits(9, 4)
        elif s == 1:
            w.bits(8, 4)
        elif s == 2:
            w.bits(7, 4)
        elif s == 3:
            w.bits(6, 3)
        elif s == 4:
            w.bits(5, 3)
        elif s == 5:
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


def d_11(r, st, cls):
    f_EVSETargetActivePower = None
    f_EVSETargetActivePower_L2 = None
    f_EVSETargetActivePower_L3 = None
    f_EVSETargetReactivePower = None
    f_EVSETargetReactivePower_L2 = None
    f_EVSETargetReactivePower_L3 = None
    f_EVSEPresentActivePower = None
    f_EVSEPresentActivePower_L2 = None
    f_EVSEPresentActivePower_L3 = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(4)
        if c == 0:
            s = 1
            p = 'EVSETargetActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower = v
        elif c == 1:
            s = 2
            p = 'EVSETargetActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower_L2 = v
        elif c == 2:
            s = 3
            p = 'EVSETargetActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower_L3 = v
        elif c == 3:
            s = 4
            p = 'EVSETargetReactivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower = v
        elif c == 4:
            s = 5
            p = 'EVSETargetReactivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower_L2 = v
        elif c == 5:
            s = 6
            p = 'EVSETargetReactivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower_L3 = v
        elif c == 6:
            s = 7
            p = 'EVSEPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower = v
        elif c == 7:
            s = 8
            p = 'EVSEPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L2 = v
        elif c == 8:
            s = 9
            p = 'EVSEPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L3 = v
        elif c == 9:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(4)
            if c == 0:
                s = 2
                p = 'EVSETargetActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower_L2 = v
            elif c == 1:
                s = 3
                p = 'EVSETargetActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower_L3 = v
            elif c == 2:
                s = 4
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 3:
                s = 5
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 4:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 5:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 6:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 7:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 8:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(4)
            if c == 0:
                s = 3
                p = 'EVSETargetActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower_L3 = v
            elif c == 1:
                s = 4
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 2:
                s = 5
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 3:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 4:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 5:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 6:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 7:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 1:
                s = 5
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 2:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 3:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 4:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 5:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 6:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 1:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 2:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 3:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 4:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 1:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 2:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 3:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(3)
            if c == 0:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 1:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 2:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 1:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
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
    o.EVSETargetActivePower = f_EVSETargetActivePower
    o.EVSETargetActivePower_L2 = f_EVSETargetActivePower_L2
    o.EVSETargetActivePower_L3 = f_EVSETargetActivePower_L3
    o.EVSETargetReactivePower = f_EVSETargetReactivePower
    o.EVSETargetReactivePower_L2 = f_EVSETargetReactivePower_L2
    o.EVSETargetReactivePower_L3 = f_EVSETargetReactivePower_L3
    o.EVSEPresentActivePower = f_EVSEPresentActivePower
    o.EVSEPresentActivePower_L2 = f_EVSEPresentActivePower_L2
    o.EVSEPresentActivePower_L3 = f_EVSEPresentActivePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlModeType


def e_12(w, o, st):
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
        p = 'EVMaximumChargePower_L2'
        v = o.EVMaximumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 6
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower_L3'
        v = o.EVMaximumChargePower_L3
        if v is not None:
            if s == 5:
                w.bits(1, 2)
                s = 7
            elif s == 6:
                w.bits(0, 2)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 5:
            w.bits(2, 2)
            s = 8
        elif s == 6:
            w.bits(1, 2)
            s = 8
        elif s == 7:
            w.bits(0, 1)
            s = 8
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L2'
        v = o.EVMinimumChargePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 9
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L3'
        v = o.EVMinimumChargePower_L3
        if v is not None:
            if s == 8:
                w.bits(1, 2)
                s = 10
            elif s == 9:
                w.bits(0, 2)
                s = 10
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower'
        v = o.EVPresentActivePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 8:
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
        _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower_L2'
        v = o.EVPresentActivePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 12
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower_L3'
        v = o.EVPresentActivePower_L3
        if v is not None:
            if s == 11:
                w.bits(1, 2)
                s = 13
            elif s == 12:
                w.bits(0, 2)
                s = 13
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower'
        v = o.EVPresentReactivePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 11:
            w.bits(2, 2)
            s = 14
        elif s == 12:
            w.bits(1, 2)
            s = 14
        elif s == 13:
            w.bits(0, 1)
            s = 14
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower_L2'
        v = o.EVPresentReactivePower_L2
        if v is not None:
            w.bits(0, 2)
            s = 15
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower_L3'
        v = o.EVPresentReactivePower_L3
        if v is not None:
            if s == 14:
                w.bits(1, 2)
                s = 16
            elif s == 15:
                w.bits(0, 2)
                s = 16
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 14:
            w.bits(2, 2)
        elif s == 15:
            w.bits(1, 2)
        elif s == 16:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_12(r, st, cls):
    f_DepartureTime = None
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVMaximumChargePower = None
    f_EVMaximumChargePower_L2 = None
    f_EVMaximumChargePower_L3 = None
    f_EVMinimumChargePower = None
    f_EVMinimumChargePower_L2 = None
    f_EVMinimumChargePower_L3 = None
    f_EVPresentActivePower = None
    f_EVPresentActivePower_L2 = None
    f_EVPresentActivePower_L3 = None
    f_EVPresentReactivePower = None
    f_EVPresentReactivePower_L2 = None
    f_EVPresentReactivePower_L3 = None
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
        c = r.bits(2)
        if c == 0:
            s = 6
            p = 'EVMaximumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L2 = v
        elif c == 1:
            s = 7
            p = 'EVMaximumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L3 = v
        elif c == 2:
            s = 8
            p = 'EVMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 1:
                s = 8
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            s = 8
            p = 'EVMinimumChargePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        c = r.bits(2)
        if c == 0:
            s = 9
            p = 'EVMinimumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L2 = v
        elif c == 1:
            s = 10
            p = 'EVMinimumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L3 = v
        elif c == 2:
            s = 11
            p = 'EVPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 10
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 1:
                s = 11
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            s = 11
            p = 'EVPresentActivePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower = v
        c = r.bits(2)
        if c == 0:
            s = 12
            p = 'EVPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower_L2 = v
        elif c == 1:
            s = 13
            p = 'EVPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower_L3 = v
        elif c == 2:
            s = 14
            p = 'EVPresentReactivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            c = r.bits(2)
            if c == 0:
                s = 13
                p = 'EVPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower_L3 = v
            elif c == 1:
                s = 14
                p = 'EVPresentReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 13:
            s = 14
            p = 'EVPresentReactivePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower = v
        c = r.bits(2)
        if c == 0:
            s = 15
            p = 'EVPresentReactivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower_L2 = v
        elif c == 1:
            s = 16
            p = 'EVPresentReactivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower_L3 = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 15:
            c = r.bits(2)
            if c == 0:
                s = 16
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 16:
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
    o.EVMaximumChargePower_L2 = f_EVMaximumChargePower_L2
    o.EVMaximumChargePower_L3 = f_EVMaximumChargePower_L3
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMinimumChargePower_L2 = f_EVMinimumChargePower_L2
    o.EVMinimumChargePower_L3 = f_EVMinimumChargePower_L3
    o.EVPresentActivePower = f_EVPresentActivePower
    o.EVPresentActivePower_L2 = f_EVPresentActivePower_L2
    o.EVPresentActivePower_L3 = f_EVPresentActivePower_L3
    o.EVPresentReactivePower = f_EVPresentReactivePower
    o.EVPresentReactivePower_L2 = f_EVPresentReactivePower_L2
    o.EVPresentReactivePower_L3 = f_EVPresentReactivePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlModeType


def e_13(w, o, st):
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
        p = 'EVSETargetActivePower'
        v = o.EVSETargetActivePower
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
        p = 'EVSETargetActivePower_L2'
        v = o.EVSETargetActivePower_L2
        if v is not None:
            w.bits(0, 4)
            s = 6
            _p_common_types.e_15(w, v, st)
        p = 'EVSETargetActivePower_L3'
        v = o.EVSETargetActivePower_L3
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
        p = 'EVSETargetReactivePower'
        v = o.EVSETargetReactivePower
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
        p = 'EVSETargetReactivePower_L2'
        v = o.EVSETargetReactivePower_L2
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
        p = 'EVSETargetReactivePower_L3'
        v = o.EVSETargetReactivePower_L3
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
        p = 'EVSEPresentActivePower'
        v = o.EVSEPresentActivePower
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
        p = 'EVSEPresentActivePower_L2'
        v = o.EVSEPresentActivePower_L2
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
        p = 'EVSEPresentActivePower_L3'
        v = o.EVSEPresentActivePower_L3
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


def d_13(r, st, cls):
    f_DepartureTime = None
    f_MinimumSOC = None
    f_TargetSOC = None
    f_AckMaxDelay = None
    f_EVSETargetActivePower = None
    f_EVSETargetActivePower_L2 = None
    f_EVSETargetActivePower_L3 = None
    f_EVSETargetReactivePower = None
    f_EVSETargetReactivePower_L2 = None
    f_EVSETargetReactivePower_L3 = None
    f_EVSEPresentActivePower = None
    f_EVSEPresentActivePower_L2 = None
    f_EVSEPresentActivePower_L3 = None
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
            p = 'EVSETargetActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower = v
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
                p = 'EVSETargetActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower = v
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
                p = 'EVSETargetActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower = v
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
                p = 'EVSETargetActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'EVSETargetActivePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower = v
        c = r.bits(4)
        if c == 0:
            s = 6
            p = 'EVSETargetActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower_L2 = v
        elif c == 1:
            s = 7
            p = 'EVSETargetActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower_L3 = v
        elif c == 2:
            s = 8
            p = 'EVSETargetReactivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower = v
        elif c == 3:
            s = 9
            p = 'EVSETargetReactivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower_L2 = v
        elif c == 4:
            s = 10
            p = 'EVSETargetReactivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower_L3 = v
        elif c == 5:
            s = 11
            p = 'EVSEPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower = v
        elif c == 6:
            s = 12
            p = 'EVSEPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L2 = v
        elif c == 7:
            s = 13
            p = 'EVSEPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L3 = v
        elif c == 8:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(4)
            if c == 0:
                s = 7
                p = 'EVSETargetActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower_L3 = v
            elif c == 1:
                s = 8
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 2:
                s = 9
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 3:
                s = 10
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 4:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 5:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 6:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 7:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(3)
            if c == 0:
                s = 8
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 1:
                s = 9
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 2:
                s = 10
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 3:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 4:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 5:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 6:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(3)
            if c == 0:
                s = 9
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 1:
                s = 10
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 2:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 3:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 4:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(3)
            if c == 0:
                s = 10
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 1:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 2:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 3:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            c = r.bits(3)
            if c == 0:
                s = 11
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 1:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 2:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(2)
            if c == 0:
                s = 12
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 1:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            c = r.bits(2)
            if c == 0:
                s = 13
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
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
    o.DepartureTime = f_DepartureTime
    o.MinimumSOC = f_MinimumSOC
    o.TargetSOC = f_TargetSOC
    o.AckMaxDelay = f_AckMaxDelay
    o.EVSETargetActivePower = f_EVSETargetActivePower
    o.EVSETargetActivePower_L2 = f_EVSETargetActivePower_L2
    o.EVSETargetActivePower_L3 = f_EVSETargetActivePower_L3
    o.EVSETargetReactivePower = f_EVSETargetReactivePower
    o.EVSETargetReactivePower_L2 = f_EVSETargetReactivePower_L2
    o.EVSETargetReactivePower_L3 = f_EVSETargetReactivePower_L3
    o.EVSEPresentActivePower = f_EVSEPresentActivePower
    o.EVSEPresentActivePower_L2 = f_EVSEPresentActivePower_L2
    o.EVSEPresentActivePower_L3 = f_EVSEPresentActivePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlModeType


def e_14(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
        if v is not None:
            w.bits(0, 4)
            s = 1
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
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
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is not None:
            if s == 0:
                w.bits(2, 4)
                s = 3
            elif s == 1:
                w.bits(1, 4)
                s = 3
            elif s == 2:
                w.bits(0, 4)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower'
        v = o.EVMaximumChargePower
        if v is not None:
            if s == 0:
                w.bits(3, 4)
                s = 4
            elif s == 1:
                w.bits(2, 4)
                s = 4
            elif s == 2:
                w.bits(1, 4)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMaximumChargePower_L2'
        v = o.EVMaximumChargePower_L2
        if v is not None:
            if s == 0:
                w.bits(4, 4)
                s = 5
            elif s == 1:
                w.bits(3, 4)
                s = 5
            elif s == 2:
                w.bits(2, 4)
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
        p = 'EVMaximumChargePower_L3'
        v = o.EVMaximumChargePower_L3
        if v is not None:
            if s == 0:
                w.bits(5, 4)
                s = 6
            elif s == 1:
                w.bits(4, 4)
                s = 6
            elif s == 2:
                w.bits(3, 4)
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
        p = 'EVMinimumChargePower'
        v = o.EVMinimumChargePower
        if v is not None:
            if s == 0:
                w.bits(6, 4)
                s = 7
            elif s == 1:
                w.bits(5, 4)
                s = 7
            elif s == 2:
                w.bits(4, 4)
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
                w.bits(0, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L2'
        v = o.EVMinimumChargePower_L2
        if v is not None:
            if s == 0:
                w.bits(7, 4)
                s = 8
            elif s == 1:
                w.bits(6, 4)
                s = 8
            elif s == 2:
                w.bits(5, 4)
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
                w.bits(1, 3)
                s = 8
            elif s == 7:
                w.bits(0, 2)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumChargePower_L3'
        v = o.EVMinimumChargePower_L3
        if v is not None:
            if s == 0:
                w.bits(8, 4)
                s = 9
            elif s == 1:
                w.bits(7, 4)
                s = 9
            elif s == 2:
                w.bits(6, 4)
                s = 9
            elif s == 3:
                w.bits(5, 3)
                s = 9
            elif s == 4:
                w.bits(4, 3)
                s = 9
            elif s == 5:
                w.bits(3, 3)
                s = 9
            elif s == 6:
                w.bits(2, 3)
                s = 9
            elif s == 7:
                w.bits(1, 2)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower'
        v = o.EVPresentActivePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(9, 4)
            s = 10
        elif s == 1:
            w.bits(8, 4)
            s = 10
        elif s == 2:
            w.bits(7, 4)
            s = 10
        elif s == 3:
            w.bits(6, 3)
            s = 10
        elif s == 4:
            w.bits(5, 3)
            s = 10
        elif s == 5:
            w.bits(4, 3)
            s = 10
        elif s == 6:
            w.bits(3, 3)
            s = 10
        elif s == 7:
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
        _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower_L2'
        v = o.EVPresentActivePower_L2
        if v is not None:
            w.bits(0, 3)
            s = 11
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentActivePower_L3'
        v = o.EVPresentActivePower_L3
        if v is not None:
            if s == 10:
                w.bits(1, 3)
                s = 12
            elif s == 11:
                w.bits(0, 3)
                s = 12
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower'
        v = o.EVPresentReactivePower
        if v is not None:
            if s == 10:
                w.bits(2, 3)
                s = 13
            elif s == 11:
                w.bits(1, 3)
                s = 13
            elif s == 12:
                w.bits(0, 3)
                s = 13
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower_L2'
        v = o.EVPresentReactivePower_L2
        if v is not None:
            if s == 10:
                w.bits(3, 3)
                s = 14
            elif s == 11:
                w.bits(2, 3)
                s = 14
            elif s == 12:
                w.bits(1, 3)
                s = 14
            elif s == 13:
                w.bits(0, 2)
                s = 14
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVPresentReactivePower_L3'
        v = o.EVPresentReactivePower_L3
        if v is not None:
            if s == 10:
                w.bits(4, 3)
                s = 15
            elif s == 11:
                w.bits(3, 3)
                s = 15
            elif s == 12:
                w.bits(2, 3)
                s = 15
            elif s == 13:
                w.bits(1, 2)
                s = 15
            elif s == 14:
                w.bits(0, 2)
                s = 15
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 10:
            w.bits(5, 3)
        elif s == 11:
            w.bits(4, 3)
        elif s == 12:
            w.bits(3, 3)
        elif s == 13:
            w.bits(2, 2)
        elif s == 14:
            w.bits(1, 2)
        elif s == 15:
            w.bits(0, 1)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_14(r, st, cls):
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVMaximumChargePower = None
    f_EVMaximumChargePower_L2 = None
    f_EVMaximumChargePower_L3 = None
    f_EVMinimumChargePower = None
    f_EVMinimumChargePower_L2 = None
    f_EVMinimumChargePower_L3 = None
    f_EVPresentActivePower = None
    f_EVPresentActivePower_L2 = None
    f_EVPresentActivePower_L3 = None
    f_EVPresentReactivePower = None
    f_EVPresentReactivePower_L2 = None
    f_EVPresentReactivePower_L3 = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(4)
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
            p = 'EVMaximumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower = v
        elif c == 4:
            s = 5
            p = 'EVMaximumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L2 = v
        elif c == 5:
            s = 6
            p = 'EVMaximumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumChargePower_L3 = v
        elif c == 6:
            s = 7
            p = 'EVMinimumChargePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower = v
        elif c == 7:
            s = 8
            p = 'EVMinimumChargePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L2 = v
        elif c == 8:
            s = 9
            p = 'EVMinimumChargePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumChargePower_L3 = v
        elif c == 9:
            s = 10
            p = 'EVPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(4)
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
                p = 'EVMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower = v
            elif c == 3:
                s = 5
                p = 'EVMaximumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L2 = v
            elif c == 4:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 5:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 6:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 7:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 8:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(4)
            if c == 0:
                s = 3
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 1:
                s = 4
                p = 'EVMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower = v
            elif c == 2:
                s = 5
                p = 'EVMaximumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L2 = v
            elif c == 3:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 4:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 5:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 6:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 7:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'EVMaximumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower = v
            elif c == 1:
                s = 5
                p = 'EVMaximumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L2 = v
            elif c == 2:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 3:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 4:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 5:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 6:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'EVMaximumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L2 = v
            elif c == 1:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 2:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 3:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 4:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 5:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'EVMaximumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumChargePower_L3 = v
            elif c == 1:
                s = 7
                p = 'EVMinimumChargePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower = v
            elif c == 2:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 3:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 4:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
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
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 2:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 3:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'EVMinimumChargePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L2 = v
            elif c == 1:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 2:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'EVMinimumChargePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumChargePower_L3 = v
            elif c == 1:
                s = 10
                p = 'EVPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            s = 10
            p = 'EVPresentActivePower'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower = v
        c = r.bits(3)
        if c == 0:
            s = 11
            p = 'EVPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower_L2 = v
        elif c == 1:
            s = 12
            p = 'EVPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentActivePower_L3 = v
        elif c == 2:
            s = 13
            p = 'EVPresentReactivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower = v
        elif c == 3:
            s = 14
            p = 'EVPresentReactivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower_L2 = v
        elif c == 4:
            s = 15
            p = 'EVPresentReactivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPresentReactivePower_L3 = v
        elif c == 5:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(3)
            if c == 0:
                s = 12
                p = 'EVPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentActivePower_L3 = v
            elif c == 1:
                s = 13
                p = 'EVPresentReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower = v
            elif c == 2:
                s = 14
                p = 'EVPresentReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L2 = v
            elif c == 3:
                s = 15
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            c = r.bits(3)
            if c == 0:
                s = 13
                p = 'EVPresentReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower = v
            elif c == 1:
                s = 14
                p = 'EVPresentReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L2 = v
            elif c == 2:
                s = 15
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 13:
            c = r.bits(2)
            if c == 0:
                s = 14
                p = 'EVPresentReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L2 = v
            elif c == 1:
                s = 15
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 14:
            c = r.bits(2)
            if c == 0:
                s = 15
                p = 'EVPresentReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPresentReactivePower_L3 = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 15:
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
    o.EVMaximumChargePower = f_EVMaximumChargePower
    o.EVMaximumChargePower_L2 = f_EVMaximumChargePower_L2
    o.EVMaximumChargePower_L3 = f_EVMaximumChargePower_L3
    o.EVMinimumChargePower = f_EVMinimumChargePower
    o.EVMinimumChargePower_L2 = f_EVMinimumChargePower_L2
    o.EVMinimumChargePower_L3 = f_EVMinimumChargePower_L3
    o.EVPresentActivePower = f_EVPresentActivePower
    o.EVPresentActivePower_L2 = f_EVPresentActivePower_L2
    o.EVPresentActivePower_L3 = f_EVPresentActivePower_L3
    o.EVPresentReactivePower = f_EVPresentReactivePower
    o.EVPresentReactivePower_L2 = f_EVPresentReactivePower_L2
    o.EVPresentReactivePower_L3 = f_EVPresentReactivePower_L3
    return o


# {urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlModeType


def e_15(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVSETargetActivePower'
        v = o.EVSETargetActivePower
        if v is not None:
            w.bits(0, 4)
            s = 1
            _p_common_types.e_15(w, v, st)
        p = 'EVSETargetActivePower_L2'
        v = o.EVSETargetActivePower_L2
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
        p = 'EVSETargetActivePower_L3'
        v = o.EVSETargetActivePower_L3
        if v is not None:
            if s == 0:
                w.bits(2, 4)
                s = 3
            elif s == 1:
                w.bits(1, 4)
                s = 3
            elif s == 2:
                w.bits(0, 4)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSETargetReactivePower'
        v = o.EVSETargetReactivePower
        if v is not None:
            if s == 0:
                w.bits(3, 4)
                s = 4
            elif s == 1:
                w.bits(2, 4)
                s = 4
            elif s == 2:
                w.bits(1, 4)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSETargetReactivePower_L2'
        v = o.EVSETargetReactivePower_L2
        if v is not None:
            if s == 0:
                w.bits(4, 4)
                s = 5
            elif s == 1:
                w.bits(3, 4)
                s = 5
            elif s == 2:
                w.bits(2, 4)
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
        p = 'EVSETargetReactivePower_L3'
        v = o.EVSETargetReactivePower_L3
        if v is not None:
            if s == 0:
                w.bits(5, 4)
                s = 6
            elif s == 1:
                w.bits(4, 4)
                s = 6
            elif s == 2:
                w.bits(3, 4)
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
        p = 'EVSEPresentActivePower'
        v = o.EVSEPresentActivePower
        if v is not None:
            if s == 0:
                w.bits(6, 4)
                s = 7
            elif s == 1:
                w.bits(5, 4)
                s = 7
            elif s == 2:
                w.bits(4, 4)
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
                w.bits(0, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentActivePower_L2'
        v = o.EVSEPresentActivePower_L2
        if v is not None:
            if s == 0:
                w.bits(7, 4)
                s = 8
            elif s == 1:
                w.bits(6, 4)
                s = 8
            elif s == 2:
                w.bits(5, 4)
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
                w.bits(1, 3)
                s = 8
            elif s == 7:
                w.bits(0, 2)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVSEPresentActivePower_L3'
        v = o.EVSEPresentActivePower_L3
        if v is not None:
            if s == 0:
                w.bits(8, 4)
                s = 9
            elif s == 1:
                w.bits(7, 4)
                s = 9
            elif s == 2:
                w.bits(6, 4)
                s = 9
            elif s == 3:
                w.bits(5, 3)
                s = 9
            elif s == 4:
                w.bits(4, 3)
                s = 9
            elif s == 5:
                w.bits(3, 3)
                s = 9
            elif s == 6:
                w.bits(2, 3)
                s = 9
            elif s == 7:
                w.bits(1, 2)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 0:
            w.bits(9, 4)
        elif s == 1:
            w.bits(8, 4)
        elif s == 2:
            w.bits(7, 4)
        elif s == 3:
            w.bits(6, 3)
        elif s == 4:
            w.bits(5, 3)
        elif s == 5:
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


def d_15(r, st, cls):
    f_EVSETargetActivePower = None
    f_EVSETargetActivePower_L2 = None
    f_EVSETargetActivePower_L3 = None
    f_EVSETargetReactivePower = None
    f_EVSETargetReactivePower_L2 = None
    f_EVSETargetReactivePower_L3 = None
    f_EVSEPresentActivePower = None
    f_EVSEPresentActivePower_L2 = None
    f_EVSEPresentActivePower_L3 = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(4)
        if c == 0:
            s = 1
            p = 'EVSETargetActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower = v
        elif c == 1:
            s = 2
            p = 'EVSETargetActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower_L2 = v
        elif c == 2:
            s = 3
            p = 'EVSETargetActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetActivePower_L3 = v
        elif c == 3:
            s = 4
            p = 'EVSETargetReactivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower = v
        elif c == 4:
            s = 5
            p = 'EVSETargetReactivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower_L2 = v
        elif c == 5:
            s = 6
            p = 'EVSETargetReactivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSETargetReactivePower_L3 = v
        elif c == 6:
            s = 7
            p = 'EVSEPresentActivePower'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower = v
        elif c == 7:
            s = 8
            p = 'EVSEPresentActivePower_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L2 = v
        elif c == 8:
            s = 9
            p = 'EVSEPresentActivePower_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVSEPresentActivePower_L3 = v
        elif c == 9:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(4)
            if c == 0:
                s = 2
                p = 'EVSETargetActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower_L2 = v
            elif c == 1:
                s = 3
                p = 'EVSETargetActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower_L3 = v
            elif c == 2:
                s = 4
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 3:
                s = 5
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 4:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 5:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 6:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 7:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 8:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(4)
            if c == 0:
                s = 3
                p = 'EVSETargetActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetActivePower_L3 = v
            elif c == 1:
                s = 4
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 2:
                s = 5
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 3:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 4:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 5:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 6:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 7:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'EVSETargetReactivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower = v
            elif c == 1:
                s = 5
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 2:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 3:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 4:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 5:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 6:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'EVSETargetReactivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L2 = v
            elif c == 1:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 2:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 3:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 4:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'EVSETargetReactivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSETargetReactivePower_L3 = v
            elif c == 1:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 2:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 3:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(3)
            if c == 0:
                s = 7
                p = 'EVSEPresentActivePower'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower = v
            elif c == 1:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 2:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'EVSEPresentActivePower_L2'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L2 = v
            elif c == 1:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'EVSEPresentActivePower_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVSEPresentActivePower_L3 = v
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
    o.EVSETargetActivePower = f_EVSETargetActivePower
    o.EVSETargetActivePower_L2 = f_EVSETargetActivePower_L2
    o.EVSETargetActivePower_L3 = f_EVSETargetActivePower_L3
    o.EVSETargetReactivePower = f_EVSETargetReactivePower
    o.EVSETargetReactivePower_L2 = f_EVSETargetReactivePower_L2
    o.EVSETargetReactivePower_L3 = f_EVSETargetReactivePower_L3
    o.EVSEPresentActivePower = f_EVSEPresentActivePower
    o.EVSEPresentActivePower_L2 = f_EVSEPresentActivePower_L2
    o.EVSEPresentActivePower_L3 = f_EVSEPresentActivePower_L3
    return o

ELEMENTS = {
    '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode': (e_0, d_0, _m_ac.AC_CPDReqEnergyTransferMode),
    '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode': (e_1, d_1, _m_ac.AC_CPDResEnergyTransferMode),
    '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopReq': (e_2, d_2, _m_ac.AC_ChargeLoopReq),
    '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopRes': (e_3, d_3, _m_ac.AC_ChargeLoopRes),
    '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryReq': (e_4, d_4, _m_ac.AC_ChargeParameterDiscoveryReq),
    '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryRes': (e_5, d_5, _m_ac.AC_ChargeParameterDiscoveryRes),
    '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode': (e_6, d_6, _m_ac.BPT_AC_CPDReqEnergyTransferMode),
    '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode': (e_7, d_7, _m_ac.BPT_AC_CPDResEnergyTransferMode),
    '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode': (e_8, d_8, _m_ac.BPT_Dynamic_AC_CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode': (e_9, d_9, _m_ac.BPT_Dynamic_AC_CLResControlMode),
    '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode': (e_10, d_10, _m_ac.BPT_Scheduled_AC_CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode': (e_11, d_11, _m_ac.BPT_Scheduled_AC_CLResControlMode),
    '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode': (e_12, d_12, _m_ac.Dynamic_AC_CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode': (e_13, d_13, _m_ac.Dynamic_AC_CLResControlMode),
    '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode': (e_14, d_14, _m_ac.Scheduled_AC_CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode': (e_15, d_15, _m_ac.Scheduled_AC_CLResControlMode),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:iso:std:iso:15118:-20:AC': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Target', 'Type', 'URI')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
        ('urn:iso:std:iso:15118:-20:AC', ('AC_CPDReqEnergyTransferMode', 'AC_CPDReqEnergyTransferModeType', 'AC_CPDResEnergyTransferMode', 'AC_CPDResEnergyTransferModeType', 'AC_ChargeLoopReq', 'AC_ChargeLoopReqType', 'AC_ChargeLoopRes', 'AC_ChargeLoopResType', 'AC_ChargeParameterDiscoveryReq', 'AC_ChargeParameterDiscoveryReqType', 'AC_ChargeParameterDiscoveryRes', 'AC_ChargeParameterDiscoveryResType', 'BPT_AC_CPDReqEnergyTransferMode', 'BPT_AC_CPDReqEnergyTransferModeType', 'BPT_AC_CPDResEnergyTransferMode', 'BPT_AC_CPDResEnergyTransferModeType', 'BPT_Dynamic_AC_CLReqControlMode', 'BPT_Dynamic_AC_CLReqControlModeType', 'BPT_Dynamic_AC_CLResControlMode', 'BPT_Dynamic_AC_CLResControlModeType', 'BPT_Scheduled_AC_CLReqControlMode', 'BPT_Scheduled_AC_CLReqControlModeType', 'BPT_Scheduled_AC_CLResControlMode', 'BPT_Scheduled_AC_CLResControlModeType', 'Dynamic_AC_CLReqControlMode', 'Dynamic_AC_CLReqControlModeType', 'Dynamic_AC_CLResControlMode', 'Dynamic_AC_CLResControlModeType', 'EVMaximumChargePower', 'EVMaximumChargePower_L2', 'EVMaximumChargePower_L3', 'EVMaximumDischargePower', 'EVMaximumDischargePower_L2', 'EVMaximumDischargePower_L3', 'EVMaximumV2XEnergyRequest', 'EVMinimumChargePower', 'EVMinimumChargePower_L2', 'EVMinimumChargePower_L3', 'EVMinimumDischargePower', 'EVMinimumDischargePower_L2', 'EVMinimumDischargePower_L3', 'EVMinimumV2XEnergyRequest', 'EVPresentActivePower', 'EVPresentActivePower_L2', 'EVPresentActivePower_L3', 'EVPresentReactivePower', 'EVPresentReactivePower_L2', 'EVPresentReactivePower_L3', 'EVSEMaximumChargePower', 'EVSEMaximumChargePower_L2', 'EVSEMaximumChargePower_L3', 'EVSEMaximumDischargePower', 'EVSEMaximumDischargePower_L2', 'EVSEMaximumDischargePower_L3', 'EVSEMinimumChargePower', 'EVSEMinimumChargePower_L2', 'EVSEMinimumChargePower_L3', 'EVSEMinimumDischargePower', 'EVSEMinimumDischargePower_L2', 'EVSEMinimumDischargePower_L3', 'EVSENominalFrequency', 'EVSEPowerRampLimitation', 'EVSEPresentActivePower', 'EVSEPresentActivePower_L2', 'EVSEPresentActivePower_L3', 'EVSETargetActivePower', 'EVSETargetActivePower_L2', 'EVSETargetActivePower_L3', 'EVSETargetFrequency', 'EVSETargetReactivePower', 'EVSETargetReactivePower_L2', 'EVSETargetReactivePower_L3', 'MaximumPowerAsymmetry', 'Scheduled_AC_CLReqControlMode', 'Scheduled_AC_CLReqControlModeType', 'Scheduled_AC_CLResControlMode', 'Scheduled_AC_CLResControlModeType')),
        ('urn:iso:std:iso:15118:-20:CommonTypes', ('AckMaxDelay', 'AdditionalServicesCosts', 'Amount', 'BPT_DischargedEnergyReadingWh', 'BPT_InductiveEnergyReadingVARh', 'BatteryEnergyCapacity', 'CLReqControlMode', 'CLReqControlModeType', 'CLResControlMode', 'CLResControlModeType', 'CapacitiveEnergyReadingVARh', 'ChargeLoopReqType', 'ChargeLoopResType', 'ChargeParameterDiscoveryReqType', 'ChargeParameterDiscoveryResType', 'ChargedEnergyReadingWh', 'ChargingComplete', 'CostPerUnit', 'DepartureTime', 'DetailedCostType', 'DetailedTaxType', 'DisplayParameters', 'DisplayParametersType', 'Dynamic_CLReqControlModeType', 'Dynamic_CLResControlModeType', 'EVMaximumEnergyRequest', 'EVMinimumEnergyRequest', 'EVSENotification', 'EVSEStatus', 'EVSEStatusType', 'EVTargetEnergyRequest', 'EnergyCosts', 'Exponent', 'Header', 'InletHot', 'ListOfRootCertificateIDsType', 'MaximumSOC', 'MessageHeaderType', 'MeterID', 'MeterInfo', 'MeterInfoRequested', 'MeterInfoType', 'MeterSignature', 'MeterStatus', 'MeterTimestamp', 'MinimumSOC', 'NotificationMaxDelay', 'OccupancyCosts', 'OverstayCosts', 'PresentSOC', 'RationalNumberType', 'Receipt', 'ReceiptType', 'RemainingTimeToMaximumSOC', 'RemainingTimeToMinimumSOC', 'RemainingTimeToTargetSOC', 'ResponseCode', 'RootCertificateID', 'Scheduled_CLReqControlModeType', 'Scheduled_CLResControlModeType', 'SessionID', 'TargetSOC', 'TaxCosts', 'TaxRuleID', 'TimeAnchor', 'TimeStamp', 'V2GMessageType', 'V2GRequestType', 'V2GResponseType', 'Value', 'descriptionType', 'evseNotificationType', 'identifierType', 'meterIDType', 'meterSignatureType', 'nameType', 'numericIDType', 'percentValueType', 'processingType', 'responseCodeType', 'sessionIDType')),
    ),
}

# (type qname, field) -> element qnames of the substitution group that field holds
MEMBERS: dict[tuple[str, str], tuple[str, ...]] = {
    ('{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopReqType', 'CLReqControlMode'): ('{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode'),
    ('{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopResType', 'CLResControlMode'): ('{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode', '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode', '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode'),
    ('{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryReqType', 'AC_CPDReqEnergyTransferMode'): ('{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode', '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode'),
    ('{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryResType', 'AC_CPDResEnergyTransferMode'): ('{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode', '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode'),
}

# encoders of the substitution-group members the types above hold
ELEMENT_ENCODERS: dict[str, Callable[..., None]] = {
    '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode': e_0,
    '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode': e_1,
    '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode': e_6,
    '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode': e_7,
    '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode': e_8,
    '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode': e_9,
    '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode': e_10,
    '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode': e_11,
    '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode': e_12,
    '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode': e_13,
    '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode': e_14,
    '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode': e_15,
    '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode': _p_common_types.e_0,
    '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode': _p_common_types.e_1,
}

# namespace -> global elements of the schema set loaded for it, in EXI order
DOCUMENT_ELEMENTS = {
    'urn:iso:std:iso:15118:-20:AC': (
        '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode',
        '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode',
        '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopReq',
        '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopRes',
        '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryReq',
        '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryRes',
        '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode',
        '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode',
        '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode',
        '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode',
        '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode',
        '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod',
        '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}DigestMethod',
        '{http://www.w3.org/2000/09/xmldsig#}DigestValue',
        '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode',
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
        '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode',
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
    'urn:iso:std:iso:15118:-20:AC': (
        ('{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode', '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode', '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopReq', '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopRes', '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryReq', '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryRes', '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}Amount', '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode', '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_DischargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters', '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:AC}EVMaximumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:AC}EVMinimumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVSENominalFrequency', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSENotification', '{urn:iso:std:iso:15118:-20:AC}EVSEPowerRampLimitation', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower_L3', '{urn:iso:std:iso:15118:-20:AC}EVSETargetFrequency', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower_L2', '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{urn:iso:std:iso:15118:-20:CommonTypes}Exponent', '{http://www.w3.org/2000/09/xmldsig#}G', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{urn:iso:std:iso:15118:-20:CommonTypes}Header', '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{urn:iso:std:iso:15118:-20:AC}MaximumPowerAsymmetry', '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{urn:iso:std:iso:15118:-20:CommonTypes}NotificationMaxDelay', '{http://www.w3.org/2000/09/xmldsig#}Object', '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{urn:iso:std:iso:15118:-20:CommonTypes}PresentSOC', '{http://www.w3.org/2000/09/xmldsig#}Q', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode', '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{urn:iso:std:iso:15118:-20:CommonTypes}SessionID', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeAnchor', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeStamp', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{urn:iso:std:iso:15118:-20:CommonTypes}Value', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y'),
        {
            '{urn:iso:std:iso:15118:-20:AC}AC_CPDReqEnergyTransferMode': (e_0, d_0, _m_ac.AC_CPDReqEnergyTransferMode),
            '{urn:iso:std:iso:15118:-20:AC}AC_CPDResEnergyTransferMode': (e_1, d_1, _m_ac.AC_CPDResEnergyTransferMode),
            '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopReq': (e_2, d_2, _m_ac.AC_ChargeLoopReq),
            '{urn:iso:std:iso:15118:-20:AC}AC_ChargeLoopRes': (e_3, d_3, _m_ac.AC_ChargeLoopRes),
            '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryReq': (e_4, d_4, _m_ac.AC_ChargeParameterDiscoveryReq),
            '{urn:iso:std:iso:15118:-20:AC}AC_ChargeParameterDiscoveryRes': (e_5, d_5, _m_ac.AC_ChargeParameterDiscoveryRes),
            '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Amount': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDReqEnergyTransferMode': (e_6, d_6, _m_ac.BPT_AC_CPDReqEnergyTransferMode),
            '{urn:iso:std:iso:15118:-20:AC}BPT_AC_CPDResEnergyTransferMode': (e_7, d_7, _m_ac.BPT_AC_CPDResEnergyTransferMode),
            '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLReqControlMode': (e_8, d_8, _m_ac.BPT_Dynamic_AC_CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:AC}BPT_Dynamic_AC_CLResControlMode': (e_9, d_9, _m_ac.BPT_Dynamic_AC_CLResControlMode),
            '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLReqControlMode': (e_10, d_10, _m_ac.BPT_Scheduled_AC_CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:AC}BPT_Scheduled_AC_CLResControlMode': (e_11, d_11, _m_ac.BPT_Scheduled_AC_CLResControlMode),
            '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode': (_p_common_types.e_0, _p_common_types.d_0, _m_common_types.CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode': (_p_common_types.e_1, _p_common_types.d_1, _m_common_types.CLResControlMode),
            '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (_p_xmldsig.e_0, _p_xmldsig.d_0, _m_xmldsig.CanonicalizationMethod),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (_p_xmldsig.e_1, _p_xmldsig.d_1, _m_xmldsig.DSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (_p_xmldsig.e_2, _p_xmldsig.d_2, _m_xmldsig.DigestMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (_p_xmldsig.es_0, _p_xmldsig.ds_0, _m_xmldsig.DigestValue),
            '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters': (_p_common_types.e_8, _p_common_types.d_8, _m_common_types.DisplayParametersType),
            '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLReqControlMode': (e_12, d_12, _m_ac.Dynamic_AC_CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:AC}Dynamic_AC_CLResControlMode': (e_13, d_13, _m_ac.Dynamic_AC_CLResControlMode),
            '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMaximumChargePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMaximumDischargePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMaximumV2XEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMinimumChargePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMinimumDischargePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVMinimumV2XEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVPresentActivePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVPresentReactivePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumChargePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMaximumDischargePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumChargePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEMinimumDischargePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSENominalFrequency': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEPowerRampLimitation': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSEPresentActivePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus': (_p_common_types.e_11, _p_common_types.d_11, _m_common_types.EVSEStatusType),
            '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSETargetActivePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSETargetFrequency': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:AC}EVSETargetReactivePower_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Header': (_p_common_types.e_13, _p_common_types.d_13, _m_common_types.MessageHeaderType),
            '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (_p_xmldsig.e_3, _p_xmldsig.d_3, _m_xmldsig.KeyInfo),
            '{http://www.w3.org/2000/09/xmldsig#}KeyName': (_p_xmldsig.es_1, _p_xmldsig.ds_1, _m_xmldsig.KeyName),
            '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (_p_xmldsig.e_4, _p_xmldsig.d_4, _m_xmldsig.KeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}Manifest': (_p_xmldsig.e_5, _p_xmldsig.d_5, _m_xmldsig.Manifest),
            '{urn:iso:std:iso:15118:-20:AC}MaximumPowerAsymmetry': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
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
            '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLReqControlMode': (e_14, d_14, _m_ac.Scheduled_AC_CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:AC}Scheduled_AC_CLResControlMode': (e_15, d_15, _m_ac.Scheduled_AC_CLResControlMode),
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
