"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:iso:std:iso:15118:-20:WPT.
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
from ..messages import wpt as _m_wpt
from ..messages import xmldsig as _m_xmldsig

ENUM_0 = tuple(_m_wpt.WPT_AlignmentCheckMethodType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}
ENUM_1 = tuple(_m_common_types.processingType)
EIDX_1 = {m: i for i, m in enumerate(ENUM_1)}
ENUM_2 = tuple(_m_wpt.WPT_EVResultType)
EIDX_2 = {m: i for i, m in enumerate(ENUM_2)}
ENUM_3 = tuple(_m_common_types.responseCodeType)
EIDX_3 = {m: i for i, m in enumerate(ENUM_3)}
ENUM_4 = tuple(_m_wpt.WPT_EVPCChargeDiagnosticsType)
EIDX_4 = {m: i for i, m in enumerate(ENUM_4)}
ENUM_5 = tuple(_m_wpt.WPT_SPCChargeDiagnosticsType)
EIDX_5 = {m: i for i, m in enumerate(ENUM_5)}
ENUM_6 = tuple(_m_wpt.WPT_PowerClassType)
EIDX_6 = {m: i for i, m in enumerate(ENUM_6)}
ENUM_7 = tuple(_m_wpt.WPT_FinePositioningMethodType)
EIDX_7 = {m: i for i, m in enumerate(ENUM_7)}
ENUM_8 = tuple(_m_wpt.WPT_PairingMethodType)
EIDX_8 = {m: i for i, m in enumerate(ENUM_8)}


# {urn:iso:std:iso:15118:-20:WPT}AlternativeSECCListType


def e_0(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'AlternativeSECC'
        v = o.AlternativeSECC
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
            e_1(w, v, st)
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


def d_0(r, st, cls):
    f_AlternativeSECC = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 7
        p = 'AlternativeSECC'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_1(r, st, _m_wpt.AlternativeSECCType)
        if len(f_AlternativeSECC) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_AlternativeSECC.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'AlternativeSECC'
                v = d_1(r, st, _m_wpt.AlternativeSECCType)
                if len(f_AlternativeSECC) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_AlternativeSECC.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'AlternativeSECC'
                v = d_1(r, st, _m_wpt.AlternativeSECCType)
                if len(f_AlternativeSECC) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_AlternativeSECC.append(v)
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
    o.AlternativeSECC = f_AlternativeSECC
    return o


# {urn:iso:std:iso:15118:-20:WPT}AlternativeSECCType


def e_1(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SSID'
        v = o.SSID
        if v is not None:
            s = 1
            w.chars_el(v, None, 255, 0, 3)
        p = 'BSSID'
        v = o.BSSID
        if v is not None:
            if s == 0:
                w.bits(1, 3)
                s = 2
            elif s == 1:
                w.bits(0, 3)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, 12)
        p = 'IPAddress'
        v = o.IPAddress
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
            w.chars_el(v, None, 39)
        p = 'Port'
        v = o.Port
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


def d_1(r, st, cls):
    f_SSID = None
    f_BSSID = None
    f_IPAddress = None
    f_Port = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'SSID'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}SSID', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:WPT}SSID')
            f_SSID = v
        elif c == 1:
            s = 2
            p = 'BSSID'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}BSSID', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:WPT}BSSID')
            f_BSSID = v
        elif c == 2:
            s = 3
            p = 'IPAddress'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}IPAddress', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:WPT}IPAddress')
            f_IPAddress = v
        elif c == 3:
            s = 4
            p = 'Port'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}Port', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
            f_Port = v
        elif c == 4:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(3)
            if c == 0:
                s = 2
                p = 'BSSID'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}BSSID', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:WPT}BSSID')
                f_BSSID = v
            elif c == 1:
                s = 3
                p = 'IPAddress'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}IPAddress', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:WPT}IPAddress')
                f_IPAddress = v
            elif c == 2:
                s = 4
                p = 'Port'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}Port', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_Port = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'IPAddress'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}IPAddress', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:WPT}IPAddress')
                f_IPAddress = v
            elif c == 1:
                s = 4
                p = 'Port'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}Port', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_Port = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'Port'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}Port', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_Port = v
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
    o.SSID = f_SSID
    o.BSSID = f_BSSID
    o.IPAddress = f_IPAddress
    o.Port = f_Port
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethodListType


def e_2(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'WPT_AlignmentCheckMethod'
        v = o.WPT_AlignmentCheckMethod
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 8:
            raise EXIEncodeError([], 'more than 8 items')
        for v in v:
            x = enum_index(EIDX_0, v, p)
            if s == 0:
                w.bits(0 | (x << 1), 5)
                s = 1
                cnt = 7
            elif s == 1:
                w.bits(0 | (x << 1), 6)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0 | (x << 1), 6)
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


def d_2(r, st, cls):
    f_WPT_AlignmentCheckMethod = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 7
        p = 'WPT_AlignmentCheckMethod'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethod', _m_wpt.WPT_AlignmentCheckMethodType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 3)]
        if len(f_WPT_AlignmentCheckMethod) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_WPT_AlignmentCheckMethod.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'WPT_AlignmentCheckMethod'
                c = r.bits(4)
                if c & 9:
                    if c >> 3 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 3
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethod', _m_wpt.WPT_AlignmentCheckMethodType)
                else:
                    if ((c >> 1) & 3) >= 3:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_0[((c >> 1) & 3)]
                if len(f_WPT_AlignmentCheckMethod) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_WPT_AlignmentCheckMethod.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'WPT_AlignmentCheckMethod'
                c = r.bits(4)
                if c & 9:
                    if c >> 3 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 3
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethod', _m_wpt.WPT_AlignmentCheckMethodType)
                else:
                    if ((c >> 1) & 3) >= 3:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_0[((c >> 1) & 3)]
                if len(f_WPT_AlignmentCheckMethod) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_WPT_AlignmentCheckMethod.append(v)
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
    o.WPT_AlignmentCheckMethod = f_WPT_AlignmentCheckMethod
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckReqType


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
        p = 'EVProcessing'
        v = o.EVProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'TargetCoilCurrent'
        v = o.TargetCoilCurrent
        if v is not None:
            w.bits(0, 2)
            s = 3
            _p_common_types.e_15(w, v, st)
        p = 'EVResultCode'
        v = o.EVResultCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_2, v, p)
        if s == 2:
            w.bits(16 | (x << 1), 6)
            s = 4
            cnt = 16
        elif s == 3:
            w.bits(0 | (x << 1), 5)
            s = 4
            cnt = 16
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 4:
                w.bits(0, 2)
                cnt -= 1
                s = 5 if cnt == 1 else 4
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = ''
        if s == 4:
            w.bits(1, 2)
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


def d_3(r, st, cls):
    f_Header = None
    f_EVProcessing = None
    f_TargetCoilCurrent = None
    f_EVResultCode = None
    f_VendorSpecificDataContainer = []
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVProcessing = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'TargetCoilCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_TargetCoilCurrent = v
        elif c == 1:
            s = 4
            cnt = 16
            p = 'EVResultCode'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', _m_wpt.WPT_EVResultType)
            else:
                if ((c >> 1) & 3) >= 3:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_2[((c >> 1) & 3)]
            f_EVResultCode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            cnt = 16
            p = 'EVResultCode'
            c = r.bits(5)
            if c & 25:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', _m_wpt.WPT_EVResultType)
            else:
                if ((c >> 1) & 3) >= 3:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_2[((c >> 1) & 3)]
            f_EVResultCode = v
        while s == 4:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 5 if cnt == 1 else 4
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
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
    o.Header = f_Header
    o.EVProcessing = f_EVProcessing
    o.TargetCoilCurrent = f_TargetCoilCurrent
    o.EVResultCode = f_EVResultCode
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckResType


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
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = 'PowerTransmitted'
        v = o.PowerTransmitted
        if v is not None:
            w.bits(0, 3)
            s = 4
            _p_common_types.e_15(w, v, st)
        p = 'SupplyDeviceCurrent'
        v = o.SupplyDeviceCurrent
        if v is not None:
            if s == 3:
                w.bits(1, 3)
                s = 5
                cnt = 16
            elif s == 4:
                w.bits(0, 2)
                s = 5
                cnt = 16
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 3:
                w.bits(2, 3)
                s = 5
                cnt = 15
            elif s == 4:
                w.bits(1, 2)
                s = 5
                cnt = 15
            elif s == 5:
                w.bits(0, 2)
                cnt -= 1
                s = 6 if cnt == 1 else 5
            elif s == 6:
                w.bits(0, 2)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = ''
        if s == 3:
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


