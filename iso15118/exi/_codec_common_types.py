"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:iso:std:iso:15118:-20:CommonTypes.
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
from ..messages import common_types as _m_common_types
from ..messages import xmldsig as _m_xmldsig

ENUM_0 = tuple(_m_common_types.responseCodeType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}
ENUM_1 = tuple(_m_common_types.evseNotificationType)
EIDX_1 = {m: i for i, m in enumerate(ENUM_1)}


# {urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlModeType


def e_0(w, o, st):
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


def d_0(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonTypes}CLResControlModeType


def e_1(w, o, st):
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


def d_1(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonTypes}ChargeLoopReqType


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
        e_13(w, v, st)
        p = 'DisplayParameters'
        v = o.DisplayParameters
        if v is not None:
            w.bits(0, 2)
            s = 2
            e_8(w, v, st)
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
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_13(r, st, _m_common_types.MessageHeaderType)
        f_Header = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'DisplayParameters'
            v = d_8(r, st, _m_common_types.DisplayParametersType)
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
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}ChargeLoopResType


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
        e_13(w, v, st)
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
            e_11(w, v, st)
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
            e_14(w, v, st)
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
            e_16(w, v, st)
        p = ''
        if s == 2:
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


def d_3(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEStatus = None
    f_MeterInfo = None
    f_Receipt = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_13(r, st, _m_common_types.MessageHeaderType)
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
            v = d_11(r, st, _m_common_types.EVSEStatusType)
            f_EVSEStatus = v
        elif c == 1:
            s = 4
            p = 'MeterInfo'
            v = d_14(r, st, _m_common_types.MeterInfoType)
            f_MeterInfo = v
        elif c == 2:
            s = 5
            p = 'Receipt'
            v = d_16(r, st, _m_common_types.ReceiptType)
            f_Receipt = v
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'MeterInfo'
                v = d_14(r, st, _m_common_types.MeterInfoType)
                f_MeterInfo = v
            elif c == 1:
                s = 5
                p = 'Receipt'
                v = d_16(r, st, _m_common_types.ReceiptType)
                f_Receipt = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'Receipt'
                v = d_16(r, st, _m_common_types.ReceiptType)
                f_Receipt = v
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEStatus = f_EVSEStatus
    o.MeterInfo = f_MeterInfo
    o.Receipt = f_Receipt
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}ChargeParameterDiscoveryReqType


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
        e_13(w, v, st)
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
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_13(r, st, _m_common_types.MessageHeaderType)
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


# {urn:iso:std:iso:15118:-20:CommonTypes}ChargeParameterDiscoveryResType


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
        e_13(w, v, st)
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
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
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_13(r, st, _m_common_types.MessageHeaderType)
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
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}DetailedCostType


def e_6(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Amount'
        v = o.Amount
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_15(w, v, st)
        p = 'CostPerUnit'
        v = o.CostPerUnit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_6(r, st, cls):
    f_Amount = None
    f_CostPerUnit = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Amount'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_15(r, st, _m_common_types.RationalNumberType)
        f_Amount = v
        s = 2
        p = 'CostPerUnit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_15(r, st, _m_common_types.RationalNumberType)
        f_CostPerUnit = v
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
    o.Amount = f_Amount
    o.CostPerUnit = f_CostPerUnit
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}DetailedTaxType


def e_7(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TaxRuleID'
        v = o.TaxRuleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'Amount'
        v = o.Amount
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_7(r, st, cls):
    f_TaxRuleID = None
    f_Amount = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'TaxRuleID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TaxRuleID', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_TaxRuleID = v
        s = 2
        p = 'Amount'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_15(r, st, _m_common_types.RationalNumberType)
        f_Amount = v
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
    o.TaxRuleID = f_TaxRuleID
    o.Amount = f_Amount
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}DisplayParametersType


