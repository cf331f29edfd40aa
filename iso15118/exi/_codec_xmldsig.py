"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of http://www.w3.org/2000/09/xmldsig#.
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
from ..messages import xmldsig as _m_xmldsig

OPEN_0 = {1: (2, 0, 1, 2, 1)}
OPEN_1 = {1: (2, 0, 1, 2, 1)}
OPEN_2 = {0: (4, 8, 2, 9, 1), 1: (4, 7, 2, 8, 1), 2: (4, 7, 2, 9, 2)}
OPEN_3 = {0: (3, 2, 1, 3, 0), 1: (2, None, None, 1, 1)}
OPEN_4 = {0: (3, 3, 3, 5, 3), 1: (3, 2, 3, 4, 3), 2: (3, 1, 3, 3, 3), 3: (2, 0, 3, 2, 3)}
OPEN_5 = {1: (2, 1, 3, None, None), 2: (2, 0, 2, None, None), 3: (2, 0, 3, None, None)}
OPEN_6 = {1: (2, 1, 2, None, None)}
OPEN_7 = {1: (3, 1, 2, 3, 1), 2: (2, 0, 2, 2, 2)}
OPEN_8 = {2: (2, 0, 3, 1, 2), 3: (2, 0, 3, 2, 3)}
OPEN_9 = {1: (3, 1, 1, 3, 1)}
OPEN_10 = {0: (3, 5, 1, None, None), 1: (3, 5, 1, None, None)}


# {http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethodType


def e_0(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Algorithm'
        v = o.Algorithm
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        check_len(v, str, None, None, p)
        st.write(w, 'Algorithm', v)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_0)
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


def d_0(r, st, cls):
    f_Algorithm = None
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Algorithm'
            v = st.read(r, 'Algorithm')
            f_Algorithm = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 1:
                s = -1
            elif c == 2:
                s = 1
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethodType'))
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
    o.Algorithm = f_Algorithm
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}DSAKeyValueType


def e_1(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'P'
        v = o.P
        if v is not None:
            s = 1
            w.binary_el(v, None, None, 0, 2)
        p = 'Q'
        v = o.Q
        if v is not None:
            if s == 1:
                w.bits(0, 1)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = 'G'
        v = o.G
        if v is not None:
            if s == 0:
                w.bits(1, 2)
                s = 2
            elif s == 4:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = 'Y'
        v = o.Y
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(2, 2)
            s = 3
        elif s == 2:
            w.bits(0, 1)
            s = 3
        elif s == 4:
            w.bits(1, 2)
            s = 3
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.binary_el(v, None, None)
        p = 'J'
        v = o.J
        if v is not None:
            s = 5
            w.binary_el(v, None, None, 0, 2)
        p = 'Seed'
        v = o.Seed
        if v is not None:
            if s == 3:
                w.bits(1, 2)
                s = 6
            elif s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = 'PgenCounter'
        v = o.PgenCounter
        if v is not None:
            if s == 6:
                w.bits(0, 1)
                s = 7
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = ''
        if s == 3:
            w.bits(2, 2)
        elif s == 5:
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


def d_1(r, st, cls):
    f_P = None
    f_Q = None
    f_G = None
    f_Y = None
    f_J = None
    f_Seed = None
    f_PgenCounter = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'P'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}P', from_base64, b'')
            else:
                v = r.binary_ee()
            f_P = v
        elif c == 1:
            s = 2
            p = 'G'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}G', from_base64, b'')
            else:
                v = r.binary_ee()
            f_G = v
        elif c == 2:
            s = 3
            p = 'Y'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}Y', from_base64, b'')
            else:
                v = r.binary_ee()
            f_Y = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 4
            p = 'Q'
            c = r.bits(2)
            if c:
                if c != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}Q', from_base64, b'')
            else:
                v = r.binary_ee()
            f_Q = v
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'G'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}G', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_G = v
            elif c == 1:
                s = 3
                p = 'Y'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}Y', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_Y = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            s = 3
            p = 'Y'
            c = r.bits(2)
            if c:
                if c != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}Y', from_base64, b'')
            else:
                v = r.binary_ee()
            f_Y = v
        c = r.bits(2)
        if c == 0:
            s = 5
            p = 'J'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}J', from_base64, b'')
            else:
                v = r.binary_ee()
            f_J = v
        elif c == 1:
            s = 6
            p = 'Seed'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}Seed', from_base64, b'')
            else:
                v = r.binary_ee()
            f_Seed = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'Seed'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}Seed', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_Seed = v
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 6:
            s = 7
            p = 'PgenCounter'
            c = r.bits(2)
            if c:
                if c != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', from_base64, b'')
            else:
                v = r.binary_ee()
            f_PgenCounter = v
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
    o.P = f_P
    o.Q = f_Q
    o.G = f_G
    o.Y = f_Y
    o.J = f_J
    o.Seed = f_Seed
    o.PgenCounter = f_PgenCounter
    return o


# {http://www.w3.org/2000/09/xmldsig#}DigestMethodType


def e_2(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Algorithm'
        v = o.Algorithm
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        check_len(v, str, None, None, p)
        st.write(w, 'Algorithm', v)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_1)
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


def d_2(r, st, cls):
    f_Algorithm = None
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Algorithm'
            v = st.read(r, 'Algorithm')
            f_Algorithm = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 1:
                s = -1
            elif c == 2:
                s = 1
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}DigestMethodType'))
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
    o.Algorithm = f_Algorithm
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}KeyInfoType


