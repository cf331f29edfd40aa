"""Network membership keys: a fresh random NMK per session and the NID HomePlug AV derives from it."""
from __future__ import annotations

import hashlib
import secrets

from .constants import NID_LEN, NID_SECURITY_LEVEL_SIMPLE_CONNECT, NMK_LEN


def random_nmk() -> bytes:
    return secrets.token_bytes(NMK_LEN)


def nid_from_nmk(nmk: bytes, security_level: int = NID_SECURITY_LEVEL_SIMPLE_CONNECT) -> bytes:
    """HomePlug AV 1.1: SHA-256 of the NMK rehashed four times; 52 bits of it plus the security level."""
    if len(nmk) != NMK_LEN:
        raise ValueError(f"NMK must be {NMK_LEN} octets, got {len(nmk)}")
    digest = hashlib.sha256(nmk).digest()
    for _ in range(4):
        digest = hashlib.sha256(digest).digest()
    nid = bytearray(digest[:NID_LEN])
    nid[-1] = (nid[-1] >> 4) | ((security_level & 0x03) << 4)
    return bytes(nid)