def e_8(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PresentSOC'
        v = o.PresentSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            w.bits(0 | (x << 1), 13)
            s = 1
        p = 'MinimumSOC'
        v = o.MinimumSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 0:
                w.bits(512 | (x << 1), 13)
                s = 2
            elif s == 1:
                w.bits(0 | (x << 1), 13)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'TargetSOC'
        v = o.TargetSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 0:
                w.bits(1024 | (x << 1), 13)
                s = 3
            elif s == 1:
                w.bits(512 | (x << 1), 13)
                s = 3
            elif s == 2:
                w.bits(0 | (x << 1), 13)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'MaximumSOC'
        v = o.MaximumSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 0:
                w.bits(1536 | (x << 1), 13)
                s = 4
            elif s == 1:
                w.bits(1024 | (x << 1), 13)
                s = 4
            elif s == 2:
                w.bits(512 | (x << 1), 13)
                s = 4
            elif s == 3:
                w.bits(0 | (x << 1), 13)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'RemainingTimeToMinimumSOC'
        v = o.RemainingTimeToMinimumSOC
        if v is not None:
            if s == 0:
                w.bits(8, 5)
                s = 5
            elif s == 1:
                w.bits(6, 5)
                s = 5
            elif s == 2:
                w.bits(4, 5)
                s = 5
            elif s == 3:
                w.bits(2, 5)
                s = 5
            elif s == 4:
                w.bits(0, 4)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p))
        p = 'RemainingTimeToTargetSOC'
        v = o.RemainingTimeToTargetSOC
        if v is not None:
            if s == 0:
                w.bits(10, 5)
                s = 6
            elif s == 1:
                w.bits(8, 5)
                s = 6
            elif s == 2:
                w.bits(6, 5)
                s = 6
            elif s == 3:
                w.bits(4, 5)
                s = 6
            elif s == 4:
                w.bits(2, 4)
                s = 6
            elif s == 5:
                w.bits(0, 4)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p))
        p = 'RemainingTimeToMaximumSOC'
        v = o.RemainingTimeToMaximumSOC
        if v is not None:
            if s == 0:
                w.bits(12, 5)
                s = 7
            elif s == 1:
                w.bits(10, 5)
                s = 7
            elif s == 2:
                w.bits(8, 5)
                s = 7
            elif s == 3:
                w.bits(6, 5)
                s = 7
            elif s == 4:
                w.bits(4, 4)
                s = 7
            elif s == 5:
                w.bits(2, 4)
                s = 7
            elif s == 6:
                w.bits(0, 4)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p))
        p = 'ChargingComplete'
        v = o.ChargingComplete
        if v is not None:
            x = check_bool(v, p)
            if s == 0:
                w.bits(56 | (x << 1), 7)
                s = 8
            elif s == 1:
                w.bits(48 | (x << 1), 7)
                s = 8
            elif s == 2:
                w.bits(40 | (x << 1), 7)
                s = 8
            elif s == 3:
                w.bits(32 | (x << 1), 7)
                s = 8
            elif s == 4:
                w.bits(24 | (x << 1), 6)
                s = 8
            elif s == 5:
                w.bits(16 | (x << 1), 6)
                s = 8
            elif s == 6:
                w.bits(8 | (x << 1), 6)
                s = 8
            elif s == 7:
                w.bits(0 | (x << 1), 6)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'BatteryEnergyCapacity'
        v = o.BatteryEnergyCapacity
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
                w.bits(5, 4)
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
                w.bits(1, 3)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_15(w, v, st)
        p = 'InletHot'
        v = o.InletHot
        if v is not None:
            x = check_bool(v, p)
            if s == 0:
                w.bits(72 | (x << 1), 7)
                s = 10
            elif s == 1:
                w.bits(64 | (x << 1), 7)
                s = 10
            elif s == 2:
                w.bits(56 | (x << 1), 7)
                s = 10
            elif s == 3:
                w.bits(48 | (x << 1), 7)
                s = 10
            elif s == 4:
                w.bits(40 | (x << 1), 6)
                s = 10
            elif s == 5:
                w.bits(32 | (x << 1), 6)
                s = 10
            elif s == 6:
                w.bits(24 | (x << 1), 6)
                s = 10
            elif s == 7:
                w.bits(16 | (x << 1), 6)
                s = 10
            elif s == 8:
                w.bits(8 | (x << 1), 5)
                s = 10
            elif s == 9:
                w.bits(0 | (x << 1), 5)
                s = 10
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 0:
            w.bits(10, 4)
        elif s == 1:
            w.bits(9, 4)
        elif s == 2:
            w.bits(8, 4)
        elif s == 3:
            w.bits(7, 4)
        elif s == 4:
            w.bits(6, 3)
        elif s == 5:
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