def d_4(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEProcessing = None
    f_PowerTransmitted = None
    f_SupplyDeviceCurrent = None
    f_VendorSpecificDataContainer = []
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
            v = ENUM_3[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVSEProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVSEProcessing = v
        c = r.bits(3)
        if c == 0:
            s = 4
            p = 'PowerTransmitted'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_PowerTransmitted = v
        elif c == 1:
            s = 5
            cnt = 16
            p = 'SupplyDeviceCurrent'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_SupplyDeviceCurrent = v
        elif c == 2:
            s = 5
            cnt = 15
            p = 'VendorSpecificDataContainer'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
            else:
                v = r.binary_ee()
            if len(f_VendorSpecificDataContainer) >= 16:
                raise EXIDecodeError(r.pos, [], 'more than 16 items')
            f_VendorSpecificDataContainer.append(v)
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                cnt = 16
                p = 'SupplyDeviceCurrent'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_SupplyDeviceCurrent = v
            elif c == 1:
                s = 5
                cnt = 15
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 5:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 6 if cnt == 1 else 5
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEProcessing = f_EVSEProcessing
    o.PowerTransmitted = f_PowerTransmitted
    o.SupplyDeviceCurrent = f_SupplyDeviceCurrent
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopReqType


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
        p = 'EVPCPowerRequest'
        v = o.EVPCPowerRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'EVPCPowerOutput'
        v = o.EVPCPowerOutput
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVPCChargeDiagnostics'
        v = o.EVPCChargeDiagnostics
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_4, v, p)
        w.bits(0 | (x << 1), 5)
        s = 6
        p = 'EVPCOperatingFrequency'
        v = o.EVPCOperatingFrequency
        if v is not None:
            w.bits(0, 3)
            s = 7
            _p_common_types.e_15(w, v, st)
        p = 'EVPCPowerControlParameter'
        v = o.EVPCPowerControlParameter
        if v is not None:
            if s == 6:
                w.bits(1, 3)
                s = 8
                cnt = 16
            elif s == 7:
                w.bits(0, 2)
                s = 8
                cnt = 16
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_10(w, v, st)
        p = 'ManufacturerSpecificDataContainer'
        v = o.ManufacturerSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 6:
                w.bits(2, 3)
                s = 8
                cnt = 15
            elif s == 7:
                w.bits(1, 2)
                s = 8
                cnt = 15
            elif s == 8:
                w.bits(0, 2)
                cnt -= 1
                s = 9 if cnt == 1 else 8
            elif s == 9:
                w.bits(0, 2)
                s = 10
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = ''
        if s == 6:
            w.bits(3, 3)
        elif s == 7:
            w.bits(2, 2)
        elif s == 8:
            w.bits(1, 2)
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


def d_5(r, st, cls):
    f_Header = None
    f_DisplayParameters = None
    f_MeterInfoRequested = None
    f_EVPCPowerRequest = None
    f_EVPCPowerOutput = None
    f_EVPCChargeDiagnostics = None
    f_EVPCOperatingFrequency = None
    f_EVPCPowerControlParameter = None
    f_ManufacturerSpecificDataContainer = []
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
        p = 'EVPCPowerRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPCPowerRequest = v
        s = 5
        p = 'EVPCPowerOutput'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPCPowerOutput = v
        s = 6
        p = 'EVPCChargeDiagnostics'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVPCChargeDiagnostics', _m_wpt.WPT_EVPCChargeDiagnosticsType)
        else:
            if ((c >> 1) & 3) >= 4:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_4[((c >> 1) & 3)]
        f_EVPCChargeDiagnostics = v
        c = r.bits(3)
        if c == 0:
            s = 7
            p = 'EVPCOperatingFrequency'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPCOperatingFrequency = v
        elif c == 1:
            s = 8
            cnt = 16
            p = 'EVPCPowerControlParameter'
            v = d_10(r, st, _m_wpt.WPT_EVPCPowerControlParameterType)
            f_EVPCPowerControlParameter = v
        elif c == 2:
            s = 8
            cnt = 15
            p = 'ManufacturerSpecificDataContainer'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', from_base64, b'')
            else:
                v = r.binary_ee()
            if len(f_ManufacturerSpecificDataContainer) >= 16:
                raise EXIDecodeError(r.pos, [], 'more than 16 items')
            f_ManufacturerSpecificDataContainer.append(v)
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                cnt = 16
                p = 'EVPCPowerControlParameter'
                v = d_10(r, st, _m_wpt.WPT_EVPCPowerControlParameterType)
                f_EVPCPowerControlParameter = v
            elif c == 1:
                s = 8
                cnt = 15
                p = 'ManufacturerSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_ManufacturerSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_ManufacturerSpecificDataContainer.append(v)
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 8:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 9 if cnt == 1 else 8
                p = 'ManufacturerSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_ManufacturerSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_ManufacturerSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 10
                p = 'ManufacturerSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_ManufacturerSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_ManufacturerSpecificDataContainer.append(v)
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
    o.Header = f_Header
    o.DisplayParameters = f_DisplayParameters
    o.MeterInfoRequested = f_MeterInfoRequested
    o.EVPCPowerRequest = f_EVPCPowerRequest
    o.EVPCPowerOutput = f_EVPCPowerOutput
    o.EVPCChargeDiagnostics = f_EVPCChargeDiagnostics
    o.EVPCOperatingFrequency = f_EVPCOperatingFrequency
    o.EVPCPowerControlParameter = f_EVPCPowerControlParameter
    o.ManufacturerSpecificDataContainer = f_ManufacturerSpecificDataContainer
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopResType


def e_6(w, o, st):
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
        x = enum_index(EIDX_3, v, p)
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
        p = 'EVPCPowerRequest'
        v = o.EVPCPowerRequest
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
        p = 'SDPowerInput'
        v = o.SDPowerInput
        if v is not None:
            w.bits(0, 2)
            s = 7
            _p_common_types.e_15(w, v, st)
        p = 'SPCMaxOutputPowerLimit'
        v = o.SPCMaxOutputPowerLimit
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
        p = 'SPCMinOutputPowerLimit'
        v = o.SPCMinOutputPowerLimit
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 9
        _p_common_types.e_15(w, v, st)
        p = 'SPCChargeDiagnostics'
        v = o.SPCChargeDiagnostics
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_5, v, p)
        w.bits(0 | (x << 1), 6)
        s = 10
        p = 'SPCOperatingFrequency'
        v = o.SPCOperatingFrequency
        if v is not None:
            w.bits(0, 3)
            s = 11
            _p_common_types.e_15(w, v, st)
        p = 'SPCPowerControlParameter'
        v = o.SPCPowerControlParameter
        if v is not None:
            if s == 10:
                w.bits(1, 3)
                s = 12
                cnt = 16
            elif s == 11:
                w.bits(0, 2)
                s = 12
                cnt = 16
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_30(w, v, st)
        p = 'ManufacturerSpecificDataContainer'
        v = o.ManufacturerSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 10:
                w.bits(2, 3)
                s = 12
                cnt = 15
            elif s == 11:
                w.bits(1, 2)
                s = 12
                cnt = 15
            elif s == 12:
                w.bits(0, 2)
                cnt -= 1
                s = 13 if cnt == 1 else 12
            elif s == 13:
                w.bits(0, 2)
                s = 14
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = ''
        if s == 10:
            w.bits(3, 3)
        elif s == 11:
            w.bits(2, 2)
        elif s == 12:
            w.bits(1, 2)
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


def d_6(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEStatus = None
    f_MeterInfo = None
    f_Receipt = None
    f_EVPCPowerRequest = None
    f_SDPowerInput = None
    f_SPCMaxOutputPowerLimit = None
    f_SPCMinOutputPowerLimit = None
    f_SPCChargeDiagnostics = None
    f_SPCOperatingFrequency = None
    f_SPCPowerControlParameter = None
    f_ManufacturerSpecificDataContainer = []
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
            v = ENUM_3[((c >> 1) & 63)]
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
            p = 'EVPCPowerRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPCPowerRequest = v
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
                p = 'EVPCPowerRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPCPowerRequest = v
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
                p = 'EVPCPowerRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVPCPowerRequest = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            s = 6
            p = 'EVPCPowerRequest'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVPCPowerRequest = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'SDPowerInput'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_SDPowerInput = v
        elif c == 1:
            s = 8
            p = 'SPCMaxOutputPowerLimit'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_SPCMaxOutputPowerLimit = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            s = 8
            p = 'SPCMaxOutputPowerLimit'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_SPCMaxOutputPowerLimit = v
        s = 9
        p = 'SPCMinOutputPowerLimit'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_SPCMinOutputPowerLimit = v
        s = 10
        p = 'SPCChargeDiagnostics'
        c = r.bits(6)
        if c & 49:
            if c >> 4 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 4
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}SPCChargeDiagnostics', _m_wpt.WPT_SPCChargeDiagnosticsType)
        else:
            if ((c >> 1) & 7) >= 6:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_5[((c >> 1) & 7)]
        f_SPCChargeDiagnostics = v
        c = r.bits(3)
        if c == 0:
            s = 11
            p = 'SPCOperatingFrequency'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_SPCOperatingFrequency = v
        elif c == 1:
            s = 12
            cnt = 16
            p = 'SPCPowerControlParameter'
            v = d_30(r, st, _m_wpt.WPT_SPCPowerControlParameterType)
            f_SPCPowerControlParameter = v
        elif c == 2:
            s = 12
            cnt = 15
            p = 'ManufacturerSpecificDataContainer'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', from_base64, b'')
            else:
                v = r.binary_ee()
            if len(f_ManufacturerSpecificDataContainer) >= 16:
                raise EXIDecodeError(r.pos, [], 'more than 16 items')
            f_ManufacturerSpecificDataContainer.append(v)
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
            c = r.bits(2)
            if c == 0:
                s = 12
                cnt = 16
                p = 'SPCPowerControlParameter'
                v = d_30(r, st, _m_wpt.WPT_SPCPowerControlParameterType)
                f_SPCPowerControlParameter = v
            elif c == 1:
                s = 12
                cnt = 15
                p = 'ManufacturerSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_ManufacturerSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_ManufacturerSpecificDataContainer.append(v)
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 12:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 13 if cnt == 1 else 12
                p = 'ManufacturerSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_ManufacturerSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_ManufacturerSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 13:
            c = r.bits(2)
            if c == 0:
                s = 14
                p = 'ManufacturerSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_ManufacturerSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_ManufacturerSpecificDataContainer.append(v)
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEStatus = f_EVSEStatus
    o.MeterInfo = f_MeterInfo
    o.Receipt = f_Receipt
    o.EVPCPowerRequest = f_EVPCPowerRequest
    o.SDPowerInput = f_SDPowerInput
    o.SPCMaxOutputPowerLimit = f_SPCMaxOutputPowerLimit
    o.SPCMinOutputPowerLimit = f_SPCMinOutputPowerLimit
    o.SPCChargeDiagnostics = f_SPCChargeDiagnostics
    o.SPCOperatingFrequency = f_SPCOperatingFrequency
    o.SPCPowerControlParameter = f_SPCPowerControlParameter
    o.ManufacturerSpecificDataContainer = f_ManufacturerSpecificDataContainer
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryReqType


def e_7(w, o, st):
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
        p = 'EVPCMaxReceivablePower'
        v = o.EVPCMaxReceivablePower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = 'SDMaxGroundClearence'
        v = o.SDMaxGroundClearence
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'SDMinGroundClearence'
        v = o.SDMinGroundClearence
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 4
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'EVPCNaturalFrequency'
        v = o.EVPCNaturalFrequency
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVPCDeviceLocalControl'
        v = o.EVPCDeviceLocalControl
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 6
        cnt = 16
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 6:
                w.bits(0, 2)
                cnt -= 1
                s = 7 if cnt == 1 else 6
            elif s == 7:
                w.bits(0, 2)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = ''
        if s == 6:
            w.bits(1, 2)
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