def e_3(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is not None:
            w.bits(0, 4)
            s = 1
            check_len(v, str, None, None, p)
            st.write(w, 'Id', v)
        p = 'KeyName'
        v = o.KeyName
        for v in v:
            if s == 0:
                w.bits(1, 4)
                s = 2
            elif s == 1:
                w.bits(0, 4)
                s = 2
            elif s == 2:
                w.bits(0, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, None)
        p = 'KeyValue'
        v = o.KeyValue
        for v in v:
            if s == 0:
                w.bits(2, 4)
                s = 2
            elif s == 1:
                w.bits(1, 4)
                s = 2
            elif s == 2:
                w.bits(1, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_4(w, v, st)
        p = 'RetrievalMethod'
        v = o.RetrievalMethod
        for v in v:
            if s == 0:
                w.bits(3, 4)
                s = 2
            elif s == 1:
                w.bits(2, 4)
                s = 2
            elif s == 2:
                w.bits(2, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_10(w, v, st)
        p = 'X509Data'
        v = o.X509Data
        for v in v:
            if s == 0:
                w.bits(4, 4)
                s = 2
            elif s == 1:
                w.bits(3, 4)
                s = 2
            elif s == 2:
                w.bits(3, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_20(w, v, st)
        p = 'PGPData'
        v = o.PGPData
        for v in v:
            if s == 0:
                w.bits(5, 4)
                s = 2
            elif s == 1:
                w.bits(4, 4)
                s = 2
            elif s == 2:
                w.bits(4, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_7(w, v, st)
        p = 'SPKIData'
        v = o.SPKIData
        for v in v:
            if s == 0:
                w.bits(6, 4)
                s = 2
            elif s == 1:
                w.bits(5, 4)
                s = 2
            elif s == 2:
                w.bits(5, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_11(w, v, st)
        p = 'MgmtData'
        v = o.MgmtData
        for v in v:
            if s == 0:
                w.bits(7, 4)
                s = 2
            elif s == 1:
                w.bits(6, 4)
                s = 2
            elif s == 2:
                w.bits(6, 4)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, None)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_2)
        p = ''
        if s == 2:
            w.bits(8, 4)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_3(r, st, cls):
    f_Id = None
    f_KeyName = []
    f_KeyValue = []
    f_RetrievalMethod = []
    f_X509Data = []
    f_PGPData = []
    f_SPKIData = []
    f_MgmtData = []
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(4)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'KeyName'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}KeyName', str, '')
            else:
                v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}KeyName')
            f_KeyName.append(v)
        elif c == 2:
            s = 2
            p = 'KeyValue'
            v = d_4(r, st, _m_xmldsig.KeyValueType)
            f_KeyValue.append(v)
        elif c == 3:
            s = 2
            p = 'RetrievalMethod'
            v = d_10(r, st, _m_xmldsig.RetrievalMethodType)
            f_RetrievalMethod.append(v)
        elif c == 4:
            s = 2
            p = 'X509Data'
            v = d_20(r, st, _m_xmldsig.X509DataType)
            f_X509Data.append(v)
        elif c == 5:
            s = 2
            p = 'PGPData'
            v = d_7(r, st, _m_xmldsig.PGPDataType)
            f_PGPData.append(v)
        elif c == 6:
            s = 2
            p = 'SPKIData'
            v = d_11(r, st, _m_xmldsig.SPKIDataType)
            f_SPKIData.append(v)
        elif c == 7:
            s = 2
            p = 'MgmtData'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}MgmtData', str, '')
            else:
                v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}MgmtData')
            f_MgmtData.append(v)
        elif c == 8:
            s = 2
            p = 'content'
            f_content.append(dec_wildcard(r, st))
        elif c == 9:
            s = 1
            p = 'content'
            f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}KeyInfoType'))
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 1:
            c = r.bits(4)
            if c == 0:
                s = 2
                p = 'KeyName'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}KeyName', str, '')
                else:
                    v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}KeyName')
                f_KeyName.append(v)
            elif c == 1:
                s = 2
                p = 'KeyValue'
                v = d_4(r, st, _m_xmldsig.KeyValueType)
                f_KeyValue.append(v)
            elif c == 2:
                s = 2
                p = 'RetrievalMethod'
                v = d_10(r, st, _m_xmldsig.RetrievalMethodType)
                f_RetrievalMethod.append(v)
            elif c == 3:
                s = 2
                p = 'X509Data'
                v = d_20(r, st, _m_xmldsig.X509DataType)
                f_X509Data.append(v)
            elif c == 4:
                s = 2
                p = 'PGPData'
                v = d_7(r, st, _m_xmldsig.PGPDataType)
                f_PGPData.append(v)
            elif c == 5:
                s = 2
                p = 'SPKIData'
                v = d_11(r, st, _m_xmldsig.SPKIDataType)
                f_SPKIData.append(v)
            elif c == 6:
                s = 2
                p = 'MgmtData'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}MgmtData', str, '')
                else:
                    v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}MgmtData')
                f_MgmtData.append(v)
            elif c == 7:
                s = 2
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 8:
                s = 1
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}KeyInfoType'))
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 2:
            c = r.bits(4)
            if c == 0:
                s = 2
                p = 'KeyName'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}KeyName', str, '')
                else:
                    v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}KeyName')
                f_KeyName.append(v)
            elif c == 1:
                s = 2
                p = 'KeyValue'
                v = d_4(r, st, _m_xmldsig.KeyValueType)
                f_KeyValue.append(v)
            elif c == 2:
                s = 2
                p = 'RetrievalMethod'
                v = d_10(r, st, _m_xmldsig.RetrievalMethodType)
                f_RetrievalMethod.append(v)
            elif c == 3:
                s = 2
                p = 'X509Data'
                v = d_20(r, st, _m_xmldsig.X509DataType)
                f_X509Data.append(v)
            elif c == 4:
                s = 2
                p = 'PGPData'
                v = d_7(r, st, _m_xmldsig.PGPDataType)
                f_PGPData.append(v)
            elif c == 5:
                s = 2
                p = 'SPKIData'
                v = d_11(r, st, _m_xmldsig.SPKIDataType)
                f_SPKIData.append(v)
            elif c == 6:
                s = 2
                p = 'MgmtData'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}MgmtData', str, '')
                else:
                    v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}MgmtData')
                f_MgmtData.append(v)
            elif c == 7:
                s = 2
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 8:
                s = -1
            elif c == 9:
                s = 2
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}KeyInfoType'))
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
    o.KeyName = f_KeyName
    o.KeyValue = f_KeyValue
    o.RetrievalMethod = f_RetrievalMethod
    o.X509Data = f_X509Data
    o.PGPData = f_PGPData
    o.SPKIData = f_SPKIData
    o.MgmtData = f_MgmtData
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}KeyValueType