def d_8(r, st, cls):
    f_PresentSOC = None
    f_MinimumSOC = None
    f_TargetSOC = None
    f_MaximumSOC = None
    f_RemainingTimeToMinimumSOC = None
    f_RemainingTimeToTargetSOC = None
    f_RemainingTimeToMaximumSOC = None
    f_ChargingComplete = None
    f_BatteryEnergyCapacity = None
    f_InletHot = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(4)
        if c == 0:
            s = 1
            p = 'PresentSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}PresentSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_PresentSOC = v
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
            p = 'MaximumSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_MaximumSOC = v
        elif c == 4:
            s = 5
            p = 'RemainingTimeToMinimumSOC'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_RemainingTimeToMinimumSOC = v
        elif c == 5:
            s = 6
            p = 'RemainingTimeToTargetSOC'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_RemainingTimeToTargetSOC = v
        elif c == 6:
            s = 7
            p = 'RemainingTimeToMaximumSOC'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_RemainingTimeToMaximumSOC = v
        elif c == 7:
            s = 8
            p = 'ChargingComplete'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_ChargingComplete = v
        elif c == 8:
            s = 9
            p = 'BatteryEnergyCapacity'
            v = d_15(r, st, _m_common_types.RationalNumberType)
            f_BatteryEnergyCapacity = v
        elif c == 9:
            s = 10
            p = 'InletHot'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_InletHot = v
        elif c == 10:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(4)
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
                p = 'MaximumSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_MaximumSOC = v
            elif c == 3:
                s = 5
                p = 'RemainingTimeToMinimumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMinimumSOC = v
            elif c == 4:
                s = 6
                p = 'RemainingTimeToTargetSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToTargetSOC = v
            elif c == 5:
                s = 7
                p = 'RemainingTimeToMaximumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMaximumSOC = v
            elif c == 6:
                s = 8
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            elif c == 7:
                s = 9
                p = 'BatteryEnergyCapacity'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_BatteryEnergyCapacity = v
            elif c == 8:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
            elif c == 9:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(4)
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
                p = 'MaximumSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_MaximumSOC = v
            elif c == 2:
                s = 5
                p = 'RemainingTimeToMinimumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMinimumSOC = v
            elif c == 3:
                s = 6
                p = 'RemainingTimeToTargetSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToTargetSOC = v
            elif c == 4:
                s = 7
                p = 'RemainingTimeToMaximumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMaximumSOC = v
            elif c == 5:
                s = 8
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            elif c == 6:
                s = 9
                p = 'BatteryEnergyCapacity'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_BatteryEnergyCapacity = v
            elif c == 7:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
            elif c == 8:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(4)
            if c == 0:
                s = 4
                p = 'MaximumSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_MaximumSOC = v
            elif c == 1:
                s = 5
                p = 'RemainingTimeToMinimumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMinimumSOC = v
            elif c == 2:
                s = 6
                p = 'RemainingTimeToTargetSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToTargetSOC = v
            elif c == 3:
                s = 7
                p = 'RemainingTimeToMaximumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMaximumSOC = v
            elif c == 4:
                s = 8
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            elif c == 5:
                s = 9
                p = 'BatteryEnergyCapacity'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_BatteryEnergyCapacity = v
            elif c == 6:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
            elif c == 7:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'RemainingTimeToMinimumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMinimumSOC = v
            elif c == 1:
                s = 6
                p = 'RemainingTimeToTargetSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToTargetSOC = v
            elif c == 2:
                s = 7
                p = 'RemainingTimeToMaximumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMaximumSOC = v
            elif c == 3:
                s = 8
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            elif c == 4:
                s = 9
                p = 'BatteryEnergyCapacity'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_BatteryEnergyCapacity = v
            elif c == 5:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
            elif c == 6:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'RemainingTimeToTargetSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToTargetSOC = v
            elif c == 1:
                s = 7
                p = 'RemainingTimeToMaximumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMaximumSOC = v
            elif c == 2:
                s = 8
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            elif c == 3:
                s = 9
                p = 'BatteryEnergyCapacity'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_BatteryEnergyCapacity = v
            elif c == 4:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(3)
            if c == 0:
                s = 7
                p = 'RemainingTimeToMaximumSOC'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_RemainingTimeToMaximumSOC = v
            elif c == 1:
                s = 8
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            elif c == 2:
                s = 9
                p = 'BatteryEnergyCapacity'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_BatteryEnergyCapacity = v
            elif c == 3:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(3)
            if c == 0:
                s = 8
                p = 'ChargingComplete'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_ChargingComplete = v
            elif c == 1:
                s = 9
                p = 'BatteryEnergyCapacity'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_BatteryEnergyCapacity = v
            elif c == 2:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'BatteryEnergyCapacity'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_BatteryEnergyCapacity = v
            elif c == 1:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 10
                p = 'InletHot'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', to_bool)
                else:
                    v = ((c >> 1) & 1) == 1
                f_InletHot = v
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
    o.PresentSOC = f_PresentSOC
    o.MinimumSOC = f_MinimumSOC
    o.TargetSOC = f_TargetSOC
    o.MaximumSOC = f_MaximumSOC
    o.RemainingTimeToMinimumSOC = f_RemainingTimeToMinimumSOC
    o.RemainingTimeToTargetSOC = f_RemainingTimeToTargetSOC
    o.RemainingTimeToMaximumSOC = f_RemainingTimeToMaximumSOC
    o.ChargingComplete = f_ChargingComplete
    o.BatteryEnergyCapacity = f_BatteryEnergyCapacity
    o.InletHot = f_InletHot
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}Dynamic_CLReqControlModeType


