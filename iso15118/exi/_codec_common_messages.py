"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

Codec of urn:iso:std:iso:15118:-20:CommonMessages.
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
from ..messages import common_messages as _m_common_messages
from ..messages import common_types as _m_common_types
from ..messages import xmldsig as _m_xmldsig

ENUM_0 = tuple(_m_common_messages.authorizationType)
EIDX_0 = {m: i for i, m in enumerate(ENUM_0)}
ENUM_1 = tuple(_m_common_types.responseCodeType)
EIDX_1 = {m: i for i, m in enumerate(ENUM_1)}
ENUM_2 = tuple(_m_common_types.processingType)
EIDX_2 = {m: i for i, m in enumerate(ENUM_2)}
ENUM_3 = tuple(_m_common_messages.chargeProgressType)
EIDX_3 = {m: i for i, m in enumerate(ENUM_3)}
ENUM_4 = tuple(_m_common_messages.channelSelectionType)
EIDX_4 = {m: i for i, m in enumerate(ENUM_4)}
ENUM_5 = tuple(_m_common_messages.powerToleranceAcceptanceType)
EIDX_5 = {m: i for i, m in enumerate(ENUM_5)}
ENUM_6 = tuple(_m_common_messages.chargingSessionType)
EIDX_6 = {m: i for i, m in enumerate(ENUM_6)}
ENUM_7 = tuple(_m_common_messages.ecdhCurveType)
EIDX_7 = {m: i for i, m in enumerate(ENUM_7)}
ENUM_8 = tuple(_m_common_messages.evCheckInStatusType)
EIDX_8 = {m: i for i, m in enumerate(ENUM_8)}
ENUM_9 = tuple(_m_common_messages.parkingMethodType)
EIDX_9 = {m: i for i, m in enumerate(ENUM_9)}
ENUM_10 = tuple(_m_common_messages.evCheckOutStatusType)
EIDX_10 = {m: i for i, m in enumerate(ENUM_10)}
ENUM_11 = tuple(_m_common_messages.evseCheckOutStatusType)
EIDX_11 = {m: i for i, m in enumerate(ENUM_11)}


# {urn:iso:std:iso:15118:-20:CommonMessages}AbsolutePriceScheduleType


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
            st.write(w, '{urn:iso:std:iso:15118:-20:CommonMessages}Id', v)
        p = 'TimeAnchor'
        v = o.TimeAnchor
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(2, 3)
            s = 2
        elif s == 1:
            w.bits(0, 2)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p))
        p = 'PriceScheduleID'
        v = o.PriceScheduleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'PriceScheduleDescription'
        v = o.PriceScheduleDescription
        if v is not None:
            s = 4
            w.chars_el(v, None, 160, 0, 2)
        p = 'Currency'
        v = o.Currency
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
        w.chars_el(v, None, 3)
        p = 'Language'
        v = o.Language
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 6
        w.chars_el(v, None, 3, 0, 1)
        p = 'PriceAlgorithm'
        v = o.PriceAlgorithm
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 7
        w.chars_el(v, None, 255, 0, 1)
        p = 'MinimumCost'
        v = o.MinimumCost
        if v is not None:
            w.bits(0, 3)
            s = 8
            _p_common_types.e_15(w, v, st)
        p = 'MaximumCost'
        v = o.MaximumCost
        if v is not None:
            if s == 7:
                w.bits(1, 3)
                s = 9
            elif s == 8:
                w.bits(0, 2)
                s = 9
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'TaxRules'
        v = o.TaxRules
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
            e_78(w, v, st)
        p = 'PriceRuleStacks'
        v = o.PriceRuleStacks
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
        e_45(w, v, st)
        p = 'OverstayRules'
        v = o.OverstayRules
        if v is not None:
            w.bits(0, 2)
            s = 12
            e_31(w, v, st)
        p = 'AdditionalSelectedServices'
        v = o.AdditionalSelectedServices
        if v is not None:
            if s == 11:
                w.bits(1, 2)
                s = 13
            elif s == 12:
                w.bits(0, 2)
                s = 13
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_1(w, v, st)
        p = ''
        if s == 11:
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


def d_0(r, st, cls):
    f_Id = None
    f_TimeAnchor = None
    f_PriceScheduleID = None
    f_PriceScheduleDescription = None
    f_Currency = None
    f_Language = None
    f_PriceAlgorithm = None
    f_MinimumCost = None
    f_MaximumCost = None
    f_TaxRules = None
    f_PriceRuleStacks = None
    f_OverstayRules = None
    f_AdditionalSelectedServices = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'TimeAnchor'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
            f_TimeAnchor = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'TimeAnchor'
            v = r.uint_ee(2)
            if v is None:
                c = r.bits(2)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
            f_TimeAnchor = v
        s = 3
        p = 'PriceScheduleID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleID', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_PriceScheduleID = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'PriceScheduleDescription'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleDescription', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleDescription')
            f_PriceScheduleDescription = v
        elif c == 1:
            s = 5
            p = 'Currency'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Currency', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Currency')
            f_Currency = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'Currency'
            c = r.bits(2)
            if c:
                if c != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Currency', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Currency')
            f_Currency = v
        s = 6
        p = 'Language'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Language', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Language')
        f_Language = v
        s = 7
        p = 'PriceAlgorithm'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceAlgorithm', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceAlgorithm')
        f_PriceAlgorithm = v
        c = r.bits(3)
        if c == 0:
            s = 8
            p = 'MinimumCost'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_MinimumCost = v
        elif c == 1:
            s = 9
            p = 'MaximumCost'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_MaximumCost = v
        elif c == 2:
            s = 10
            p = 'TaxRules'
            v = d_78(r, st, _m_common_messages.TaxRuleListType)
            f_TaxRules = v
        elif c == 3:
            s = 11
            p = 'PriceRuleStacks'
            v = d_45(r, st, _m_common_messages.PriceRuleStackListType)
            f_PriceRuleStacks = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 8:
            c = r.bits(2)
            if c == 0:
                s = 9
                p = 'MaximumCost'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_MaximumCost = v
            elif c == 1:
                s = 10
                p = 'TaxRules'
                v = d_78(r, st, _m_common_messages.TaxRuleListType)
                f_TaxRules = v
            elif c == 2:
                s = 11
                p = 'PriceRuleStacks'
                v = d_45(r, st, _m_common_messages.PriceRuleStackListType)
                f_PriceRuleStacks = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 9:
            c = r.bits(2)
            if c == 0:
                s = 10
                p = 'TaxRules'
                v = d_78(r, st, _m_common_messages.TaxRuleListType)
                f_TaxRules = v
            elif c == 1:
                s = 11
                p = 'PriceRuleStacks'
                v = d_45(r, st, _m_common_messages.PriceRuleStackListType)
                f_PriceRuleStacks = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 10:
            s = 11
            p = 'PriceRuleStacks'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_45(r, st, _m_common_messages.PriceRuleStackListType)
            f_PriceRuleStacks = v
        c = r.bits(2)
        if c == 0:
            s = 12
            p = 'OverstayRules'
            v = d_31(r, st, _m_common_messages.OverstayRuleListType)
            f_OverstayRules = v
        elif c == 1:
            s = 13
            p = 'AdditionalSelectedServices'
            v = d_1(r, st, _m_common_messages.AdditionalServiceListType)
            f_AdditionalSelectedServices = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 12:
            c = r.bits(2)
            if c == 0:
                s = 13
                p = 'AdditionalSelectedServices'
                v = d_1(r, st, _m_common_messages.AdditionalServiceListType)
                f_AdditionalSelectedServices = v
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
    o.Id = f_Id
    o.TimeAnchor = f_TimeAnchor
    o.PriceScheduleID = f_PriceScheduleID
    o.PriceScheduleDescription = f_PriceScheduleDescription
    o.Currency = f_Currency
    o.Language = f_Language
    o.PriceAlgorithm = f_PriceAlgorithm
    o.MinimumCost = f_MinimumCost
    o.MaximumCost = f_MaximumCost
    o.TaxRules = f_TaxRules
    o.PriceRuleStacks = f_PriceRuleStacks
    o.OverstayRules = f_OverstayRules
    o.AdditionalSelectedServices = f_AdditionalSelectedServices
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}AdditionalServiceListType


def e_1(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'AdditionalService'
        v = o.AdditionalService
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 5:
            raise EXIEncodeError([], 'more than 5 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
                cnt = 4
            elif s == 1:
                w.bits(0, 2)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_2(w, v, st)
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
    f_AdditionalService = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 4
        p = 'AdditionalService'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_2(r, st, _m_common_messages.AdditionalServiceType)
        if len(f_AdditionalService) >= 5:
            raise EXIDecodeError(r.pos, [], 'more than 5 items')
        f_AdditionalService.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'AdditionalService'
                v = d_2(r, st, _m_common_messages.AdditionalServiceType)
                if len(f_AdditionalService) >= 5:
                    raise EXIDecodeError(r.pos, [], 'more than 5 items')
                f_AdditionalService.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'AdditionalService'
                v = d_2(r, st, _m_common_messages.AdditionalServiceType)
                if len(f_AdditionalService) >= 5:
                    raise EXIDecodeError(r.pos, [], 'more than 5 items')
                f_AdditionalService.append(v)
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
    o.AdditionalService = f_AdditionalService
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}AdditionalServiceType


def e_2(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceName'
        v = o.ServiceName
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.chars_el(v, None, 80, 0, 1)
        p = 'ServiceFee'
        v = o.ServiceFee
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


def d_2(r, st, cls):
    f_ServiceName = None
    f_ServiceFee = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ServiceName'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceName', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceName')
        f_ServiceName = v
        s = 2
        p = 'ServiceFee'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_ServiceFee = v
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
    o.ServiceName = f_ServiceName
    o.ServiceFee = f_ServiceFee
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationReqType


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
        p = 'SelectedAuthorizationService'
        v = o.SelectedAuthorizationService
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_0, v, p)
        w.bits(0 | (x << 1), 4)
        s = 2
        p = 'EIM_AReqAuthorizationMode'
        v = o.EIM_AReqAuthorizationMode
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_16(w, v, st)
        p = 'PnC_AReqAuthorizationMode'
        v = o.PnC_AReqAuthorizationMode
        if v is not None:
            if s == 2:
                w.bits(1, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_35(w, v, st)
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


def d_3(r, st, cls):
    f_Header = None
    f_SelectedAuthorizationService = None
    f_EIM_AReqAuthorizationMode = None
    f_PnC_AReqAuthorizationMode = None
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
        p = 'SelectedAuthorizationService'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedAuthorizationService', _m_common_messages.authorizationType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 1)]
        f_SelectedAuthorizationService = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'EIM_AReqAuthorizationMode'
            v = d_16(r, st, _m_common_messages.EIM_AReqAuthorizationModeType)
            f_EIM_AReqAuthorizationMode = v
        elif c == 1:
            s = 3
            p = 'PnC_AReqAuthorizationMode'
            v = d_35(r, st, _m_common_messages.PnC_AReqAuthorizationModeType)
            f_PnC_AReqAuthorizationMode = v
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
    o.SelectedAuthorizationService = f_SelectedAuthorizationService
    o.EIM_AReqAuthorizationMode = f_EIM_AReqAuthorizationMode
    o.PnC_AReqAuthorizationMode = f_PnC_AReqAuthorizationMode
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationResType


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
            v = ENUM_1[((c >> 1) & 63)]
        f_ResponseCode = v
        s = 3
        p = 'EVSEProcessing'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 3)]
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


# {urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupReqType


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


# {urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupResType


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
        x = enum_index(EIDX_1, v, p)
        w.bits(0 | (x << 1), 9)
        s = 2
        p = 'AuthorizationServices'
        v = o.AuthorizationServices
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 2:
            raise EXIEncodeError([], 'more than 2 items')
        for v in v:
            x = enum_index(EIDX_0, v, p)
            if s == 2:
                w.bits(0 | (x << 1), 4)
                s = 3
            elif s == 3:
                w.bits(0 | (x << 1), 5)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'CertificateInstallationService'
        v = o.CertificateInstallationService
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
        p = 'EIM_ASResAuthorizationMode'
        v = o.EIM_ASResAuthorizationMode
        if v is not None:
            if s == 5:
                w.bits(0, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_17(w, v, st)
        p = 'PnC_ASResAuthorizationMode'
        v = o.PnC_ASResAuthorizationMode
        if v is not None:
            if s == 5:
                w.bits(1, 2)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_36(w, v, st)
        p = ''
        if s == 6:
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
    f_AuthorizationServices = []
    f_CertificateInstallationService = None
    f_EIM_ASResAuthorizationMode = None
    f_PnC_ASResAuthorizationMode = None
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
        p = 'AuthorizationServices'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationServices', _m_common_messages.authorizationType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_0[((c >> 1) & 1)]
        if len(f_AuthorizationServices) >= 2:
            raise EXIDecodeError(r.pos, [], 'more than 2 items')
        f_AuthorizationServices.append(v)
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'AuthorizationServices'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationServices', _m_common_messages.authorizationType)
            else:
                if ((c >> 1) & 1) >= 2:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_0[((c >> 1) & 1)]
            if len(f_AuthorizationServices) >= 2:
                raise EXIDecodeError(r.pos, [], 'more than 2 items')
            f_AuthorizationServices.append(v)
        elif c == 1:
            s = 5
            p = 'CertificateInstallationService'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationService', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_CertificateInstallationService = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'CertificateInstallationService'
            c = r.bits(4)
            if c & 13:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationService', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_CertificateInstallationService = v
        c = r.bits(2)
        if c == 0:
            s = 6
            p = 'EIM_ASResAuthorizationMode'
            v = d_17(r, st, _m_common_messages.EIM_ASResAuthorizationModeType)
            f_EIM_ASResAuthorizationMode = v
        elif c == 1:
            s = 6
            p = 'PnC_ASResAuthorizationMode'
            v = d_36(r, st, _m_common_messages.PnC_ASResAuthorizationModeType)
            f_PnC_ASResAuthorizationMode = v
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
    o.AuthorizationServices = f_AuthorizationServices
    o.CertificateInstallationService = f_CertificateInstallationService
    o.EIM_ASResAuthorizationMode = f_EIM_ASResAuthorizationMode
    o.PnC_ASResAuthorizationMode = f_PnC_ASResAuthorizationMode
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}CertificateChainType


def e_7(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Certificate'
        v = o.Certificate
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, None, 1600, 0, 1)
        p = 'SubCertificates'
        v = o.SubCertificates
        if v is not None:
            w.bits(0, 2)
            s = 2
            e_75(w, v, st)
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


def d_7(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', from_base64, b'')
        else:
            v = r.binary_ee()
        f_Certificate = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'SubCertificates'
            v = d_75(r, st, _m_common_messages.SubCertificatesType)
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


# {urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationReqType


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
        p = 'OEMProvisioningCertificateChain'
        v = o.OEMProvisioningCertificateChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_72(w, v, st)
        p = 'ListOfRootCertificateIDs'
        v = o.ListOfRootCertificateIDs
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_12(w, v, st)
        p = 'MaximumContractCertificateChains'
        v = o.MaximumContractCertificateChains
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 4
        p = 'PrioritizedEMAIDs'
        v = o.PrioritizedEMAIDs
        if v is not None:
            w.bits(0, 2)
            s = 5
            e_18(w, v, st)
        p = ''
        if s == 4:
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


def d_8(r, st, cls):
    f_Header = None
    f_OEMProvisioningCertificateChain = None
    f_ListOfRootCertificateIDs = None
    f_MaximumContractCertificateChains = None
    f_PrioritizedEMAIDs = None
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
        p = 'OEMProvisioningCertificateChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_72(r, st, _m_common_messages.SignedCertificateChainType)
        f_OEMProvisioningCertificateChain = v
        s = 3
        p = 'ListOfRootCertificateIDs'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_12(r, st, _m_common_types.ListOfRootCertificateIDsType)
        f_ListOfRootCertificateIDs = v
        s = 4
        p = 'MaximumContractCertificateChains'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumContractCertificateChains', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_MaximumContractCertificateChains = v
        c = r.bits(2)
        if c == 0:
            s = 5
            p = 'PrioritizedEMAIDs'
            v = d_18(r, st, _m_common_messages.EMAIDListType)
            f_PrioritizedEMAIDs = v
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
    o.OEMProvisioningCertificateChain = f_OEMProvisioningCertificateChain
    o.ListOfRootCertificateIDs = f_ListOfRootCertificateIDs
    o.MaximumContractCertificateChains = f_MaximumContractCertificateChains
    o.PrioritizedEMAIDs = f_PrioritizedEMAIDs
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationResType


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
        p = 'CPSCertificateChain'
        v = o.CPSCertificateChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_7(w, v, st)
        p = 'SignedInstallationData'
        v = o.SignedInstallationData
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        e_73(w, v, st)
        p = 'RemainingContractCertificateChains'
        v = o.RemainingContractCertificateChains
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 6
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
    f_CPSCertificateChain = None
    f_SignedInstallationData = None
    f_RemainingContractCertificateChains = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 3)]
        f_EVSEProcessing = v
        s = 4
        p = 'CPSCertificateChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_7(r, st, _m_common_messages.CertificateChainType)
        f_CPSCertificateChain = v
        s = 5
        p = 'SignedInstallationData'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_73(r, st, _m_common_messages.SignedInstallationDataType)
        f_SignedInstallationData = v
        s = 6
        p = 'RemainingContractCertificateChains'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}RemainingContractCertificateChains', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_RemainingContractCertificateChains = v
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
    o.CPSCertificateChain = f_CPSCertificateChain
    o.SignedInstallationData = f_SignedInstallationData
    o.RemainingContractCertificateChains = f_RemainingContractCertificateChains
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ChargingScheduleType