def e_4(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DSAKeyValue'
        v = o.DSAKeyValue
        if v is not None:
            w.bits(0, 3)
            s = 1
            e_1(w, v, st)
        p = 'RSAKeyValue'
        v = o.RSAKeyValue
        if v is not None:
            if s == 0:
                w.bits(1, 3)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_8(w, v, st)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_3)
        p = ''
        if s == 1:
            w.bits(0, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_4(r, st, cls):
    f_DSAKeyValue = None
    f_RSAKeyValue = None
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        while s == 0:
            c = r.bits(3)
            if c == 0:
                s = 1
                p = 'DSAKeyValue'
                v = d_1(r, st, _m_xmldsig.DSAKeyValueType)
                f_DSAKeyValue = v
            elif c == 1:
                s = 1
                p = 'RSAKeyValue'
                v = d_8(r, st, _m_xmldsig.RSAKeyValueType)
                f_RSAKeyValue = v
            elif c == 2:
                s = 1
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 3:
                s = 0
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}KeyValueType'))
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = -1
            elif c == 1:
                s = 1
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}KeyValueType'))
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
    o.DSAKeyValue = f_DSAKeyValue
    o.RSAKeyValue = f_RSAKeyValue
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}ManifestType


def e_5(w, o, st):
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
        p = 'Reference'
        v = o.Reference
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(1, 2)
                s = 2
            elif s == 1:
                w.bits(0, 1)
                s = 2
            elif s == 2:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_9(w, v, st)
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


def d_5(r, st, cls):
    f_Id = None
    f_Reference = []
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
            p = 'Reference'
            v = d_9(r, st, _m_xmldsig.ReferenceType)
            f_Reference.append(v)
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'Reference'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_9(r, st, _m_xmldsig.ReferenceType)
            f_Reference.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'Reference'
                v = d_9(r, st, _m_xmldsig.ReferenceType)
                f_Reference.append(v)
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
    o.Reference = f_Reference
    return o


# {http://www.w3.org/2000/09/xmldsig#}ObjectType


def e_6(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Encoding'
        v = o.Encoding
        if v is not None:
            w.bits(0, 3)
            s = 1
            check_len(v, str, None, None, p)
            st.write(w, 'Encoding', v)
        p = 'Id'
        v = o.Id
        if v is not None:
            if s == 0:
                w.bits(1, 3)
                s = 2
            elif s == 1:
                w.bits(0, 3)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            check_len(v, str, None, None, p)
            st.write(w, 'Id', v)
        p = 'MimeType'
        v = o.MimeType
        if v is not None:
            if s == 0:
                w.bits(2, 3)
                s = 3
            elif s == 1:
                w.bits(1, 3)
                s = 3
            elif s == 2:
                w.bits(0, 3)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            check_len(v, str, None, None, p)
            st.write(w, 'MimeType', v)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_4)
        p = ''
        if s == 0:
            w.bits(4, 3)
        elif s == 1:
            w.bits(3, 3)
        elif s == 2:
            w.bits(2, 3)
        elif s == 3:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_6(r, st, cls):
    f_Encoding = None
    f_Id = None
    f_MimeType = None
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'Encoding'
            v = st.read(r, 'Encoding')
            f_Encoding = v
        elif c == 1:
            s = 2
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        elif c == 2:
            s = 3
            p = 'MimeType'
            v = st.read(r, 'MimeType')
            f_MimeType = v
        elif c == 3:
            s = 3
            p = 'content'
            f_content.append(dec_wildcard(r, st))
        elif c == 4:
            s = -1
        elif c == 5:
            s = 3
            p = 'content'
            f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}ObjectType'))
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(3)
            if c == 0:
                s = 2
                p = 'Id'
                v = st.read(r, 'Id')
                f_Id = v
            elif c == 1:
                s = 3
                p = 'MimeType'
                v = st.read(r, 'MimeType')
                f_MimeType = v
            elif c == 2:
                s = 3
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 3:
                s = -1
            elif c == 4:
                s = 3
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}ObjectType'))
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(3)
            if c == 0:
                s = 3
                p = 'MimeType'
                v = st.read(r, 'MimeType')
                f_MimeType = v
            elif c == 1:
                s = 3
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 2:
                s = -1
            elif c == 3:
                s = 3
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}ObjectType'))
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 3:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 1:
                s = -1
            elif c == 2:
                s = 3
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}ObjectType'))
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
    o.Encoding = f_Encoding
    o.Id = f_Id
    o.MimeType = f_MimeType
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}PGPDataType