def d_7(r, st, cls):
    f_Header = None
    f_EVPCMaxReceivablePower = None
    f_SDMaxGroundClearence = None
    f_SDMinGroundClearence = None
    f_EVPCNaturalFrequency = None
    f_EVPCDeviceLocalControl = None
    f_VendorSpecificDataContainer = []
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
        p = 'EVPCMaxReceivablePower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPCMaxReceivablePower = v
        s = 3
        p = 'SDMaxGroundClearence'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}SDMaxGroundClearence', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_SDMaxGroundClearence = v
        s = 4
        p = 'SDMinGroundClearence'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}SDMinGroundClearence', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_SDMinGroundClearence = v
        s = 5
        p = 'EVPCNaturalFrequency'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPCNaturalFrequency = v
        s = 6
        cnt = 16
        p = 'EVPCDeviceLocalControl'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVPCDeviceLocalControl', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_EVPCDeviceLocalControl = v
        while s == 6:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 7 if cnt == 1 else 6
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
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
    o.Header = f_Header
    o.EVPCMaxReceivablePower = f_EVPCMaxReceivablePower
    o.SDMaxGroundClearence = f_SDMaxGroundClearence
    o.SDMinGroundClearence = f_SDMinGroundClearence
    o.EVPCNaturalFrequency = f_EVPCNaturalFrequency
    o.EVPCDeviceLocalControl = f_EVPCDeviceLocalControl
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryResType


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
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'PDInputPowerClass'
        v = o.PDInputPowerClass
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_6, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = 'SDMinOutputPower'
        v = o.SDMinOutputPower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        _p_common_types.e_15(w, v, st)
        p = 'SDMaxOutputPower'
        v = o.SDMaxOutputPower
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'SDMaxGroundClearanceSupport'
        v = o.SDMaxGroundClearanceSupport
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 6
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'SDMinGroundClearanceSupport'
        v = o.SDMinGroundClearanceSupport
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 7
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'PDMinCoilCurrent'
        v = o.PDMinCoilCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 8
        _p_common_types.e_15(w, v, st)
        p = 'PDMaxCoilCurrent'
        v = o.PDMaxCoilCurrent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 9
        cnt = 16
        _p_common_types.e_15(w, v, st)
        p = 'SDManufacturerSpecificDataContainer'
        v = o.SDManufacturerSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 9:
                w.bits(0, 2)
                cnt -= 1
                s = 10 if cnt == 1 else 9
            elif s == 10:
                w.bits(0, 2)
                s = 11
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = ''
        if s == 9:
            w.bits(1, 2)
        elif s == 10:
            w.bits(1, 2)
        elif s == 11:
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
    f_Header = None
    f_ResponseCode = None
    f_PDInputPowerClass = None
    f_SDMinOutputPower = None
    f_SDMaxOutputPower = None
    f_SDMaxGroundClearanceSupport = None
    f_SDMinGroundClearanceSupport = None
    f_PDMinCoilCurrent = None
    f_PDMaxCoilCurrent = None
    f_SDManufacturerSpecificDataContainer = []
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
            v = ENUM_3[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'PDInputPowerClass'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}PDInputPowerClass', _m_wpt.WPT_PowerClassType)
        else:
            if ((c >> 1) & 3) >= 4:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_6[((c >> 1) & 3)]
        f_PDInputPowerClass = v
        s = 4
        p = 'SDMinOutputPower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_SDMinOutputPower = v
        s = 5
        p = 'SDMaxOutputPower'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_SDMaxOutputPower = v
        s = 6
        p = 'SDMaxGroundClearanceSupport'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}SDMaxGroundClearanceSupport', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_SDMaxGroundClearanceSupport = v
        s = 7
        p = 'SDMinGroundClearanceSupport'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}SDMinGroundClearanceSupport', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_SDMinGroundClearanceSupport = v
        s = 8
        p = 'PDMinCoilCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_PDMinCoilCurrent = v
        s = 9
        cnt = 16
        p = 'PDMaxCoilCurrent'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_PDMaxCoilCurrent = v
        while s == 9:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 10 if cnt == 1 else 9
                p = 'SDManufacturerSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}SDManufacturerSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_SDManufacturerSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_SDManufacturerSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            c = r.bits(2)
            if c == 0:
                s = 11
                p = 'SDManufacturerSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}SDManufacturerSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_SDManufacturerSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_SDManufacturerSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 11:
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
    o.PDInputPowerClass = f_PDInputPowerClass
    o.SDMinOutputPower = f_SDMinOutputPower
    o.SDMaxOutputPower = f_SDMaxOutputPower
    o.SDMaxGroundClearanceSupport = f_SDMaxGroundClearanceSupport
    o.SDMinGroundClearanceSupport = f_SDMinGroundClearanceSupport
    o.PDMinCoilCurrent = f_PDMinCoilCurrent
    o.PDMaxCoilCurrent = f_PDMaxCoilCurrent
    o.SDManufacturerSpecificDataContainer = f_SDManufacturerSpecificDataContainer
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_CoordinateXYZType


def e_9(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Coord_X'
        v = o.Coord_X
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'Coord_Y'
        v = o.Coord_Y
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 2)
        p = 'Coord_Z'
        v = o.Coord_Z
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


def d_9(r, st, cls):
    f_Coord_X = None
    f_Coord_Y = None
    f_Coord_Z = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Coord_X'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}Coord_X', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_Coord_X = v
        s = 2
        p = 'Coord_Y'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}Coord_Y', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_Coord_Y = v
        s = 3
        p = 'Coord_Z'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}Coord_Z', int)
        if not -32768 <= v <= 32767:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
        f_Coord_Z = v
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
    o.Coord_X = f_Coord_X
    o.Coord_Y = f_Coord_Y
    o.Coord_Z = f_Coord_Z
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_EVPCPowerControlParameterType


