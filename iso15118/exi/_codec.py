"""Generated from exi_schemas/ by `python -m iso15118.exi.generator`; do not edit.

The codec's tables, filled per namespace from its module _codec_<part> on first lookup
(iso15118.exi._parts): ELEMENTS (qname -> encoder, decoder, class), QNAME_TABLES, MEMBERS,
DOCUMENT_ELEMENTS, FRAGMENT_ELEMENTS, as each part module defines them.
"""
from __future__ import annotations

from ._parts import LazyTable, ns_of_key, ns_of_member_key

ELEMENTS = LazyTable(ns_of_key, {})
QNAME_TABLES = LazyTable(None, {})
MEMBERS = LazyTable(ns_of_member_key, {})
DOCUMENT_ELEMENTS = LazyTable(None, {})
FRAGMENT_ELEMENTS = LazyTable(None, {})

# types with mixed content: the JSON shape gives each of their child elements as a list
MIXED_TYPES = frozenset({
    '{http://www.w3.org/2000/09/xmldsig#}CanonicalizationMethodType',
    '{http://www.w3.org/2000/09/xmldsig#}DigestMethodType',
    '{http://www.w3.org/2000/09/xmldsig#}KeyInfoType',
    '{http://www.w3.org/2000/09/xmldsig#}KeyValueType',
    '{http://www.w3.org/2000/09/xmldsig#}ObjectType',
    '{http://www.w3.org/2000/09/xmldsig#}SignatureMethodType',
    '{http://www.w3.org/2000/09/xmldsig#}SignaturePropertyType',
    '{http://www.w3.org/2000/09/xmldsig#}TransformType',
})

# namespace -> the codec module that holds it
PARTS = {
    'http://www.w3.org/2000/09/xmldsig#': '_codec_xmldsig',
    'urn:iso:15118:2:2010:AppProtocol': '_codec_app_protocol',
    'urn:iso:std:iso:15118:-20:CommonTypes': '_codec_common_types',
    'urn:iso:std:iso:15118:-20:CommonMessages': '_codec_common_messages',
    'urn:iso:std:iso:15118:-20:AC': '_codec_ac',
    'urn:iso:std:iso:15118:-20:DC': '_codec_dc',
    'urn:iso:std:iso:15118:-20:WPT': '_codec_wpt',
    'urn:iso:std:iso:15118:-20:ACDP': '_codec_acdp',
    'urn:din:70121:2012:MsgDef': '_codec_din',
    'urn:din:70121:2012:MsgHeader': '_codec_din',
    'urn:din:70121:2012:MsgBody': '_codec_din',
    'urn:din:70121:2012:MsgDataTypes': '_codec_din',
    'urn:iso:15118:2:2013:MsgDef': '_codec_iso2',
    'urn:iso:15118:2:2013:MsgHeader': '_codec_iso2',
    'urn:iso:15118:2:2013:MsgBody': '_codec_iso2',
    'urn:iso:15118:2:2013:MsgDataTypes': '_codec_iso2',
}

# namespace of a DIN/-2 element -> the namespace whose document and fragment grammars hold it
DOCUMENT_NAMESPACE = {
    'urn:din:70121:2012:MsgHeader': 'urn:din:70121:2012:MsgDef',
    'urn:din:70121:2012:MsgBody': 'urn:din:70121:2012:MsgDef',
    'urn:din:70121:2012:MsgDataTypes': 'urn:din:70121:2012:MsgDef',
    'urn:iso:15118:2:2013:MsgHeader': 'urn:iso:15118:2:2013:MsgDef',
    'urn:iso:15118:2:2013:MsgBody': 'urn:iso:15118:2:2013:MsgDef',
    'urn:iso:15118:2:2013:MsgDataTypes': 'urn:iso:15118:2:2013:MsgDef',
}