def e_7(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PGPKeyID'
        v = o.PGPKeyID
        if v is not None:
            s = 1
            w.binary_el(v, None, None, 0, 2)
        p = 'PGPKeyPacket'
        v = o.PGPKeyPacket
        if v is not None:
            if s == 0:
                w.bits(1, 2)
                s = 2
            elif s == 1:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_5)
        p = ''
        if s == 1:
            w.bits(2, 2)
        elif s == 2:
            w.bits(1, 2)
        elif s == 3:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_7(r, st, cls):
    f_PGPKeyID = None
    f_PGPKeyPacket = None
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'PGPKeyID'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', from_base64, b'')
            else:
                v = r.binary_ee()
            f_PGPKeyID = v
        elif c == 1:
            s = 2
            p = 'PGPKeyPacket'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', from_base64, b'')
            else:
                v = r.binary_ee()
            f_PGPKeyPacket = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'PGPKeyPacket'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_PGPKeyPacket = v
            elif c == 1:
                s = 3
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 3:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'content'
                f_content.append(dec_wildcard(r, st))
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
    o.PGPKeyID = f_PGPKeyID
    o.PGPKeyPacket = f_PGPKeyPacket
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}RSAKeyValueType


def e_8(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Modulus'
        v = o.Modulus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, None, None, 0, 1)
        p = 'Exponent'
        v = o.Exponent
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.binary_el(v, None, None, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_8(r, st, cls):
    f_Modulus = None
    f_Exponent = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Modulus'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}Modulus', from_base64, b'')
        else:
            v = r.binary_ee()
        f_Modulus = v
        s = 2
        p = 'Exponent'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}Exponent', from_base64, b'')
        else:
            v = r.binary_ee()
        f_Exponent = v
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
    o.Modulus = f_Modulus
    o.Exponent = f_Exponent
    return o


# {http://www.w3.org/2000/09/xmldsig#}ReferenceType


def e_9(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Id'
        v = o.Id
        if v is not None:
            w.bits(0, 3)
            s = 1
            check_len(v, str, None, None, p)
            st.write(w, 'Id', v)
        p = 'Type'
        v = o.Type
        if v is not None:
            if s == 0:
                w.bits(1, 3)
                s = 2
            elif s == 1:
                w.bits(0, 3)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            check_len(v, str, None, None, p)
            st.write(w, 'Type', v)
        p = 'URI'
        v = o.URI
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
            check_len(v, str, None, None, p)
            st.write(w, 'URI', v)
        p = 'Transforms'
        v = o.Transforms
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
            e_19(w, v, st)
        p = 'DigestMethod'
        v = o.DigestMethod
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
        e_2(w, v, st)
        p = 'DigestValue'
        v = o.DigestValue
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 6
        w.binary_el(v, None, None, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_9(r, st, cls):
    f_Id = None
    f_Type = None
    f_URI = None
    f_Transforms = None
    f_DigestMethod = None
    f_DigestValue = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, 'Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'Type'
            v = st.read(r, 'Type')
            f_Type = v
        elif c == 2:
            s = 3
            p = 'URI'
            v = st.read(r, 'URI')
            f_URI = v
        elif c == 3:
            s = 4
            p = 'Transforms'
            v = d_19(r, st, _m_xmldsig.TransformsType)
            f_Transforms = v
        elif c == 4:
            s = 5
            p = 'DigestMethod'
            v = d_2(r, st, _m_xmldsig.DigestMethodType)
            f_DigestMethod = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(3)
            if c == 0:
                s = 2
                p = 'Type'
                v = st.read(r, 'Type')
                f_Type = v
            elif c == 1:
                s = 3
                p = 'URI'
                v = st.read(r, 'URI')
                f_URI = v
            elif c == 2:
                s = 4
                p = 'Transforms'
                v = d_19(r, st, _m_xmldsig.TransformsType)
                f_Transforms = v
            elif c == 3:
                s = 5
                p = 'DigestMethod'
                v = d_2(r, st, _m_xmldsig.DigestMethodType)
                f_DigestMethod = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'URI'
                v = st.read(r, 'URI')
                f_URI = v
            elif c == 1:
                s = 4
                p = 'Transforms'
                v = d_19(r, st, _m_xmldsig.TransformsType)
                f_Transforms = v
            elif c == 2:
                s = 5
                p = 'DigestMethod'
                v = d_2(r, st, _m_xmldsig.DigestMethodType)
                f_DigestMethod = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'Transforms'
                v = d_19(r, st, _m_xmldsig.TransformsType)
                f_Transforms = v
            elif c == 1:
                s = 5
                p = 'DigestMethod'
                v = d_2(r, st, _m_xmldsig.DigestMethodType)
                f_DigestMethod = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'DigestMethod'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_2(r, st, _m_xmldsig.DigestMethodType)
            f_DigestMethod = v
        s = 6
        p = 'DigestValue'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}DigestValue', from_base64, b'')
        else:
            v = r.binary_ee()
        f_DigestValue = v
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
    o.Type = f_Type
    o.URI = f_URI
    o.Transforms = f_Transforms
    o.DigestMethod = f_DigestMethod
    o.DigestValue = f_DigestValue
    return o


# {http://www.w3.org/2000/09/xmldsig#}RetrievalMethodType


def e_10(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Type'
        v = o.Type
        if v is not None:
            w.bits(0, 3)
            s = 1
            check_len(v, str, None, None, p)
            st.write(w, 'Type', v)
        p = 'URI'
        v = o.URI
        if v is not None:
            if s == 0:
                w.bits(1, 3)
                s = 2
            elif s == 1:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            check_len(v, str, None, None, p)
            st.write(w, 'URI', v)
        p = 'Transforms'
        v = o.Transforms
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
            e_19(w, v, st)
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


def d_10(r, st, cls):
    f_Type = None
    f_URI = None
    f_Transforms = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'Type'
            v = st.read(r, 'Type')
            f_Type = v
        elif c == 1:
            s = 2
            p = 'URI'
            v = st.read(r, 'URI')
            f_URI = v
        elif c == 2:
            s = 3
            p = 'Transforms'
            v = d_19(r, st, _m_xmldsig.TransformsType)
            f_Transforms = v
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'URI'
                v = st.read(r, 'URI')
                f_URI = v
            elif c == 1:
                s = 3
                p = 'Transforms'
                v = d_19(r, st, _m_xmldsig.TransformsType)
                f_Transforms = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'Transforms'
                v = d_19(r, st, _m_xmldsig.TransformsType)
                f_Transforms = v
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
    o.Type = f_Type
    o.URI = f_URI
    o.Transforms = f_Transforms
    return o


# {http://www.w3.org/2000/09/xmldsig#}SPKIDataType


def e_11(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SPKISexp'
        v = o.SPKISexp
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
                w.bits(0, 2)
                s = 1
            elif s == 2:
                w.bits(0, 2)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_6)
        p = ''
        if s == 1:
            w.bits(2, 2)
        elif s == 2:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_11(r, st, cls):
    f_SPKISexp = []
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        while s >= 0:
            if s == 0:
                s = 1
                p = 'SPKISexp'
                c = r.bits(2)
                if c:
                    if c != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_SPKISexp.append(v)
            if s == 1:
                c = r.bits(2)
                if c == 0:
                    s = 1
                    p = 'SPKISexp'
                    c = r.bits(1)
                    if c:
                        v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', from_base64, b'')
                    else:
                        v = r.binary_ee()
                    f_SPKISexp.append(v)
                elif c == 1:
                    s = 2
                    p = 'content'
                    f_content.append(dec_wildcard(r, st))
                elif c == 2:
                    s = -1
                else:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            if s == 2:
                c = r.bits(2)
                if c == 0:
                    s = 1
                    p = 'SPKISexp'
                    c = r.bits(1)
                    if c:
                        v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', from_base64, b'')
                    else:
                        v = r.binary_ee()
                    f_SPKISexp.append(v)
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
    o.SPKISexp = f_SPKISexp
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}SignatureMethodType


def e_12(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Algorithm'
        v = o.Algorithm
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        check_len(v, str, None, None, p)
        st.write(w, 'Algorithm', v)
        p = 'HMACOutputLength'
        v = o.HMACOutputLength
        if v is not None:
            s = 2
            w.sint_ee(v if type(v) is int else check_int(v, None, None, p), 0, 4)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_7)
        p = ''
        if s == 1:
            w.bits(2, 3)
        elif s == 2:
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
    f_Algorithm = None
    f_HMACOutputLength = None
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Algorithm'
            v = st.read(r, 'Algorithm')
            f_Algorithm = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 1:
            c = r.bits(3)
            if c == 0:
                s = 2
                p = 'HMACOutputLength'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', int)
                f_HMACOutputLength = v
            elif c == 1:
                s = 2
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 2:
                s = -1
            elif c == 3:
                s = 1
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}SignatureMethodType'))
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 1:
                s = -1
            elif c == 2:
                s = 2
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}SignatureMethodType'))
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
    o.Algorithm = f_Algorithm
    o.HMACOutputLength = f_HMACOutputLength
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}SignaturePropertiesType