def e_10(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVPCCoilCurrentRequest'
        v = o.EVPCCoilCurrentRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        _p_common_types.e_15(w, v, st)
        p = 'EVPCCoilCurrentInformation'
        v = o.EVPCCoilCurrentInformation
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = 'EVPCCurrentOutputInformation'
        v = o.EVPCCurrentOutputInformation
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'EVPCVoltageOutputInformation'
        v = o.EVPCVoltageOutputInformation
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


def d_10(r, st, cls):
    f_EVPCCoilCurrentRequest = None
    f_EVPCCoilCurrentInformation = None
    f_EVPCCurrentOutputInformation = None
    f_EVPCVoltageOutputInformation = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVPCCoilCurrentRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPCCoilCurrentRequest = v
        s = 2
        p = 'EVPCCoilCurrentInformation'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPCCoilCurrentInformation = v
        s = 3
        p = 'EVPCCurrentOutputInformation'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPCCurrentOutputInformation = v
        s = 4
        p = 'EVPCVoltageOutputInformation'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVPCVoltageOutputInformation = v
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
    o.EVPCCoilCurrentRequest = f_EVPCCoilCurrentRequest
    o.EVPCCoilCurrentInformation = f_EVPCCoilCurrentInformation
    o.EVPCCurrentOutputInformation = f_EVPCCurrentOutputInformation
    o.EVPCVoltageOutputInformation = f_EVPCVoltageOutputInformation
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethodListType


def e_11(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'WPT_FinePositioningMethod'
        v = o.WPT_FinePositioningMethod
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 8:
            raise EXIEncodeError([], 'more than 8 items')
        for v in v:
            x = enum_index(EIDX_7, v, p)
            if s == 0:
                w.bits(0 | (x << 1), 6)
                s = 1
                cnt = 7
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


def d_11(r, st, cls):
    f_WPT_FinePositioningMethod = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 7
        p = 'WPT_FinePositioningMethod'
        c = r.bits(6)
        if c & 49:
            if c >> 4 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 4
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethod', _m_wpt.WPT_FinePositioningMethodType)
        else:
            if ((c >> 1) & 7) >= 5:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_7[((c >> 1) & 7)]
        if len(f_WPT_FinePositioningMethod) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_WPT_FinePositioningMethod.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'WPT_FinePositioningMethod'
                c = r.bits(5)
                if c & 17:
                    if c >> 4 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 4
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethod', _m_wpt.WPT_FinePositioningMethodType)
                else:
                    if ((c >> 1) & 7) >= 5:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_7[((c >> 1) & 7)]
                if len(f_WPT_FinePositioningMethod) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_WPT_FinePositioningMethod.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'WPT_FinePositioningMethod'
                c = r.bits(5)
                if c & 17:
                    if c >> 4 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 4
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethod', _m_wpt.WPT_FinePositioningMethodType)
                else:
                    if ((c >> 1) & 7) >= 5:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_7[((c >> 1) & 7)]
                if len(f_WPT_FinePositioningMethod) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_WPT_FinePositioningMethod.append(v)
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
    o.WPT_FinePositioningMethod = f_WPT_FinePositioningMethod
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningReqType


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
        p = 'EVProcessing'
        v = o.EVProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'EVResultCode'
        v = o.EVResultCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_2, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        cnt = 16
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 3:
                w.bits(0, 2)
                cnt -= 1
                s = 5 if cnt == 1 else 3
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = 'WPT_LF_DataPackageList'
        v = o.WPT_LF_DataPackageList
        if v is not None:
            if s == 3:
                w.bits(1, 2)
                s = 4
            elif s == 5:
                w.bits(1, 2)
                s = 4
            elif s == 6:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_16(w, v, st)
        p = ''
        if s == 3:
            w.bits(2, 2)
        elif s == 4:
            w.bits(0, 1)
        elif s == 5:
            w.bits(2, 2)
        elif s == 6:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_12(r, st, cls):
    f_Header = None
    f_EVProcessing = None
    f_EVResultCode = None
    f_VendorSpecificDataContainer = []
    f_WPT_LF_DataPackageList = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVProcessing = v
        s = 3
        cnt = 16
        p = 'EVResultCode'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', _m_wpt.WPT_EVResultType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 3)]
        f_EVResultCode = v
        while s == 3:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 5 if cnt == 1 else 3
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = 4
                p = 'WPT_LF_DataPackageList'
                v = d_16(r, st, _m_wpt.WPT_LF_DataPackageListType)
                f_WPT_LF_DataPackageList = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = 4
                p = 'WPT_LF_DataPackageList'
                v = d_16(r, st, _m_wpt.WPT_LF_DataPackageListType)
                f_WPT_LF_DataPackageList = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'WPT_LF_DataPackageList'
                v = d_16(r, st, _m_wpt.WPT_LF_DataPackageListType)
                f_WPT_LF_DataPackageList = v
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
    o.Header = f_Header
    o.EVProcessing = f_EVProcessing
    o.EVResultCode = f_EVResultCode
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    o.WPT_LF_DataPackageList = f_WPT_LF_DataPackageList
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningResType


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
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        cnt = 16
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 3:
                w.bits(0, 2)
                cnt -= 1
                s = 5 if cnt == 1 else 3
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = 'WPT_LF_DataPackageList'
        v = o.WPT_LF_DataPackageList
        if v is not None:
            if s == 3:
                w.bits(1, 2)
                s = 4
            elif s == 5:
                w.bits(1, 2)
                s = 4
            elif s == 6:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_16(w, v, st)
        p = ''
        if s == 3:
            w.bits(2, 2)
        elif s == 4:
            w.bits(0, 1)
        elif s == 5:
            w.bits(2, 2)
        elif s == 6:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_13(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEProcessing = None
    f_VendorSpecificDataContainer = []
    f_WPT_LF_DataPackageList = None
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
            v = ENUM_3[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        cnt = 16
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVSEProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVSEProcessing = v
        while s == 3:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 5 if cnt == 1 else 3
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = 4
                p = 'WPT_LF_DataPackageList'
                v = d_16(r, st, _m_wpt.WPT_LF_DataPackageListType)
                f_WPT_LF_DataPackageList = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = 4
                p = 'WPT_LF_DataPackageList'
                v = d_16(r, st, _m_wpt.WPT_LF_DataPackageListType)
                f_WPT_LF_DataPackageList = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'WPT_LF_DataPackageList'
                v = d_16(r, st, _m_wpt.WPT_LF_DataPackageListType)
                f_WPT_LF_DataPackageList = v
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEProcessing = f_EVSEProcessing
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    o.WPT_LF_DataPackageList = f_WPT_LF_DataPackageList
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupReqType


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
        p = 'EVDeviceFinePositioningMethodList'
        v = o.EVDeviceFinePositioningMethodList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_11(w, v, st)
        p = 'EVDevicePairingMethodList'
        v = o.EVDevicePairingMethodList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_27(w, v, st)
        p = 'EVDeviceAlignmentCheckMethodList'
        v = o.EVDeviceAlignmentCheckMethodList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_2(w, v, st)
        p = 'NaturalOffset'
        v = o.NaturalOffset
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 6
        cnt = 16
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 6:
                w.bits(0, 2)
                cnt -= 1
                s = 8 if cnt == 1 else 6
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = 'LF_SystemSetupData'
        v = o.LF_SystemSetupData
        if v is not None:
            if s == 6:
                w.bits(1, 2)
                s = 7
            elif s == 8:
                w.bits(1, 2)
                s = 7
            elif s == 9:
                w.bits(0, 2)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_23(w, v, st)
        p = ''
        if s == 6:
            w.bits(2, 2)
        elif s == 7:
            w.bits(0, 1)
        elif s == 8:
            w.bits(2, 2)
        elif s == 9:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_14(r, st, cls):
    f_Header = None
    f_EVProcessing = None
    f_EVDeviceFinePositioningMethodList = None
    f_EVDevicePairingMethodList = None
    f_EVDeviceAlignmentCheckMethodList = None
    f_NaturalOffset = None
    f_VendorSpecificDataContainer = []
    f_LF_SystemSetupData = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVProcessing = v
        s = 3
        p = 'EVDeviceFinePositioningMethodList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_11(r, st, _m_wpt.WPT_FinePositioningMethodListType)
        f_EVDeviceFinePositioningMethodList = v
        s = 4
        p = 'EVDevicePairingMethodList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_27(r, st, _m_wpt.WPT_PairingMethodListType)
        f_EVDevicePairingMethodList = v
        s = 5
        p = 'EVDeviceAlignmentCheckMethodList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_2(r, st, _m_wpt.WPT_AlignmentCheckMethodListType)
        f_EVDeviceAlignmentCheckMethodList = v
        s = 6
        cnt = 16
        p = 'NaturalOffset'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}NaturalOffset', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_NaturalOffset = v
        while s == 6:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 8 if cnt == 1 else 6
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = 7
                p = 'LF_SystemSetupData'
                v = d_23(r, st, _m_wpt.WPT_LF_SystemSetupDataType)
                f_LF_SystemSetupData = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = 7
                p = 'LF_SystemSetupData'
                v = d_23(r, st, _m_wpt.WPT_LF_SystemSetupDataType)
                f_LF_SystemSetupData = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'LF_SystemSetupData'
                v = d_23(r, st, _m_wpt.WPT_LF_SystemSetupDataType)
                f_LF_SystemSetupData = v
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
    o.Header = f_Header
    o.EVProcessing = f_EVProcessing
    o.EVDeviceFinePositioningMethodList = f_EVDeviceFinePositioningMethodList
    o.EVDevicePairingMethodList = f_EVDevicePairingMethodList
    o.EVDeviceAlignmentCheckMethodList = f_EVDeviceAlignmentCheckMethodList
    o.NaturalOffset = f_NaturalOffset
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    o.LF_SystemSetupData = f_LF_SystemSetupData
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupResType


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
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'PrimaryDeviceFinePositioningMethodList'
        v = o.PrimaryDeviceFinePositioningMethodList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_11(w, v, st)
        p = 'PrimaryDevicePairingMethodList'
        v = o.PrimaryDevicePairingMethodList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_27(w, v, st)
        p = 'PrimaryDeviceAlignmentCheckMethodList'
        v = o.PrimaryDeviceAlignmentCheckMethodList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_2(w, v, st)
        p = 'NaturalOffset'
        v = o.NaturalOffset
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 6
        cnt = 16
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 6:
                w.bits(0, 2)
                cnt -= 1
                s = 8 if cnt == 1 else 6
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = 'LF_SystemSetupData'
        v = o.LF_SystemSetupData
        if v is not None:
            if s == 6:
                w.bits(1, 2)
                s = 7
            elif s == 8:
                w.bits(1, 2)
                s = 7
            elif s == 9:
                w.bits(0, 2)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_23(w, v, st)
        p = ''
        if s == 6:
            w.bits(2, 2)
        elif s == 7:
            w.bits(0, 1)
        elif s == 8:
            w.bits(2, 2)
        elif s == 9:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_15(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_PrimaryDeviceFinePositioningMethodList = None
    f_PrimaryDevicePairingMethodList = None
    f_PrimaryDeviceAlignmentCheckMethodList = None
    f_NaturalOffset = None
    f_VendorSpecificDataContainer = []
    f_LF_SystemSetupData = None
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
            v = ENUM_3[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'PrimaryDeviceFinePositioningMethodList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_11(r, st, _m_wpt.WPT_FinePositioningMethodListType)
        f_PrimaryDeviceFinePositioningMethodList = v
        s = 4
        p = 'PrimaryDevicePairingMethodList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_27(r, st, _m_wpt.WPT_PairingMethodListType)
        f_PrimaryDevicePairingMethodList = v
        s = 5
        p = 'PrimaryDeviceAlignmentCheckMethodList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_2(r, st, _m_wpt.WPT_AlignmentCheckMethodListType)
        f_PrimaryDeviceAlignmentCheckMethodList = v
        s = 6
        cnt = 16
        p = 'NaturalOffset'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}NaturalOffset', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_NaturalOffset = v
        while s == 6:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 8 if cnt == 1 else 6
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = 7
                p = 'LF_SystemSetupData'
                v = d_23(r, st, _m_wpt.WPT_LF_SystemSetupDataType)
                f_LF_SystemSetupData = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = 7
                p = 'LF_SystemSetupData'
                v = d_23(r, st, _m_wpt.WPT_LF_SystemSetupDataType)
                f_LF_SystemSetupData = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'LF_SystemSetupData'
                v = d_23(r, st, _m_wpt.WPT_LF_SystemSetupDataType)
                f_LF_SystemSetupData = v
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.PrimaryDeviceFinePositioningMethodList = f_PrimaryDeviceFinePositioningMethodList
    o.PrimaryDevicePairingMethodList = f_PrimaryDevicePairingMethodList
    o.PrimaryDeviceAlignmentCheckMethodList = f_PrimaryDeviceAlignmentCheckMethodList
    o.NaturalOffset = f_NaturalOffset
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    o.LF_SystemSetupData = f_LF_SystemSetupData
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageListType


def e_16(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'NumPackages'
        v = o.NumPackages
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 1
        p = 'WPT_LF_DataPackage'
        v = o.WPT_LF_DataPackage
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_17(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_16(r, st, cls):
    f_NumPackages = None
    f_WPT_LF_DataPackage = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'NumPackages'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}NumPackages', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_NumPackages = v
        s = 2
        p = 'WPT_LF_DataPackage'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_17(r, st, _m_wpt.WPT_LF_DataPackageType)
        f_WPT_LF_DataPackage = v
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
    o.NumPackages = f_NumPackages
    o.WPT_LF_DataPackage = f_WPT_LF_DataPackage
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageType


def e_17(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PackageIndex'
        v = o.PackageIndex
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 1
        p = 'LF_TxData'
        v = o.LF_TxData
        if v is not None:
            w.bits(0, 2)
            s = 2
            e_25(w, v, st)
        p = 'LF_RxData'
        v = o.LF_RxData
        if v is not None:
            if s == 1:
                w.bits(1, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_19(w, v, st)
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


def d_17(r, st, cls):
    f_PackageIndex = None
    f_LF_TxData = None
    f_LF_RxData = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PackageIndex'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}PackageIndex', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_PackageIndex = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'LF_TxData'
            v = d_25(r, st, _m_wpt.WPT_LF_TxDataListType)
            f_LF_TxData = v
        elif c == 1:
            s = 2
            p = 'LF_RxData'
            v = d_19(r, st, _m_wpt.WPT_LF_RxDataListType)
            f_LF_RxData = v
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
    o.PackageIndex = f_PackageIndex
    o.LF_TxData = f_LF_TxData
    o.LF_RxData = f_LF_RxData
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_ReceiverDataType


def e_18(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'NumberOfReceivers'
        v = o.NumberOfReceivers
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 1
        p = 'RxSpecData'
        v = o.RxSpecData
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 255:
            raise EXIEncodeError([], 'more than 255 items')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
            elif s == 2:
                w.bits(0, 1)
                s = 3
            elif s == 3:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_33(w, v, st)
        p = ''
        if s == 3:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_18(r, st, cls):
    f_NumberOfReceivers = None
    f_RxSpecData = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'NumberOfReceivers'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}NumberOfReceivers', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_NumberOfReceivers = v
        s = 2
        p = 'RxSpecData'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_33(r, st, _m_wpt.WPT_TxRxSpecDataType)
        if len(f_RxSpecData) >= 255:
            raise EXIDecodeError(r.pos, [], 'more than 255 items')
        f_RxSpecData.append(v)
        s = 3
        p = 'RxSpecData'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_33(r, st, _m_wpt.WPT_TxRxSpecDataType)
        if len(f_RxSpecData) >= 255:
            raise EXIDecodeError(r.pos, [], 'more than 255 items')
        f_RxSpecData.append(v)
        while s == 3:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'RxSpecData'
                v = d_33(r, st, _m_wpt.WPT_TxRxSpecDataType)
                if len(f_RxSpecData) >= 255:
                    raise EXIDecodeError(r.pos, [], 'more than 255 items')
                f_RxSpecData.append(v)
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
    o.NumberOfReceivers = f_NumberOfReceivers
    o.RxSpecData = f_RxSpecData
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataListType


def e_19(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'WPT_LF_RxDataList'
        v = o.WPT_LF_RxDataList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_20(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_19(r, st, cls):
    f_WPT_LF_RxDataList = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'WPT_LF_RxDataList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_20(r, st, _m_wpt.WPT_LF_RxDataType)
        f_WPT_LF_RxDataList = v
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
    o.WPT_LF_RxDataList = f_WPT_LF_RxDataList
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataType


def e_20(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'RxIdentifier'
        v = o.RxIdentifier
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'RSSIData'
        v = o.RSSIData
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_21(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_20(r, st, cls):
    f_RxIdentifier = None
    f_RSSIData = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'RxIdentifier'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}RxIdentifier', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_RxIdentifier = v
        s = 2
        p = 'RSSIData'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_21(r, st, _m_wpt.WPT_LF_RxRSSIListType)
        f_RSSIData = v
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
    o.RxIdentifier = f_RxIdentifier
    o.RSSIData = f_RSSIData
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxRSSIListType


def e_21(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'RSSIDataList'
        v = o.RSSIDataList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_22(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_21(r, st, cls):
    f_RSSIDataList = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'RSSIDataList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_22(r, st, _m_wpt.WPT_LF_RxRSSIType)
        f_RSSIDataList = v
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
    o.RSSIDataList = f_RSSIDataList
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxRSSIType


def e_22(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TxIdentifier'
        v = o.TxIdentifier
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'RSSI'
        v = o.RSSI
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_22(r, st, cls):
    f_TxIdentifier = None
    f_RSSI = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'TxIdentifier'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}TxIdentifier', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_TxIdentifier = v
        s = 2
        p = 'RSSI'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_RSSI = v
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
    o.TxIdentifier = f_TxIdentifier
    o.RSSI = f_RSSI
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_SystemSetupDataType


def e_23(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'LF_TransmitterSetupData'
        v = o.LF_TransmitterSetupData
        if v is not None:
            w.bits(0, 2)
            s = 1
            e_24(w, v, st)
        p = 'LF_ReceiverSetupData'
        v = o.LF_ReceiverSetupData
        if v is not None:
            if s == 0:
                w.bits(1, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_18(w, v, st)
        p = ''
        if s == 1:
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
    f_LF_TransmitterSetupData = None
    f_LF_ReceiverSetupData = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'LF_TransmitterSetupData'
            v = d_24(r, st, _m_wpt.WPT_LF_TransmitterDataType)
            f_LF_TransmitterSetupData = v
        elif c == 1:
            s = 1
            p = 'LF_ReceiverSetupData'
            v = d_18(r, st, _m_wpt.WPT_LF_ReceiverDataType)
            f_LF_ReceiverSetupData = v
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
    o.LF_TransmitterSetupData = f_LF_TransmitterSetupData
    o.LF_ReceiverSetupData = f_LF_ReceiverSetupData
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_TransmitterDataType


def e_24(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'NumberOfTransmitters'
        v = o.NumberOfTransmitters
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 1
        p = 'SignalFrequency'
        v = o.SignalFrequency
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = 'TxSpecData'
        v = o.TxSpecData
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 255:
            raise EXIEncodeError([], 'more than 255 items')
        for v in v:
            if s == 2:
                w.bits(0, 1)
                s = 3
            elif s == 3:
                w.bits(0, 1)
                s = 4
            elif s == 4:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_33(w, v, st)
        p = 'TxPackageSpecData'
        v = o.TxPackageSpecData
        if v is not None:
            if s == 4:
                w.bits(1, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_31(w, v, st)
        p = ''
        if s == 4:
            w.bits(2, 2)
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


def d_24(r, st, cls):
    f_NumberOfTransmitters = None
    f_SignalFrequency = None
    f_TxSpecData = []
    f_TxPackageSpecData = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'NumberOfTransmitters'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}NumberOfTransmitters', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_NumberOfTransmitters = v
        s = 2
        p = 'SignalFrequency'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_SignalFrequency = v
        s = 3
        p = 'TxSpecData'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_33(r, st, _m_wpt.WPT_TxRxSpecDataType)
        if len(f_TxSpecData) >= 255:
            raise EXIDecodeError(r.pos, [], 'more than 255 items')
        f_TxSpecData.append(v)
        s = 4
        p = 'TxSpecData'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_33(r, st, _m_wpt.WPT_TxRxSpecDataType)
        if len(f_TxSpecData) >= 255:
            raise EXIDecodeError(r.pos, [], 'more than 255 items')
        f_TxSpecData.append(v)
        while s == 4:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'TxSpecData'
                v = d_33(r, st, _m_wpt.WPT_TxRxSpecDataType)
                if len(f_TxSpecData) >= 255:
                    raise EXIDecodeError(r.pos, [], 'more than 255 items')
                f_TxSpecData.append(v)
            elif c == 1:
                s = 5
                p = 'TxPackageSpecData'
                v = d_31(r, st, _m_wpt.WPT_TxRxPackageSpecDataType)
                f_TxPackageSpecData = v
            elif c == 2:
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
    o.NumberOfTransmitters = f_NumberOfTransmitters
    o.SignalFrequency = f_SignalFrequency
    o.TxSpecData = f_TxSpecData
    o.TxPackageSpecData = f_TxPackageSpecData
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataListType


def e_25(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'WPT_LF_TxDataList'
        v = o.WPT_LF_TxDataList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_26(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_25(r, st, cls):
    f_WPT_LF_TxDataList = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'WPT_LF_TxDataList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_26(r, st, _m_wpt.WPT_LF_TxDataType)
        f_WPT_LF_TxDataList = v
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
    o.WPT_LF_TxDataList = f_WPT_LF_TxDataList
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataType


def e_26(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TxIdentifier'
        v = o.TxIdentifier
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'EIRP'
        v = o.EIRP
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_26(r, st, cls):
    f_TxIdentifier = None
    f_EIRP = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'TxIdentifier'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}TxIdentifier', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_TxIdentifier = v
        s = 2
        p = 'EIRP'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EIRP = v
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
    o.TxIdentifier = f_TxIdentifier
    o.EIRP = f_EIRP
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethodListType


def e_27(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'WPT_PairingMethod'
        v = o.WPT_PairingMethod
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 8:
            raise EXIEncodeError([], 'more than 8 items')
        for v in v:
            x = enum_index(EIDX_8, v, p)
            if s == 0:
                w.bits(0 | (x << 1), 6)
                s = 1
                cnt = 7
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


def d_27(r, st, cls):
    f_WPT_PairingMethod = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 7
        p = 'WPT_PairingMethod'
        c = r.bits(6)
        if c & 49:
            if c >> 4 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 4
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethod', _m_wpt.WPT_PairingMethodType)
        else:
            if ((c >> 1) & 7) >= 6:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_8[((c >> 1) & 7)]
        if len(f_WPT_PairingMethod) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_WPT_PairingMethod.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'WPT_PairingMethod'
                c = r.bits(5)
                if c & 17:
                    if c >> 4 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 4
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethod', _m_wpt.WPT_PairingMethodType)
                else:
                    if ((c >> 1) & 7) >= 6:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_8[((c >> 1) & 7)]
                if len(f_WPT_PairingMethod) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_WPT_PairingMethod.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'WPT_PairingMethod'
                c = r.bits(5)
                if c & 17:
                    if c >> 4 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 4
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethod', _m_wpt.WPT_PairingMethodType)
                else:
                    if ((c >> 1) & 7) >= 6:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_8[((c >> 1) & 7)]
                if len(f_WPT_PairingMethod) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_WPT_PairingMethod.append(v)
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
    o.WPT_PairingMethod = f_WPT_PairingMethod
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_PairingReqType


def e_28(w, o, st):
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
        p = 'ObservedIDCode'
        v = o.ObservedIDCode
        if v is not None:
            s = 3
            w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 3)
        p = 'EVResultCode'
        v = o.EVResultCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_2, v, p)
        if s == 2:
            w.bits(16 | (x << 1), 6)
            s = 4
            cnt = 16
        elif s == 3:
            w.bits(0 | (x << 1), 5)
            s = 4
            cnt = 16
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 4:
                w.bits(0, 2)
                cnt -= 1
                s = 5 if cnt == 1 else 4
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = ''
        if s == 4:
            w.bits(1, 2)
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


def d_28(r, st, cls):
    f_Header = None
    f_EVProcessing = None
    f_ObservedIDCode = None
    f_EVResultCode = None
    f_VendorSpecificDataContainer = []
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVProcessing = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'ObservedIDCode'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ObservedIDCode', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_ObservedIDCode = v
        elif c == 1:
            s = 4
            cnt = 16
            p = 'EVResultCode'
            c = r.bits(4)
            if c & 9:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', _m_wpt.WPT_EVResultType)
            else:
                if ((c >> 1) & 3) >= 3:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_2[((c >> 1) & 3)]
            f_EVResultCode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            cnt = 16
            p = 'EVResultCode'
            c = r.bits(5)
            if c & 25:
                if c >> 3 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 3
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', _m_wpt.WPT_EVResultType)
            else:
                if ((c >> 1) & 3) >= 3:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_2[((c >> 1) & 3)]
            f_EVResultCode = v
        while s == 4:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 5 if cnt == 1 else 4
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
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
    o.Header = f_Header
    o.EVProcessing = f_EVProcessing
    o.ObservedIDCode = f_ObservedIDCode
    o.EVResultCode = f_EVResultCode
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_PairingResType


def e_29(w, o, st):
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
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'EVSEProcessing'
        v = o.EVSEProcessing
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = 'ObservedIDCode'
        v = o.ObservedIDCode
        if v is not None:
            s = 4
            w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 4)
        p = 'AlternativeSECCList'
        v = o.AlternativeSECCList
        if v is not None:
            if s == 3:
                w.bits(1, 3)
                s = 5
                cnt = 16
            elif s == 4:
                w.bits(0, 2)
                s = 5
                cnt = 16
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_0(w, v, st)
        p = 'VendorSpecificDataContainer'
        v = o.VendorSpecificDataContainer
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 3:
                w.bits(2, 3)
                s = 5
                cnt = 15
            elif s == 4:
                w.bits(1, 2)
                s = 5
                cnt = 15
            elif s == 5:
                w.bits(0, 2)
                cnt -= 1
                s = 6 if cnt == 1 else 5
            elif s == 6:
                w.bits(0, 2)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, 256)
        p = ''
        if s == 3:
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


def d_29(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEProcessing = None
    f_ObservedIDCode = None
    f_AlternativeSECCList = None
    f_VendorSpecificDataContainer = []
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
            v = ENUM_3[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}EVSEProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_1[((c >> 1) & 3)]
        f_EVSEProcessing = v
        c = r.bits(3)
        if c == 0:
            s = 4
            p = 'ObservedIDCode'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}ObservedIDCode', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_ObservedIDCode = v
        elif c == 1:
            s = 5
            cnt = 16
            p = 'AlternativeSECCList'
            v = d_0(r, st, _m_wpt.AlternativeSECCListType)
            f_AlternativeSECCList = v
        elif c == 2:
            s = 5
            cnt = 15
            p = 'VendorSpecificDataContainer'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
            else:
                v = r.binary_ee()
            if len(f_VendorSpecificDataContainer) >= 16:
                raise EXIDecodeError(r.pos, [], 'more than 16 items')
            f_VendorSpecificDataContainer.append(v)
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                cnt = 16
                p = 'AlternativeSECCList'
                v = d_0(r, st, _m_wpt.AlternativeSECCListType)
                f_AlternativeSECCList = v
            elif c == 1:
                s = 5
                cnt = 15
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 5:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 6 if cnt == 1 else 5
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            c = r.bits(2)
            if c == 0:
                s = 7
                p = 'VendorSpecificDataContainer'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_VendorSpecificDataContainer) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_VendorSpecificDataContainer.append(v)
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEProcessing = f_EVSEProcessing
    o.ObservedIDCode = f_ObservedIDCode
    o.AlternativeSECCList = f_AlternativeSECCList
    o.VendorSpecificDataContainer = f_VendorSpecificDataContainer
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_SPCPowerControlParameterType


def e_30(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SPCPrimaryDeviceCoilCurrentInformation'
        v = o.SPCPrimaryDeviceCoilCurrentInformation
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        _p_common_types.e_15(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_30(r, st, cls):
    f_SPCPrimaryDeviceCoilCurrentInformation = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SPCPrimaryDeviceCoilCurrentInformation'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_SPCPrimaryDeviceCoilCurrentInformation = v
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
    o.SPCPrimaryDeviceCoilCurrentInformation = f_SPCPrimaryDeviceCoilCurrentInformation
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_TxRxPackageSpecDataType


def e_31(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PulseSequenceOrder'
        v = o.PulseSequenceOrder
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 255:
            raise EXIEncodeError([], 'more than 255 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 1)
                s = 2
            elif s == 2:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_32(w, v, st)
        p = 'PulseSeparationTime'
        v = o.PulseSeparationTime
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 2:
            w.bits(2, 3)
            s = 3
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p))
        p = 'PulseDuration'
        v = o.PulseDuration
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 3:
            w.bits(0, 2)
            s = 4
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p))
        p = 'PackageSeparationTime'
        v = o.PackageSeparationTime
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 4:
            w.bits(0, 2)
            s = 5
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p))
        p = ''
        if s == 5:
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
    f_PulseSequenceOrder = []
    f_PulseSeparationTime = None
    f_PulseDuration = None
    f_PackageSeparationTime = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PulseSequenceOrder'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_32(r, st, _m_wpt.WPT_TxRxPulseOrderType)
        if len(f_PulseSequenceOrder) >= 255:
            raise EXIDecodeError(r.pos, [], 'more than 255 items')
        f_PulseSequenceOrder.append(v)
        s = 2
        p = 'PulseSequenceOrder'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_32(r, st, _m_wpt.WPT_TxRxPulseOrderType)
        if len(f_PulseSequenceOrder) >= 255:
            raise EXIDecodeError(r.pos, [], 'more than 255 items')
        f_PulseSequenceOrder.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'PulseSequenceOrder'
                v = d_32(r, st, _m_wpt.WPT_TxRxPulseOrderType)
                if len(f_PulseSequenceOrder) >= 255:
                    raise EXIDecodeError(r.pos, [], 'more than 255 items')
                f_PulseSequenceOrder.append(v)
            elif c == 1:
                s = 3
                p = 'PulseSeparationTime'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}PulseSeparationTime', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_PulseSeparationTime = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 4
        p = 'PulseDuration'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}PulseDuration', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_PulseDuration = v
        s = 5
        p = 'PackageSeparationTime'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}PackageSeparationTime', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_PackageSeparationTime = v
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
    o.PulseSequenceOrder = f_PulseSequenceOrder
    o.PulseSeparationTime = f_PulseSeparationTime
    o.PulseDuration = f_PulseDuration
    o.PackageSeparationTime = f_PackageSeparationTime
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_TxRxPulseOrderType


def e_32(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'IndexNumber'
        v = o.IndexNumber
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'TxRxIdentifier'
        v = o.TxRxIdentifier
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_32(r, st, cls):
    f_IndexNumber = None
    f_TxRxIdentifier = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'IndexNumber'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}IndexNumber', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_IndexNumber = v
        s = 2
        p = 'TxRxIdentifier'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}TxRxIdentifier', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_TxRxIdentifier = v
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
    o.IndexNumber = f_IndexNumber
    o.TxRxIdentifier = f_TxRxIdentifier
    return o


# {urn:iso:std:iso:15118:-20:WPT}WPT_TxRxSpecDataType


def e_33(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TxRxIdentifier'
        v = o.TxRxIdentifier
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'TxRxPosition'
        v = o.TxRxPosition
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_9(w, v, st)
        p = 'TxRxOrientation'
        v = o.TxRxOrientation
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_9(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_33(r, st, cls):
    f_TxRxIdentifier = None
    f_TxRxPosition = None
    f_TxRxOrientation = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'TxRxIdentifier'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:WPT}TxRxIdentifier', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_TxRxIdentifier = v
        s = 2
        p = 'TxRxPosition'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_9(r, st, _m_wpt.WPT_CoordinateXYZType)
        f_TxRxPosition = v
        s = 3
        p = 'TxRxOrientation'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_9(r, st, _m_wpt.WPT_CoordinateXYZType)
        f_TxRxOrientation = v
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
    o.TxRxIdentifier = f_TxRxIdentifier
    o.TxRxPosition = f_TxRxPosition
    o.TxRxOrientation = f_TxRxOrientation
    return o

ELEMENTS = {
    '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckReq': (e_3, d_3, _m_wpt.WPT_AlignmentCheckReq),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckRes': (e_4, d_4, _m_wpt.WPT_AlignmentCheckRes),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopReq': (e_5, d_5, _m_wpt.WPT_ChargeLoopReq),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopRes': (e_6, d_6, _m_wpt.WPT_ChargeLoopRes),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryReq': (e_7, d_7, _m_wpt.WPT_ChargeParameterDiscoveryReq),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryRes': (e_8, d_8, _m_wpt.WPT_ChargeParameterDiscoveryRes),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningReq': (e_12, d_12, _m_wpt.WPT_FinePositioningReq),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningRes': (e_13, d_13, _m_wpt.WPT_FinePositioningRes),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupReq': (e_14, d_14, _m_wpt.WPT_FinePositioningSetupReq),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupRes': (e_15, d_15, _m_wpt.WPT_FinePositioningSetupRes),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingReq': (e_28, d_28, _m_wpt.WPT_PairingReq),
    '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingRes': (e_29, d_29, _m_wpt.WPT_PairingRes),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:iso:std:iso:15118:-20:WPT': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Target', 'Type', 'URI')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
        ('urn:iso:std:iso:15118:-20:CommonTypes', ('AckMaxDelay', 'AdditionalServicesCosts', 'Amount', 'BPT_DischargedEnergyReadingWh', 'BPT_InductiveEnergyReadingVARh', 'BatteryEnergyCapacity', 'CLReqControlMode', 'CLReqControlModeType', 'CLResControlMode', 'CLResControlModeType', 'CapacitiveEnergyReadingVARh', 'ChargeLoopReqType', 'ChargeLoopResType', 'ChargeParameterDiscoveryReqType', 'ChargeParameterDiscoveryResType', 'ChargedEnergyReadingWh', 'ChargingComplete', 'CostPerUnit', 'DepartureTime', 'DetailedCostType', 'DetailedTaxType', 'DisplayParameters', 'DisplayParametersType', 'Dynamic_CLReqControlModeType', 'Dynamic_CLResControlModeType', 'EVMaximumEnergyRequest', 'EVMinimumEnergyRequest', 'EVSENotification', 'EVSEStatus', 'EVSEStatusType', 'EVTargetEnergyRequest', 'EnergyCosts', 'Exponent', 'Header', 'InletHot', 'ListOfRootCertificateIDsType', 'MaximumSOC', 'MessageHeaderType', 'MeterID', 'MeterInfo', 'MeterInfoRequested', 'MeterInfoType', 'MeterSignature', 'MeterStatus', 'MeterTimestamp', 'MinimumSOC', 'NotificationMaxDelay', 'OccupancyCosts', 'OverstayCosts', 'PresentSOC', 'RationalNumberType', 'Receipt', 'ReceiptType', 'RemainingTimeToMaximumSOC', 'RemainingTimeToMinimumSOC', 'RemainingTimeToTargetSOC', 'ResponseCode', 'RootCertificateID', 'Scheduled_CLReqControlModeType', 'Scheduled_CLResControlModeType', 'SessionID', 'TargetSOC', 'TaxCosts', 'TaxRuleID', 'TimeAnchor', 'TimeStamp', 'V2GMessageType', 'V2GRequestType', 'V2GResponseType', 'Value', 'descriptionType', 'evseNotificationType', 'identifierType', 'meterIDType', 'meterSignatureType', 'nameType', 'numericIDType', 'percentValueType', 'processingType', 'responseCodeType', 'sessionIDType')),
        ('urn:iso:std:iso:15118:-20:WPT', ('AlternativeSECC', 'AlternativeSECCList', 'AlternativeSECCListType', 'AlternativeSECCType', 'BSSID', 'Coord_X', 'Coord_Y', 'Coord_Z', 'EIRP', 'EVDeviceAlignmentCheckMethodList', 'EVDeviceFinePositioningMethodList', 'EVDevicePairingMethodList', 'EVPCChargeDiagnostics', 'EVPCCoilCurrentInformation', 'EVPCCoilCurrentRequest', 'EVPCCurrentOutputInformation', 'EVPCDeviceLocalControl', 'EVPCMaxReceivablePower', 'EVPCNaturalFrequency', 'EVPCOperatingFrequency', 'EVPCPowerControlParameter', 'EVPCPowerOutput', 'EVPCPowerRequest', 'EVPCVoltageOutputInformation', 'EVProcessing', 'EVResultCode', 'EVSEProcessing', 'IPAddress', 'IndexNumber', 'LF_ReceiverSetupData', 'LF_RxData', 'LF_SystemSetupData', 'LF_TransmitterSetupData', 'LF_TxData', 'ManufacturerSpecificDataContainer', 'NaturalOffset', 'NumPackages', 'NumberOfReceivers', 'NumberOfTransmitters', 'ObservedIDCode', 'PDInputPowerClass', 'PDMaxCoilCurrent', 'PDMinCoilCurrent', 'PackageIndex', 'PackageSeparationTime', 'Port', 'PowerTransmitted', 'PrimaryDeviceAlignmentCheckMethodList', 'PrimaryDeviceFinePositioningMethodList', 'PrimaryDevicePairingMethodList', 'PulseDuration', 'PulseSeparationTime', 'PulseSequenceOrder', 'RSSI', 'RSSIData', 'RSSIDataList', 'RxIdentifier', 'RxSpecData', 'SDManufacturerSpecificDataContainer', 'SDMaxGroundClearanceSupport', 'SDMaxGroundClearence', 'SDMaxOutputPower', 'SDMinGroundClearanceSupport', 'SDMinGroundClearence', 'SDMinOutputPower', 'SDPowerInput', 'SPCChargeDiagnostics', 'SPCMaxOutputPowerLimit', 'SPCMinOutputPowerLimit', 'SPCOperatingFrequency', 'SPCPowerControlParameter', 'SPCPrimaryDeviceCoilCurrentInformation', 'SSID', 'SignalFrequency', 'SupplyDeviceCurrent', 'TargetCoilCurrent', 'TxIdentifier', 'TxPackageSpecData', 'TxRxIdentifier', 'TxRxOrientation', 'TxRxPosition', 'TxSpecData', 'VendorSpecificDataContainer', 'WPT_AlignmentCheckMethod', 'WPT_AlignmentCheckMethodListType', 'WPT_AlignmentCheckMethodType', 'WPT_AlignmentCheckReq', 'WPT_AlignmentCheckReqType', 'WPT_AlignmentCheckRes', 'WPT_AlignmentCheckResType', 'WPT_ChargeLoopReq', 'WPT_ChargeLoopReqType', 'WPT_ChargeLoopRes', 'WPT_ChargeLoopResType', 'WPT_ChargeParameterDiscoveryReq', 'WPT_ChargeParameterDiscoveryReqType', 'WPT_ChargeParameterDiscoveryRes', 'WPT_ChargeParameterDiscoveryResType', 'WPT_CoordinateXYZType', 'WPT_DataContainerType', 'WPT_EVPCChargeDiagnosticsType', 'WPT_EVPCPowerControlParameterType', 'WPT_EVResultType', 'WPT_FinePositioningMethod', 'WPT_FinePositioningMethodListType', 'WPT_FinePositioningMethodType', 'WPT_FinePositioningReq', 'WPT_FinePositioningReqType', 'WPT_FinePositioningRes', 'WPT_FinePositioningResType', 'WPT_FinePositioningSetupReq', 'WPT_FinePositioningSetupReqType', 'WPT_FinePositioningSetupRes', 'WPT_FinePositioningSetupResType', 'WPT_LF_DataPackage', 'WPT_LF_DataPackageList', 'WPT_LF_DataPackageListType', 'WPT_LF_DataPackageType', 'WPT_LF_ReceiverDataType', 'WPT_LF_RxDataList', 'WPT_LF_RxDataListType', 'WPT_LF_RxDataType', 'WPT_LF_RxRSSIListType', 'WPT_LF_RxRSSIType', 'WPT_LF_SystemSetupDataType', 'WPT_LF_TransmitterDataType', 'WPT_LF_TxDataList', 'WPT_LF_TxDataListType', 'WPT_LF_TxDataType', 'WPT_PairingMethod', 'WPT_PairingMethodListType', 'WPT_PairingMethodType', 'WPT_PairingReq', 'WPT_PairingReqType', 'WPT_PairingRes', 'WPT_PairingResType', 'WPT_PowerClassType', 'WPT_SPCChargeDiagnosticsType', 'WPT_SPCPowerControlParameterType', 'WPT_TxRxPackageSpecDataType', 'WPT_TxRxPulseOrderType', 'WPT_TxRxSpecDataType', 'bssidType', 'ipaddressType')),
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
    'urn:iso:std:iso:15118:-20:WPT': (
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
        '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckReq',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckRes',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopReq',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopRes',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryReq',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryRes',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningReq',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningRes',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupReq',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupRes',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingReq',
        '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingRes',
        '{http://www.w3.org/2000/09/xmldsig#}X509Data',
    ),
}

# namespace -> (all element qnames of its schema set, sorted; qname -> (encoder, decoder, class)
# for the complex-typed ones declared with one type): the schema-informed fragment grammar
FRAGMENT_ELEMENTS = {
    'urn:iso:std:iso:15118:-20:WPT': (
        ('{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts', '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECC', '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECCList', '{urn:iso:std:iso:15118:-20:CommonTypes}Amount', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_DischargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:WPT}BSSID', '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', '{urn:iso:std:iso:15118:-20:WPT}Coord_X', '{urn:iso:std:iso:15118:-20:WPT}Coord_Y', '{urn:iso:std:iso:15118:-20:WPT}Coord_Z', '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters', '{urn:iso:std:iso:15118:-20:WPT}EIRP', '{urn:iso:std:iso:15118:-20:WPT}EVDeviceAlignmentCheckMethodList', '{urn:iso:std:iso:15118:-20:WPT}EVDeviceFinePositioningMethodList', '{urn:iso:std:iso:15118:-20:WPT}EVDevicePairingMethodList', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:WPT}EVPCChargeDiagnostics', '{urn:iso:std:iso:15118:-20:WPT}EVPCCoilCurrentInformation', '{urn:iso:std:iso:15118:-20:WPT}EVPCCoilCurrentRequest', '{urn:iso:std:iso:15118:-20:WPT}EVPCCurrentOutputInformation', '{urn:iso:std:iso:15118:-20:WPT}EVPCDeviceLocalControl', '{urn:iso:std:iso:15118:-20:WPT}EVPCMaxReceivablePower', '{urn:iso:std:iso:15118:-20:WPT}EVPCNaturalFrequency', '{urn:iso:std:iso:15118:-20:WPT}EVPCOperatingFrequency', '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerControlParameter', '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerOutput', '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerRequest', '{urn:iso:std:iso:15118:-20:WPT}EVPCVoltageOutputInformation', '{urn:iso:std:iso:15118:-20:WPT}EVProcessing', '{urn:iso:std:iso:15118:-20:WPT}EVResultCode', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSENotification', '{urn:iso:std:iso:15118:-20:WPT}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{urn:iso:std:iso:15118:-20:CommonTypes}Exponent', '{http://www.w3.org/2000/09/xmldsig#}G', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{urn:iso:std:iso:15118:-20:CommonTypes}Header', '{urn:iso:std:iso:15118:-20:WPT}IPAddress', '{urn:iso:std:iso:15118:-20:WPT}IndexNumber', '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{urn:iso:std:iso:15118:-20:WPT}LF_ReceiverSetupData', '{urn:iso:std:iso:15118:-20:WPT}LF_RxData', '{urn:iso:std:iso:15118:-20:WPT}LF_SystemSetupData', '{urn:iso:std:iso:15118:-20:WPT}LF_TransmitterSetupData', '{urn:iso:std:iso:15118:-20:WPT}LF_TxData', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{urn:iso:std:iso:15118:-20:WPT}ManufacturerSpecificDataContainer', '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{urn:iso:std:iso:15118:-20:WPT}NaturalOffset', '{urn:iso:std:iso:15118:-20:CommonTypes}NotificationMaxDelay', '{urn:iso:std:iso:15118:-20:WPT}NumPackages', '{urn:iso:std:iso:15118:-20:WPT}NumberOfReceivers', '{urn:iso:std:iso:15118:-20:WPT}NumberOfTransmitters', '{http://www.w3.org/2000/09/xmldsig#}Object', '{urn:iso:std:iso:15118:-20:WPT}ObservedIDCode', '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts', '{http://www.w3.org/2000/09/xmldsig#}P', '{urn:iso:std:iso:15118:-20:WPT}PDInputPowerClass', '{urn:iso:std:iso:15118:-20:WPT}PDMaxCoilCurrent', '{urn:iso:std:iso:15118:-20:WPT}PDMinCoilCurrent', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{urn:iso:std:iso:15118:-20:WPT}PackageIndex', '{urn:iso:std:iso:15118:-20:WPT}PackageSeparationTime', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{urn:iso:std:iso:15118:-20:WPT}Port', '{urn:iso:std:iso:15118:-20:WPT}PowerTransmitted', '{urn:iso:std:iso:15118:-20:CommonTypes}PresentSOC', '{urn:iso:std:iso:15118:-20:WPT}PrimaryDeviceAlignmentCheckMethodList', '{urn:iso:std:iso:15118:-20:WPT}PrimaryDeviceFinePositioningMethodList', '{urn:iso:std:iso:15118:-20:WPT}PrimaryDevicePairingMethodList', '{urn:iso:std:iso:15118:-20:WPT}PulseDuration', '{urn:iso:std:iso:15118:-20:WPT}PulseSeparationTime', '{urn:iso:std:iso:15118:-20:WPT}PulseSequenceOrder', '{http://www.w3.org/2000/09/xmldsig#}Q', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{urn:iso:std:iso:15118:-20:WPT}RSSI', '{urn:iso:std:iso:15118:-20:WPT}RSSIData', '{urn:iso:std:iso:15118:-20:WPT}RSSIDataList', '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID', '{urn:iso:std:iso:15118:-20:WPT}RxIdentifier', '{urn:iso:std:iso:15118:-20:WPT}RxSpecData', '{urn:iso:std:iso:15118:-20:WPT}SDManufacturerSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}SDMaxGroundClearanceSupport', '{urn:iso:std:iso:15118:-20:WPT}SDMaxGroundClearence', '{urn:iso:std:iso:15118:-20:WPT}SDMaxOutputPower', '{urn:iso:std:iso:15118:-20:WPT}SDMinGroundClearanceSupport', '{urn:iso:std:iso:15118:-20:WPT}SDMinGroundClearence', '{urn:iso:std:iso:15118:-20:WPT}SDMinOutputPower', '{urn:iso:std:iso:15118:-20:WPT}SDPowerInput', '{urn:iso:std:iso:15118:-20:WPT}SPCChargeDiagnostics', '{urn:iso:std:iso:15118:-20:WPT}SPCMaxOutputPowerLimit', '{urn:iso:std:iso:15118:-20:WPT}SPCMinOutputPowerLimit', '{urn:iso:std:iso:15118:-20:WPT}SPCOperatingFrequency', '{urn:iso:std:iso:15118:-20:WPT}SPCPowerControlParameter', '{urn:iso:std:iso:15118:-20:WPT}SPCPrimaryDeviceCoilCurrentInformation', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{urn:iso:std:iso:15118:-20:WPT}SSID', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{urn:iso:std:iso:15118:-20:CommonTypes}SessionID', '{urn:iso:std:iso:15118:-20:WPT}SignalFrequency', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{urn:iso:std:iso:15118:-20:WPT}SupplyDeviceCurrent', '{urn:iso:std:iso:15118:-20:WPT}TargetCoilCurrent', '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeAnchor', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeStamp', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{urn:iso:std:iso:15118:-20:WPT}TxIdentifier', '{urn:iso:std:iso:15118:-20:WPT}TxPackageSpecData', '{urn:iso:std:iso:15118:-20:WPT}TxRxIdentifier', '{urn:iso:std:iso:15118:-20:WPT}TxRxOrientation', '{urn:iso:std:iso:15118:-20:WPT}TxRxPosition', '{urn:iso:std:iso:15118:-20:WPT}TxSpecData', '{urn:iso:std:iso:15118:-20:CommonTypes}Value', '{urn:iso:std:iso:15118:-20:WPT}VendorSpecificDataContainer', '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckMethod', '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckReq', '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckRes', '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopReq', '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopRes', '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryReq', '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryRes', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningMethod', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningReq', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningRes', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupReq', '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupRes', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackage', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageList', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataList', '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataList', '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingMethod', '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingReq', '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingRes', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y'),
        {
            '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECC': (e_1, d_1, _m_wpt.AlternativeSECCType),
            '{urn:iso:std:iso:15118:-20:WPT}AlternativeSECCList': (e_0, d_0, _m_wpt.AlternativeSECCListType),
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
            '{urn:iso:std:iso:15118:-20:WPT}EIRP': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVDeviceAlignmentCheckMethodList': (e_2, d_2, _m_wpt.WPT_AlignmentCheckMethodListType),
            '{urn:iso:std:iso:15118:-20:WPT}EVDeviceFinePositioningMethodList': (e_11, d_11, _m_wpt.WPT_FinePositioningMethodListType),
            '{urn:iso:std:iso:15118:-20:WPT}EVDevicePairingMethodList': (e_27, d_27, _m_wpt.WPT_PairingMethodListType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCCoilCurrentInformation': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCCoilCurrentRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCCurrentOutputInformation': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCMaxReceivablePower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCNaturalFrequency': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCOperatingFrequency': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerControlParameter': (e_10, d_10, _m_wpt.WPT_EVPCPowerControlParameterType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerOutput': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCPowerRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}EVPCVoltageOutputInformation': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus': (_p_common_types.e_11, _p_common_types.d_11, _m_common_types.EVSEStatusType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Header': (_p_common_types.e_13, _p_common_types.d_13, _m_common_types.MessageHeaderType),
            '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (_p_xmldsig.e_3, _p_xmldsig.d_3, _m_xmldsig.KeyInfo),
            '{http://www.w3.org/2000/09/xmldsig#}KeyName': (_p_xmldsig.es_1, _p_xmldsig.ds_1, _m_xmldsig.KeyName),
            '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (_p_xmldsig.e_4, _p_xmldsig.d_4, _m_xmldsig.KeyValue),
            '{urn:iso:std:iso:15118:-20:WPT}LF_ReceiverSetupData': (e_18, d_18, _m_wpt.WPT_LF_ReceiverDataType),
            '{urn:iso:std:iso:15118:-20:WPT}LF_RxData': (e_19, d_19, _m_wpt.WPT_LF_RxDataListType),
            '{urn:iso:std:iso:15118:-20:WPT}LF_SystemSetupData': (e_23, d_23, _m_wpt.WPT_LF_SystemSetupDataType),
            '{urn:iso:std:iso:15118:-20:WPT}LF_TransmitterSetupData': (e_24, d_24, _m_wpt.WPT_LF_TransmitterDataType),
            '{urn:iso:std:iso:15118:-20:WPT}LF_TxData': (e_25, d_25, _m_wpt.WPT_LF_TxDataListType),
            '{http://www.w3.org/2000/09/xmldsig#}Manifest': (_p_xmldsig.e_5, _p_xmldsig.d_5, _m_xmldsig.Manifest),
            '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo': (_p_common_types.e_14, _p_common_types.d_14, _m_common_types.MeterInfoType),
            '{http://www.w3.org/2000/09/xmldsig#}MgmtData': (_p_xmldsig.es_2, _p_xmldsig.ds_2, _m_xmldsig.MgmtData),
            '{http://www.w3.org/2000/09/xmldsig#}Object': (_p_xmldsig.e_6, _p_xmldsig.d_6, _m_xmldsig.Object),
            '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:WPT}PDMaxCoilCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}PDMinCoilCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{http://www.w3.org/2000/09/xmldsig#}PGPData': (_p_xmldsig.e_7, _p_xmldsig.d_7, _m_xmldsig.PGPData),
            '{urn:iso:std:iso:15118:-20:WPT}PowerTransmitted': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}PrimaryDeviceAlignmentCheckMethodList': (e_2, d_2, _m_wpt.WPT_AlignmentCheckMethodListType),
            '{urn:iso:std:iso:15118:-20:WPT}PrimaryDeviceFinePositioningMethodList': (e_11, d_11, _m_wpt.WPT_FinePositioningMethodListType),
            '{urn:iso:std:iso:15118:-20:WPT}PrimaryDevicePairingMethodList': (e_27, d_27, _m_wpt.WPT_PairingMethodListType),
            '{urn:iso:std:iso:15118:-20:WPT}PulseSequenceOrder': (e_32, d_32, _m_wpt.WPT_TxRxPulseOrderType),
            '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue': (_p_xmldsig.e_8, _p_xmldsig.d_8, _m_xmldsig.RSAKeyValue),
            '{urn:iso:std:iso:15118:-20:WPT}RSSI': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}RSSIData': (e_21, d_21, _m_wpt.WPT_LF_RxRSSIListType),
            '{urn:iso:std:iso:15118:-20:WPT}RSSIDataList': (e_22, d_22, _m_wpt.WPT_LF_RxRSSIType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt': (_p_common_types.e_16, _p_common_types.d_16, _m_common_types.ReceiptType),
            '{http://www.w3.org/2000/09/xmldsig#}Reference': (_p_xmldsig.e_9, _p_xmldsig.d_9, _m_xmldsig.Reference),
            '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod': (_p_xmldsig.e_10, _p_xmldsig.d_10, _m_xmldsig.RetrievalMethod),
            '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
            '{urn:iso:std:iso:15118:-20:WPT}RxSpecData': (e_33, d_33, _m_wpt.WPT_TxRxSpecDataType),
            '{urn:iso:std:iso:15118:-20:WPT}SDMaxOutputPower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}SDMinOutputPower': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}SDPowerInput': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}SPCMaxOutputPowerLimit': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}SPCMinOutputPowerLimit': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}SPCOperatingFrequency': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}SPCPowerControlParameter': (e_30, d_30, _m_wpt.WPT_SPCPowerControlParameterType),
            '{urn:iso:std:iso:15118:-20:WPT}SPCPrimaryDeviceCoilCurrentInformation': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{http://www.w3.org/2000/09/xmldsig#}SPKIData': (_p_xmldsig.e_11, _p_xmldsig.d_11, _m_xmldsig.SPKIData),
            '{urn:iso:std:iso:15118:-20:WPT}SignalFrequency': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{http://www.w3.org/2000/09/xmldsig#}Signature': (_p_xmldsig.e_15, _p_xmldsig.d_15, _m_xmldsig.Signature),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod': (_p_xmldsig.e_12, _p_xmldsig.d_12, _m_xmldsig.SignatureMethod),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties': (_p_xmldsig.e_13, _p_xmldsig.d_13, _m_xmldsig.SignatureProperties),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty': (_p_xmldsig.e_14, _p_xmldsig.d_14, _m_xmldsig.SignatureProperty),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureValue': (_p_xmldsig.e_16, _p_xmldsig.d_16, _m_xmldsig.SignatureValue),
            '{http://www.w3.org/2000/09/xmldsig#}SignedInfo': (_p_xmldsig.e_17, _p_xmldsig.d_17, _m_xmldsig.SignedInfo),
            '{urn:iso:std:iso:15118:-20:WPT}SupplyDeviceCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:WPT}TargetCoilCurrent': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts': (_p_common_types.e_7, _p_common_types.d_7, _m_common_types.DetailedTaxType),
            '{http://www.w3.org/2000/09/xmldsig#}Transform': (_p_xmldsig.e_18, _p_xmldsig.d_18, _m_xmldsig.Transform),
            '{http://www.w3.org/2000/09/xmldsig#}Transforms': (_p_xmldsig.e_19, _p_xmldsig.d_19, _m_xmldsig.Transforms),
            '{urn:iso:std:iso:15118:-20:WPT}TxPackageSpecData': (e_31, d_31, _m_wpt.WPT_TxRxPackageSpecDataType),
            '{urn:iso:std:iso:15118:-20:WPT}TxRxOrientation': (e_9, d_9, _m_wpt.WPT_CoordinateXYZType),
            '{urn:iso:std:iso:15118:-20:WPT}TxRxPosition': (e_9, d_9, _m_wpt.WPT_CoordinateXYZType),
            '{urn:iso:std:iso:15118:-20:WPT}TxSpecData': (e_33, d_33, _m_wpt.WPT_TxRxSpecDataType),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckReq': (e_3, d_3, _m_wpt.WPT_AlignmentCheckReq),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_AlignmentCheckRes': (e_4, d_4, _m_wpt.WPT_AlignmentCheckRes),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopReq': (e_5, d_5, _m_wpt.WPT_ChargeLoopReq),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeLoopRes': (e_6, d_6, _m_wpt.WPT_ChargeLoopRes),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryReq': (e_7, d_7, _m_wpt.WPT_ChargeParameterDiscoveryReq),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_ChargeParameterDiscoveryRes': (e_8, d_8, _m_wpt.WPT_ChargeParameterDiscoveryRes),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningReq': (e_12, d_12, _m_wpt.WPT_FinePositioningReq),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningRes': (e_13, d_13, _m_wpt.WPT_FinePositioningRes),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupReq': (e_14, d_14, _m_wpt.WPT_FinePositioningSetupReq),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_FinePositioningSetupRes': (e_15, d_15, _m_wpt.WPT_FinePositioningSetupRes),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackage': (e_17, d_17, _m_wpt.WPT_LF_DataPackageType),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_DataPackageList': (e_16, d_16, _m_wpt.WPT_LF_DataPackageListType),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_RxDataList': (e_20, d_20, _m_wpt.WPT_LF_RxDataType),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_LF_TxDataList': (e_26, d_26, _m_wpt.WPT_LF_TxDataType),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingReq': (e_28, d_28, _m_wpt.WPT_PairingReq),
            '{urn:iso:std:iso:15118:-20:WPT}WPT_PairingRes': (e_29, d_29, _m_wpt.WPT_PairingRes),
            '{http://www.w3.org/2000/09/xmldsig#}X509Data': (_p_xmldsig.e_20, _p_xmldsig.d_20, _m_xmldsig.X509Data),
            '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
        },
    ),
}