def e_9(w, o, st):
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
        e_15(w, v, st)
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_15(w, v, st)
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_9(r, st, cls):
    f_DepartureTime = None
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
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
            v = d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'EVTargetEnergyRequest'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        s = 3
        p = 'EVMaximumEnergyRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumEnergyRequest = v
        s = 4
        p = 'EVMinimumEnergyRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumEnergyRequest = v
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
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}Dynamic_CLResControlModeType


def e_10(w, o, st):
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


def d_10(r, st, cls):
    f_DepartureTime = None
    f_MinimumSOC = None
    f_TargetSOC = None
    f_AckMaxDelay = None
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
            s = -1
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
                s = -1
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
                s = -1
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
    o.DepartureTime = f_DepartureTime
    o.MinimumSOC = f_MinimumSOC
    o.TargetSOC = f_TargetSOC
    o.AckMaxDelay = f_AckMaxDelay
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatusType


def e_11(w, o, st):
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
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 6)
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}NotificationMaxDelay', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_NotificationMaxDelay = v
        s = 2
        p = 'EVSENotification'
        c = r.bits(6)
        if c & 49:
            if c >> 4 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 4
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}EVSENotification', _m_common_types.evseNotificationType)
        else:
            if ((c >> 1) & 7) >= 6:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 7)]
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


# {urn:iso:std:iso:15118:-20:CommonTypes}ListOfRootCertificateIDsType


def e_12(w, o, st):
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
                cnt = 19
            elif s == 1:
                w.bits(0, 2)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_xmldsig.e_21(w, v, st)
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


def d_12(r, st, cls):
    f_RootCertificateID = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 19
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
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'RootCertificateID'
                v = _p_xmldsig.d_21(r, st, _m_xmldsig.X509IssuerSerialType)
                if len(f_RootCertificateID) >= 20:
                    raise EXIDecodeError(r.pos, [], 'more than 20 items')
                f_RootCertificateID.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'RootCertificateID'
                v = _p_xmldsig.d_21(r, st, _m_xmldsig.X509IssuerSerialType)
                if len(f_RootCertificateID) >= 20:
                    raise EXIDecodeError(r.pos, [], 'more than 20 items')
                f_RootCertificateID.append(v)
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
    o.RootCertificateID = f_RootCertificateID
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}MessageHeaderType


def e_13(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SessionID'
        v = o.SessionID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, 8, 8, 0, 1)
        p = 'TimeStamp'
        v = o.TimeStamp
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p), 0, 2)
        p = 'Signature'
        v = o.Signature
        if v is not None:
            w.bits(0, 2)
            s = 3
            _p_xmldsig.e_15(w, v, st)
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


def d_13(r, st, cls):
    f_SessionID = None
    f_TimeStamp = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}SessionID', from_hex, b'')
        else:
            v = r.binary_ee()
        f_SessionID = v
        s = 2
        p = 'TimeStamp'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TimeStamp', int)
        f_TimeStamp = v
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
    o.TimeStamp = f_TimeStamp
    o.Signature = f_Signature
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoType


def e_14(w, o, st):
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
        p = 'ChargedEnergyReadingWh'
        v = o.ChargedEnergyReadingWh
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p), 0, 2)
        p = 'BPT_DischargedEnergyReadingWh'
        v = o.BPT_DischargedEnergyReadingWh
        if v is not None:
            s = 3
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p), 0, 4)
        p = 'CapacitiveEnergyReadingVARh'
        v = o.CapacitiveEnergyReadingVARh
        if v is not None:
            if s == 2:
                w.bits(2, 4)
                s = 4
            elif s == 3:
                w.bits(0, 4)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p))
        p = 'BPT_InductiveEnergyReadingVARh'
        v = o.BPT_InductiveEnergyReadingVARh
        if v is not None:
            if s == 2:
                w.bits(4, 4)
                s = 5
            elif s == 3:
                w.bits(2, 4)
                s = 5
            elif s == 4:
                w.bits(0, 4)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p))
        p = 'MeterSignature'
        v = o.MeterSignature
        if v is not None:
            if s == 2:
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
            w.binary_el(v, None, 64)
        p = 'MeterStatus'
        v = o.MeterStatus
        if v is not None:
            if s == 2:
                w.bits(8, 4)
                s = 7
            elif s == 3:
                w.bits(6, 4)
                s = 7
            elif s == 4:
                w.bits(4, 4)
                s = 7
            elif s == 5:
                w.bits(2, 4)
                s = 7
            elif s == 6:
                w.bits(0, 3)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
        p = 'MeterTimestamp'
        v = o.MeterTimestamp
        if v is not None:
            if s == 2:
                w.bits(10, 4)
                s = 8
            elif s == 3:
                w.bits(8, 4)
                s = 8
            elif s == 4:
                w.bits(6, 4)
                s = 8
            elif s == 5:
                w.bits(4, 4)
                s = 8
            elif s == 6:
                w.bits(2, 3)
                s = 8
            elif s == 7:
                w.bits(0, 3)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p))
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