def e_13(w, o, st):
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
        p = 'SignatureProperty'
        v = o.SignatureProperty
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 0:
                w.bits(1, 2)
                s = 2
            elif s == 1:
                w.bits(0, 1)
                s = 2
            elif s == 2:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_14(w, v, st)
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


def d_13(r, st, cls):
    f_Id = None
    f_SignatureProperty = []
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
            p = 'SignatureProperty'
            v = d_14(r, st, _m_xmldsig.SignaturePropertyType)
            f_SignatureProperty.append(v)
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'SignatureProperty'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_14(r, st, _m_xmldsig.SignaturePropertyType)
            f_SignatureProperty.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'SignatureProperty'
                v = d_14(r, st, _m_xmldsig.SignaturePropertyType)
                f_SignatureProperty.append(v)
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
    o.SignatureProperty = f_SignatureProperty
    return o


# {http://www.w3.org/2000/09/xmldsig#}SignaturePropertyType


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
        p = 'Target'
        v = o.Target
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
        check_len(v, str, None, None, p)
        st.write(w, 'Target', v)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_8)
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


def d_14(r, st, cls):
    f_Id = None
    f_Target = None
    f_content = []
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
            p = 'Target'
            v = st.read(r, 'Target')
            f_Target = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(1)
            if c == 0:
                s = 2
                p = 'Target'
                v = st.read(r, 'Target')
                f_Target = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 1:
                s = 2
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}SignaturePropertyType'))
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 3:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 1:
                s = -1
            elif c == 2:
                s = 3
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}SignaturePropertyType'))
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
    o.Target = f_Target
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}SignatureType


def e_15(w, o, st):
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
        p = 'SignedInfo'
        v = o.SignedInfo
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
        e_17(w, v, st)
        p = 'SignatureValue'
        v = o.SignatureValue
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_16(w, v, st)
        p = 'KeyInfo'
        v = o.KeyInfo
        if v is not None:
            w.bits(0, 2)
            s = 4
            e_3(w, v, st)
        p = 'Object'
        v = o.Object
        for v in v:
            if s == 3:
                w.bits(1, 2)
                s = 4
            elif s == 4:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_6(w, v, st)
        p = ''
        if s == 3:
            w.bits(2, 2)
        elif s == 4:
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
    f_Id = None
    f_SignedInfo = None
    f_SignatureValue = None
    f_KeyInfo = None
    f_Object = []
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
            p = 'SignedInfo'
            v = d_17(r, st, _m_xmldsig.SignedInfoType)
            f_SignedInfo = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'SignedInfo'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_17(r, st, _m_xmldsig.SignedInfoType)
            f_SignedInfo = v
        s = 3
        p = 'SignatureValue'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_16(r, st, _m_xmldsig.SignatureValueType)
        f_SignatureValue = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'KeyInfo'
            v = d_3(r, st, _m_xmldsig.KeyInfoType)
            f_KeyInfo = v
        elif c == 1:
            s = 4
            p = 'Object'
            v = d_6(r, st, _m_xmldsig.ObjectType)
            f_Object.append(v)
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 4:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'Object'
                v = d_6(r, st, _m_xmldsig.ObjectType)
                f_Object.append(v)
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
    o.SignedInfo = f_SignedInfo
    o.SignatureValue = f_SignatureValue
    o.KeyInfo = f_KeyInfo
    o.Object = f_Object
    return o