def e_10(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PowerSchedule'
        v = o.PowerSchedule
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_41(w, v, st)
        p = 'AbsolutePriceSchedule'
        v = o.AbsolutePriceSchedule
        if v is not None:
            w.bits(0, 2)
            s = 2
            e_0(w, v, st)
        p = 'PriceLevelSchedule'
        v = o.PriceLevelSchedule
        if v is not None:
            if s == 1:
                w.bits(1, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_44(w, v, st)
        p = ''
        if s == 1:
            w.bits(2, 2)
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
    f_PowerSchedule = None
    f_AbsolutePriceSchedule = None
    f_PriceLevelSchedule = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PowerSchedule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_41(r, st, _m_common_messages.PowerScheduleType)
        f_PowerSchedule = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'AbsolutePriceSchedule'
            v = d_0(r, st, _m_common_messages.AbsolutePriceScheduleType)
            f_AbsolutePriceSchedule = v
        elif c == 1:
            s = 2
            p = 'PriceLevelSchedule'
            v = d_44(r, st, _m_common_messages.PriceLevelScheduleType)
            f_PriceLevelSchedule = v
        elif c == 2:
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
    o.PowerSchedule = f_PowerSchedule
    o.AbsolutePriceSchedule = f_AbsolutePriceSchedule
    o.PriceLevelSchedule = f_PriceLevelSchedule
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ContractCertificateChainType


def e_11(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Certificate'
        v = o.Certificate
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, None, 1600, 0, 1)
        p = 'SubCertificates'
        v = o.SubCertificates
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


def d_11(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', from_base64, b'')
        else:
            v = r.binary_ee()
        f_Certificate = v
        s = 2
        p = 'SubCertificates'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_75(r, st, _m_common_messages.SubCertificatesType)
        f_SubCertificates = v
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


# {urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_EVPPTControlModeType


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


# {urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEReqControlModeType


def e_13(w, o, st):
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
        p = 'MinimumSOC'
        v = o.MinimumSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            w.bits(0 | (x << 1), 11)
            s = 2
        p = 'TargetSOC'
        v = o.TargetSOC
        if v is not None:
            x = check_int(v, 0, 100, p) - 0
            if s == 1:
                w.bits(512 | (x << 1), 11)
                s = 3
            elif s == 2:
                w.bits(0 | (x << 1), 11)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
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
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 5
        _p_common_types.e_15(w, v, st)
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        _p_common_types.e_15(w, v, st)
        p = 'EVMaximumV2XEnergyRequest'
        v = o.EVMaximumV2XEnergyRequest
        if v is not None:
            w.bits(0, 2)
            s = 7
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumV2XEnergyRequest'
        v = o.EVMinimumV2XEnergyRequest
        if v is not None:
            if s == 6:
                w.bits(1, 2)
                s = 8
            elif s == 7:
                w.bits(0, 2)
                s = 8
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 6:
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


def d_13(r, st, cls):
    f_DepartureTime = None
    f_MinimumSOC = None
    f_TargetSOC = None
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVMaximumV2XEnergyRequest = None
    f_EVMinimumV2XEnergyRequest = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}DepartureTime', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_DepartureTime = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'MinimumSOC'
            c = r.bits(9)
            if c & 257:
                if c >> 8 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 8
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumSOC', int)
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_TargetSOC = v
        elif c == 2:
            s = 4
            p = 'EVTargetEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
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
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_TargetSOC = v
            elif c == 1:
                s = 4
                p = 'EVTargetEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVTargetEnergyRequest = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'EVTargetEnergyRequest'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        s = 5
        p = 'EVMaximumEnergyRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMaximumEnergyRequest = v
        s = 6
        p = 'EVMinimumEnergyRequest'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EVMinimumEnergyRequest = v
        c = r.bits(2)
        if c == 0:
            s = 7
            p = 'EVMaximumV2XEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumV2XEnergyRequest = v
        elif c == 1:
            s = 8
            p = 'EVMinimumV2XEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumV2XEnergyRequest = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 7:
            c = r.bits(2)
            if c == 0:
                s = 8
                p = 'EVMinimumV2XEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumV2XEnergyRequest = v
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
    o.DepartureTime = f_DepartureTime
    o.MinimumSOC = f_MinimumSOC
    o.TargetSOC = f_TargetSOC
    o.EVTargetEnergyRequest = f_EVTargetEnergyRequest
    o.EVMaximumEnergyRequest = f_EVMaximumEnergyRequest
    o.EVMinimumEnergyRequest = f_EVMinimumEnergyRequest
    o.EVMaximumV2XEnergyRequest = f_EVMaximumV2XEnergyRequest
    o.EVMinimumV2XEnergyRequest = f_EVMinimumV2XEnergyRequest
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEResControlModeType


def e_14(w, o, st):
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
                w.bits(0 | (x << 1), 12)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'AbsolutePriceSchedule'
        v = o.AbsolutePriceSchedule
        if v is not None:
            if s == 0:
                w.bits(3, 3)
                s = 4
            elif s == 1:
                w.bits(2, 3)
                s = 4
            elif s == 2:
                w.bits(1, 3)
                s = 4
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_0(w, v, st)
        p = 'PriceLevelSchedule'
        v = o.PriceLevelSchedule
        if v is not None:
            if s == 0:
                w.bits(4, 3)
                s = 4
            elif s == 1:
                w.bits(3, 3)
                s = 4
            elif s == 2:
                w.bits(2, 3)
                s = 4
            elif s == 3:
                w.bits(1, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_44(w, v, st)
        p = ''
        if s == 0:
            w.bits(5, 3)
        elif s == 1:
            w.bits(4, 3)
        elif s == 2:
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


def d_14(r, st, cls):
    f_DepartureTime = None
    f_MinimumSOC = None
    f_TargetSOC = None
    f_AbsolutePriceSchedule = None
    f_PriceLevelSchedule = None
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}DepartureTime', int)
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumSOC', int)
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetSOC', int)
                if not -128 <= v <= 127:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
            else:
                v = ((c >> 1) & 127)
            f_TargetSOC = v
        elif c == 3:
            s = 4
            p = 'AbsolutePriceSchedule'
            v = d_0(r, st, _m_common_messages.AbsolutePriceScheduleType)
            f_AbsolutePriceSchedule = v
        elif c == 4:
            s = 4
            p = 'PriceLevelSchedule'
            v = d_44(r, st, _m_common_messages.PriceLevelScheduleType)
            f_PriceLevelSchedule = v
        elif c == 5:
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
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumSOC', int)
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
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_TargetSOC = v
            elif c == 2:
                s = 4
                p = 'AbsolutePriceSchedule'
                v = d_0(r, st, _m_common_messages.AbsolutePriceScheduleType)
                f_AbsolutePriceSchedule = v
            elif c == 3:
                s = 4
                p = 'PriceLevelSchedule'
                v = d_44(r, st, _m_common_messages.PriceLevelScheduleType)
                f_PriceLevelSchedule = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(3)
            if c == 0:
                s = 3
                p = 'TargetSOC'
                c = r.bits(9)
                if c & 257:
                    if c >> 8 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 8
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetSOC', int)
                    if not -128 <= v <= 127:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:byte')
                else:
                    v = ((c >> 1) & 127)
                f_TargetSOC = v
            elif c == 1:
                s = 4
                p = 'AbsolutePriceSchedule'
                v = d_0(r, st, _m_common_messages.AbsolutePriceScheduleType)
                f_AbsolutePriceSchedule = v
            elif c == 2:
                s = 4
                p = 'PriceLevelSchedule'
                v = d_44(r, st, _m_common_messages.PriceLevelScheduleType)
                f_PriceLevelSchedule = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'AbsolutePriceSchedule'
                v = d_0(r, st, _m_common_messages.AbsolutePriceScheduleType)
                f_AbsolutePriceSchedule = v
            elif c == 1:
                s = 4
                p = 'PriceLevelSchedule'
                v = d_44(r, st, _m_common_messages.PriceLevelScheduleType)
                f_PriceLevelSchedule = v
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
    o.DepartureTime = f_DepartureTime
    o.MinimumSOC = f_MinimumSOC
    o.TargetSOC = f_TargetSOC
    o.AbsolutePriceSchedule = f_AbsolutePriceSchedule
    o.PriceLevelSchedule = f_PriceLevelSchedule
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SMDTControlModeType


def e_15(w, o, st):
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


def d_15(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonMessages}EIM_AReqAuthorizationModeType


def e_16(w, o, st):
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


def d_16(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonMessages}EIM_ASResAuthorizationModeType


def e_17(w, o, st):
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


def d_17(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonMessages}EMAIDListType


def e_18(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EMAID'
        v = o.EMAID
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
            w.chars_el(v, None, 255)
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


def d_18(r, st, cls):
    f_EMAID = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 7
        p = 'EMAID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EMAID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}EMAID')
        if len(f_EMAID) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_EMAID.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'EMAID'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EMAID', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}EMAID')
                if len(f_EMAID) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_EMAID.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'EMAID'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EMAID', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}EMAID')
                if len(f_EMAID) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_EMAID.append(v)
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
    o.EMAID = f_EMAID
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVAbsolutePriceScheduleType


def e_19(w, o, st):
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
        p = 'Currency'
        v = o.Currency
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.chars_el(v, None, 3, 0, 1)
        p = 'PriceAlgorithm'
        v = o.PriceAlgorithm
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.chars_el(v, None, 255, 0, 1)
        p = 'EVPriceRuleStacks'
        v = o.EVPriceRuleStacks
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_26(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_19(r, st, cls):
    f_TimeAnchor = None
    f_Currency = None
    f_PriceAlgorithm = None
    f_EVPriceRuleStacks = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
        f_TimeAnchor = v
        s = 2
        p = 'Currency'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Currency', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Currency')
        f_Currency = v
        s = 3
        p = 'PriceAlgorithm'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceAlgorithm', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceAlgorithm')
        f_PriceAlgorithm = v
        s = 4
        p = 'EVPriceRuleStacks'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_26(r, st, _m_common_messages.EVPriceRuleStackListType)
        f_EVPriceRuleStacks = v
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
    o.Currency = f_Currency
    o.PriceAlgorithm = f_PriceAlgorithm
    o.EVPriceRuleStacks = f_EVPriceRuleStacks
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVEnergyOfferType


def e_20(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVPowerSchedule'
        v = o.EVPowerSchedule
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        e_25(w, v, st)
        p = 'EVAbsolutePriceSchedule'
        v = o.EVAbsolutePriceSchedule
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_19(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_20(r, st, cls):
    f_EVPowerSchedule = None
    f_EVAbsolutePriceSchedule = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVPowerSchedule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_25(r, st, _m_common_messages.EVPowerScheduleType)
        f_EVPowerSchedule = v
        s = 2
        p = 'EVAbsolutePriceSchedule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_19(r, st, _m_common_messages.EVAbsolutePriceScheduleType)
        f_EVAbsolutePriceSchedule = v
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
    o.EVPowerSchedule = f_EVPowerSchedule
    o.EVAbsolutePriceSchedule = f_EVAbsolutePriceSchedule
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntryListType


def e_21(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVPowerProfileEntry'
        v = o.EVPowerProfileEntry
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 2048:
            raise EXIEncodeError([], 'more than 2048 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
            elif s == 1:
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


def d_21(r, st, cls):
    f_EVPowerProfileEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVPowerProfileEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_40(r, st, _m_common_messages.PowerScheduleEntryType)
        if len(f_EVPowerProfileEntry) >= 2048:
            raise EXIDecodeError(r.pos, [], 'more than 2048 items')
        f_EVPowerProfileEntry.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'EVPowerProfileEntry'
                v = d_40(r, st, _m_common_messages.PowerScheduleEntryType)
                if len(f_EVPowerProfileEntry) >= 2048:
                    raise EXIDecodeError(r.pos, [], 'more than 2048 items')
                f_EVPowerProfileEntry.append(v)
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
    o.EVPowerProfileEntry = f_EVPowerProfileEntry
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileType


def e_22(w, o, st):
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
        p = 'Dynamic_EVPPTControlMode'
        v = o.Dynamic_EVPPTControlMode
        if v is not None:
            w.bits(0, 2)
            s = 2
            e_12(w, v, st)
        p = 'Scheduled_EVPPTControlMode'
        v = o.Scheduled_EVPPTControlMode
        if v is not None:
            if s == 1:
                w.bits(1, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_52(w, v, st)
        p = 'EVPowerProfileEntries'
        v = o.EVPowerProfileEntries
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 2:
            w.bits(0, 1)
            s = 3
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        e_21(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_22(r, st, cls):
    f_TimeAnchor = None
    f_Dynamic_EVPPTControlMode = None
    f_Scheduled_EVPPTControlMode = None
    f_EVPowerProfileEntries = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
        f_TimeAnchor = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'Dynamic_EVPPTControlMode'
            v = d_12(r, st, _m_common_messages.Dynamic_EVPPTControlModeType)
            f_Dynamic_EVPPTControlMode = v
        elif c == 1:
            s = 2
            p = 'Scheduled_EVPPTControlMode'
            v = d_52(r, st, _m_common_messages.Scheduled_EVPPTControlModeType)
            f_Scheduled_EVPPTControlMode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 3
        p = 'EVPowerProfileEntries'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_21(r, st, _m_common_messages.EVPowerProfileEntryListType)
        f_EVPowerProfileEntries = v
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
    o.Dynamic_EVPPTControlMode = f_Dynamic_EVPPTControlMode
    o.Scheduled_EVPPTControlMode = f_Scheduled_EVPPTControlMode
    o.EVPowerProfileEntries = f_EVPowerProfileEntries
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntryListType


def e_23(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVPowerScheduleEntry'
        v = o.EVPowerScheduleEntry
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
            e_24(w, v, st)
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


def d_23(r, st, cls):
    f_EVPowerScheduleEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVPowerScheduleEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_24(r, st, _m_common_messages.EVPowerScheduleEntryType)
        if len(f_EVPowerScheduleEntry) >= 1024:
            raise EXIDecodeError(r.pos, [], 'more than 1024 items')
        f_EVPowerScheduleEntry.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'EVPowerScheduleEntry'
                v = d_24(r, st, _m_common_messages.EVPowerScheduleEntryType)
                if len(f_EVPowerScheduleEntry) >= 1024:
                    raise EXIDecodeError(r.pos, [], 'more than 1024 items')
                f_EVPowerScheduleEntry.append(v)
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
    o.EVPowerScheduleEntry = f_EVPowerScheduleEntry
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntryType


def e_24(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Duration'
        v = o.Duration
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'Power'
        v = o.Power
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


def d_24(r, st, cls):
    f_Duration = None
    f_Power = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Duration'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_Duration = v
        s = 2
        p = 'Power'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_Power = v
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
    o.Duration = f_Duration
    o.Power = f_Power
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleType


def e_25(w, o, st):
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
        p = 'EVPowerScheduleEntries'
        v = o.EVPowerScheduleEntries
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_23(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_25(r, st, cls):
    f_TimeAnchor = None
    f_EVPowerScheduleEntries = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
        f_TimeAnchor = v
        s = 2
        p = 'EVPowerScheduleEntries'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_23(r, st, _m_common_messages.EVPowerScheduleEntryListType)
        f_EVPowerScheduleEntries = v
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
    o.EVPowerScheduleEntries = f_EVPowerScheduleEntries
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStackListType


def e_26(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EVPriceRuleStack'
        v = o.EVPriceRuleStack
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
            e_27(w, v, st)
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


def d_26(r, st, cls):
    f_EVPriceRuleStack = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EVPriceRuleStack'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_27(r, st, _m_common_messages.EVPriceRuleStackType)
        if len(f_EVPriceRuleStack) >= 1024:
            raise EXIDecodeError(r.pos, [], 'more than 1024 items')
        f_EVPriceRuleStack.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'EVPriceRuleStack'
                v = d_27(r, st, _m_common_messages.EVPriceRuleStackType)
                if len(f_EVPriceRuleStack) >= 1024:
                    raise EXIDecodeError(r.pos, [], 'more than 1024 items')
                f_EVPriceRuleStack.append(v)
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
    o.EVPriceRuleStack = f_EVPriceRuleStack
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStackType


def e_27(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Duration'
        v = o.Duration
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'EVPriceRule'
        v = o.EVPriceRule
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 8:
            raise EXIEncodeError([], 'more than 8 items')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
                cnt = 7
            elif s == 2:
                w.bits(0, 2)
                cnt -= 1
                s = 3 if cnt == 1 else 2
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_28(w, v, st)
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


def d_27(r, st, cls):
    f_Duration = None
    f_EVPriceRule = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Duration'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_Duration = v
        s = 2
        cnt = 7
        p = 'EVPriceRule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_28(r, st, _m_common_messages.EVPriceRuleType)
        if len(f_EVPriceRule) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_EVPriceRule.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 3 if cnt == 1 else 2
                p = 'EVPriceRule'
                v = d_28(r, st, _m_common_messages.EVPriceRuleType)
                if len(f_EVPriceRule) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_EVPriceRule.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'EVPriceRule'
                v = d_28(r, st, _m_common_messages.EVPriceRuleType)
                if len(f_EVPriceRule) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_EVPriceRule.append(v)
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
    o.Duration = f_Duration
    o.EVPriceRule = f_EVPriceRule
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleType


def e_28(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EnergyFee'
        v = o.EnergyFee
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        _p_common_types.e_15(w, v, st)
        p = 'PowerRangeStart'
        v = o.PowerRangeStart
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


def d_28(r, st, cls):
    f_EnergyFee = None
    f_PowerRangeStart = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EnergyFee'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EnergyFee = v
        s = 2
        p = 'PowerRangeStart'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_PowerRangeStart = v
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
    o.EnergyFee = f_EnergyFee
    o.PowerRangeStart = f_PowerRangeStart
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationReqType


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
        p = 'SignedMeteringData'
        v = o.SignedMeteringData
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_74(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_29(r, st, cls):
    f_Header = None
    f_SignedMeteringData = None
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
        p = 'SignedMeteringData'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_74(r, st, _m_common_messages.SignedMeteringDataType)
        f_SignedMeteringData = v
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
    o.SignedMeteringData = f_SignedMeteringData
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationResType


def e_30(w, o, st):
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
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_30(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleListType


def e_31(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'OverstayTimeThreshold'
        v = o.OverstayTimeThreshold
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 3)
        p = 'OverstayPowerThreshold'
        v = o.OverstayPowerThreshold
        if v is not None:
            if s == 0:
                w.bits(1, 2)
                s = 2
            elif s == 1:
                w.bits(0, 2)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'OverstayRule'
        v = o.OverstayRule
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 5:
            raise EXIEncodeError([], 'more than 5 items')
        for v in v:
            if s == 0:
                w.bits(2, 2)
                s = 3
                cnt = 4
            elif s == 1:
                w.bits(1, 2)
                s = 3
                cnt = 4
            elif s == 2:
                w.bits(0, 1)
                s = 3
                cnt = 4
            elif s == 3:
                w.bits(0, 2)
                cnt -= 1
                s = 4 if cnt == 1 else 3
            elif s == 4:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_32(w, v, st)
        p = ''
        if s == 3:
            w.bits(1, 2)
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


def d_31(r, st, cls):
    f_OverstayTimeThreshold = None
    f_OverstayPowerThreshold = None
    f_OverstayRule = []
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'OverstayTimeThreshold'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayTimeThreshold', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_OverstayTimeThreshold = v
        elif c == 1:
            s = 2
            p = 'OverstayPowerThreshold'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_OverstayPowerThreshold = v
        elif c == 2:
            s = 3
            cnt = 4
            p = 'OverstayRule'
            v = d_32(r, st, _m_common_messages.OverstayRuleType)
            if len(f_OverstayRule) >= 5:
                raise EXIDecodeError(r.pos, [], 'more than 5 items')
            f_OverstayRule.append(v)
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(2)
            if c == 0:
                s = 2
                p = 'OverstayPowerThreshold'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_OverstayPowerThreshold = v
            elif c == 1:
                s = 3
                cnt = 4
                p = 'OverstayRule'
                v = d_32(r, st, _m_common_messages.OverstayRuleType)
                if len(f_OverstayRule) >= 5:
                    raise EXIDecodeError(r.pos, [], 'more than 5 items')
                f_OverstayRule.append(v)
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            s = 3
            cnt = 4
            p = 'OverstayRule'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_32(r, st, _m_common_messages.OverstayRuleType)
            if len(f_OverstayRule) >= 5:
                raise EXIDecodeError(r.pos, [], 'more than 5 items')
            f_OverstayRule.append(v)
        while s == 3:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 4 if cnt == 1 else 3
                p = 'OverstayRule'
                v = d_32(r, st, _m_common_messages.OverstayRuleType)
                if len(f_OverstayRule) >= 5:
                    raise EXIDecodeError(r.pos, [], 'more than 5 items')
                f_OverstayRule.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'OverstayRule'
                v = d_32(r, st, _m_common_messages.OverstayRuleType)
                if len(f_OverstayRule) >= 5:
                    raise EXIDecodeError(r.pos, [], 'more than 5 items')
                f_OverstayRule.append(v)
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
    o.OverstayTimeThreshold = f_OverstayTimeThreshold
    o.OverstayPowerThreshold = f_OverstayPowerThreshold
    o.OverstayRule = f_OverstayRule
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleType


def e_32(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'OverstayRuleDescription'
        v = o.OverstayRuleDescription
        if v is not None:
            s = 1
            w.chars_el(v, None, 160, 0, 2)
        p = 'StartTime'
        v = o.StartTime
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(2, 3)
            s = 2
        elif s == 1:
            w.bits(0, 2)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p))
        p = 'OverstayFee'
        v = o.OverstayFee
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_15(w, v, st)
        p = 'OverstayFeePeriod'
        v = o.OverstayFeePeriod
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 4
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_32(r, st, cls):
    f_OverstayRuleDescription = None
    f_StartTime = None
    f_OverstayFee = None
    f_OverstayFeePeriod = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'OverstayRuleDescription'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleDescription', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleDescription')
            f_OverstayRuleDescription = v
        elif c == 1:
            s = 2
            p = 'StartTime'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}StartTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_StartTime = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'StartTime'
            v = r.uint_ee(2)
            if v is None:
                c = r.bits(2)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}StartTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_StartTime = v
        s = 3
        p = 'OverstayFee'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_OverstayFee = v
        s = 4
        p = 'OverstayFeePeriod'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayFeePeriod', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_OverstayFeePeriod = v
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
    o.OverstayRuleDescription = f_OverstayRuleDescription
    o.StartTime = f_StartTime
    o.OverstayFee = f_OverstayFee
    o.OverstayFeePeriod = f_OverstayFeePeriod
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ParameterSetType


def e_33(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ParameterSetID'
        v = o.ParameterSetID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'Parameter'
        v = o.Parameter
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 32:
            raise EXIEncodeError([], 'more than 32 items')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
                cnt = 31
            elif s == 2:
                w.bits(0, 2)
                cnt -= 1
                s = 3 if cnt == 1 else 2
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_34(w, v, st)
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


def d_33(r, st, cls):
    f_ParameterSetID = None
    f_Parameter = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ParameterSetID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSetID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ParameterSetID = v
        s = 2
        cnt = 31
        p = 'Parameter'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_34(r, st, _m_common_messages.ParameterType)
        if len(f_Parameter) >= 32:
            raise EXIDecodeError(r.pos, [], 'more than 32 items')
        f_Parameter.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 3 if cnt == 1 else 2
                p = 'Parameter'
                v = d_34(r, st, _m_common_messages.ParameterType)
                if len(f_Parameter) >= 32:
                    raise EXIDecodeError(r.pos, [], 'more than 32 items')
                f_Parameter.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'Parameter'
                v = d_34(r, st, _m_common_messages.ParameterType)
                if len(f_Parameter) >= 32:
                    raise EXIDecodeError(r.pos, [], 'more than 32 items')
                f_Parameter.append(v)
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
    o.ParameterSetID = f_ParameterSetID
    o.Parameter = f_Parameter
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ParameterType


def e_34(w, o, st):
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
        check_len(v, str, None, 80, p)
        st.write(w, '{urn:iso:std:iso:15118:-20:CommonMessages}Name', v)
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
        p = 'rationalNumber'
        v = o.rationalNumber
        if v is not None:
            if s == 1:
                w.bits(4, 3)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'finiteString'
        v = o.finiteString
        if v is not None:
            if s == 1:
                w.bits(5, 3)
                s = 2
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, 80)
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


def d_34(r, st, cls):
    f_Name = None
    f_boolValue = None
    f_byteValue = None
    f_shortValue = None
    f_intValue = None
    f_rationalNumber = None
    f_finiteString = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Name'
            v = st.read(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Name')
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}boolValue', to_bool)
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}byteValue', int)
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}shortValue', int)
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}intValue', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:int')
            f_intValue = v
        elif c == 4:
            s = 2
            p = 'rationalNumber'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_rationalNumber = v
        elif c == 5:
            s = 2
            p = 'finiteString'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}finiteString', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}finiteString')
            f_finiteString = v
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
    o.rationalNumber = f_rationalNumber
    o.finiteString = f_finiteString
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PnC_AReqAuthorizationModeType


def e_35(w, o, st):
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
        st.write(w, '{urn:iso:std:iso:15118:-20:CommonMessages}Id', v)
        p = 'GenChallenge'
        v = o.GenChallenge
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.binary_el(v, 16, 16, 0, 1)
        p = 'ContractCertificateChain'
        v = o.ContractCertificateChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        e_11(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_35(r, st, cls):
    f_Id = None
    f_GenChallenge = None
    f_ContractCertificateChain = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'GenChallenge'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}GenChallenge', from_base64, b'')
        else:
            v = r.binary_ee()
        f_GenChallenge = v
        s = 3
        p = 'ContractCertificateChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_11(r, st, _m_common_messages.ContractCertificateChainType)
        f_ContractCertificateChain = v
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
    o.ContractCertificateChain = f_ContractCertificateChain
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PnC_ASResAuthorizationModeType


def e_36(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'GenChallenge'
        v = o.GenChallenge
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.binary_el(v, 16, 16, 0, 1)
        p = 'SupportedProviders'
        v = o.SupportedProviders
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


def d_36(r, st, cls):
    f_GenChallenge = None
    f_SupportedProviders = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'GenChallenge'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}GenChallenge', from_base64, b'')
        else:
            v = r.binary_ee()
        f_GenChallenge = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'SupportedProviders'
            v = d_76(r, st, _m_common_messages.SupportedProvidersListType)
            f_SupportedProviders = v
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
    o.GenChallenge = f_GenChallenge
    o.SupportedProviders = f_SupportedProviders
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryReqType


def e_37(w, o, st):
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
        x = enum_index(EIDX_2, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'ChargeProgress'
        v = o.ChargeProgress
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_3, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = 'EVPowerProfile'
        v = o.EVPowerProfile
        if v is not None:
            w.bits(0, 2)
            s = 4
            e_22(w, v, st)
        p = 'BPT_ChannelSelection'
        v = o.BPT_ChannelSelection
        if v is not None:
            x = enum_index(EIDX_4, v, p)
            if s == 3:
                w.bits(8 | (x << 1), 5)
                s = 5
            elif s == 4:
                w.bits(0 | (x << 1), 5)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = ''
        if s == 3:
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


def d_37(r, st, cls):
    f_Header = None
    f_EVProcessing = None
    f_ChargeProgress = None
    f_EVPowerProfile = None
    f_BPT_ChannelSelection = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 3)]
        f_EVProcessing = v
        s = 3
        p = 'ChargeProgress'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ChargeProgress', _m_common_messages.chargeProgressType)
        else:
            if ((c >> 1) & 3) >= 4:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_3[((c >> 1) & 3)]
        f_ChargeProgress = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'EVPowerProfile'
            v = d_22(r, st, _m_common_messages.EVPowerProfileType)
            f_EVPowerProfile = v
        elif c == 1:
            s = 5
            p = 'BPT_ChannelSelection'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}BPT_ChannelSelection', _m_common_messages.channelSelectionType)
            else:
                if ((c >> 1) & 1) >= 2:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_4[((c >> 1) & 1)]
            f_BPT_ChannelSelection = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'BPT_ChannelSelection'
                c = r.bits(3)
                if c & 5:
                    if c >> 2 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 2
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}BPT_ChannelSelection', _m_common_messages.channelSelectionType)
                else:
                    if ((c >> 1) & 1) >= 2:
                        raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                    v = ENUM_4[((c >> 1) & 1)]
                f_BPT_ChannelSelection = v
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
    o.EVProcessing = f_EVProcessing
    o.ChargeProgress = f_ChargeProgress
    o.EVPowerProfile = f_EVPowerProfile
    o.BPT_ChannelSelection = f_BPT_ChannelSelection
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryResType


def e_38(w, o, st):
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
        p = 'EVSEStatus'
        v = o.EVSEStatus
        if v is not None:
            w.bits(0, 2)
            s = 3
            _p_common_types.e_11(w, v, st)
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


def d_38(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEStatus = None
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
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'EVSEStatus'
            v = _p_common_types.d_11(r, st, _m_common_types.EVSEStatusType)
            f_EVSEStatus = v
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
    o.Header = f_Header
    o.ResponseCode = f_ResponseCode
    o.EVSEStatus = f_EVSEStatus
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntryListType


def e_39(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PowerScheduleEntry'
        v = o.PowerScheduleEntry
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
    f_PowerScheduleEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PowerScheduleEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_40(r, st, _m_common_messages.PowerScheduleEntryType)
        if len(f_PowerScheduleEntry) >= 1024:
            raise EXIDecodeError(r.pos, [], 'more than 1024 items')
        f_PowerScheduleEntry.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'PowerScheduleEntry'
                v = d_40(r, st, _m_common_messages.PowerScheduleEntryType)
                if len(f_PowerScheduleEntry) >= 1024:
                    raise EXIDecodeError(r.pos, [], 'more than 1024 items')
                f_PowerScheduleEntry.append(v)
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
    o.PowerScheduleEntry = f_PowerScheduleEntry
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntryType


def e_40(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Duration'
        v = o.Duration
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'Power'
        v = o.Power
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        _p_common_types.e_15(w, v, st)
        p = 'Power_L2'
        v = o.Power_L2
        if v is not None:
            w.bits(0, 2)
            s = 3
            _p_common_types.e_15(w, v, st)
        p = 'Power_L3'
        v = o.Power_L3
        if v is not None:
            if s == 2:
                w.bits(1, 2)
                s = 4
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = ''
        if s == 2:
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


def d_40(r, st, cls):
    f_Duration = None
    f_Power = None
    f_Power_L2 = None
    f_Power_L3 = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Duration'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_Duration = v
        s = 2
        p = 'Power'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_Power = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'Power_L2'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_Power_L2 = v
        elif c == 1:
            s = 4
            p = 'Power_L3'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_Power_L3 = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'Power_L3'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_Power_L3 = v
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
    o.Duration = f_Duration
    o.Power = f_Power
    o.Power_L2 = f_Power_L2
    o.Power_L3 = f_Power_L3
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleType


def e_41(w, o, st):
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
        p = 'AvailableEnergy'
        v = o.AvailableEnergy
        if v is not None:
            w.bits(0, 2)
            s = 2
            _p_common_types.e_15(w, v, st)
        p = 'PowerTolerance'
        v = o.PowerTolerance
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
        p = 'PowerScheduleEntries'
        v = o.PowerScheduleEntries
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
        e_39(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_41(r, st, cls):
    f_TimeAnchor = None
    f_AvailableEnergy = None
    f_PowerTolerance = None
    f_PowerScheduleEntries = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
        f_TimeAnchor = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'AvailableEnergy'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_AvailableEnergy = v
        elif c == 1:
            s = 3
            p = 'PowerTolerance'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_PowerTolerance = v
        elif c == 2:
            s = 4
            p = 'PowerScheduleEntries'
            v = d_39(r, st, _m_common_messages.PowerScheduleEntryListType)
            f_PowerScheduleEntries = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'PowerTolerance'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_PowerTolerance = v
            elif c == 1:
                s = 4
                p = 'PowerScheduleEntries'
                v = d_39(r, st, _m_common_messages.PowerScheduleEntryListType)
                f_PowerScheduleEntries = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            s = 4
            p = 'PowerScheduleEntries'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = d_39(r, st, _m_common_messages.PowerScheduleEntryListType)
            f_PowerScheduleEntries = v
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
    o.AvailableEnergy = f_AvailableEnergy
    o.PowerTolerance = f_PowerTolerance
    o.PowerScheduleEntries = f_PowerScheduleEntries
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntryListType


def e_42(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PriceLevelScheduleEntry'
        v = o.PriceLevelScheduleEntry
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
            e_43(w, v, st)
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


def d_42(r, st, cls):
    f_PriceLevelScheduleEntry = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PriceLevelScheduleEntry'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_43(r, st, _m_common_messages.PriceLevelScheduleEntryType)
        if len(f_PriceLevelScheduleEntry) >= 1024:
            raise EXIDecodeError(r.pos, [], 'more than 1024 items')
        f_PriceLevelScheduleEntry.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'PriceLevelScheduleEntry'
                v = d_43(r, st, _m_common_messages.PriceLevelScheduleEntryType)
                if len(f_PriceLevelScheduleEntry) >= 1024:
                    raise EXIDecodeError(r.pos, [], 'more than 1024 items')
                f_PriceLevelScheduleEntry.append(v)
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
    o.PriceLevelScheduleEntry = f_PriceLevelScheduleEntry
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntryType


def e_43(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Duration'
        v = o.Duration
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'PriceLevel'
        v = o.PriceLevel
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        w.bits(0 | (x << 1), 11)
        s = 2
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_43(r, st, cls):
    f_Duration = None
    f_PriceLevel = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Duration'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_Duration = v
        s = 2
        p = 'PriceLevel'
        c = r.bits(11)
        if c & 1537:
            if c >> 9 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 9
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevel', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
        else:
            v = ((c >> 1) & 255)
        f_PriceLevel = v
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
    o.Duration = f_Duration
    o.PriceLevel = f_PriceLevel
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleType


def e_44(w, o, st):
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
            st.write(w, '{urn:iso:std:iso:15118:-20:CommonMessages}Id', v)
        p = 'TimeAnchor'
        v = o.TimeAnchor
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 0:
            w.bits(2, 3)
            s = 2
        elif s == 1:
            w.bits(0, 2)
            s = 2
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p))
        p = 'PriceScheduleID'
        v = o.PriceScheduleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'PriceScheduleDescription'
        v = o.PriceScheduleDescription
        if v is not None:
            s = 4
            w.chars_el(v, None, 160, 0, 2)
        p = 'NumberOfPriceLevels'
        v = o.NumberOfPriceLevels
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 0, 255, p) - 0
        if s == 3:
            w.bits(1024 | (x << 1), 12)
            s = 5
        elif s == 4:
            w.bits(0 | (x << 1), 11)
            s = 5
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'PriceLevelScheduleEntries'
        v = o.PriceLevelScheduleEntries
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 6
        e_42(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_44(r, st, cls):
    f_Id = None
    f_TimeAnchor = None
    f_PriceScheduleID = None
    f_PriceScheduleDescription = None
    f_NumberOfPriceLevels = None
    f_PriceLevelScheduleEntries = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(2)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Id')
            f_Id = v
        elif c == 1:
            s = 2
            p = 'TimeAnchor'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
            f_TimeAnchor = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            s = 2
            p = 'TimeAnchor'
            v = r.uint_ee(2)
            if v is None:
                c = r.bits(2)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
            f_TimeAnchor = v
        s = 3
        p = 'PriceScheduleID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleID', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_PriceScheduleID = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'PriceScheduleDescription'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleDescription', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleDescription')
            f_PriceScheduleDescription = v
        elif c == 1:
            s = 5
            p = 'NumberOfPriceLevels'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}NumberOfPriceLevels', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255)
            f_NumberOfPriceLevels = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'NumberOfPriceLevels'
            c = r.bits(11)
            if c & 1537:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}NumberOfPriceLevels', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255)
            f_NumberOfPriceLevels = v
        s = 6
        p = 'PriceLevelScheduleEntries'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_42(r, st, _m_common_messages.PriceLevelScheduleEntryListType)
        f_PriceLevelScheduleEntries = v
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
    o.TimeAnchor = f_TimeAnchor
    o.PriceScheduleID = f_PriceScheduleID
    o.PriceScheduleDescription = f_PriceScheduleDescription
    o.NumberOfPriceLevels = f_NumberOfPriceLevels
    o.PriceLevelScheduleEntries = f_PriceLevelScheduleEntries
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStackListType


def e_45(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'PriceRuleStack'
        v = o.PriceRuleStack
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
            e_46(w, v, st)
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


def d_45(r, st, cls):
    f_PriceRuleStack = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'PriceRuleStack'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_46(r, st, _m_common_messages.PriceRuleStackType)
        if len(f_PriceRuleStack) >= 1024:
            raise EXIDecodeError(r.pos, [], 'more than 1024 items')
        f_PriceRuleStack.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                s = 1
                p = 'PriceRuleStack'
                v = d_46(r, st, _m_common_messages.PriceRuleStackType)
                if len(f_PriceRuleStack) >= 1024:
                    raise EXIDecodeError(r.pos, [], 'more than 1024 items')
                f_PriceRuleStack.append(v)
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
    o.PriceRuleStack = f_PriceRuleStack
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStackType


def e_46(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Duration'
        v = o.Duration
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 2)
        p = 'PriceRule'
        v = o.PriceRule
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 8:
            raise EXIEncodeError([], 'more than 8 items')
        for v in v:
            if s == 1:
                w.bits(0, 1)
                s = 2
                cnt = 7
            elif s == 2:
                w.bits(0, 2)
                cnt -= 1
                s = 3 if cnt == 1 else 2
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_47(w, v, st)
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


def d_46(r, st, cls):
    f_Duration = None
    f_PriceRule = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'Duration'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_Duration = v
        s = 2
        cnt = 7
        p = 'PriceRule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_47(r, st, _m_common_messages.PriceRuleType)
        if len(f_PriceRule) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_PriceRule.append(v)
        while s == 2:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 3 if cnt == 1 else 2
                p = 'PriceRule'
                v = d_47(r, st, _m_common_messages.PriceRuleType)
                if len(f_PriceRule) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_PriceRule.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'PriceRule'
                v = d_47(r, st, _m_common_messages.PriceRuleType)
                if len(f_PriceRule) >= 8:
                    raise EXIDecodeError(r.pos, [], 'more than 8 items')
                f_PriceRule.append(v)
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
    o.Duration = f_Duration
    o.PriceRule = f_PriceRule
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleType


def e_47(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'EnergyFee'
        v = o.EnergyFee
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 1
        _p_common_types.e_15(w, v, st)
        p = 'ParkingFee'
        v = o.ParkingFee
        if v is not None:
            w.bits(0, 3)
            s = 2
            _p_common_types.e_15(w, v, st)
        p = 'ParkingFeePeriod'
        v = o.ParkingFeePeriod
        if v is not None:
            if s == 1:
                w.bits(2, 4)
                s = 3
            elif s == 2:
                w.bits(0, 4)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p))
        p = 'CarbonDioxideEmission'
        v = o.CarbonDioxideEmission
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
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p))
        p = 'RenewableGenerationPercentage'
        v = o.RenewableGenerationPercentage
        if v is not None:
            x = check_int(v, 0, 255, p) - 0
            if s == 1:
                w.bits(3072 | (x << 1), 13)
                s = 5
            elif s == 2:
                w.bits(2048 | (x << 1), 13)
                s = 5
            elif s == 3:
                w.bits(1024 | (x << 1), 12)
                s = 5
            elif s == 4:
                w.bits(0 | (x << 1), 12)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        p = 'PowerRangeStart'
        v = o.PowerRangeStart
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 1:
            w.bits(4, 3)
            s = 6
        elif s == 2:
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
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_47(r, st, cls):
    f_EnergyFee = None
    f_ParkingFee = None
    f_ParkingFeePeriod = None
    f_CarbonDioxideEmission = None
    f_RenewableGenerationPercentage = None
    f_PowerRangeStart = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'EnergyFee'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
        f_EnergyFee = v
        c = r.bits(3)
        if c == 0:
            s = 2
            p = 'ParkingFee'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_ParkingFee = v
        elif c == 1:
            s = 3
            p = 'ParkingFeePeriod'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingFeePeriod', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_ParkingFeePeriod = v
        elif c == 2:
            s = 4
            p = 'CarbonDioxideEmission'
            v = r.uint_ee(1)
            if v is None:
                c = r.bits(1)
                if c >> 0 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}CarbonDioxideEmission', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
            f_CarbonDioxideEmission = v
        elif c == 3:
            s = 5
            p = 'RenewableGenerationPercentage'
            c = r.bits(10)
            if c & 513:
                if c >> 9 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 9
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}RenewableGenerationPercentage', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
            else:
                v = ((c >> 1) & 255)
            f_RenewableGenerationPercentage = v
        elif c == 4:
            s = 6
            p = 'PowerRangeStart'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_PowerRangeStart = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(3)
            if c == 0:
                s = 3
                p = 'ParkingFeePeriod'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingFeePeriod', int)
                if not -9223372036854775808 <= v <= 9223372036854775807:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
                f_ParkingFeePeriod = v
            elif c == 1:
                s = 4
                p = 'CarbonDioxideEmission'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}CarbonDioxideEmission', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_CarbonDioxideEmission = v
            elif c == 2:
                s = 5
                p = 'RenewableGenerationPercentage'
                c = r.bits(10)
                if c & 513:
                    if c >> 9 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 9
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}RenewableGenerationPercentage', int)
                    if not -32768 <= v <= 32767:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
                else:
                    v = ((c >> 1) & 255)
                f_RenewableGenerationPercentage = v
            elif c == 3:
                s = 6
                p = 'PowerRangeStart'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_PowerRangeStart = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'CarbonDioxideEmission'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}CarbonDioxideEmission', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                f_CarbonDioxideEmission = v
            elif c == 1:
                s = 5
                p = 'RenewableGenerationPercentage'
                c = r.bits(10)
                if c & 513:
                    if c >> 9 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 9
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}RenewableGenerationPercentage', int)
                    if not -32768 <= v <= 32767:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
                else:
                    v = ((c >> 1) & 255)
                f_RenewableGenerationPercentage = v
            elif c == 2:
                s = 6
                p = 'PowerRangeStart'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_PowerRangeStart = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'RenewableGenerationPercentage'
                c = r.bits(10)
                if c & 513:
                    if c >> 9 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 9
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}RenewableGenerationPercentage', int)
                    if not -32768 <= v <= 32767:
                        raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedByte')
                else:
                    v = ((c >> 1) & 255)
                f_RenewableGenerationPercentage = v
            elif c == 1:
                s = 6
                p = 'PowerRangeStart'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_PowerRangeStart = v
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            s = 6
            p = 'PowerRangeStart'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_PowerRangeStart = v
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
    o.EnergyFee = f_EnergyFee
    o.ParkingFee = f_ParkingFee
    o.ParkingFeePeriod = f_ParkingFeePeriod
    o.CarbonDioxideEmission = f_CarbonDioxideEmission
    o.RenewableGenerationPercentage = f_RenewableGenerationPercentage
    o.PowerRangeStart = f_PowerRangeStart
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleType


def e_48(w, o, st):
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
        p = 'PriceScheduleID'
        v = o.PriceScheduleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'PriceScheduleDescription'
        v = o.PriceScheduleDescription
        if v is not None:
            s = 3
            w.chars_el(v, None, 160, 0, 2)
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


def d_48(r, st, cls):
    f_TimeAnchor = None
    f_PriceScheduleID = None
    f_PriceScheduleDescription = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', int)
        f_TimeAnchor = v
        s = 2
        p = 'PriceScheduleID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleID', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_PriceScheduleID = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'PriceScheduleDescription'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleDescription', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleDescription')
            f_PriceScheduleDescription = v
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
    o.TimeAnchor = f_TimeAnchor
    o.PriceScheduleID = f_PriceScheduleID
    o.PriceScheduleDescription = f_PriceScheduleDescription
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeReqType


def e_49(w, o, st):
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
        p = 'MaximumSupportingPoints'
        v = o.MaximumSupportingPoints
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_int(v, 12, 1024, p) - 12
        w.bits(0 | (x << 1), 13)
        s = 2
        p = 'Dynamic_SEReqControlMode'
        v = o.Dynamic_SEReqControlMode
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_13(w, v, st)
        p = 'Scheduled_SEReqControlMode'
        v = o.Scheduled_SEReqControlMode
        if v is not None:
            if s == 2:
                w.bits(1, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_53(w, v, st)
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


def d_49(r, st, cls):
    f_Header = None
    f_MaximumSupportingPoints = None
    f_Dynamic_SEReqControlMode = None
    f_Scheduled_SEReqControlMode = None
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
        p = 'MaximumSupportingPoints'
        c = r.bits(13)
        if c & 6145:
            if c >> 11 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 11
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumSupportingPoints', int)
            if not -2147483648 <= v <= 2147483647:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        else:
            v = ((c >> 1) & 1023) + 12
        f_MaximumSupportingPoints = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'Dynamic_SEReqControlMode'
            v = d_13(r, st, _m_common_messages.Dynamic_SEReqControlModeType)
            f_Dynamic_SEReqControlMode = v
        elif c == 1:
            s = 3
            p = 'Scheduled_SEReqControlMode'
            v = d_53(r, st, _m_common_messages.Scheduled_SEReqControlModeType)
            f_Scheduled_SEReqControlMode = v
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
    o.MaximumSupportingPoints = f_MaximumSupportingPoints
    o.Dynamic_SEReqControlMode = f_Dynamic_SEReqControlMode
    o.Scheduled_SEReqControlMode = f_Scheduled_SEReqControlMode
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeResType


def e_50(w, o, st):
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
        p = 'GoToPause'
        v = o.GoToPause
        if v is not None:
            x = check_bool(v, p)
            w.bits(0 | (x << 1), 5)
            s = 4
        p = 'Dynamic_SEResControlMode'
        v = o.Dynamic_SEResControlMode
        if v is not None:
            if s == 3:
                w.bits(1, 2)
                s = 5
            elif s == 4:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_14(w, v, st)
        p = 'Scheduled_SEResControlMode'
        v = o.Scheduled_SEResControlMode
        if v is not None:
            if s == 3:
                w.bits(2, 2)
                s = 5
            elif s == 4:
                w.bits(1, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_54(w, v, st)
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


def d_50(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEProcessing = None
    f_GoToPause = None
    f_Dynamic_SEResControlMode = None
    f_Scheduled_SEResControlMode = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEProcessing', _m_common_types.processingType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_2[((c >> 1) & 3)]
        f_EVSEProcessing = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'GoToPause'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}GoToPause', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_GoToPause = v
        elif c == 1:
            s = 5
            p = 'Dynamic_SEResControlMode'
            v = d_14(r, st, _m_common_messages.Dynamic_SEResControlModeType)
            f_Dynamic_SEResControlMode = v
        elif c == 2:
            s = 5
            p = 'Scheduled_SEResControlMode'
            v = d_54(r, st, _m_common_messages.Scheduled_SEResControlModeType)
            f_Scheduled_SEResControlMode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'Dynamic_SEResControlMode'
                v = d_14(r, st, _m_common_messages.Dynamic_SEResControlModeType)
                f_Dynamic_SEResControlMode = v
            elif c == 1:
                s = 5
                p = 'Scheduled_SEResControlMode'
                v = d_54(r, st, _m_common_messages.Scheduled_SEResControlModeType)
                f_Scheduled_SEResControlMode = v
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
    o.EVSEProcessing = f_EVSEProcessing
    o.GoToPause = f_GoToPause
    o.Dynamic_SEResControlMode = f_Dynamic_SEResControlMode
    o.Scheduled_SEResControlMode = f_Scheduled_SEResControlMode
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTupleType


def e_51(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ScheduleTupleID'
        v = o.ScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'ChargingSchedule'
        v = o.ChargingSchedule
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_10(w, v, st)
        p = 'DischargingSchedule'
        v = o.DischargingSchedule
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_10(w, v, st)
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


def d_51(r, st, cls):
    f_ScheduleTupleID = None
    f_ChargingSchedule = None
    f_DischargingSchedule = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'ScheduleTupleID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTupleID', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_ScheduleTupleID = v
        s = 2
        p = 'ChargingSchedule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_10(r, st, _m_common_messages.ChargingScheduleType)
        f_ChargingSchedule = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'DischargingSchedule'
            v = d_10(r, st, _m_common_messages.ChargingScheduleType)
            f_DischargingSchedule = v
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
    o.ScheduleTupleID = f_ScheduleTupleID
    o.ChargingSchedule = f_ChargingSchedule
    o.DischargingSchedule = f_DischargingSchedule
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_EVPPTControlModeType


def e_52(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SelectedScheduleTupleID'
        v = o.SelectedScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = 'PowerToleranceAcceptance'
        v = o.PowerToleranceAcceptance
        if v is not None:
            x = enum_index(EIDX_5, v, p)
            w.bits(0 | (x << 1), 5)
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


def d_52(r, st, cls):
    f_SelectedScheduleTupleID = None
    f_PowerToleranceAcceptance = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SelectedScheduleTupleID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedScheduleTupleID', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_SelectedScheduleTupleID = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'PowerToleranceAcceptance'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}PowerToleranceAcceptance', _m_common_messages.powerToleranceAcceptanceType)
            else:
                if ((c >> 1) & 1) >= 2:
                    raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
                v = ENUM_5[((c >> 1) & 1)]
            f_PowerToleranceAcceptance = v
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
    o.SelectedScheduleTupleID = f_SelectedScheduleTupleID
    o.PowerToleranceAcceptance = f_PowerToleranceAcceptance
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEReqControlModeType


def e_53(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'DepartureTime'
        v = o.DepartureTime
        if v is not None:
            s = 1
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 4294967295 else check_int(v, 0, 4294967295, p), 0, 4)
        p = 'EVTargetEnergyRequest'
        v = o.EVTargetEnergyRequest
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
        p = 'EVMaximumEnergyRequest'
        v = o.EVMaximumEnergyRequest
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
            _p_common_types.e_15(w, v, st)
        p = 'EVMinimumEnergyRequest'
        v = o.EVMinimumEnergyRequest
        if v is not None:
            if s == 0:
                w.bits(3, 3)
                s = 4
            elif s == 1:
                w.bits(2, 3)
                s = 4
            elif s == 2:
                w.bits(1, 3)
                s = 4
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            _p_common_types.e_15(w, v, st)
        p = 'EVEnergyOffer'
        v = o.EVEnergyOffer
        if v is not None:
            if s == 0:
                w.bits(4, 3)
                s = 5
            elif s == 1:
                w.bits(3, 3)
                s = 5
            elif s == 2:
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
            e_20(w, v, st)
        p = ''
        if s == 0:
            w.bits(5, 3)
        elif s == 1:
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


def d_53(r, st, cls):
    f_DepartureTime = None
    f_EVTargetEnergyRequest = None
    f_EVMaximumEnergyRequest = None
    f_EVMinimumEnergyRequest = None
    f_EVEnergyOffer = None
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
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}DepartureTime', int)
            if not -9223372036854775808 <= v <= 9223372036854775807:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
            f_DepartureTime = v
        elif c == 1:
            s = 2
            p = 'EVTargetEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVTargetEnergyRequest = v
        elif c == 2:
            s = 3
            p = 'EVMaximumEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMaximumEnergyRequest = v
        elif c == 3:
            s = 4
            p = 'EVMinimumEnergyRequest'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_EVMinimumEnergyRequest = v
        elif c == 4:
            s = 5
            p = 'EVEnergyOffer'
            v = d_20(r, st, _m_common_messages.EVEnergyOfferType)
            f_EVEnergyOffer = v
        elif c == 5:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 1:
            c = r.bits(3)
            if c == 0:
                s = 2
                p = 'EVTargetEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVTargetEnergyRequest = v
            elif c == 1:
                s = 3
                p = 'EVMaximumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumEnergyRequest = v
            elif c == 2:
                s = 4
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 3:
                s = 5
                p = 'EVEnergyOffer'
                v = d_20(r, st, _m_common_messages.EVEnergyOfferType)
                f_EVEnergyOffer = v
            elif c == 4:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(3)
            if c == 0:
                s = 3
                p = 'EVMaximumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMaximumEnergyRequest = v
            elif c == 1:
                s = 4
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 2:
                s = 5
                p = 'EVEnergyOffer'
                v = d_20(r, st, _m_common_messages.EVEnergyOfferType)
                f_EVEnergyOffer = v
            elif c == 3:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'EVMinimumEnergyRequest'
                v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
                f_EVMinimumEnergyRequest = v
            elif c == 1:
                s = 5
                p = 'EVEnergyOffer'
                v = d_20(r, st, _m_common_messages.EVEnergyOfferType)
                f_EVEnergyOffer = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'EVEnergyOffer'
                v = d_20(r, st, _m_common_messages.EVEnergyOfferType)
                f_EVEnergyOffer = v
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
    o.DepartureTime = f_DepartureTime
    o.EVTargetEnergyRequest = f_EVTargetEnergyRequest
    o.EVMaximumEnergyRequest = f_EVMaximumEnergyRequest
    o.EVMinimumEnergyRequest = f_EVMinimumEnergyRequest
    o.EVEnergyOffer = f_EVEnergyOffer
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEResControlModeType


def e_54(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ScheduleTuple'
        v = o.ScheduleTuple
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
            e_51(w, v, st)
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


def d_54(r, st, cls):
    f_ScheduleTuple = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 2
        p = 'ScheduleTuple'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_51(r, st, _m_common_messages.ScheduleTupleType)
        if len(f_ScheduleTuple) >= 3:
            raise EXIDecodeError(r.pos, [], 'more than 3 items')
        f_ScheduleTuple.append(v)
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'ScheduleTuple'
            v = d_51(r, st, _m_common_messages.ScheduleTupleType)
            if len(f_ScheduleTuple) >= 3:
                raise EXIDecodeError(r.pos, [], 'more than 3 items')
            f_ScheduleTuple.append(v)
        elif c == 1:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'ScheduleTuple'
                v = d_51(r, st, _m_common_messages.ScheduleTupleType)
                if len(f_ScheduleTuple) >= 3:
                    raise EXIDecodeError(r.pos, [], 'more than 3 items')
                f_ScheduleTuple.append(v)
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
    o.ScheduleTuple = f_ScheduleTuple
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SMDTControlModeType


def e_55(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'SelectedScheduleTupleID'
        v = o.SelectedScheduleTupleID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 1 <= v and v <= 4294967295 else check_int(v, 1, 4294967295, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_55(r, st, cls):
    f_SelectedScheduleTupleID = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'SelectedScheduleTupleID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedScheduleTupleID', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_SelectedScheduleTupleID = v
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
    o.SelectedScheduleTupleID = f_SelectedScheduleTupleID
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}SelectedServiceListType


def e_56(w, o, st):
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
                cnt = 15
            elif s == 1:
                w.bits(0, 2)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_57(w, v, st)
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


def d_56(r, st, cls):
    f_SelectedService = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 15
        p = 'SelectedService'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_57(r, st, _m_common_messages.SelectedServiceType)
        if len(f_SelectedService) >= 16:
            raise EXIDecodeError(r.pos, [], 'more than 16 items')
        f_SelectedService.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'SelectedService'
                v = d_57(r, st, _m_common_messages.SelectedServiceType)
                if len(f_SelectedService) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_SelectedService.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'SelectedService'
                v = d_57(r, st, _m_common_messages.SelectedServiceType)
                if len(f_SelectedService) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_SelectedService.append(v)
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
    o.SelectedService = f_SelectedService
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}SelectedServiceType


def e_57(w, o, st):
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
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_57(r, st, cls):
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        s = 2
        p = 'ParameterSetID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSetID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ParameterSetID = v
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


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailReqType


def e_58(w, o, st):
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
        p = 'ServiceID'
        v = o.ServiceID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_58(r, st, cls):
    f_Header = None
    f_ServiceID = None
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
        p = 'ServiceID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', int)
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
    o.Header = f_Header
    o.ServiceID = f_ServiceID
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailResType


def e_59(w, o, st):
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
        p = 'ServiceID'
        v = o.ServiceID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'ServiceParameterList'
        v = o.ServiceParameterList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_64(w, v, st)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_59(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_ServiceID = None
    f_ServiceParameterList = None
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
        p = 'ServiceID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        s = 4
        p = 'ServiceParameterList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_64(r, st, _m_common_messages.ServiceParameterListType)
        f_ServiceParameterList = v
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
    o.ServiceID = f_ServiceID
    o.ServiceParameterList = f_ServiceParameterList
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryReqType


def e_60(w, o, st):
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
        p = 'SupportedServiceIDs'
        v = o.SupportedServiceIDs
        if v is not None:
            w.bits(0, 2)
            s = 2
            e_62(w, v, st)
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


def d_60(r, st, cls):
    f_Header = None
    f_SupportedServiceIDs = None
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
            p = 'SupportedServiceIDs'
            v = d_62(r, st, _m_common_messages.ServiceIDListType)
            f_SupportedServiceIDs = v
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
    o.Header = f_Header
    o.SupportedServiceIDs = f_SupportedServiceIDs
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryResType


def e_61(w, o, st):
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
        p = 'ServiceRenegotiationSupported'
        v = o.ServiceRenegotiationSupported
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 3
        p = 'EnergyTransferServiceList'
        v = o.EnergyTransferServiceList
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 4
        e_63(w, v, st)
        p = 'VASList'
        v = o.VASList
        if v is not None:
            w.bits(0, 2)
            s = 5
            e_63(w, v, st)
        p = ''
        if s == 4:
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


def d_61(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_ServiceRenegotiationSupported = None
    f_EnergyTransferServiceList = None
    f_VASList = None
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
        p = 'ServiceRenegotiationSupported'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceRenegotiationSupported', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_ServiceRenegotiationSupported = v
        s = 4
        p = 'EnergyTransferServiceList'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_63(r, st, _m_common_messages.ServiceListType)
        f_EnergyTransferServiceList = v
        c = r.bits(2)
        if c == 0:
            s = 5
            p = 'VASList'
            v = d_63(r, st, _m_common_messages.ServiceListType)
            f_VASList = v
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
    o.ServiceRenegotiationSupported = f_ServiceRenegotiationSupported
    o.EnergyTransferServiceList = f_EnergyTransferServiceList
    o.VASList = f_VASList
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceIDListType


def e_62(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ServiceID'
        v = o.ServiceID
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 16:
            raise EXIEncodeError([], 'more than 16 items')
        for v in v:
            if s == 0:
                w.bits(0, 2)
                s = 1
                cnt = 15
            elif s == 1:
                w.bits(0, 3)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0, 3)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p))
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


def d_62(r, st, cls):
    f_ServiceID = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 15
        p = 'ServiceID'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        if len(f_ServiceID) >= 16:
            raise EXIDecodeError(r.pos, [], 'more than 16 items')
        f_ServiceID.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'ServiceID'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                if len(f_ServiceID) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_ServiceID.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'ServiceID'
                v = r.uint_ee(1)
                if v is None:
                    c = r.bits(1)
                    if c >> 0 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', int)
                if not -2147483648 <= v <= 2147483647:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
                if len(f_ServiceID) >= 16:
                    raise EXIDecodeError(r.pos, [], 'more than 16 items')
                f_ServiceID.append(v)
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
    o.ServiceID = f_ServiceID
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceListType


def e_63(w, o, st):
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
            e_67(w, v, st)
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


def d_63(r, st, cls):
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
        v = d_67(r, st, _m_common_messages.ServiceType)
        if len(f_Service) >= 8:
            raise EXIDecodeError(r.pos, [], 'more than 8 items')
        f_Service.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'Service'
                v = d_67(r, st, _m_common_messages.ServiceType)
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
                v = d_67(r, st, _m_common_messages.ServiceType)
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


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceParameterListType


def e_64(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ParameterSet'
        v = o.ParameterSet
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 32:
            raise EXIEncodeError([], 'more than 32 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
                cnt = 31
            elif s == 1:
                w.bits(0, 2)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_33(w, v, st)
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


def d_64(r, st, cls):
    f_ParameterSet = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 31
        p = 'ParameterSet'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_33(r, st, _m_common_messages.ParameterSetType)
        if len(f_ParameterSet) >= 32:
            raise EXIDecodeError(r.pos, [], 'more than 32 items')
        f_ParameterSet.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'ParameterSet'
                v = d_33(r, st, _m_common_messages.ParameterSetType)
                if len(f_ParameterSet) >= 32:
                    raise EXIDecodeError(r.pos, [], 'more than 32 items')
                f_ParameterSet.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'ParameterSet'
                v = d_33(r, st, _m_common_messages.ParameterSetType)
                if len(f_ParameterSet) >= 32:
                    raise EXIDecodeError(r.pos, [], 'more than 32 items')
                f_ParameterSet.append(v)
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
    o.ParameterSet = f_ParameterSet
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionReqType


def e_65(w, o, st):
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
        p = 'SelectedEnergyTransferService'
        v = o.SelectedEnergyTransferService
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_57(w, v, st)
        p = 'SelectedVASList'
        v = o.SelectedVASList
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_56(w, v, st)
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
    f_Header = None
    f_SelectedEnergyTransferService = None
    f_SelectedVASList = None
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
        p = 'SelectedEnergyTransferService'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_57(r, st, _m_common_messages.SelectedServiceType)
        f_SelectedEnergyTransferService = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SelectedVASList'
            v = d_56(r, st, _m_common_messages.SelectedServiceListType)
            f_SelectedVASList = v
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
    o.Header = f_Header
    o.SelectedEnergyTransferService = f_SelectedEnergyTransferService
    o.SelectedVASList = f_SelectedVASList
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionResType


def e_66(w, o, st):
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
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_66(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonMessages}ServiceType


def e_67(w, o, st):
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


def d_67(r, st, cls):
    f_ServiceID = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_ServiceID = v
        s = 2
        p = 'FreeService'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}FreeService', to_bool)
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
    o.FreeService = f_FreeService
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupReqType


def e_68(w, o, st):
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
        p = 'EVCCID'
        v = o.EVCCID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.chars_el(v, None, 255, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_68(r, st, cls):
    f_Header = None
    f_EVCCID = None
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
        p = 'EVCCID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVCCID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}EVCCID')
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
    o.Header = f_Header
    o.EVCCID = f_EVCCID
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupResType


def e_69(w, o, st):
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
        p = 'EVSEID'
        v = o.EVSEID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.chars_el(v, None, 255, 0, 1)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_69(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSEID = None
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
        p = 'EVSEID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEID')
        f_EVSEID = v
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
    o.EVSEID = f_EVSEID
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}SessionStopReqType


def e_70(w, o, st):
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
        p = 'ChargingSession'
        v = o.ChargingSession
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_6, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'EVTerminationCode'
        v = o.EVTerminationCode
        if v is not None:
            s = 3
            w.chars_el(v, None, 80, 0, 2)
        p = 'EVTerminationExplanation'
        v = o.EVTerminationExplanation
        if v is not None:
            if s == 2:
                w.bits(1, 2)
                s = 4
            elif s == 3:
                w.bits(0, 2)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, 160)
        p = ''
        if s == 2:
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


def d_70(r, st, cls):
    f_Header = None
    f_ChargingSession = None
    f_EVTerminationCode = None
    f_EVTerminationExplanation = None
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
        p = 'ChargingSession'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingSession', _m_common_messages.chargingSessionType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_6[((c >> 1) & 3)]
        f_ChargingSession = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'EVTerminationCode'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationCode', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationCode')
            f_EVTerminationCode = v
        elif c == 1:
            s = 4
            p = 'EVTerminationExplanation'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationExplanation', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationExplanation')
            f_EVTerminationExplanation = v
        elif c == 2:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'EVTerminationExplanation'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationExplanation', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationExplanation')
                f_EVTerminationExplanation = v
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
    o.ChargingSession = f_ChargingSession
    o.EVTerminationCode = f_EVTerminationCode
    o.EVTerminationExplanation = f_EVTerminationExplanation
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}SessionStopResType