def d_14(r, st, cls):
    f_MeterID = None
    f_ChargedEnergyReadingWh = None
    f_BPT_DischargedEnergyReadingWh = None
    f_CapacitiveEnergyReadingVARh = None
    f_BPT_InductiveEnergyReadingVARh = None
    f_MeterSignature = None
    f_MeterStatus = None
    f_MeterTimestamp = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID')
        f_MeterID = v
        s = 2
        p = 'ChargedEnergyReadingWh'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}ChargedEnergyReadingWh', int)
        f_ChargedEnergyReadingWh = v
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'BPT_DischargedEnergyReadingWh'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_DischargedEnergyReadingWh', int)
            f_BPT_DischargedEnergyReadingWh = v
        elif c == 1:
            s = 4
            p = 'CapacitiveEnergyReadingVARh'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', int)
            f_CapacitiveEnergyReadingVARh = v
        elif c == 2:
            s = 5
            p = 'BPT_InductiveEnergyReadingVARh'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', int)
            f_BPT_InductiveEnergyReadingVARh = v
        elif c == 3:
            s = 6
            p = 'MeterSignature'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', from_base64, b'')
            else:
                v = r.binary_ee()
            f_MeterSignature = v
        elif c == 4:
            s = 7
            p = 'MeterStatus'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_MeterStatus = v
        elif c == 5:
            s = 8
            p = 'MeterTimestamp'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', int)
            f_MeterTimestamp = v
        elif c == 6:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'CapacitiveEnergyReadingVARh'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', int)
                f_CapacitiveEnergyReadingVARh = v
            elif c == 1:
                s = 5
                p = 'BPT_InductiveEnergyReadingVARh'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', int)
                f_BPT_InductiveEnergyReadingVARh = v
            elif c == 2:
                s = 6
                p = 'MeterSignature'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_MeterSignature = v
            elif c == 3:
                s = 7
                p = 'MeterStatus'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_MeterStatus = v
            elif c == 4:
                s = 8
                p = 'MeterTimestamp'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', int)
                f_MeterTimestamp = v
            elif c == 5:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(3)
            if c == 0:
                s = 5
                p = 'BPT_InductiveEnergyReadingVARh'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', int)
                f_BPT_InductiveEnergyReadingVARh = v
            elif c == 1:
                s = 6
                p = 'MeterSignature'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_MeterSignature = v
            elif c == 2:
                s = 7
                p = 'MeterStatus'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_MeterStatus = v
            elif c == 3:
                s = 8
                p = 'MeterTimestamp'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', int)
                f_MeterTimestamp = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(3)
            if c == 0:
                s = 6
                p = 'MeterSignature'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_MeterSignature = v
            elif c == 1:
                s = 7
                p = 'MeterStatus'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_MeterStatus = v
            elif c == 2:
                s = 8
                p = 'MeterTimestamp'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', int)
                f_MeterTimestamp = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'MeterStatus'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_MeterStatus = v
            elif c == 1:
                s = 8
                p = 'MeterTimestamp'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', int)
                f_MeterTimestamp = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'MeterTimestamp'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', int)
                f_MeterTimestamp = v
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
    o.MeterID = f_MeterID
    o.ChargedEnergyReadingWh = f_ChargedEnergyReadingWh
    o.BPT_DischargedEnergyReadingWh = f_BPT_DischargedEnergyReadingWh
    o.CapacitiveEnergyReadingVARh = f_CapacitiveEnergyReadingVARh
    o.BPT_InductiveEnergyReadingVARh = f_BPT_InductiveEnergyReadingVARh
    o.MeterSignature = f_MeterSignature
    o.MeterStatus = f_MeterStatus
    o.MeterTimestamp = f_MeterTimestamp
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}RationalNumberType