# {http://www.w3.org/2000/09/xmldsig#}SignatureValueType


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
            st.write(w, 'Id', v)
        p = 'value'
        v = o.value
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if not v:
            if s == 0:
                w.bits(16, 5)
                s = -2
            elif s == 1:
                w.bits(8, 4)
                s = -2
            else:
                raise EXIEncodeError([], 'text not allowed here')
        else:
            if s == 0:
                w.bits(1, 2)
                s = 2
            elif s == 1:
                w.bits(0, 1)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            check_len(v, bytes, None, None, p)
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


def d_16(r, st, cls):
    f_Id = None
    f_value = None
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
            p = 'value'
            v = r.binary()
            f_value = v
        elif c == 2 and r.bits(3) == 0:
            f_value = b''
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
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


# {http://www.w3.org/2000/09/xmldsig#}SignedInfoType


def e_17(w, o, st):
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
        p = 'CanonicalizationMethod'
        v = o.CanonicalizationMethod
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
        e_0(w, v, st)
        p = 'SignatureMethod'
        v = o.SignatureMethod
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_12(w, v, st)
        p = 'Reference'
        v = o.Reference
        if not v:
            raise EXIEncodeError([], 'required field missing')
        for v in v:
            if s == 3:
                w.bits(0, 1)
                s = 4
            elif s == 4:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_9(w, v, st)
        p = ''
        if s == 4:
            w.bits(1, 2)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_17(r, st, cls):
    f_Id = None
    f_CanonicalizationMethod = None
    f_SignatureMethod = None
    f_Reference = []
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
            p = 'CanonicalizationMethod'
            v = d_0(r, st, _m_xmldsig.CanonicalizationMethodType)
            f_CanonicalizationMethod = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'CanonicalizationMethod'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_0(r, st, _m_xmldsig.CanonicalizationMethodType)
            f_CanonicalizationMethod = v
        s = 3
        p = 'SignatureMethod'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_12(r, st, _m_xmldsig.SignatureMethodType)
        f_SignatureMethod = v
        s = 4
        p = 'Reference'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_9(r, st, _m_xmldsig.ReferenceType)
        f_Reference.append(v)
        while s == 4:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'Reference'
                v = d_9(r, st, _m_xmldsig.ReferenceType)
                f_Reference.append(v)
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
    o.CanonicalizationMethod = f_CanonicalizationMethod
    o.SignatureMethod = f_SignatureMethod
    o.Reference = f_Reference
    return o


# {http://www.w3.org/2000/09/xmldsig#}TransformType


def e_18(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Algorithm'
        v = o.Algorithm
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        check_len(v, str, None, None, p)
        st.write(w, 'Algorithm', v)
        p = 'XPath'
        v = o.XPath
        for v in v:
            if s == 1:
                w.bits(0, 3)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, None)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_9)
        p = ''
        if s == 1:
            w.bits(2, 3)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_18(r, st, cls):
    f_Algorithm = None
    f_XPath = []
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Algorithm'
            v = st.read(r, 'Algorithm')
            f_Algorithm = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 1:
            c = r.bits(3)
            if c == 0:
                s = 1
                p = 'XPath'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}XPath', str, '')
                else:
                    v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}XPath')
                f_XPath.append(v)
            elif c == 1:
                s = 1
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 2:
                s = -1
            elif c == 3:
                s = 1
                p = 'content'
                f_content.append(st.read(r, '{http://www.w3.org/2000/09/xmldsig#}TransformType'))
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
    o.Algorithm = f_Algorithm
    o.XPath = f_XPath
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}TransformsType


