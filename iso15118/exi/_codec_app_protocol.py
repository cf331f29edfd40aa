"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:iso:15118:2:2010:AppProtocol.
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
from ..messages import app_protocol as _m_app_protocol

ENUM_0 = tuple(_m_app_protocol.responseCodeType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}


# {urn:iso:15118:2:2010:AppProtocol}AppProtocolType


def e_0(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ProtocolNamespace'
        v = o.ProtocolNamespace
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.chars_el(v, None, 100, 0, 1)
        p = 'VersionNumberMajor'
        v = o.VersionNumberMajor
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'VersionNumberMinor'
        v = o.VersionNumberMinor
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'SchemaID'
        v = o.SchemaID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 4
        p = 'Priority'
        v = o.Priority
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 1, 20, p) - 1
        w.bits(0 | (x << 1), 8)
        s = 5
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_0(r, st, cls):
    f_ProtocolNamespace = None
    f_VersionNumberMajor = None
    f_VersionNumberMinor = None
    f_SchemaID = None
    f_Priority = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ProtocolNamespace'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, 'ProtocolNamespace', str, '')
        else:
            v = st.read_ee(r, 'ProtocolNamespace')
        f_ProtocolNamespace = v
        s = 2
        p = 'VersionNumberMajor'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, 'VersionNumberMajor', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_VersionNumberMajor = v
        s = 3
        p = 'VersionNumberMinor'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, 'VersionNumberMinor', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_VersionNumberMinor = v
        s = 4
        p = 'SchemaID'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, 'SchemaID', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_SchemaID = v
        s = 5
        p = 'Priority'
        c = r.bits(8)
        if c & 193:
            if c >> 6 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 6
            v = read_untyped(r, st, 'Priority', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 31) + 1
        f_Priority = v
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
    o.ProtocolNamespace = f_ProtocolNamespace
    o.VersionNumberMajor = f_VersionNumberMajor
    o.VersionNumberMinor = f_VersionNumberMinor
    o.SchemaID = f_SchemaID
    o.Priority = f_Priority
    return o


# {urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolReq#anon


def e_1(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'AppProtocol'
        v = o.AppProtocol
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
            e_0(w, v, st)
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


def d_1(r, st, cls):
    f_AppProtocol = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 19
        p = 'AppProtocol'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_0(r, st, _m_app_protocol.AppProtocolType)
        if len(f_AppProtocol) >= 20:
            raise EXIDecodeError(r.pos, [], 'more than 20 items')
        f_AppProtocol.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'AppProtocol'
                v = d_0(r, st, _m_app_protocol.AppProtocolType)
                if len(f_AppProtocol) >= 20:
                    raise EXIDecodeError(r.pos, [], 'more than 20 items')
                f_AppProtocol.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'AppProtocol'
                v = d_0(r, st, _m_app_protocol.AppProtocolType)
                if len(f_AppProtocol) >= 20:
                    raise EXIDecodeError(r.pos, [], 'more than 20 items')
                f_AppProtocol.append(v)
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
    o.AppProtocol = f_AppProtocol
    return o


# {urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolRes#anon


def e_2(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ResponseCode'
        v = o.ResponseCode
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 5)
        s = 1
        p = 'SchemaID'
        v = o.SchemaID
        if v is not None:
            x = check_int(v, 0, 255, p) - 0
            w.bits(0 | (x << 1), 12)
            s = 2
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


def d_2(r, st, cls):
    f_ResponseCode = None
    f_SchemaID = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ResponseCode'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, 'ResponseCode', _m_app_protocol.responseCodeType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 3)]
        f_ResponseCode = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'SchemaID'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, 'SchemaID', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255)
            f_SchemaID = v
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
    o.ResponseCode = f_ResponseCode
    o.SchemaID = f_SchemaID
    return o

ELEMENTS = {
    '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolReq': (e_1, d_1, _m_app_protocol.supportedAppProtocolReq),
    '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolRes': (e_2, d_2, _m_app_protocol.supportedAppProtocolRes),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:iso:15118:2:2010:AppProtocol': (
        ('', ('AppProtocol', 'Priority', 'ProtocolNamespace', 'ResponseCode', 'SchemaID', 'VersionNumberMajor', 'VersionNumberMinor')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('urn:iso:15118:2:2010:AppProtocol', ('AppProtocolType', 'idType', 'priorityType', 'protocolNameType', 'protocolNamespaceType', 'responseCodeType', 'supportedAppProtocolReq', 'supportedAppProtocolRes')),
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
    'urn:iso:15118:2:2010:AppProtocol': (
        '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolReq',
        '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolRes',
    ),
}

# namespace -> (all element qnames of its schema set, sorted; qname -> (encoder, decoder, class)
# for the complex-typed ones declared with one type): the schema-informed fragment grammar
FRAGMENT_ELEMENTS = {
    'urn:iso:15118:2:2010:AppProtocol': (
        ('AppProtocol', 'Priority', 'ProtocolNamespace', 'ResponseCode', 'SchemaID', 'VersionNumberMajor', 'VersionNumberMinor', '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolReq', '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolRes'),
        {
            'AppProtocol': (e_0, d_0, _m_app_protocol.AppProtocolType),
            '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolReq': (e_1, d_1, _m_app_protocol.supportedAppProtocolReq),
            '{urn:iso:15118:2:2010:AppProtocol}supportedAppProtocolRes': (e_2, d_2, _m_app_protocol.supportedAppProtocolRes),
        },
    ),
}