def e_15(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Exponent'
        v = o.Exponent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, -128, 127, p) - -128
        w.bits(0 | (x << 1), 11)
        s = 1
        p = 'Value'
        v = o.Value
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


def d_15(r, st, cls):
    f_Exponent = None
    f_Value = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Exponent'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}Exponent', int)
            if not -128 <= v <= 127:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
        else:
            v = ((c >> 1) & 255) + -128
        f_Exponent = v
        s = 2
        p = 'Value'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}Value', int)
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
    o.Exponent = f_Exponent
    o.Value = f_Value
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}ReceiptType


def e_16(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TimeAnchor'
        v = o.TimeAnchor
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p), 0, 2)
        p = 'EnergyCosts'
        v = o.EnergyCosts
        if v is not None:
            w.bits(0, 3)
            s = 2
            e_6(w, v, st)
        p = 'OccupancyCosts'
        v = o.OccupancyCosts
        if v is not None:
            if s == 1:
                w.bits(1, 3)
                s = 3
            elif s == 2:
                w.bits(0, 3)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_6(w, v, st)
        p = 'AdditionalServicesCosts'
        v = o.AdditionalServicesCosts
        if v is not None:
            if s == 1:
                w.bits(2, 3)
                s = 4
            elif s == 2:
                w.bits(1, 3)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_6(w, v, st)
        p = 'OverstayCosts'
        v = o.OverstayCosts
        if v is not None:
            if s == 1:
                w.bits(3, 3)
                s = 5
                cnt = 10
            elif s == 2:
                w.bits(2, 3)
                s = 5
                cnt = 10
            elif s == 3:
                w.bits(1, 3)
                s = 5
                cnt = 10
            elif s == 4:
                w.bits(0, 2)
                s = 5
                cnt = 10
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_6(w, v, st)
        p = 'TaxCosts'
        v = o.TaxCosts
        if len(v) > 10:
            raise EXIEncodeError([], 'more than 10 items')
        for v in v:
            if s == 1:
                w.bits(4, 3)
                s = 5
                cnt = 9
            elif s == 2:
                w.bits(3, 3)
                s = 5
                cnt = 9
            elif s == 3:
                w.bits(2, 3)
                s = 5
                cnt = 9
            elif s == 4:
                w.bits(1, 2)
                s = 5
                cnt = 9
            elif s == 5:
                w.bits(0, 2)
                cnt -= 1
                s = 6 if cnt == 1 else 5
            elif s == 6:
                w.bits(0, 2)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_7(w, v, st)
        p = ''
        if s == 1:
            w.bits(5, 3)
        elif s == 2:
            w.bits(4, 3)
        elif s == 3:
            w.bits(3, 3)
        elif s == 4:
            w.bits(2, 2)
        elif s == 5:
            w.bits(1, 2)
        elif s == 6:
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