def e_19(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Transform'
        v = o.Transform
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
            e_18(w, v, st)
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


def d_19(r, st, cls):
    f_Transform = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Transform'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_18(r, st, _m_xmldsig.TransformType)
        f_Transform.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'Transform'
                v = d_18(r, st, _m_xmldsig.TransformType)
                f_Transform.append(v)
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
    o.Transform = f_Transform
    return o


# {http://www.w3.org/2000/09/xmldsig#}X509DataType


def e_20(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'X509IssuerSerial'
        v = o.X509IssuerSerial
        for v in v:
            if s == 0:
                w.bits(0, 3)
                s = 1
            elif s == 1:
                w.bits(0, 3)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_21(w, v, st)
        p = 'X509SKI'
        v = o.X509SKI
        for v in v:
            if s == 0:
                w.bits(1, 3)
                s = 1
            elif s == 1:
                w.bits(1, 3)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = 'X509SubjectName'
        v = o.X509SubjectName
        for v in v:
            if s == 0:
                w.bits(2, 3)
                s = 1
            elif s == 1:
                w.bits(2, 3)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, None)
        p = 'X509Certificate'
        v = o.X509Certificate
        for v in v:
            if s == 0:
                w.bits(3, 3)
                s = 1
            elif s == 1:
                w.bits(3, 3)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = 'X509CRL'
        v = o.X509CRL
        for v in v:
            if s == 0:
                w.bits(4, 3)
                s = 1
            elif s == 1:
                w.bits(4, 3)
                s = 1
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, None, None)
        p = 'content'
        v = o.content
        if v:
            s = enc_content(w, v, st, s, OPEN_10)
        p = ''
        if s == 1:
            w.bits(6, 3)
        else:
            raise EXIEncodeError([], 'content incomplete: a required field or choice is missing')
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_20(r, st, cls):
    f_X509IssuerSerial = []
    f_X509SKI = []
    f_X509SubjectName = []
    f_X509Certificate = []
    f_X509CRL = []
    f_content = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(3)
        if c == 0:
            s = 1
            p = 'X509IssuerSerial'
            v = d_21(r, st, _m_xmldsig.X509IssuerSerialType)
            f_X509IssuerSerial.append(v)
        elif c == 1:
            s = 1
            p = 'X509SKI'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509SKI', from_base64, b'')
            else:
                v = r.binary_ee()
            f_X509SKI.append(v)
        elif c == 2:
            s = 1
            p = 'X509SubjectName'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', str, '')
            else:
                v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName')
            f_X509SubjectName.append(v)
        elif c == 3:
            s = 1
            p = 'X509Certificate'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', from_base64, b'')
            else:
                v = r.binary_ee()
            f_X509Certificate.append(v)
        elif c == 4:
            s = 1
            p = 'X509CRL'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509CRL', from_base64, b'')
            else:
                v = r.binary_ee()
            f_X509CRL.append(v)
        elif c == 5:
            s = 1
            p = 'content'
            f_content.append(dec_wildcard(r, st))
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        while s == 1:
            c = r.bits(3)
            if c == 0:
                s = 1
                p = 'X509IssuerSerial'
                v = d_21(r, st, _m_xmldsig.X509IssuerSerialType)
                f_X509IssuerSerial.append(v)
            elif c == 1:
                s = 1
                p = 'X509SKI'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509SKI', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_X509SKI.append(v)
            elif c == 2:
                s = 1
                p = 'X509SubjectName'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', str, '')
                else:
                    v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName')
                f_X509SubjectName.append(v)
            elif c == 3:
                s = 1
                p = 'X509Certificate'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_X509Certificate.append(v)
            elif c == 4:
                s = 1
                p = 'X509CRL'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509CRL', from_base64, b'')
                else:
                    v = r.binary_ee()
                f_X509CRL.append(v)
            elif c == 5:
                s = 1
                p = 'content'
                f_content.append(dec_wildcard(r, st))
            elif c == 6:
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
    o.X509IssuerSerial = f_X509IssuerSerial
    o.X509SKI = f_X509SKI
    o.X509SubjectName = f_X509SubjectName
    o.X509Certificate = f_X509Certificate
    o.X509CRL = f_X509CRL
    o.content = f_content
    return o


# {http://www.w3.org/2000/09/xmldsig#}X509IssuerSerialType


def e_21(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'X509IssuerName'
        v = o.X509IssuerName
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.chars_el(v, None, None, 0, 1)
        p = 'X509SerialNumber'
        v = o.X509SerialNumber
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.sint_ee(v if type(v) is int else check_int(v, None, None, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_21(r, st, cls):
    f_X509IssuerName = None
    f_X509SerialNumber = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'X509IssuerName'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', str, '')
        else:
            v = st.read_ee(r, '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName')
        f_X509IssuerName = v
        s = 2
        p = 'X509SerialNumber'
        v = r.uint_ee(3, True)
        if v is None:
            c = r.bits(3)
            if c >> 1 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 1
            v = read_untyped(r, st, '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', int)
        f_X509SerialNumber = v
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
    o.X509IssuerName = f_X509IssuerName
    o.X509SerialNumber = f_X509SerialNumber
    return o


# {http://www.w3.org/2000/09/xmldsig#}DigestValue


def es_0(w, o, st):
    p = 'value'
    v = o.value
    try:
        if not v:
            check_len(v, bytes, None, None, p)
            w.bits(8, 4)
            return
        w.bits(0, 1)
        check_len(v, bytes, None, None, p)
        w.binary(v)
        w.bits(0, 1)
    except EXIEncodeError as x:
        x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p], f'invalid value: {x}') from None


def ds_0(r, st, cls):
    if r.bits(1):
        if r.bits(3):
            raise EXIDecodeError(r.pos, [], 'unsupported second-level event')
        v = b''
    else:
        v = r.binary()
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event after value')
    o = _new(cls)
    o.value = v
    return o


# {http://www.w3.org/2000/09/xmldsig#}KeyName


def es_1(w, o, st):
    p = 'value'
    v = o.value
    try:
        if not v:
            check_len(v, str, None, None, p)
            w.bits(8, 4)
            return
        w.bits(0, 1)
        check_len(v, str, None, None, p)
        st.write(w, '{http://www.w3.org/2000/09/xmldsig#}KeyName', v)
        w.bits(0, 1)
    except EXIEncodeError as x:
        x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p], f'invalid value: {x}') from None


def ds_1(r, st, cls):
    if r.bits(1):
        if r.bits(3):
            raise EXIDecodeError(r.pos, [], 'unsupported second-level event')
        v = ''
    else:
        v = st.read(r, '{http://www.w3.org/2000/09/xmldsig#}KeyName')
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event after value')
    o = _new(cls)
    o.value = v
    return o


# {http://www.w3.org/2000/09/xmldsig#}MgmtData


def es_2(w, o, st):
    p = 'value'
    v = o.value
    try:
        if not v:
            check_len(v, str, None, None, p)
            w.bits(8, 4)
            return
        w.bits(0, 1)
        check_len(v, str, None, None, p)
        st.write(w, '{http://www.w3.org/2000/09/xmldsig#}MgmtData', v)
        w.bits(0, 1)
    except EXIEncodeError as x:
        x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p], f'invalid value: {x}') from None


