"""Schema-informed EXI 1.0 codec for ISO 15118-20 (and SupportedAppProtocol), generated from exi_schemas/.

Options as ISO 15118-20 uses them and EXIficient (the reference) applies them: bit-packed, schema-informed,
non-strict grammars, header 0x80 without options, no cookie, value string tables on.

  encode(message) -> bytes                 full EXI stream (header 0x80); namespace from the message class
  decode(data, namespace) -> message
  encode_fragment(element) / decode_fragment(data, namespace)   the EXI of what -20 signs
  to_json(message) / from_json(obj, namespace)                  EXIficient's JSON shape
"""
from __future__ import annotations

from ._api import decode, decode_fragment, encode, encode_fragment
from ._json import from_json, to_json
from .errors import EXIDecodeError, EXIEncodeError, EXIError

__all__ = ["EXIDecodeError", "EXIEncodeError", "EXIError", "decode", "decode_fragment", "encode",
           "encode_fragment", "from_json", "to_json"]