def d_16(r, st, cls):
    f_TimeAnchor = None
    f_EnergyCosts = None
    f_OccupancyCosts = None
    f_AdditionalServicesCosts = None
    f_OverstayCosts = None
    f_TaxCosts = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'TimeAnchor'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonTypes}TimeAnchor', int)
        f_TimeAnchor = v
        c = r.bits(3)
        if c == 0:
            s = 2
            p = 'EnergyCosts'
            v = d_6(r, st, _m_common_types.DetailedCostType)
            f_EnergyCosts = v
        elif c == 1:
            s = 3
            p = 'OccupancyCosts'
            v = d_6(r, st, _m_common_types.DetailedCostType)
            f_OccupancyCosts = v
        elif c == 2:
            s = 4
            p = 'AdditionalServicesCosts'
            v = d_6(r, st, _m_common_types.DetailedCostType)
            f_AdditionalServicesCosts = v
        elif c == 3:
            s = 5
            cnt = 10
            p = 'OverstayCosts'
            v = d_6(r, st, _m_common_types.DetailedCostType)
            f_OverstayCosts = v
        elif c == 4:
            s = 5
            cnt = 9
            p = 'TaxCosts'
            v = d_7(r, st, _m_common_types.DetailedTaxType)
            if len(f_TaxCosts) >= 10:
                raise EXIDecodeError(r.pos, [], 'more than 10 items')
            f_TaxCosts.append(v)
        elif c == 5:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(3)
            if c == 0:
                s = 3
                p = 'OccupancyCosts'
                v = d_6(r, st, _m_common_types.DetailedCostType)
                f_OccupancyCosts = v
            elif c == 1:
                s = 4
                p = 'AdditionalServicesCosts'
                v = d_6(r, st, _m_common_types.DetailedCostType)
                f_AdditionalServicesCosts = v
            elif c == 2:
                s = 5
                cnt = 10
                p = 'OverstayCosts'
                v = d_6(r, st, _m_common_types.DetailedCostType)
                f_OverstayCosts = v
            elif c == 3:
                s = 5
                cnt = 9
                p = 'TaxCosts'
                v = d_7(r, st, _m_common_types.DetailedTaxType)
                if len(f_TaxCosts) >= 10:
                    raise EXIDecodeError(r.pos, [], 'more than 10 items')
                f_TaxCosts.append(v)
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(3)
            if c == 0:
                s = 4
                p = 'AdditionalServicesCosts'
                v = d_6(r, st, _m_common_types.DetailedCostType)
                f_AdditionalServicesCosts = v
            elif c == 1:
                s = 5
                cnt = 10
                p = 'OverstayCosts'
                v = d_6(r, st, _m_common_types.DetailedCostType)
                f_OverstayCosts = v
            elif c == 2:
                s = 5
                cnt = 9
                p = 'TaxCosts'
                v = d_7(r, st, _m_common_types.DetailedTaxType)
                if len(f_TaxCosts) >= 10:
                    raise EXIDecodeError(r.pos, [], 'more than 10 items')
                f_TaxCosts.append(v)
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                cnt = 10
                p = 'OverstayCosts'
                v = d_6(r, st, _m_common_types.DetailedCostType)
                f_OverstayCosts = v
            elif c == 1:
                s = 5
                cnt = 9
                p = 'TaxCosts'
                v = d_7(r, st, _m_common_types.DetailedTaxType)
                if len(f_TaxCosts) >= 10:
                    raise EXIDecodeError(r.pos, [], 'more than 10 items')
                f_TaxCosts.append(v)
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 5:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 6 if cnt == 1 else 5
                p = 'TaxCosts'
                v = d_7(r, st, _m_common_types.DetailedTaxType)
                if len(f_TaxCosts) >= 10:
                    raise EXIDecodeError(r.pos, [], 'more than 10 items')
                f_TaxCosts.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'TaxCosts'
                v = d_7(r, st, _m_common_types.DetailedTaxType)
                if len(f_TaxCosts) >= 10:
                    raise EXIDecodeError(r.pos, [], 'more than 10 items')
                f_TaxCosts.append(v)
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
    o.TimeAnchor = f_TimeAnchor
    o.EnergyCosts = f_EnergyCosts
    o.OccupancyCosts = f_OccupancyCosts
    o.AdditionalServicesCosts = f_AdditionalServicesCosts
    o.OverstayCosts = f_OverstayCosts
    o.TaxCosts = f_TaxCosts
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}Scheduled_CLReqControlModeType