def ds_2(r, st, cls):
    if r.bits(1):
        if r.bits(3):
            raise EXIDecodeError(r.pos, [], 'unsupported second-level event')
        v = ''
    else:
        v = st.read(r, '{http://www.w3.org/2000/09/xmldsig#}MgmtData')
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event after value')
    o = _new(cls)
    o.value = v
    return o

ELEMENTS = {
    '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (e_0, d_0, _m_xmldsig.CanonicalizationMethod),
    '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (e_1, d_1, _m_xmldsig.DSAKeyValue),
    '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (e_2, d_2, _m_xmldsig.DigestMethod),
    '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (es_0, ds_0, _m_xmldsig.DigestValue),
    '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (e_3, d_3, _m_xmldsig.KeyInfo),
    '{http://www.w3.org/2000/09/xmldsig#}KeyName': (es_1, ds_1, _m_xmldsig.KeyName),
    '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (e_4, d_4, _m_xmldsig.KeyValue),
    '{http://www.w3.org/2000/09/xmldsig#}Manifest': (e_5, d_5, _m_xmldsig.Manifest),
    '{http://www.w3.org/2000/09/xmldsig#}MgmtData': (es_2, ds_2, _m_xmldsig.MgmtData),
    '{http://www.w3.org/2000/09/xmldsig#}Object': (e_6, d_6, _m_xmldsig.Object),
    '{http://www.w3.org/2000/09/xmldsig#}PGPData': (e_7, d_7, _m_xmldsig.PGPData),
    '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue': (e_8, d_8, _m_xmldsig.RSAKeyValue),
    '{http://www.w3.org/2000/09/xmldsig#}Reference': (e_9, d_9, _m_xmldsig.Reference),
    '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod': (e_10, d_10, _m_xmldsig.RetrievalMethod),
    '{http://www.w3.org/2000/09/xmldsig#}SPKIData': (e_11, d_11, _m_xmldsig.SPKIData),
    '{http://www.w3.org/2000/09/xmldsig#}Signature': (e_15, d_15, _m_xmldsig.Signature),
    '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod': (e_12, d_12, _m_xmldsig.SignatureMethod),
    '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties': (e_13, d_13, _m_xmldsig.SignatureProperties),
    '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty': (e_14, d_14, _m_xmldsig.SignatureProperty),
    '{http://www.w3.org/2000/09/xmldsig#}SignatureValue': (e_16, d_16, _m_xmldsig.SignatureValue),
    '{http://www.w3.org/2000/09/xmldsig#}SignedInfo': (e_17, d_17, _m_xmldsig.SignedInfo),
    '{http://www.w3.org/2000/09/xmldsig#}Transform': (e_18, d_18, _m_xmldsig.Transform),
    '{http://www.w3.org/2000/09/xmldsig#}Transforms': (e_19, d_19, _m_xmldsig.Transforms),
    '{http://www.w3.org/2000/09/xmldsig#}X509Data': (e_20, d_20, _m_xmldsig.X509Data),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'http://www.w3.org/2000/09/xmldsig#': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Target', 'Type', 'URI')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
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
    'http://www.w3.org/2000/09/xmldsig#': (
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
    'http://www.w3.org/2000/09/xmldsig#': (
        ('{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{http://www.w3.org/2000/09/xmldsig#}G', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{http://www.w3.org/2000/09/xmldsig#}Object', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{http://www.w3.org/2000/09/xmldsig#}Q', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y'),
        {
            '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (e_0, d_0, _m_xmldsig.CanonicalizationMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (e_1, d_1, _m_xmldsig.DSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (e_2, d_2, _m_xmldsig.DigestMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (es_0, ds_0, _m_xmldsig.DigestValue),
            '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (e_3, d_3, _m_xmldsig.KeyInfo),
            '{http://www.w3.org/2000/09/xmldsig#}KeyName': (es_1, ds_1, _m_xmldsig.KeyName),
            '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (e_4, d_4, _m_xmldsig.KeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}Manifest': (e_5, d_5, _m_xmldsig.Manifest),
            '{http://www.w3.org/2000/09/xmldsig#}MgmtData': (es_2, ds_2, _m_xmldsig.MgmtData),
            '{http://www.w3.org/2000/09/xmldsig#}Object': (e_6, d_6, _m_xmldsig.Object),
            '{http://www.w3.org/2000/09/xmldsig#}PGPData': (e_7, d_7, _m_xmldsig.PGPData),
            '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue': (e_8, d_8, _m_xmldsig.RSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}Reference': (e_9, d_9, _m_xmldsig.Reference),
            '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod': (e_10, d_10, _m_xmldsig.RetrievalMethod),
            '{http://www.w3.org/2000/09/xmldsig#}SPKIData': (e_11, d_11, _m_xmldsig.SPKIData),
            '{http://www.w3.org/2000/09/xmldsig#}Signature': (e_15, d_15, _m_xmldsig.Signature),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod': (e_12, d_12, _m_xmldsig.SignatureMethod),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties': (e_13, d_13, _m_xmldsig.SignatureProperties),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty': (e_14, d_14, _m_xmldsig.SignatureProperty),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureValue': (e_16, d_16, _m_xmldsig.SignatureValue),
            '{http://www.w3.org/2000/09/xmldsig#}SignedInfo': (e_17, d_17, _m_xmldsig.SignedInfo),
            '{http://www.w3.org/2000/09/xmldsig#}Transform': (e_18, d_18, _m_xmldsig.Transform),
            '{http://www.w3.org/2000/09/xmldsig#}Transforms': (e_19, d_19, _m_xmldsig.Transforms),
            '{http://www.w3.org/2000/09/xmldsig#}X509Data': (e_20, d_20, _m_xmldsig.X509Data),
            '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial': (e_21, d_21, _m_xmldsig.X509IssuerSerialType),
        },
    ),
}
