"""Typed ISO 15118-20, SupportedAppProtocol, DIN SPEC 70121 and ISO 15118-2 messages, generated from
exi_schemas/ (see iso15118.exi.generator); one module per XSD namespace (DIN/-2: din_*, iso2_*).

Every XSD complexType is a kw_only dataclass named as the type; every global element is a class named
as the element that subclasses its type (a message is an instance of its element class). Enumerations
are Enums named as the XSD simple type.

Field metadata (``dataclasses.fields(cls)[i].metadata``), used by the EXI codec, JSON mapping and tests:
  kind        "element" | "attribute" | "value" (the text of a simple-content type)
              | "content": xs:any wildcard elements and mixed text, in document order, after the declared
              children (str, AnyElement, or an instance of a global element class of the schema set)
  qname       "{namespace}LocalName" of the element/attribute
  xsd_type    "{namespace}typeName" of its XSD type (built-ins under the XMLSchema namespace)
  builtin     for simple types: the XSD built-in it derives from (unsignedShort, string, hexBinary, ...)
  min_occurs, max_occurs   occurrence bounds (max_occurs None = unbounded); list fields when max > 1
  choice      alternatives of one xs:choice share a number (exactly one of them must be set)
  facets      resolved value bounds: min, max (ints, incl. the built-in type's own range),
              length, min_length, max_length (str chars / bytes octets), pattern
Class attributes: XSD_TYPE (type qname), XSD_ELEMENT (element qname, on element classes).
"""

XMLDSIG = 'http://www.w3.org/2000/09/xmldsig#'
APP_PROTOCOL = 'urn:iso:15118:2:2010:AppProtocol'
COMMON_TYPES = 'urn:iso:std:iso:15118:-20:CommonTypes'
COMMON_MESSAGES = 'urn:iso:std:iso:15118:-20:CommonMessages'
AC = 'urn:iso:std:iso:15118:-20:AC'
DC = 'urn:iso:std:iso:15118:-20:DC'
WPT = 'urn:iso:std:iso:15118:-20:WPT'
ACDP = 'urn:iso:std:iso:15118:-20:ACDP'
DIN_MSG_DEF = 'urn:din:70121:2012:MsgDef'
DIN_MSG_HEADER = 'urn:din:70121:2012:MsgHeader'
DIN_MSG_BODY = 'urn:din:70121:2012:MsgBody'
DIN_MSG_DATA_TYPES = 'urn:din:70121:2012:MsgDataTypes'
ISO2_MSG_DEF = 'urn:iso:15118:2:2013:MsgDef'
ISO2_MSG_HEADER = 'urn:iso:15118:2:2013:MsgHeader'
ISO2_MSG_BODY = 'urn:iso:15118:2:2013:MsgBody'
ISO2_MSG_DATA_TYPES = 'urn:iso:15118:2:2013:MsgDataTypes'