def e_17(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
        if v is not None:
            w.bits(0, 3)
            s = 1
            e_15(w, v, st)
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
            e_15(w, v, st)
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
            e_15(w, v, st)
        p = ''
        if s == 0:
            w.bits(3, 3)
        elif s == 1:
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


def d_17(r, st, cls):
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'EVTargetEnergyRequest'
            v = d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        elif c == 1:
            s = 2
            p = 'EVMaximumEnergyRequest'
            v = d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumEnergyRequest = v
        elif c == 2:
            s = 3
            p = 'EVMinimumEnergyRequest'
            v = d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumEnergyRequest = v
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'EVMaximumEnergyRequest'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumEnergyRequest = v
            elif c == 1:
                s = 3
                p = 'EVMinimumEnergyRequest'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EVMinimumEnergyRequest'
                v = d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
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
    o.EVTargetEnergyRequest = f_EVTargetEnergyRequest
    o.EVMaximumEnergyRequest = f_EVMaximumEnergyRequest
    o.EVMinimumEnergyRequest = f_EVMinimumEnergyRequest
    return o


# {urn:iso:std:iso:15118:-20:CommonTypes}Scheduled_CLResControlModeType


def e_18(w, o, st):
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


def d_18(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonTypes}V2GMessageType


def e_19(w, o, st):
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
        e_13(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_19(r, st, cls):
    f_Header = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_13(r, st, _m_common_types.MessageHeaderType)
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


# {urn:iso:std:iso:15118:-20:CommonTypes}V2GRequestType


def e_20(w, o, st):
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
        e_13(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_20(r, st, cls):
    f_Header = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_13(r, st, _m_common_types.MessageHeaderType)
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


# {urn:iso:std:iso:15118:-20:CommonTypes}V2GResponseType


def e_21(w, o, st):
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
        e_13(w, v, st)
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_21(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Header'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_13(r, st, _m_common_types.MessageHeaderType)
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
    return o

ELEMENTS = {
    '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode': (e_0, d_0, _m_common_types.CLReqControlMode),
    '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode': (e_1, d_1, _m_common_types.CLResControlMode),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:iso:std:iso:15118:-20:CommonTypes': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Target', 'Type', 'URI')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
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
    'urn:iso:std:iso:15118:-20:CommonTypes': (
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
    'urn:iso:std:iso:15118:-20:CommonTypes': (
        ('{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}Amount', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_DischargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSENotification', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{urn:iso:std:iso:15118:-20:CommonTypes}Exponent', '{http://www.w3.org/2000/09/xmldsig#}G', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{urn:iso:std:iso:15118:-20:CommonTypes}Header', '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{urn:iso:std:iso:15118:-20:CommonTypes}NotificationMaxDelay', '{http://www.w3.org/2000/09/xmldsig#}Object', '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{urn:iso:std:iso:15118:-20:CommonTypes}PresentSOC', '{http://www.w3.org/2000/09/xmldsig#}Q', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{urn:iso:std:iso:15118:-20:CommonTypes}SessionID', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeAnchor', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeStamp', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{urn:iso:std:iso:15118:-20:CommonTypes}Value', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y'),
        {
            '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts': (e_6, d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Amount': (e_15, d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity': (e_15, d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode': (e_0, d_0, _m_common_types.CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode': (e_1, d_1, _m_common_types.CLResControlMode),
            '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (_p_xmldsig.e_0, _p_xmldsig.d_0, _m_xmldsig.CanonicalizationMethod),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit': (e_15, d_15, _m_common_types.RationalNumberType),
            '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (_p_xmldsig.e_1, _p_xmldsig.d_1, _m_xmldsig.DSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (_p_xmldsig.e_2, _p_xmldsig.d_2, _m_xmldsig.DigestMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (_p_xmldsig.es_0, _p_xmldsig.ds_0, _m_xmldsig.DigestValue),
            '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters': (e_8, d_8, _m_common_types.DisplayParametersType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest': (e_15, d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest': (e_15, d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus': (e_11, d_11, _m_common_types.EVSEStatusType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest': (e_15, d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts': (e_6, d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Header': (e_13, d_13, _m_common_types.MessageHeaderType),
            '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (_p_xmldsig.e_3, _p_xmldsig.d_3, _m_xmldsig.KeyInfo),
            '{http://www.w3.org/2000/09/xmldsig#}KeyName': (_p_xmldsig.es_1, _p_xmldsig.ds_1, _m_xmldsig.KeyName),
            '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (_p_xmldsig.e_4, _p_xmldsig.d_4, _m_xmldsig.KeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}Manifest': (_p_xmldsig.e_5, _p_xmldsig.d_5, _m_xmldsig.Manifest),
            '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo': (e_14, d_14, _m_common_types.MeterInfoType),
            '{http://www.w3.org/2000/09/xmldsig#}MgmtData': (_p_xmldsig.es_2, _p_xmldsig.ds_2, _m_xmldsig.MgmtData),
            '{http://www.w3.org/2000/09/xmldsig#}Object': (_p_xmldsig.e_6, _p_xmldsig.d_6, _m_xmldsig.Object),
            '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts': (e_6, d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts': (e_6, d_6, _m_common_types.DetailedCostType),
            '{http://www.w3.org/2000/09/xmldsig#}PGPData': (_p_xmldsig.e_7, _p_xmldsig.d_7, _m_xmldsig.PGPData),
            '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue': (_p_xmldsig.e_8, _p_xmldsig.d_8, _m_xmldsig.RSAKeyValue),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt': (e_16, d_16, _m_common_types.ReceiptType),
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
            '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts': (e_7, d_7, _m_common_types.DetailedTaxType),
            '{http://www.w3.org/2000/09/xmldsig#}Transform': (_p_xmldsig.e_18, _p_xmldsig.d_18, _m_xmldsig.Transform),
            '{http://www.w3.org/2000/09/xmldsig#}Transforms': (_p_xmldsig.e_19, _p_xmldsig.d_19, _m_xmldsig.Transforms),
            '{http://www.w3.org/2000/09/xmldsig#}X509Data': (_p_xmldsig.e_20, _p_xmldsig.d_20, _m_xmldsig.X509Data),
            '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
        },
    ),
}
