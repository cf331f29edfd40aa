"""`python -m iso15118.exi encode|decode|encode-fragment|decode-fragment NAMESPACE`, like exi-oracle.

encode: one JSON message per stdin line -> one hex line; decode: hex lines -> JSON lines. A line that
fails prints `ERROR: <reason>` in its place and the others go on. As exi-oracle does, encode/decode in the
xmldsig namespace work on fragments (SignedInfo as -20 signs it); the -fragment modes do so in any namespace.
In the DIN and -2 namespaces, encode makes a document of V2G_Message and a fragment of any other root
(AuthorizationReq, MeteringReceiptReq, ContractSignatureEncryptedPrivateKey, ... as -2 signs them), as
exi-oracle does; their body elements are named under the MsgDef namespace there.
"""
from __future__ import annotations

import json
import re
import sys

from . import _codec, decode, encode, encode_fragment, from_json, to_json
from ._api import decode_fragment_named
from ._json import root_element
from .errors import EXIDecodeError, EXIError

MODES = ("encode", "decode", "encode-fragment", "decode-fragment")


XMLDSIG = "http://www.w3.org/2000/09/xmldsig#"
# Characters XML 1.0 forbids. exi-oracle's JSON bridge goes through XML (JAXB) and answers ERROR for a
# message holding one, though EXI carries them: a BMW iX sends a -2 ServiceScope of 64 NULs. The codec
# decodes such a message (the SECC must serve that car); the CLI answers as the reference does.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text_only(obj: object, path: tuple[str, ...] = ()) -> object:
    """obj, after checking that every string in it is XML text (EXIDecodeError otherwise)."""
    if isinstance(obj, str):
        if _NOT_XML.search(obj):
            raise EXIDecodeError(0, list(path), "character not allowed in XML (the reference refuses it)")
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _xml_text_only(v, path + (k,))
    elif isinstance(obj, list):
        for v in obj:
            _xml_text_only(v, path)
    return obj


def convert(mode: str, namespace: str, line: str) -> str:
    if namespace == XMLDSIG and mode in ("encode", "decode"):
        mode += "-fragment"
    if mode.startswith("encode"):
        obj = json.loads(line)
        msg = from_json(obj, namespace)
        q = root_element(next(iter(obj)), namespace)[0]
        v2g = namespace in _codec.DOCUMENT_NAMESPACE.values()     # DIN/-2: only V2G_Message is a document
        if mode == "encode" and not (v2g and not q.endswith("}V2G_Message")):
            return encode(msg).hex()
        return encode_fragment(msg, namespace, q).hex()
    data = bytes.fromhex(line)
    if mode == "decode":
        return json.dumps(_xml_text_only(to_json(decode(data, namespace))), separators=(",", ":"))
    q, msg = decode_fragment_named(data, namespace)
    return json.dumps(_xml_text_only(_root_json(q, msg)), separators=(",", ":"))


def _root_json(qname: str, msg: object) -> dict:
    if getattr(type(msg), "XSD_ELEMENT", None):
        return to_json(msg)
    from ._json import _obj_to_json
    return {qname.rsplit("}", 1)[1]: _obj_to_json(msg)}


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or args[0] not in MODES:
        print(__doc__, file=sys.stderr)
        return 2
    mode, namespace = args
    for raw in sys.stdin:
        line = raw.strip()
        if not line:
            continue
        try:
            out = convert(mode, namespace, line)
        except (EXIError, ValueError, KeyError, TypeError) as e:
            out = "ERROR: " + (str(e).splitlines() or [type(e).__name__])[0]
        print(out, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