def e_71(w, o, st):
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
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_71(r, st, cls):
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


# {urn:iso:std:iso:15118:-20:CommonMessages}SignedCertificateChainType


def e_72(w, o, st):
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
        st.write(w, '{urn:iso:std:iso:15118:-20:CommonMessages}Id', v)
        p = 'Certificate'
        v = o.Certificate
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.binary_el(v, None, 1600, 0, 1)
        p = 'SubCertificates'
        v = o.SubCertificates
        if v is not None:
            w.bits(0, 2)
            s = 3
            e_75(w, v, st)
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


def d_72(r, st, cls):
    f_Id = None
    f_Certificate = None
    f_SubCertificates = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'Certificate'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', from_base64, b'')
        else:
            v = r.binary_ee()
        f_Certificate = v
        c = r.bits(2)
        if c == 0:
            s = 3
            p = 'SubCertificates'
            v = d_75(r, st, _m_common_messages.SubCertificatesType)
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


# {urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationDataType


def e_73(w, o, st):
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
        st.write(w, '{urn:iso:std:iso:15118:-20:CommonMessages}Id', v)
        p = 'ContractCertificateChain'
        v = o.ContractCertificateChain
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 2
        e_11(w, v, st)
        p = 'ECDHCurve'
        v = o.ECDHCurve
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_7, v, p)
        w.bits(0 | (x << 1), 4)
        s = 3
        p = 'DHPublicKey'
        v = o.DHPublicKey
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 4
        w.binary_el(v, 57, 133, 0, 1)
        p = 'SECP521_EncryptedPrivateKey'
        v = o.SECP521_EncryptedPrivateKey
        if v is not None:
            s = 5
            w.binary_el(v, 94, 94, 0, 2)
        p = 'X448_EncryptedPrivateKey'
        v = o.X448_EncryptedPrivateKey
        if v is not None:
            if s == 4:
                w.bits(1, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, 84, 84)
        p = 'TPM_EncryptedPrivateKey'
        v = o.TPM_EncryptedPrivateKey
        if v is not None:
            if s == 4:
                w.bits(2, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.binary_el(v, 206, 206)
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


def d_73(r, st, cls):
    f_Id = None
    f_ContractCertificateChain = None
    f_ECDHCurve = None
    f_DHPublicKey = None
    f_SECP521_EncryptedPrivateKey = None
    f_X448_EncryptedPrivateKey = None
    f_TPM_EncryptedPrivateKey = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'ContractCertificateChain'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_11(r, st, _m_common_messages.ContractCertificateChainType)
        f_ContractCertificateChain = v
        s = 3
        p = 'ECDHCurve'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ECDHCurve', _m_common_messages.ecdhCurveType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_7[((c >> 1) & 1)]
        f_ECDHCurve = v
        s = 4
        p = 'DHPublicKey'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}DHPublicKey', from_base64, b'')
        else:
            v = r.binary_ee()
        f_DHPublicKey = v
        c = r.bits(2)
        if c == 0:
            s = 5
            p = 'SECP521_EncryptedPrivateKey'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}SECP521_EncryptedPrivateKey', from_base64, b'')
            else:
                v = r.binary_ee()
            f_SECP521_EncryptedPrivateKey = v
        elif c == 1:
            s = 5
            p = 'X448_EncryptedPrivateKey'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}X448_EncryptedPrivateKey', from_base64, b'')
            else:
                v = r.binary_ee()
            f_X448_EncryptedPrivateKey = v
        elif c == 2:
            s = 5
            p = 'TPM_EncryptedPrivateKey'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TPM_EncryptedPrivateKey', from_base64, b'')
            else:
                v = r.binary_ee()
            f_TPM_EncryptedPrivateKey = v
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
    o.Id = f_Id
    o.ContractCertificateChain = f_ContractCertificateChain
    o.ECDHCurve = f_ECDHCurve
    o.DHPublicKey = f_DHPublicKey
    o.SECP521_EncryptedPrivateKey = f_SECP521_EncryptedPrivateKey
    o.X448_EncryptedPrivateKey = f_X448_EncryptedPrivateKey
    o.TPM_EncryptedPrivateKey = f_TPM_EncryptedPrivateKey
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringDataType


def e_74(w, o, st):
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
        st.write(w, '{urn:iso:std:iso:15118:-20:CommonMessages}Id', v)
        p = 'SessionID'
        v = o.SessionID
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.binary_el(v, 8, 8, 0, 1)
        p = 'MeterInfo'
        v = o.MeterInfo
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        w.bits(0, 1)
        s = 3
        _p_common_types.e_14(w, v, st)
        p = 'Receipt'
        v = o.Receipt
        if v is not None:
            w.bits(0, 2)
            s = 4
            _p_common_types.e_16(w, v, st)
        p = 'Dynamic_SMDTControlMode'
        v = o.Dynamic_SMDTControlMode
        if v is not None:
            if s == 3:
                w.bits(1, 2)
                s = 5
            elif s == 4:
                w.bits(0, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_15(w, v, st)
        p = 'Scheduled_SMDTControlMode'
        v = o.Scheduled_SMDTControlMode
        if v is not None:
            if s == 3:
                w.bits(2, 2)
                s = 5
            elif s == 4:
                w.bits(1, 2)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            e_55(w, v, st)
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


def d_74(r, st, cls):
    f_Id = None
    f_SessionID = None
    f_MeterInfo = None
    f_Receipt = None
    f_Dynamic_SMDTControlMode = None
    f_Scheduled_SMDTControlMode = None
    s = 0
    cnt = 0
    p = ''
    try:
        c = r.bits(1)
        if c == 0:
            s = 1
            p = 'Id'
            v = st.read(r, '{urn:iso:std:iso:15118:-20:CommonMessages}Id')
            f_Id = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        s = 2
        p = 'SessionID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}SessionID', from_hex, b'')
        else:
            v = r.binary_ee()
        f_SessionID = v
        s = 3
        p = 'MeterInfo'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = _p_common_types.d_14(r, st, _m_common_types.MeterInfoType)
        f_MeterInfo = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'Receipt'
            v = _p_common_types.d_16(r, st, _m_common_types.ReceiptType)
            f_Receipt = v
        elif c == 1:
            s = 5
            p = 'Dynamic_SMDTControlMode'
            v = d_15(r, st, _m_common_messages.Dynamic_SMDTControlModeType)
            f_Dynamic_SMDTControlMode = v
        elif c == 2:
            s = 5
            p = 'Scheduled_SMDTControlMode'
            v = d_55(r, st, _m_common_messages.Scheduled_SMDTControlModeType)
            f_Scheduled_SMDTControlMode = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'Dynamic_SMDTControlMode'
                v = d_15(r, st, _m_common_messages.Dynamic_SMDTControlModeType)
                f_Dynamic_SMDTControlMode = v
            elif c == 1:
                s = 5
                p = 'Scheduled_SMDTControlMode'
                v = d_55(r, st, _m_common_messages.Scheduled_SMDTControlModeType)
                f_Scheduled_SMDTControlMode = v
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
    o.Id = f_Id
    o.SessionID = f_SessionID
    o.MeterInfo = f_MeterInfo
    o.Receipt = f_Receipt
    o.Dynamic_SMDTControlMode = f_Dynamic_SMDTControlMode
    o.Scheduled_SMDTControlMode = f_Scheduled_SMDTControlMode
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}SubCertificatesType


def e_75(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'Certificate'
        v = o.Certificate
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
            w.binary_el(v, None, 1600)
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


def d_75(r, st, cls):
    f_Certificate = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 2
        p = 'Certificate'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', from_base64, b'')
        else:
            v = r.binary_ee()
        if len(f_Certificate) >= 3:
            raise EXIDecodeError(r.pos, [], 'more than 3 items')
        f_Certificate.append(v)
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'Certificate'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', from_base64, b'')
            else:
                v = r.binary_ee()
            if len(f_Certificate) >= 3:
                raise EXIDecodeError(r.pos, [], 'more than 3 items')
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
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', from_base64, b'')
                else:
                    v = r.binary_ee()
                if len(f_Certificate) >= 3:
                    raise EXIDecodeError(r.pos, [], 'more than 3 items')
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


# {urn:iso:std:iso:15118:-20:CommonMessages}SupportedProvidersListType


def e_76(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'ProviderID'
        v = o.ProviderID
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 128:
            raise EXIEncodeError([], 'more than 128 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
                cnt = 127
            elif s == 1:
                w.bits(0, 2)
                cnt -= 1
                s = 2 if cnt == 1 else 1
            elif s == 2:
                w.bits(0, 2)
                s = 3
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.chars_el(v, None, 80)
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


def d_76(r, st, cls):
    f_ProviderID = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 127
        p = 'ProviderID'
        c = r.bits(2)
        if c:
            if c != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ProviderID', str, '')
        else:
            v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}ProviderID')
        if len(f_ProviderID) >= 128:
            raise EXIDecodeError(r.pos, [], 'more than 128 items')
        f_ProviderID.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'ProviderID'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ProviderID', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}ProviderID')
                if len(f_ProviderID) >= 128:
                    raise EXIDecodeError(r.pos, [], 'more than 128 items')
                f_ProviderID.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'ProviderID'
                c = r.bits(1)
                if c:
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ProviderID', str, '')
                else:
                    v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}ProviderID')
                if len(f_ProviderID) >= 128:
                    raise EXIDecodeError(r.pos, [], 'more than 128 items')
                f_ProviderID.append(v)
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
    o.ProviderID = f_ProviderID
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}TargetPositionType


def e_77(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TargetOffsetX'
        v = o.TargetOffsetX
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 1
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = 'TargetOffsetY'
        v = o.TargetOffsetY
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 2
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 65535 else check_int(v, 0, 65535, p), 0, 2)
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_77(r, st, cls):
    f_TargetOffsetX = None
    f_TargetOffsetY = None
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        p = 'TargetOffsetX'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetOffsetX', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_TargetOffsetX = v
        s = 2
        p = 'TargetOffsetY'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetOffsetY', int)
        if not -2147483648 <= v <= 2147483647:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedShort')
        f_TargetOffsetY = v
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
    o.TargetOffsetX = f_TargetOffsetX
    o.TargetOffsetY = f_TargetOffsetY
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleListType


def e_78(w, o, st):
    s = 0
    cnt = 0
    p = ''
    try:
        p = 'TaxRule'
        v = o.TaxRule
        if not v:
            raise EXIEncodeError([], 'required field missing')
        if len(v) > 10:
            raise EXIEncodeError([], 'more than 10 items')
        for v in v:
            if s == 0:
                w.bits(0, 1)
                s = 1
                cnt = 9
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


def d_78(r, st, cls):
    f_TaxRule = []
    s = 0
    cnt = 0
    p = ''
    try:
        s = 1
        cnt = 9
        p = 'TaxRule'
        if r.bits(1):
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        v = d_79(r, st, _m_common_messages.TaxRuleType)
        if len(f_TaxRule) >= 10:
            raise EXIDecodeError(r.pos, [], 'more than 10 items')
        f_TaxRule.append(v)
        while s == 1:
            c = r.bits(2)
            if c == 0:
                cnt -= 1
                s = 2 if cnt == 1 else 1
                p = 'TaxRule'
                v = d_79(r, st, _m_common_messages.TaxRuleType)
                if len(f_TaxRule) >= 10:
                    raise EXIDecodeError(r.pos, [], 'more than 10 items')
                f_TaxRule.append(v)
            elif c == 1:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            c = r.bits(2)
            if c == 0:
                s = 3
                p = 'TaxRule'
                v = d_79(r, st, _m_common_messages.TaxRuleType)
                if len(f_TaxRule) >= 10:
                    raise EXIDecodeError(r.pos, [], 'more than 10 items')
                f_TaxRule.append(v)
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
    o.TaxRule = f_TaxRule
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleType


def e_79(w, o, st):
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
        p = 'TaxRuleName'
        v = o.TaxRuleName
        if v is not None:
            s = 2
            w.chars_el(v, None, 80, 0, 2)
        p = 'TaxRate'
        v = o.TaxRate
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        if s == 1:
            w.bits(1, 2)
            s = 3
        elif s == 2:
            w.bits(0, 1)
            s = 3
        else:
            raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
        _p_common_types.e_15(w, v, st)
        p = 'TaxIncludedInPrice'
        v = o.TaxIncludedInPrice
        if v is not None:
            x = check_bool(v, p)
            w.bits(0 | (x << 1), 5)
            s = 4
        p = 'AppliesToEnergyFee'
        v = o.AppliesToEnergyFee
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
        p = 'AppliesToParkingFee'
        v = o.AppliesToParkingFee
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 6
        p = 'AppliesToOverstayFee'
        v = o.AppliesToOverstayFee
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 7
        p = 'AppliesMinimumMaximumCost'
        v = o.AppliesMinimumMaximumCost
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = check_bool(v, p)
        w.bits(0 | (x << 1), 4)
        s = 8
        p = ''
        w.bits(0, 1)
    except EXIEncodeError as x:
        if p:
            x.path.insert(0, p)
        raise
    except (TypeError, AttributeError, ValueError) as x:
        raise EXIEncodeError([p] if p else [], f'invalid value: {x}') from None


def d_79(r, st, cls):
    f_TaxRuleID = None
    f_TaxRuleName = None
    f_TaxRate = None
    f_TaxIncludedInPrice = None
    f_AppliesToEnergyFee = None
    f_AppliesToParkingFee = None
    f_AppliesToOverstayFee = None
    f_AppliesMinimumMaximumCost = None
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
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleID', int)
        if not -9223372036854775808 <= v <= 9223372036854775807:
            raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:unsignedInt')
        f_TaxRuleID = v
        c = r.bits(2)
        if c == 0:
            s = 2
            p = 'TaxRuleName'
            c = r.bits(1)
            if c:
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleName', str, '')
            else:
                v = st.read_ee(r, '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleName')
            f_TaxRuleName = v
        elif c == 1:
            s = 3
            p = 'TaxRate'
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_TaxRate = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 2:
            s = 3
            p = 'TaxRate'
            if r.bits(1):
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = _p_common_types.d_15(r, st, _m_common_types.RationalNumberType)
            f_TaxRate = v
        c = r.bits(2)
        if c == 0:
            s = 4
            p = 'TaxIncludedInPrice'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TaxIncludedInPrice', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_TaxIncludedInPrice = v
        elif c == 1:
            s = 5
            p = 'AppliesToEnergyFee'
            c = r.bits(3)
            if c & 5:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToEnergyFee', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_AppliesToEnergyFee = v
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            s = 5
            p = 'AppliesToEnergyFee'
            c = r.bits(4)
            if c & 13:
                if c >> 2 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 2
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToEnergyFee', to_bool)
            else:
                v = ((c >> 1) & 1) == 1
            f_AppliesToEnergyFee = v
        s = 6
        p = 'AppliesToParkingFee'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToParkingFee', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_AppliesToParkingFee = v
        s = 7
        p = 'AppliesToOverstayFee'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToOverstayFee', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_AppliesToOverstayFee = v
        s = 8
        p = 'AppliesMinimumMaximumCost'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesMinimumMaximumCost', to_bool)
        else:
            v = ((c >> 1) & 1) == 1
        f_AppliesMinimumMaximumCost = v
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
    o.TaxRuleName = f_TaxRuleName
    o.TaxRate = f_TaxRate
    o.TaxIncludedInPrice = f_TaxIncludedInPrice
    o.AppliesToEnergyFee = f_AppliesToEnergyFee
    o.AppliesToParkingFee = f_AppliesToParkingFee
    o.AppliesToOverstayFee = f_AppliesToOverstayFee
    o.AppliesMinimumMaximumCost = f_AppliesMinimumMaximumCost
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInReqType


def e_80(w, o, st):
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
        p = 'EVCheckInStatus'
        v = o.EVCheckInStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_8, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'ParkingMethod'
        v = o.ParkingMethod
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_9, v, p)
        w.bits(0 | (x << 1), 5)
        s = 3
        p = 'VehicleFrame'
        v = o.VehicleFrame
        if v is not None:
            s = 4
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 4)
        p = 'DeviceOffset'
        v = o.DeviceOffset
        if v is not None:
            if s == 3:
                w.bits(2, 4)
                s = 5
            elif s == 4:
                w.bits(0, 3)
                s = 5
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
        p = 'VehicleTravel'
        v = o.VehicleTravel
        if v is not None:
            if s == 3:
                w.bits(4, 4)
                s = 6
            elif s == 4:
                w.bits(2, 3)
                s = 6
            elif s == 5:
                w.bits(0, 3)
                s = 6
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
        p = ''
        if s == 3:
            w.bits(3, 3)
        elif s == 4:
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


def d_80(r, st, cls):
    f_Header = None
    f_EVCheckInStatus = None
    f_ParkingMethod = None
    f_VehicleFrame = None
    f_DeviceOffset = None
    f_VehicleTravel = None
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
        p = 'EVCheckInStatus'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVCheckInStatus', _m_common_messages.evCheckInStatusType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_8[((c >> 1) & 3)]
        f_EVCheckInStatus = v
        s = 3
        p = 'ParkingMethod'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingMethod', _m_common_messages.parkingMethodType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_9[((c >> 1) & 3)]
        f_ParkingMethod = v
        c = r.bits(3)
        if c == 0:
            s = 4
            p = 'VehicleFrame'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleFrame', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_VehicleFrame = v
        elif c == 1:
            s = 5
            p = 'DeviceOffset'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}DeviceOffset', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_DeviceOffset = v
        elif c == 2:
            s = 6
            p = 'VehicleTravel'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleTravel', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_VehicleTravel = v
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'DeviceOffset'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}DeviceOffset', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_DeviceOffset = v
            elif c == 1:
                s = 6
                p = 'VehicleTravel'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleTravel', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_VehicleTravel = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 5:
            c = r.bits(2)
            if c == 0:
                s = 6
                p = 'VehicleTravel'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleTravel', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_VehicleTravel = v
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
    o.EVCheckInStatus = f_EVCheckInStatus
    o.ParkingMethod = f_ParkingMethod
    o.VehicleFrame = f_VehicleFrame
    o.DeviceOffset = f_DeviceOffset
    o.VehicleTravel = f_VehicleTravel
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInResType


def e_81(w, o, st):
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
        p = 'ParkingSpace'
        v = o.ParkingSpace
        if v is not None:
            s = 3
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p), 0, 4)
        p = 'DeviceLocation'
        v = o.DeviceLocation
        if v is not None:
            if s == 2:
                w.bits(2, 4)
                s = 4
            elif s == 3:
                w.bits(0, 3)
                s = 4
            else:
                raise EXIEncodeError([], 'not allowed here: two choice alternatives set, or a required field before it missing')
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
        p = 'TargetDistance'
        v = o.TargetDistance
        if v is not None:
            if s == 2:
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
            w.sint_ee(v if type(v) is int and -32768 <= v and v <= 32767 else check_int(v, -32768, 32767, p))
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


def d_81(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_ParkingSpace = None
    f_DeviceLocation = None
    f_TargetDistance = None
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
        c = r.bits(3)
        if c == 0:
            s = 3
            p = 'ParkingSpace'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingSpace', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_ParkingSpace = v
        elif c == 1:
            s = 4
            p = 'DeviceLocation'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}DeviceLocation', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_DeviceLocation = v
        elif c == 2:
            s = 5
            p = 'TargetDistance'
            v = r.uint_ee(2, True)
            if v is None:
                c = r.bits(2)
                if c >> 1 != 1:
                    raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                r.pos -= 1
                v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetDistance', int)
            if not -32768 <= v <= 32767:
                raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
            f_TargetDistance = v
        elif c == 3:
            s = -1
        else:
            raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 3:
            c = r.bits(2)
            if c == 0:
                s = 4
                p = 'DeviceLocation'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}DeviceLocation', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_DeviceLocation = v
            elif c == 1:
                s = 5
                p = 'TargetDistance'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetDistance', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_TargetDistance = v
            elif c == 2:
                s = -1
            else:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
        if s == 4:
            c = r.bits(2)
            if c == 0:
                s = 5
                p = 'TargetDistance'
                v = r.uint_ee(2, True)
                if v is None:
                    c = r.bits(2)
                    if c >> 1 != 1:
                        raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
                    r.pos -= 1
                    v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}TargetDistance', int)
                if not -32768 <= v <= 32767:
                    raise EXIDecodeError(r.pos, [], 'value outside the Java type of xs:short')
                f_TargetDistance = v
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
    o.ParkingSpace = f_ParkingSpace
    o.DeviceLocation = f_DeviceLocation
    o.TargetDistance = f_TargetDistance
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutReqType


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
        _p_common_types.e_13(w, v, st)
        p = 'EVCheckOutStatus'
        v = o.EVCheckOutStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_10, v, p)
        w.bits(0 | (x << 1), 5)
        s = 2
        p = 'CheckOutTime'
        v = o.CheckOutTime
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        s = 3
        w.uint_ee(v if type(v) is int and 0 <= v and v <= 18446744073709551615 else check_int(v, 0, 18446744073709551615, p), 0, 2)
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
    f_EVCheckOutStatus = None
    f_CheckOutTime = None
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
        p = 'EVCheckOutStatus'
        c = r.bits(5)
        if c & 25:
            if c >> 3 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 3
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVCheckOutStatus', _m_common_messages.evCheckOutStatusType)
        else:
            if ((c >> 1) & 3) >= 3:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_10[((c >> 1) & 3)]
        f_EVCheckOutStatus = v
        s = 3
        p = 'CheckOutTime'
        v = r.uint_ee(2)
        if v is None:
            c = r.bits(2)
            if c >> 0 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}CheckOutTime', int)
        f_CheckOutTime = v
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
    o.EVCheckOutStatus = f_EVCheckOutStatus
    o.CheckOutTime = f_CheckOutTime
    return o


# {urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutResType


def e_83(w, o, st):
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
        p = 'EVSECheckOutStatus'
        v = o.EVSECheckOutStatus
        if v is None:
            raise EXIEncodeError([], 'required field missing')
        x = enum_index(EIDX_11, v, p)
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


def d_83(r, st, cls):
    f_Header = None
    f_ResponseCode = None
    f_EVSECheckOutStatus = None
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
        p = 'EVSECheckOutStatus'
        c = r.bits(4)
        if c & 13:
            if c >> 2 != 1:
                raise EXIDecodeError(r.pos, [], 'unsupported event (second level or undeclared)')
            r.pos -= 2
            v = read_untyped(r, st, '{urn:iso:std:iso:15118:-20:CommonMessages}EVSECheckOutStatus', _m_common_messages.evseCheckOutStatusType)
        else:
            if ((c >> 1) & 1) >= 2:
                raise EXIDecodeError(r.pos, [], 'enumeration index out of range')
            v = ENUM_11[((c >> 1) & 1)]
        f_EVSECheckOutStatus = v
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
    o.EVSECheckOutStatus = f_EVSECheckOutStatus
    return o

