"""Schema-informed EXI 1.0 codec for ISO 15118-20, SupportedAppProtocol, DIN SPEC 70121 and ISO 15118-2,
generated from exi_schemas/; each namespace's codec is a module of its own, loaded on first use (_parts).

Options, each confirmed byte for byte against EXIficient (the reference), the same for DIN and -2 except
where noted (tests/exi_corpus: every DIN/-2 body element, child element and list maximum):
- header 0x80 (no options, no cookie), bit-packed, schema-informed;
- NON-strict grammars: every element state also has second-level events, so a state with n first-level
  events uses ceil(log2(n+1)) bits; an empty string/binary element is written as EE right after SE
  (escape, second-level code 0), while CH with a zero-length value (libcbv2g's form) decodes too;
- value partition capacity 0: every string is written as a miss (length + 2); the decoder still keeps the
  tables, so local/global hits from a table-using encoder decode as well;
- the document grammar of a namespace lists every global element of the schema loaded for it (with its
  imports: CommonTypes, xmldsig), sorted by local name then URI, plus SE(*);
- fragments (what -20 digests and signs, and SignedInfo): the schema-informed fragment grammar over all
  element declarations of that schema set (281 for CommonMessages, 45 for xmldsig), ending with ED;
- maxOccurs up to 128 is expanded exactly (a counted loop, not 128 states); larger bounds (255, 1024, 2048)
  get the unbounded grammar as in EXIficient, while encode and decode still enforce the bound; in -2 the
  reference expands only up to 8 (SelectedService 16, RootCertificateID 20, ProfileEntry 24: unbounded);
- substitution groups list their head even when it is abstract (-2 BodyElement), as EXIficient does;
- DIN/-2: documents are V2G_Message in the MsgDef schema set; what -2 signs (AuthorizationReq,
  MeteringReceiptReq, ContractSignatureCertChain, ContractSignatureEncryptedPrivateKey, DHpublickey) uses
  the fragment grammar of that schema set; eMAID, declared with two types, its element fragment grammar;
- decoding is as liberal as the reference: integers outside their facets (in an n-bit field, or as
  EXIficient's CH [untyped value]) are read, trailing bytes after the document are ignored;
- strings are written exactly as given (no whiteSpace collapse of xs:ID/xs:anyURI), as EXIficient's encoder does;
- xs:any wildcards and mixed text of the xmldsig types (SignatureProperty, Object, KeyInfo, Transform, ...):
  the `content` field of those classes, a list of text, AnyElement (foreign elements) and instances of
  global element classes (their schema grammar); qnames through the URI and local-name string tables,
  which start with the schema set's names. The -20 setting is an EXI Profile without built-in grammars
  (maxBuiltInElementGrammars = maxBuiltInProductions = 0): a foreign element is written with
  xsi:type="xs:anyType" and the anyType grammar, as EXIficient does; the decoder also reads the built-in
  grammar form (learning as the stream goes) of encoders without that profile. Text and wildcard elements
  follow the declared children of the same element (their position relative to those is not kept).
Not supported: xsi:type other than xs:anyType, xsi:nil and other second-level events on decode
(rejected with EXIDecodeError).
Facet checks on encode: integer ranges, enumerations, length bounds, occurrence bounds, choices. The
decoder reads values outside the length facets, as the reference does (the session states judge them).

  encode(message) -> bytes                 full EXI stream (header 0x80); namespace from the message class
  decode(data, namespace) -> message
  encode_fragment(element) / decode_fragment(data, namespace)   the EXI of what -20 signs
  to_json(message) / from_json(obj, namespace)                  EXIficient's JSON shape
"""
from __future__ import annotations

from ..messages._any import AnyElement
from ._api import decode, decode_fragment, encode, encode_fragment
from ._json import from_json, to_json
from .errors import EXIDecodeError, EXIEncodeError, EXIError

__all__ = ["AnyElement", "EXIDecodeError", "EXIEncodeError", "EXIError", "decode", "decode_fragment", "encode",
           "encode_fragment", "from_json", "to_json"]