ELEMENTS = {
    '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationReq': (e_3, d_3, _m_common_messages.AuthorizationReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationRes': (e_4, d_4, _m_common_messages.AuthorizationRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupReq': (e_5, d_5, _m_common_messages.AuthorizationSetupReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupRes': (e_6, d_6, _m_common_messages.AuthorizationSetupRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationReq': (e_8, d_8, _m_common_messages.CertificateInstallationReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationRes': (e_9, d_9, _m_common_messages.CertificateInstallationRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationReq': (e_29, d_29, _m_common_messages.MeteringConfirmationReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationRes': (e_30, d_30, _m_common_messages.MeteringConfirmationRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryReq': (e_37, d_37, _m_common_messages.PowerDeliveryReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryRes': (e_38, d_38, _m_common_messages.PowerDeliveryRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeReq': (e_49, d_49, _m_common_messages.ScheduleExchangeReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeRes': (e_50, d_50, _m_common_messages.ScheduleExchangeRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailReq': (e_58, d_58, _m_common_messages.ServiceDetailReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailRes': (e_59, d_59, _m_common_messages.ServiceDetailRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryReq': (e_60, d_60, _m_common_messages.ServiceDiscoveryReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryRes': (e_61, d_61, _m_common_messages.ServiceDiscoveryRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionReq': (e_65, d_65, _m_common_messages.ServiceSelectionReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionRes': (e_66, d_66, _m_common_messages.ServiceSelectionRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupReq': (e_68, d_68, _m_common_messages.SessionSetupReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupRes': (e_69, d_69, _m_common_messages.SessionSetupRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopReq': (e_70, d_70, _m_common_messages.SessionStopReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopRes': (e_71, d_71, _m_common_messages.SessionStopRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationData': (e_73, d_73, _m_common_messages.SignedInstallationData),
    '{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringData': (e_74, d_74, _m_common_messages.SignedMeteringData),
    '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInReq': (e_80, d_80, _m_common_messages.VehicleCheckInReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInRes': (e_81, d_81, _m_common_messages.VehicleCheckInRes),
    '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutReq': (e_82, d_82, _m_common_messages.VehicleCheckOutReq),
    '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutRes': (e_83, d_83, _m_common_messages.VehicleCheckOutRes),
}

# namespace -> the EXI URI table its schema set starts with: (uri, sorted local names)
QNAME_TABLES = {
    'urn:iso:std:iso:15118:-20:CommonMessages': (
        ('', ('Algorithm', 'Encoding', 'Id', 'MimeType', 'Target', 'Type', 'URI')),
        ('http://www.w3.org/XML/1998/namespace', ('base', 'id', 'lang', 'space')),
        ('http://www.w3.org/2001/XMLSchema-instance', ('nil', 'type')),
        ('http://www.w3.org/2001/XMLSchema', ('ENTITIES', 'ENTITY', 'ID', 'IDREF', 'IDREFS', 'NCName', 'NMTOKEN', 'NMTOKENS', 'NOTATION', 'Name', 'QName', 'anySimpleType', 'anyType', 'anyURI', 'base64Binary', 'boolean', 'byte', 'date', 'dateTime', 'decimal', 'double', 'duration', 'float', 'gDay', 'gMonth', 'gMonthDay', 'gYear', 'gYearMonth', 'hexBinary', 'int', 'integer', 'language', 'long', 'negativeInteger', 'nonNegativeInteger', 'nonPositiveInteger', 'normalizedString', 'positiveInteger', 'short', 'string', 'time', 'token', 'unsignedByte', 'unsignedInt', 'unsignedLong', 'unsignedShort')),
        ('http://www.w3.org/2000/09/xmldsig#', ('CanonicalizationMethod', 'CanonicalizationMethodType', 'CryptoBinary', 'DSAKeyValue', 'DSAKeyValueType', 'DigestMethod', 'DigestMethodType', 'DigestValue', 'DigestValueType', 'Exponent', 'G', 'HMACOutputLength', 'HMACOutputLengthType', 'J', 'KeyInfo', 'KeyInfoType', 'KeyName', 'KeyValue', 'KeyValueType', 'Manifest', 'ManifestType', 'MgmtData', 'Modulus', 'Object', 'ObjectType', 'P', 'PGPData', 'PGPDataType', 'PGPKeyID', 'PGPKeyPacket', 'PgenCounter', 'Q', 'RSAKeyValue', 'RSAKeyValueType', 'Reference', 'ReferenceType', 'RetrievalMethod', 'RetrievalMethodType', 'SPKIData', 'SPKIDataType', 'SPKISexp', 'Seed', 'Signature', 'SignatureMethod', 'SignatureMethodType', 'SignatureProperties', 'SignaturePropertiesType', 'SignatureProperty', 'SignaturePropertyType', 'SignatureType', 'SignatureValue', 'SignatureValueType', 'SignedInfo', 'SignedInfoType', 'Transform', 'TransformType', 'Transforms', 'TransformsType', 'X509CRL', 'X509Certificate', 'X509Data', 'X509DataType', 'X509IssuerName', 'X509IssuerSerial', 'X509IssuerSerialType', 'X509SKI', 'X509SerialNumber', 'X509SubjectName', 'XPath', 'Y')),
        ('urn:iso:std:iso:15118:-20:CommonMessages', ('AbsolutePriceSchedule', 'AbsolutePriceScheduleType', 'AdditionalSelectedServices', 'AdditionalService', 'AdditionalServiceListType', 'AdditionalServiceType', 'AppliesMinimumMaximumCost', 'AppliesToEnergyFee', 'AppliesToOverstayFee', 'AppliesToParkingFee', 'AuthorizationReq', 'AuthorizationReqType', 'AuthorizationRes', 'AuthorizationResType', 'AuthorizationServices', 'AuthorizationSetupReq', 'AuthorizationSetupReqType', 'AuthorizationSetupRes', 'AuthorizationSetupResType', 'AvailableEnergy', 'BPT_ChannelSelection', 'CPSCertificateChain', 'CarbonDioxideEmission', 'Certificate', 'CertificateChainType', 'CertificateInstallationReq', 'CertificateInstallationReqType', 'CertificateInstallationRes', 'CertificateInstallationResType', 'CertificateInstallationService', 'ChargeProgress', 'ChargingSchedule', 'ChargingScheduleType', 'ChargingSession', 'CheckOutTime', 'ContractCertificateChain', 'ContractCertificateChainType', 'Currency', 'DHPublicKey', 'DepartureTime', 'DeviceLocation', 'DeviceOffset', 'DischargingSchedule', 'Duration', 'Dynamic_EVPPTControlMode', 'Dynamic_EVPPTControlModeType', 'Dynamic_SEReqControlMode', 'Dynamic_SEReqControlModeType', 'Dynamic_SEResControlMode', 'Dynamic_SEResControlModeType', 'Dynamic_SMDTControlMode', 'Dynamic_SMDTControlModeType', 'ECDHCurve', 'EIM_AReqAuthorizationMode', 'EIM_AReqAuthorizationModeType', 'EIM_ASResAuthorizationMode', 'EIM_ASResAuthorizationModeType', 'EMAID', 'EMAIDListType', 'EVAbsolutePriceSchedule', 'EVAbsolutePriceScheduleType', 'EVCCID', 'EVCheckInStatus', 'EVCheckOutStatus', 'EVEnergyOffer', 'EVEnergyOfferType', 'EVMaximumEnergyRequest', 'EVMaximumV2XEnergyRequest', 'EVMinimumEnergyRequest', 'EVMinimumV2XEnergyRequest', 'EVPowerProfile', 'EVPowerProfileEntries', 'EVPowerProfileEntry', 'EVPowerProfileEntryListType', 'EVPowerProfileType', 'EVPowerSchedule', 'EVPowerScheduleEntries', 'EVPowerScheduleEntry', 'EVPowerScheduleEntryListType', 'EVPowerScheduleEntryType', 'EVPowerScheduleType', 'EVPriceRule', 'EVPriceRuleStack', 'EVPriceRuleStackListType', 'EVPriceRuleStackType', 'EVPriceRuleStacks', 'EVPriceRuleType', 'EVProcessing', 'EVSECheckOutStatus', 'EVSEID', 'EVSEProcessing', 'EVSEStatus', 'EVTargetEnergyRequest', 'EVTerminationCode', 'EVTerminationExplanation', 'EnergyFee', 'EnergyTransferServiceList', 'FreeService', 'GenChallenge', 'GoToPause', 'Id', 'Language', 'ListOfRootCertificateIDs', 'MaximumContractCertificateChains', 'MaximumCost', 'MaximumSupportingPoints', 'MeterInfo', 'MeteringConfirmationReq', 'MeteringConfirmationReqType', 'MeteringConfirmationRes', 'MeteringConfirmationResType', 'MinimumCost', 'MinimumSOC', 'Name', 'NumberOfPriceLevels', 'OEMProvisioningCertificateChain', 'OverstayFee', 'OverstayFeePeriod', 'OverstayPowerThreshold', 'OverstayRule', 'OverstayRuleDescription', 'OverstayRuleListType', 'OverstayRuleType', 'OverstayRules', 'OverstayTimeThreshold', 'Parameter', 'ParameterSet', 'ParameterSetID', 'ParameterSetType', 'ParameterType', 'ParkingFee', 'ParkingFeePeriod', 'ParkingMethod', 'ParkingSpace', 'PnC_AReqAuthorizationMode', 'PnC_AReqAuthorizationModeType', 'PnC_ASResAuthorizationMode', 'PnC_ASResAuthorizationModeType', 'Power', 'PowerDeliveryReq', 'PowerDeliveryReqType', 'PowerDeliveryRes', 'PowerDeliveryResType', 'PowerRangeStart', 'PowerSchedule', 'PowerScheduleEntries', 'PowerScheduleEntry', 'PowerScheduleEntryListType', 'PowerScheduleEntryType', 'PowerScheduleType', 'PowerTolerance', 'PowerToleranceAcceptance', 'Power_L2', 'Power_L3', 'PriceAlgorithm', 'PriceLevel', 'PriceLevelSchedule', 'PriceLevelScheduleEntries', 'PriceLevelScheduleEntry', 'PriceLevelScheduleEntryListType', 'PriceLevelScheduleEntryType', 'PriceLevelScheduleType', 'PriceRule', 'PriceRuleStack', 'PriceRuleStackListType', 'PriceRuleStackType', 'PriceRuleStacks', 'PriceRuleType', 'PriceScheduleDescription', 'PriceScheduleID', 'PriceScheduleType', 'PrioritizedEMAIDs', 'ProviderID', 'Receipt', 'RemainingContractCertificateChains', 'RenewableGenerationPercentage', 'SECP521_EncryptedPrivateKey', 'ScheduleExchangeReq', 'ScheduleExchangeReqType', 'ScheduleExchangeRes', 'ScheduleExchangeResType', 'ScheduleTuple', 'ScheduleTupleID', 'ScheduleTupleType', 'Scheduled_EVPPTControlMode', 'Scheduled_EVPPTControlModeType', 'Scheduled_SEReqControlMode', 'Scheduled_SEReqControlModeType', 'Scheduled_SEResControlMode', 'Scheduled_SEResControlModeType', 'Scheduled_SMDTControlMode', 'Scheduled_SMDTControlModeType', 'SelectedAuthorizationService', 'SelectedEnergyTransferService', 'SelectedScheduleTupleID', 'SelectedService', 'SelectedServiceListType', 'SelectedServiceType', 'SelectedVASList', 'Service', 'ServiceDetailReq', 'ServiceDetailReqType', 'ServiceDetailRes', 'ServiceDetailResType', 'ServiceDiscoveryReq', 'ServiceDiscoveryReqType', 'ServiceDiscoveryRes', 'ServiceDiscoveryResType', 'ServiceFee', 'ServiceID', 'ServiceIDListType', 'ServiceListType', 'ServiceName', 'ServiceParameterList', 'ServiceParameterListType', 'ServiceRenegotiationSupported', 'ServiceSelectionReq', 'ServiceSelectionReqType', 'ServiceSelectionRes', 'ServiceSelectionResType', 'ServiceType', 'SessionID', 'SessionSetupReq', 'SessionSetupReqType', 'SessionSetupRes', 'SessionSetupResType', 'SessionStopReq', 'SessionStopReqType', 'SessionStopRes', 'SessionStopResType', 'SignedCertificateChainType', 'SignedInstallationData', 'SignedInstallationDataType', 'SignedMeteringData', 'SignedMeteringDataType', 'StartTime', 'SubCertificates', 'SubCertificatesType', 'SupportedProviders', 'SupportedProvidersListType', 'SupportedServiceIDs', 'TPM_EncryptedPrivateKey', 'TargetDistance', 'TargetOffsetX', 'TargetOffsetY', 'TargetPositionType', 'TargetSOC', 'TaxIncludedInPrice', 'TaxRate', 'TaxRule', 'TaxRuleID', 'TaxRuleListType', 'TaxRuleName', 'TaxRuleType', 'TaxRules', 'TimeAnchor', 'VASList', 'VehicleCheckInReq', 'VehicleCheckInReqType', 'VehicleCheckInRes', 'VehicleCheckInResType', 'VehicleCheckOutReq', 'VehicleCheckOutReqType', 'VehicleCheckOutRes', 'VehicleCheckOutResType', 'VehicleFrame', 'VehicleTravel', 'X448_EncryptedPrivateKey', 'authorizationType', 'boolValue', 'byteValue', 'certificateType', 'channelSelectionType', 'chargeProgressType', 'chargingSessionType', 'currencyType', 'dhPublicKeyType', 'ecdhCurveType', 'evCheckInStatusType', 'evCheckOutStatusType', 'evseCheckOutStatusType', 'finiteString', 'genChallengeType', 'intValue', 'languageType', 'maxSupportingPointsScheduleTupleType', 'parkingMethodType', 'powerToleranceAcceptanceType', 'rationalNumber', 'secp521_EncryptedPrivateKeyType', 'serviceIDType', 'shortValue', 'tpm_EncryptedPrivateKeyType', 'x448_EncryptedPrivateKeyType')),
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
    'urn:iso:std:iso:15118:-20:CommonMessages': (
        '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationRes',
        '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupRes',
        '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode',
        '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode',
        '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod',
        '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationRes',
        '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}DigestMethod',
        '{http://www.w3.org/2000/09/xmldsig#}DigestValue',
        '{http://www.w3.org/2000/09/xmldsig#}KeyInfo',
        '{http://www.w3.org/2000/09/xmldsig#}KeyName',
        '{http://www.w3.org/2000/09/xmldsig#}KeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}Manifest',
        '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationRes',
        '{http://www.w3.org/2000/09/xmldsig#}MgmtData',
        '{http://www.w3.org/2000/09/xmldsig#}Object',
        '{http://www.w3.org/2000/09/xmldsig#}PGPData',
        '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryRes',
        '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue',
        '{http://www.w3.org/2000/09/xmldsig#}Reference',
        '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod',
        '{http://www.w3.org/2000/09/xmldsig#}SPKIData',
        '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeRes',
        '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailRes',
        '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryRes',
        '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionRes',
        '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupRes',
        '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopRes',
        '{http://www.w3.org/2000/09/xmldsig#}Signature',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty',
        '{http://www.w3.org/2000/09/xmldsig#}SignatureValue',
        '{http://www.w3.org/2000/09/xmldsig#}SignedInfo',
        '{urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationData',
        '{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringData',
        '{http://www.w3.org/2000/09/xmldsig#}Transform',
        '{http://www.w3.org/2000/09/xmldsig#}Transforms',
        '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInRes',
        '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutReq',
        '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutRes',
        '{http://www.w3.org/2000/09/xmldsig#}X509Data',
    ),
}

# namespace -> (all element qnames of its schema set, sorted; qname -> (encoder, decoder, class)
# for the complex-typed ones declared with one type): the schema-informed fragment grammar
FRAGMENT_ELEMENTS = {
    'urn:iso:std:iso:15118:-20:CommonMessages': (
        ('{urn:iso:std:iso:15118:-20:CommonMessages}AbsolutePriceSchedule', '{urn:iso:std:iso:15118:-20:CommonTypes}AckMaxDelay', '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalSelectedServices', '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalService', '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}Amount', '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesMinimumMaximumCost', '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToEnergyFee', '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToOverstayFee', '{urn:iso:std:iso:15118:-20:CommonMessages}AppliesToParkingFee', '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationReq', '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationRes', '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationServices', '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupReq', '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupRes', '{urn:iso:std:iso:15118:-20:CommonMessages}AvailableEnergy', '{urn:iso:std:iso:15118:-20:CommonMessages}BPT_ChannelSelection', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_DischargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}BPT_InductiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity', '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode', '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}CPSCertificateChain', '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}CapacitiveEnergyReadingVARh', '{urn:iso:std:iso:15118:-20:CommonMessages}CarbonDioxideEmission', '{urn:iso:std:iso:15118:-20:CommonMessages}Certificate', '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationReq', '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationRes', '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationService', '{urn:iso:std:iso:15118:-20:CommonMessages}ChargeProgress', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargedEnergyReadingWh', '{urn:iso:std:iso:15118:-20:CommonTypes}ChargingComplete', '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingSession', '{urn:iso:std:iso:15118:-20:CommonMessages}CheckOutTime', '{urn:iso:std:iso:15118:-20:CommonMessages}ContractCertificateChain', '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit', '{urn:iso:std:iso:15118:-20:CommonMessages}Currency', '{urn:iso:std:iso:15118:-20:CommonMessages}DHPublicKey', '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonMessages}DepartureTime', '{urn:iso:std:iso:15118:-20:CommonTypes}DepartureTime', '{urn:iso:std:iso:15118:-20:CommonMessages}DeviceLocation', '{urn:iso:std:iso:15118:-20:CommonMessages}DeviceOffset', '{http://www.w3.org/2000/09/xmldsig#}DigestMethod', '{http://www.w3.org/2000/09/xmldsig#}DigestValue', '{urn:iso:std:iso:15118:-20:CommonMessages}DischargingSchedule', '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters', '{urn:iso:std:iso:15118:-20:CommonMessages}Duration', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_EVPPTControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEReqControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEResControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SMDTControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}ECDHCurve', '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_AReqAuthorizationMode', '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_ASResAuthorizationMode', '{urn:iso:std:iso:15118:-20:CommonMessages}EMAID', '{urn:iso:std:iso:15118:-20:CommonMessages}EVAbsolutePriceSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}EVCCID', '{urn:iso:std:iso:15118:-20:CommonMessages}EVCheckInStatus', '{urn:iso:std:iso:15118:-20:CommonMessages}EVCheckOutStatus', '{urn:iso:std:iso:15118:-20:CommonMessages}EVEnergyOffer', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMaximumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonMessages}EVMinimumV2XEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfile', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntries', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntry', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntries', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntry', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRule', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStack', '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStacks', '{urn:iso:std:iso:15118:-20:CommonMessages}EVProcessing', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSECheckOutStatus', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEID', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSENotification', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEProcessing', '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus', '{urn:iso:std:iso:15118:-20:CommonMessages}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest', '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationCode', '{urn:iso:std:iso:15118:-20:CommonMessages}EVTerminationExplanation', '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts', '{urn:iso:std:iso:15118:-20:CommonMessages}EnergyFee', '{urn:iso:std:iso:15118:-20:CommonMessages}EnergyTransferServiceList', '{http://www.w3.org/2000/09/xmldsig#}Exponent', '{urn:iso:std:iso:15118:-20:CommonTypes}Exponent', '{urn:iso:std:iso:15118:-20:CommonMessages}FreeService', '{http://www.w3.org/2000/09/xmldsig#}G', '{urn:iso:std:iso:15118:-20:CommonMessages}GenChallenge', '{urn:iso:std:iso:15118:-20:CommonMessages}GoToPause', '{http://www.w3.org/2000/09/xmldsig#}HMACOutputLength', '{urn:iso:std:iso:15118:-20:CommonTypes}Header', '{urn:iso:std:iso:15118:-20:CommonTypes}InletHot', '{http://www.w3.org/2000/09/xmldsig#}J', '{http://www.w3.org/2000/09/xmldsig#}KeyInfo', '{http://www.w3.org/2000/09/xmldsig#}KeyName', '{http://www.w3.org/2000/09/xmldsig#}KeyValue', '{urn:iso:std:iso:15118:-20:CommonMessages}Language', '{urn:iso:std:iso:15118:-20:CommonMessages}ListOfRootCertificateIDs', '{http://www.w3.org/2000/09/xmldsig#}Manifest', '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumContractCertificateChains', '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumCost', '{urn:iso:std:iso:15118:-20:CommonTypes}MaximumSOC', '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumSupportingPoints', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterID', '{urn:iso:std:iso:15118:-20:CommonMessages}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfoRequested', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterSignature', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterStatus', '{urn:iso:std:iso:15118:-20:CommonTypes}MeterTimestamp', '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationReq', '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationRes', '{http://www.w3.org/2000/09/xmldsig#}MgmtData', '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumCost', '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}MinimumSOC', '{http://www.w3.org/2000/09/xmldsig#}Modulus', '{urn:iso:std:iso:15118:-20:CommonTypes}NotificationMaxDelay', '{urn:iso:std:iso:15118:-20:CommonMessages}NumberOfPriceLevels', '{urn:iso:std:iso:15118:-20:CommonMessages}OEMProvisioningCertificateChain', '{http://www.w3.org/2000/09/xmldsig#}Object', '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts', '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayFee', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayFeePeriod', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayPowerThreshold', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRule', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRuleDescription', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRules', '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayTimeThreshold', '{http://www.w3.org/2000/09/xmldsig#}P', '{http://www.w3.org/2000/09/xmldsig#}PGPData', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyID', '{http://www.w3.org/2000/09/xmldsig#}PGPKeyPacket', '{urn:iso:std:iso:15118:-20:CommonMessages}Parameter', '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSet', '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSetID', '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingFee', '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingFeePeriod', '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingMethod', '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingSpace', '{http://www.w3.org/2000/09/xmldsig#}PgenCounter', '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_AReqAuthorizationMode', '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_ASResAuthorizationMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Power', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryReq', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryRes', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerRangeStart', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntries', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntry', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerTolerance', '{urn:iso:std:iso:15118:-20:CommonMessages}PowerToleranceAcceptance', '{urn:iso:std:iso:15118:-20:CommonMessages}Power_L2', '{urn:iso:std:iso:15118:-20:CommonMessages}Power_L3', '{urn:iso:std:iso:15118:-20:CommonTypes}PresentSOC', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceAlgorithm', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevel', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelSchedule', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntries', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntry', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRule', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStack', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStacks', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleDescription', '{urn:iso:std:iso:15118:-20:CommonMessages}PriceScheduleID', '{urn:iso:std:iso:15118:-20:CommonMessages}PrioritizedEMAIDs', '{urn:iso:std:iso:15118:-20:CommonMessages}ProviderID', '{http://www.w3.org/2000/09/xmldsig#}Q', '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue', '{urn:iso:std:iso:15118:-20:CommonMessages}Receipt', '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt', '{http://www.w3.org/2000/09/xmldsig#}Reference', '{urn:iso:std:iso:15118:-20:CommonMessages}RemainingContractCertificateChains', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMaximumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToMinimumSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}RemainingTimeToTargetSOC', '{urn:iso:std:iso:15118:-20:CommonMessages}RenewableGenerationPercentage', '{urn:iso:std:iso:15118:-20:CommonTypes}ResponseCode', '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod', '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID', '{urn:iso:std:iso:15118:-20:CommonMessages}SECP521_EncryptedPrivateKey', '{http://www.w3.org/2000/09/xmldsig#}SPKIData', '{http://www.w3.org/2000/09/xmldsig#}SPKISexp', '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeReq', '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeRes', '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTuple', '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTupleID', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_EVPPTControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEReqControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEResControlMode', '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SMDTControlMode', '{http://www.w3.org/2000/09/xmldsig#}Seed', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedAuthorizationService', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedEnergyTransferService', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedScheduleTupleID', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedService', '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedVASList', '{urn:iso:std:iso:15118:-20:CommonMessages}Service', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailReq', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailRes', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryReq', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryRes', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceFee', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceID', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceName', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceParameterList', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceRenegotiationSupported', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionReq', '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionRes', '{urn:iso:std:iso:15118:-20:CommonMessages}SessionID', '{urn:iso:std:iso:15118:-20:CommonTypes}SessionID', '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupReq', '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupRes', '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopReq', '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopRes', '{http://www.w3.org/2000/09/xmldsig#}Signature', '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties', '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty', '{http://www.w3.org/2000/09/xmldsig#}SignatureValue', '{http://www.w3.org/2000/09/xmldsig#}SignedInfo', '{urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationData', '{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringData', '{urn:iso:std:iso:15118:-20:CommonMessages}StartTime', '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificates', '{urn:iso:std:iso:15118:-20:CommonMessages}SupportedProviders', '{urn:iso:std:iso:15118:-20:CommonMessages}SupportedServiceIDs', '{urn:iso:std:iso:15118:-20:CommonMessages}TPM_EncryptedPrivateKey', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetDistance', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetOffsetX', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetOffsetY', '{urn:iso:std:iso:15118:-20:CommonMessages}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}TargetSOC', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxIncludedInPrice', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRate', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRule', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonTypes}TaxRuleID', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRuleName', '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRules', '{urn:iso:std:iso:15118:-20:CommonMessages}TimeAnchor', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeAnchor', '{urn:iso:std:iso:15118:-20:CommonTypes}TimeStamp', '{http://www.w3.org/2000/09/xmldsig#}Transform', '{http://www.w3.org/2000/09/xmldsig#}Transforms', '{urn:iso:std:iso:15118:-20:CommonMessages}VASList', '{urn:iso:std:iso:15118:-20:CommonTypes}Value', '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInReq', '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInRes', '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutReq', '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutRes', '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleFrame', '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleTravel', '{urn:iso:std:iso:15118:-20:CommonMessages}X448_EncryptedPrivateKey', '{http://www.w3.org/2000/09/xmldsig#}X509CRL', '{http://www.w3.org/2000/09/xmldsig#}X509Certificate', '{http://www.w3.org/2000/09/xmldsig#}X509Data', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerName', '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial', '{http://www.w3.org/2000/09/xmldsig#}X509SKI', '{http://www.w3.org/2000/09/xmldsig#}X509SerialNumber', '{http://www.w3.org/2000/09/xmldsig#}X509SubjectName', '{http://www.w3.org/2000/09/xmldsig#}XPath', '{http://www.w3.org/2000/09/xmldsig#}Y', '{urn:iso:std:iso:15118:-20:CommonMessages}boolValue', '{urn:iso:std:iso:15118:-20:CommonMessages}byteValue', '{urn:iso:std:iso:15118:-20:CommonMessages}finiteString', '{urn:iso:std:iso:15118:-20:CommonMessages}intValue', '{urn:iso:std:iso:15118:-20:CommonMessages}rationalNumber', '{urn:iso:std:iso:15118:-20:CommonMessages}shortValue'),
        {
            '{urn:iso:std:iso:15118:-20:CommonMessages}AbsolutePriceSchedule': (e_0, d_0, _m_common_messages.AbsolutePriceScheduleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalSelectedServices': (e_1, d_1, _m_common_messages.AdditionalServiceListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}AdditionalService': (e_2, d_2, _m_common_messages.AdditionalServiceType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}AdditionalServicesCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Amount': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationReq': (e_3, d_3, _m_common_messages.AuthorizationReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationRes': (e_4, d_4, _m_common_messages.AuthorizationRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupReq': (e_5, d_5, _m_common_messages.AuthorizationSetupReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}AuthorizationSetupRes': (e_6, d_6, _m_common_messages.AuthorizationSetupRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}AvailableEnergy': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}BatteryEnergyCapacity': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLReqControlMode': (_p_common_types.e_0, _p_common_types.d_0, _m_common_types.CLReqControlMode),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CLResControlMode': (_p_common_types.e_1, _p_common_types.d_1, _m_common_types.CLResControlMode),
            '{urn:iso:std:iso:15118:-20:CommonMessages}CPSCertificateChain': (e_7, d_7, _m_common_messages.CertificateChainType),
            '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethod': (_p_xmldsig.e_0, _p_xmldsig.d_0, _m_xmldsig.CanonicalizationMethod),
            '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationReq': (e_8, d_8, _m_common_messages.CertificateInstallationReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}CertificateInstallationRes': (e_9, d_9, _m_common_messages.CertificateInstallationRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ChargingSchedule': (e_10, d_10, _m_common_messages.ChargingScheduleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ContractCertificateChain': (e_11, d_11, _m_common_messages.ContractCertificateChainType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}CostPerUnit': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{http://www.w3.org/2000/09/xmldsig#}DSAKeyValue': (_p_xmldsig.e_1, _p_xmldsig.d_1, _m_xmldsig.DSAKeyValue),
            '{http://www.w3.org/2000/09/xmldsig#}DigestMethod': (_p_xmldsig.e_2, _p_xmldsig.d_2, _m_xmldsig.DigestMethod),
            '{http://www.w3.org/2000/09/xmldsig#}DigestValue': (_p_xmldsig.es_0, _p_xmldsig.ds_0, _m_xmldsig.DigestValue),
            '{urn:iso:std:iso:15118:-20:CommonMessages}DischargingSchedule': (e_10, d_10, _m_common_messages.ChargingScheduleType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}DisplayParameters': (_p_common_types.e_8, _p_common_types.d_8, _m_common_types.DisplayParametersType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_EVPPTControlMode': (e_12, d_12, _m_common_messages.Dynamic_EVPPTControlModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEReqControlMode': (e_13, d_13, _m_common_messages.Dynamic_SEReqControlModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SEResControlMode': (e_14, d_14, _m_common_messages.Dynamic_SEResControlModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Dynamic_SMDTControlMode': (e_15, d_15, _m_common_messages.Dynamic_SMDTControlModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_AReqAuthorizationMode': (e_16, d_16, _m_common_messages.EIM_AReqAuthorizationModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EIM_ASResAuthorizationMode': (e_17, d_17, _m_common_messages.EIM_ASResAuthorizationModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVAbsolutePriceSchedule': (e_19, d_19, _m_common_messages.EVAbsolutePriceScheduleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVEnergyOffer': (e_20, d_20, _m_common_messages.EVEnergyOfferType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVMaximumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMaximumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVMaximumV2XEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVMinimumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVMinimumEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVMinimumV2XEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfile': (e_22, d_22, _m_common_messages.EVPowerProfileType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntries': (e_21, d_21, _m_common_messages.EVPowerProfileEntryListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerProfileEntry': (e_40, d_40, _m_common_messages.PowerScheduleEntryType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerSchedule': (e_25, d_25, _m_common_messages.EVPowerScheduleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntries': (e_23, d_23, _m_common_messages.EVPowerScheduleEntryListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPowerScheduleEntry': (e_24, d_24, _m_common_messages.EVPowerScheduleEntryType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRule': (e_28, d_28, _m_common_messages.EVPriceRuleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStack': (e_27, d_27, _m_common_messages.EVPriceRuleStackType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVPriceRuleStacks': (e_26, d_26, _m_common_messages.EVPriceRuleStackListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVSEStatus': (_p_common_types.e_11, _p_common_types.d_11, _m_common_types.EVSEStatusType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVSEStatus': (_p_common_types.e_11, _p_common_types.d_11, _m_common_types.EVSEStatusType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EVTargetEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EVTargetEnergyRequest': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}EnergyCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EnergyFee': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}EnergyTransferServiceList': (e_63, d_63, _m_common_messages.ServiceListType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Header': (_p_common_types.e_13, _p_common_types.d_13, _m_common_types.MessageHeaderType),
            '{http://www.w3.org/2000/09/xmldsig#}KeyInfo': (_p_xmldsig.e_3, _p_xmldsig.d_3, _m_xmldsig.KeyInfo),
            '{http://www.w3.org/2000/09/xmldsig#}KeyName': (_p_xmldsig.es_1, _p_xmldsig.ds_1, _m_xmldsig.KeyName),
            '{http://www.w3.org/2000/09/xmldsig#}KeyValue': (_p_xmldsig.e_4, _p_xmldsig.d_4, _m_xmldsig.KeyValue),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ListOfRootCertificateIDs': (_p_common_types.e_12, _p_common_types.d_12, _m_common_types.ListOfRootCertificateIDsType),
            '{http://www.w3.org/2000/09/xmldsig#}Manifest': (_p_xmldsig.e_5, _p_xmldsig.d_5, _m_xmldsig.Manifest),
            '{urn:iso:std:iso:15118:-20:CommonMessages}MaximumCost': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}MeterInfo': (_p_common_types.e_14, _p_common_types.d_14, _m_common_types.MeterInfoType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}MeterInfo': (_p_common_types.e_14, _p_common_types.d_14, _m_common_types.MeterInfoType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationReq': (e_29, d_29, _m_common_messages.MeteringConfirmationReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}MeteringConfirmationRes': (e_30, d_30, _m_common_messages.MeteringConfirmationRes),
            '{http://www.w3.org/2000/09/xmldsig#}MgmtData': (_p_xmldsig.es_2, _p_xmldsig.ds_2, _m_xmldsig.MgmtData),
            '{urn:iso:std:iso:15118:-20:CommonMessages}MinimumCost': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}OEMProvisioningCertificateChain': (e_72, d_72, _m_common_messages.SignedCertificateChainType),
            '{http://www.w3.org/2000/09/xmldsig#}Object': (_p_xmldsig.e_6, _p_xmldsig.d_6, _m_xmldsig.Object),
            '{urn:iso:std:iso:15118:-20:CommonTypes}OccupancyCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}OverstayCosts': (_p_common_types.e_6, _p_common_types.d_6, _m_common_types.DetailedCostType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayFee': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayPowerThreshold': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRule': (e_32, d_32, _m_common_messages.OverstayRuleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}OverstayRules': (e_31, d_31, _m_common_messages.OverstayRuleListType),
            '{http://www.w3.org/2000/09/xmldsig#}PGPData': (_p_xmldsig.e_7, _p_xmldsig.d_7, _m_xmldsig.PGPData),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Parameter': (e_34, d_34, _m_common_messages.ParameterType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ParameterSet': (e_33, d_33, _m_common_messages.ParameterSetType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ParkingFee': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_AReqAuthorizationMode': (e_35, d_35, _m_common_messages.PnC_AReqAuthorizationModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PnC_ASResAuthorizationMode': (e_36, d_36, _m_common_messages.PnC_ASResAuthorizationModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Power': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryReq': (e_37, d_37, _m_common_messages.PowerDeliveryReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PowerDeliveryRes': (e_38, d_38, _m_common_messages.PowerDeliveryRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PowerRangeStart': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PowerSchedule': (e_41, d_41, _m_common_messages.PowerScheduleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntries': (e_39, d_39, _m_common_messages.PowerScheduleEntryListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PowerScheduleEntry': (e_40, d_40, _m_common_messages.PowerScheduleEntryType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PowerTolerance': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Power_L2': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Power_L3': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelSchedule': (e_44, d_44, _m_common_messages.PriceLevelScheduleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntries': (e_42, d_42, _m_common_messages.PriceLevelScheduleEntryListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PriceLevelScheduleEntry': (e_43, d_43, _m_common_messages.PriceLevelScheduleEntryType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRule': (e_47, d_47, _m_common_messages.PriceRuleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStack': (e_46, d_46, _m_common_messages.PriceRuleStackType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PriceRuleStacks': (e_45, d_45, _m_common_messages.PriceRuleStackListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}PrioritizedEMAIDs': (e_18, d_18, _m_common_messages.EMAIDListType),
            '{http://www.w3.org/2000/09/xmldsig#}RSAKeyValue': (_p_xmldsig.e_8, _p_xmldsig.d_8, _m_xmldsig.RSAKeyValue),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Receipt': (_p_common_types.e_16, _p_common_types.d_16, _m_common_types.ReceiptType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}Receipt': (_p_common_types.e_16, _p_common_types.d_16, _m_common_types.ReceiptType),
            '{http://www.w3.org/2000/09/xmldsig#}Reference': (_p_xmldsig.e_9, _p_xmldsig.d_9, _m_xmldsig.Reference),
            '{http://www.w3.org/2000/09/xmldsig#}RetrievalMethod': (_p_xmldsig.e_10, _p_xmldsig.d_10, _m_xmldsig.RetrievalMethod),
            '{urn:iso:std:iso:15118:-20:CommonTypes}RootCertificateID': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
            '{http://www.w3.org/2000/09/xmldsig#}SPKIData': (_p_xmldsig.e_11, _p_xmldsig.d_11, _m_xmldsig.SPKIData),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeReq': (e_49, d_49, _m_common_messages.ScheduleExchangeReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleExchangeRes': (e_50, d_50, _m_common_messages.ScheduleExchangeRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ScheduleTuple': (e_51, d_51, _m_common_messages.ScheduleTupleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_EVPPTControlMode': (e_52, d_52, _m_common_messages.Scheduled_EVPPTControlModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEReqControlMode': (e_53, d_53, _m_common_messages.Scheduled_SEReqControlModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SEResControlMode': (e_54, d_54, _m_common_messages.Scheduled_SEResControlModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Scheduled_SMDTControlMode': (e_55, d_55, _m_common_messages.Scheduled_SMDTControlModeType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedEnergyTransferService': (e_57, d_57, _m_common_messages.SelectedServiceType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedService': (e_57, d_57, _m_common_messages.SelectedServiceType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SelectedVASList': (e_56, d_56, _m_common_messages.SelectedServiceListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}Service': (e_67, d_67, _m_common_messages.ServiceType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailReq': (e_58, d_58, _m_common_messages.ServiceDetailReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDetailRes': (e_59, d_59, _m_common_messages.ServiceDetailRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryReq': (e_60, d_60, _m_common_messages.ServiceDiscoveryReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceDiscoveryRes': (e_61, d_61, _m_common_messages.ServiceDiscoveryRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceFee': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceParameterList': (e_64, d_64, _m_common_messages.ServiceParameterListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionReq': (e_65, d_65, _m_common_messages.ServiceSelectionReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}ServiceSelectionRes': (e_66, d_66, _m_common_messages.ServiceSelectionRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupReq': (e_68, d_68, _m_common_messages.SessionSetupReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SessionSetupRes': (e_69, d_69, _m_common_messages.SessionSetupRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopReq': (e_70, d_70, _m_common_messages.SessionStopReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SessionStopRes': (e_71, d_71, _m_common_messages.SessionStopRes),
            '{http://www.w3.org/2000/09/xmldsig#}Signature': (_p_xmldsig.e_15, _p_xmldsig.d_15, _m_xmldsig.Signature),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureMethod': (_p_xmldsig.e_12, _p_xmldsig.d_12, _m_xmldsig.SignatureMethod),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperties': (_p_xmldsig.e_13, _p_xmldsig.d_13, _m_xmldsig.SignatureProperties),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureProperty': (_p_xmldsig.e_14, _p_xmldsig.d_14, _m_xmldsig.SignatureProperty),
            '{http://www.w3.org/2000/09/xmldsig#}SignatureValue': (_p_xmldsig.e_16, _p_xmldsig.d_16, _m_xmldsig.SignatureValue),
            '{http://www.w3.org/2000/09/xmldsig#}SignedInfo': (_p_xmldsig.e_17, _p_xmldsig.d_17, _m_xmldsig.SignedInfo),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SignedInstallationData': (e_73, d_73, _m_common_messages.SignedInstallationData),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SignedMeteringData': (e_74, d_74, _m_common_messages.SignedMeteringData),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SubCertificates': (e_75, d_75, _m_common_messages.SubCertificatesType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SupportedProviders': (e_76, d_76, _m_common_messages.SupportedProvidersListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}SupportedServiceIDs': (e_62, d_62, _m_common_messages.ServiceIDListType),
            '{urn:iso:std:iso:15118:-20:CommonTypes}TaxCosts': (_p_common_types.e_7, _p_common_types.d_7, _m_common_types.DetailedTaxType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRate': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRule': (e_79, d_79, _m_common_messages.TaxRuleType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}TaxRules': (e_78, d_78, _m_common_messages.TaxRuleListType),
            '{http://www.w3.org/2000/09/xmldsig#}Transform': (_p_xmldsig.e_18, _p_xmldsig.d_18, _m_xmldsig.Transform),
            '{http://www.w3.org/2000/09/xmldsig#}Transforms': (_p_xmldsig.e_19, _p_xmldsig.d_19, _m_xmldsig.Transforms),
            '{urn:iso:std:iso:15118:-20:CommonMessages}VASList': (e_63, d_63, _m_common_messages.ServiceListType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInReq': (e_80, d_80, _m_common_messages.VehicleCheckInReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckInRes': (e_81, d_81, _m_common_messages.VehicleCheckInRes),
            '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutReq': (e_82, d_82, _m_common_messages.VehicleCheckOutReq),
            '{urn:iso:std:iso:15118:-20:CommonMessages}VehicleCheckOutRes': (e_83, d_83, _m_common_messages.VehicleCheckOutRes),
            '{http://www.w3.org/2000/09/xmldsig#}X509Data': (_p_xmldsig.e_20, _p_xmldsig.d_20, _m_xmldsig.X509Data),
            '{http://www.w3.org/2000/09/xmldsig#}X509IssuerSerial': (_p_xmldsig.e_21, _p_xmldsig.d_21, _m_xmldsig.X509IssuerSerialType),
            '{urn:iso:std:iso:15118:-20:CommonMessages}rationalNumber': (_p_common_types.e_15, _p_common_types.d_15, _m_common_types.RationalNumberType),
        },
    ),
}
