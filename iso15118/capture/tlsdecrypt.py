"""Decrypt captured TLS 1.3 (-20) and TLS 1.2 (-2) connections with an NSS key log (SSLKEYLOGFILE).

The key schedule is what the RFCs say (RFC 8446 7.1-7.3 HKDF-Expand-Label; RFC 5246 5 and 6.3 PRF and
key block), the ciphers are `cryptography`'s AEADs and AES-CBC/HMAC. `cryptography` exposes no TLS
record layer or TLS PRF, so the record parsing, the TLS 1.2 PRF and the handshake tracking are written
here (as in Wireshark's dissector); nothing here handshakes or negotiates.
"""
from __future__ import annotations

import hashlib
import hmac
import struct
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

CHANGE_CIPHER_SPEC, ALERT, HANDSHAKE, APPLICATION_DATA = 20, 21, 22, 23
_CLIENT_HELLO, _SERVER_HELLO, _FINISHED, _KEY_UPDATE = 1, 2, 20, 24
_MAX_RECORD = (1 << 14) + 2048
#: Records a direction holds while waiting for its key to appear in a key log being written (live capture).
MAX_HELD_RECORDS = 64
# RFC 8446 4.1.3: a ServerHello with this random is a HelloRetryRequest.
_HRR_RANDOM = hashlib.sha256(b"HelloRetryRequest").digest()
_EXT_SUPPORTED_VERSIONS, _EXT_ENCRYPT_THEN_MAC = 43, 22
TLS12, TLS13 = 0x0303, 0x0304


class TLSDecryptError(Exception):
    """A record that does not decrypt or authenticate with the logged keys."""


class KeyLog:
    """Secrets from an NSS key log, looked up by label and client random. Loaded from a file, it reads
    the file again when a secret is missing and the file has grown (a live capture beside a running
    endpoint that appends to it)."""

    def __init__(self, text: str = "", path: Path | None = None) -> None:
        self._secrets: dict[tuple[str, bytes], bytes] = {}
        self._path = path
        self._size = 0
        self.add(text)

    @classmethod
    def load(cls, path: str | Path) -> KeyLog:
        keylog = cls(path=Path(path))
        keylog._reload()
        return keylog

    def add(self, text: str) -> None:
        for line in text.splitlines():
            parts = line.split()
            if len(parts) != 3 or line.startswith("#"):
                continue
            try:
                self._secrets[(parts[0], bytes.fromhex(parts[1]))] = bytes.fromhex(parts[2])
            except ValueError:
                continue

    def _reload(self) -> None:
        assert self._path is not None
        data = self._path.read_bytes()
        self._size = len(data)
        self.add(data.decode("ascii", "replace"))

    def get(self, label: str, client_random: bytes) -> bytes | None:
        secret = self._secrets.get((label, client_random))
        if secret is None and self._path is not None and self._path.stat().st_size != self._size:
            self._reload()
            secret = self._secrets.get((label, client_random))
        return secret

    def __len__(self) -> int:
        return len(self._secrets)


@dataclass(frozen=True)
class Suite:
    name: str
    hash: hashes.HashAlgorithm
    key_length: int
    kind: str  # "gcm" | "chacha" | "cbc"
    mac_length: int = 0  # CBC suites' HMAC length


SUITES: dict[int, Suite] = {
    0x1301: Suite("TLS_AES_128_GCM_SHA256", hashes.SHA256(), 16, "gcm"),
    0x1302: Suite("TLS_AES_256_GCM_SHA384", hashes.SHA384(), 32, "gcm"),
    0x1303: Suite("TLS_CHACHA20_POLY1305_SHA256", hashes.SHA256(), 32, "chacha"),
    # TLS 1.2: ISO 15118-2's two suites first, then the common ECDHE AEAD ones.
    0xC023: Suite("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", hashes.SHA256(), 16, "cbc", 32),
    0xC025: Suite("TLS_ECDH_ECDSA_WITH_AES_128_CBC_SHA256", hashes.SHA256(), 16, "cbc", 32),
    0xC024: Suite("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", hashes.SHA384(), 32, "cbc", 48),
    0xC027: Suite("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", hashes.SHA256(), 16, "cbc", 32),
    0xC02B: Suite("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", hashes.SHA256(), 16, "gcm"),
    0xC02C: Suite("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", hashes.SHA384(), 32, "gcm"),
    0xC02F: Suite("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", hashes.SHA256(), 16, "gcm"),
    0xC030: Suite("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", hashes.SHA384(), 32, "gcm"),
    0xCCA9: Suite("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", hashes.SHA256(), 32, "chacha"),
}


def hkdf_expand_label(secret: bytes, label: str, context: bytes, length: int, hash: hashes.HashAlgorithm) -> bytes:
    full = b"tls13 " + label.encode()
    info = struct.pack(">HB", length, len(full)) + full + bytes([len(context)]) + context
    return HKDFExpand(hash, length, info).derive(secret)


def tls12_prf(secret: bytes, label: bytes, seed: bytes, length: int, hash_name: str) -> bytes:
    """RFC 5246 section 5: P_hash(secret, label + seed)."""
    seed = label + seed
    out, a = b"", seed
    while len(out) < length:
        a = hmac.new(secret, a, hash_name).digest()
        out += hmac.new(secret, a + seed, hash_name).digest()
    return out[:length]


@dataclass
class _Keys:
    """One direction's record protection and its sequence number."""

    suite: Suite
    key: bytes
    iv: bytes
    version: int
    mac_key: bytes = b""
    encrypt_then_mac: bool = False
    seq: int = 0

    def open(self, record_type: int, header: bytes, fragment: bytes) -> bytes:
        seq = self.seq
        self.seq += 1
        try:
            if self.suite.kind == "cbc":
                return self._open_cbc(record_type, header, fragment, seq)
            aead = AESGCM(self.key) if self.suite.kind == "gcm" else ChaCha20Poly1305(self.key)
            if self.version == TLS13 or self.suite.kind == "chacha":
                nonce = bytes(a ^ b for a, b in zip(self.iv, seq.to_bytes(12, "big")))
                aad = header if self.version == TLS13 else self._aad12(seq, record_type, len(fragment) - 16)
                return aead.decrypt(nonce, fragment, aad)
            nonce, body = self.iv + fragment[:8], fragment[8:]
            return aead.decrypt(nonce, body, self._aad12(seq, record_type, len(body) - 16))
        except TLSDecryptError:
            raise
        except Exception as exc:  # InvalidTag, bad lengths: the keys do not fit this record
            raise TLSDecryptError(f"record {seq} does not authenticate with the logged keys ({type(exc).__name__})") from None

    def _aad12(self, seq: int, record_type: int, length: int) -> bytes:
        return struct.pack(">QBHH", seq, record_type, self.version, length)

    def _open_cbc(self, record_type: int, header: bytes, fragment: bytes, seq: int) -> bytes:
        mac_length = self.suite.mac_length
        hash_name = self.suite.hash.name
        if self.encrypt_then_mac:
            body, mac = fragment[:-mac_length], fragment[-mac_length:]
            expected = hmac.new(self.mac_key, self._aad12(seq, record_type, len(body)) + body, hash_name).digest()
            if not hmac.compare_digest(mac, expected):
                raise TLSDecryptError(f"record {seq}: MAC does not verify (encrypt-then-MAC)")
            return _cbc_decrypt(self.key, body)
        plain = _cbc_decrypt(self.key, fragment)
        content, mac = plain[:-mac_length], plain[-mac_length:]
        expected = hmac.new(self.mac_key, self._aad12(seq, record_type, len(content)) + content, hash_name).digest()
        if not hmac.compare_digest(mac, expected):
            raise TLSDecryptError(f"record {seq}: MAC does not verify")
        return content


def _cbc_decrypt(key: bytes, body: bytes) -> bytes:
    """Explicit IV (TLS 1.1+) then ciphertext; TLS padding is n+1 bytes of value n."""
    iv, ciphertext = body[:16], body[16:]
    if not ciphertext or len(ciphertext) % 16:
        raise TLSDecryptError(f"CBC ciphertext of {len(ciphertext)} bytes is not whole blocks")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    plain = decryptor.update(ciphertext) + decryptor.finalize()
    pad = plain[-1]
    if pad + 1 > len(plain) or plain[-pad - 1:] != bytes([pad]) * (pad + 1):
        raise TLSDecryptError("bad CBC padding")
    return plain[: -pad - 1]



@dataclass
class TLSOutput:
    """What one fed chunk produced: application bytes of each direction (True: from the client; a chunk from
    one side can release held records of the other), and notes (handshake facts, alerts, errors)."""

    data: dict[bool, bytes] = field(default_factory=lambda: {True: b"", False: b""})
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@dataclass
class _Direction:
    client: bool
    buffer: bytearray = field(default_factory=bytearray)
    handshake: bytearray = field(default_factory=bytearray)  # handshake bytes, possibly spanning records
    keys: _Keys | None = None
    label: str | None = None  # the key log label this direction's keys come from, until found
    skipped: int = 0  # records sent under that label that could not be decrypted (sequence numbers)
    queue: deque[tuple[int, bytes, bytes]] = field(default_factory=deque)  # records not yet processed
    secret: bytes = b""  # TLS 1.3 current traffic secret (for KeyUpdate)
    encrypted: bool = False  # TLS 1.2: after this side's ChangeCipherSpec
    application: bool = False  # TLS 1.3: after this side's Finished


class TLSConnection:
    """Both directions of one TLS connection; `feed` takes reassembled TCP bytes of one direction."""

    def __init__(self, keylog: KeyLog | None) -> None:
        self.keylog = keylog
        self.client_random: bytes | None = None
        self.server_random: bytes | None = None
        self.version: int | None = None
        self.suite: Suite | None = None
        self.encrypt_then_mac = False
        self.undecryptable = 0  # application records we had no keys for
        self._dirs = {True: _Direction(True), False: _Direction(False)}
        self._missing_keys_noted = False

    @property
    def description(self) -> str:
        version = {TLS12: "TLS 1.2", TLS13: "TLS 1.3"}.get(self.version or 0, "TLS ?")
        return f"{version} {self.suite.name if self.suite else '?'}"

    def feed(self, from_client: bool, data: bytes) -> TLSOutput:
        d = self._dirs[from_client]
        d.buffer += data
        out = TLSOutput()
        while len(d.buffer) >= 5:
            record_type, version, length = struct.unpack_from(">BHH", d.buffer)
            if record_type not in (CHANGE_CIPHER_SPEC, ALERT, HANDSHAKE, APPLICATION_DATA) or length > _MAX_RECORD:
                out.errors.append(f"not a TLS record (type {record_type}, length {length}): rest of this direction skipped")
                d.buffer.clear()
                break
            if len(d.buffer) < 5 + length:
                break
            d.queue.append((record_type, bytes(d.buffer[:5]), bytes(d.buffer[5:5 + length])))
            del d.buffer[:5 + length]
        for direction in self._dirs.values():  # the other side may have waited for a key that is here now
            self._drain(direction, out, final=False)
        return out

    def finish(self) -> TLSOutput:
        """End of capture: records still waiting for keys are given up."""
        out = TLSOutput()
        for direction in self._dirs.values():
            self._drain(direction, out, final=True)
        return out

    def _protected(self, d: _Direction, record_type: int) -> bool:
        return (self.version == TLS13 and record_type == APPLICATION_DATA) or (self.version == TLS12 and d.encrypted)

    def _drain(self, d: _Direction, out: TLSOutput, final: bool) -> None:
        """Process records in order. A protected record whose key is not (yet) in the key log waits: a live
        capture can see the peer's records before this endpoint has logged the secret they need."""
        while d.queue:
            record_type, header, fragment = d.queue[0]
            if self._protected(d, record_type) and d.keys is None:
                if d.label is not None:
                    self._find_keys(d)
                if d.keys is None:
                    if not (final or self.keylog is None or d.label is None or len(d.queue) > MAX_HELD_RECORDS):
                        return
                    d.queue.popleft()
                    self._undecryptable(d, out)
                    continue
            d.queue.popleft()
            self._record(d, record_type, header, fragment, out)

    def _undecryptable(self, d: _Direction, out: TLSOutput) -> None:
        self.undecryptable += 1
        d.skipped += 1
        if not self._missing_keys_noted:
            self._missing_keys_noted = True
            random = self.client_random.hex() if self.client_random else "?"
            out.notes.append(f"no {d.label or 'key'} in the key log for client random {random}: records stay encrypted")

    def _record(self, d: _Direction, record_type: int, header: bytes, fragment: bytes, out: TLSOutput) -> None:
        if record_type == CHANGE_CIPHER_SPEC:
            if self.version == TLS12:
                d.encrypted = True
                self._expect(d, "CLIENT_RANDOM", out)
            return
        if not self._protected(d, record_type):
            if record_type == HANDSHAKE:
                self._handshake(d, fragment, out)
            elif record_type == ALERT and len(fragment) >= 2:
                out.notes.append(_alert(fragment))
            return
        assert d.keys is not None
        try:
            plain = d.keys.open(record_type, header, fragment)
        except TLSDecryptError as exc:
            out.errors.append(f"{'client' if d.client else 'server'} {exc}")
            return
        inner_type = record_type
        if self.version == TLS13:
            plain = plain.rstrip(b"\x00")
            if not plain:
                out.errors.append("TLS 1.3 record with no content type")
                return
            inner_type, plain = plain[-1], plain[:-1]
        if inner_type == APPLICATION_DATA:
            out.data[d.client] += plain
        elif inner_type == HANDSHAKE:
            self._handshake(d, plain, out)
        elif inner_type == ALERT and len(plain) >= 2:
            out.notes.append(_alert(plain))

    def _handshake(self, d: _Direction, data: bytes, out: TLSOutput) -> None:
        d.handshake += data
        while len(d.handshake) >= 4:
            msg_type = d.handshake[0]
            length = int.from_bytes(d.handshake[1:4], "big")
            if len(d.handshake) < 4 + length:
                return
            body = bytes(d.handshake[4:4 + length])
            del d.handshake[:4 + length]
            if msg_type == _CLIENT_HELLO and len(body) >= 34 and self.client_random is None:
                self.client_random = body[2:34]
            elif msg_type == _SERVER_HELLO and len(body) >= 34:
                self._server_hello(body, out)
            elif msg_type == _FINISHED and self.version == TLS13:
                self._expect(d, "CLIENT_TRAFFIC_SECRET_0" if d.client else "SERVER_TRAFFIC_SECRET_0", out)
                d.application = True
            elif msg_type == _KEY_UPDATE and self.version == TLS13 and d.keys is not None:
                d.secret = hkdf_expand_label(d.secret, "traffic upd", b"", d.keys.suite.hash.digest_size, d.keys.suite.hash)
                d.keys = self._tls13_keys(d.secret)

    def _server_hello(self, body: bytes, out: TLSOutput) -> None:
        if body[2:34] == _HRR_RANDOM:
            return  # HelloRetryRequest: the real ServerHello follows the second ClientHello
        self.server_random = body[2:34]
        pos = 34
        pos += 1 + body[pos]  # session id
        suite_id = int.from_bytes(body[pos:pos + 2], "big")
        pos += 3  # suite + compression
        version = int.from_bytes(body[0:2], "big")
        if pos + 2 <= len(body):
            end = pos + 2 + int.from_bytes(body[pos:pos + 2], "big")
            pos += 2
            while pos + 4 <= end:
                ext, length = struct.unpack_from(">HH", body, pos)
                value = body[pos + 4:pos + 4 + length]
                if ext == _EXT_SUPPORTED_VERSIONS and len(value) == 2:
                    version = int.from_bytes(value, "big")
                elif ext == _EXT_ENCRYPT_THEN_MAC:
                    self.encrypt_then_mac = True
                pos += 4 + length
        self.version = version
        self.suite = SUITES.get(suite_id)
        if self.suite is None:
            out.errors.append(f"cipher suite 0x{suite_id:04X} is not one this reader decrypts")
            return
        out.notes.append(f"{self.description} negotiated")
        if version == TLS13:
            for client in (True, False):
                label = "CLIENT_HANDSHAKE_TRAFFIC_SECRET" if client else "SERVER_HANDSHAKE_TRAFFIC_SECRET"
                self._expect(self._dirs[client], label, out)

    def _expect(self, d: _Direction, label: str, out: TLSOutput) -> None:
        """From now on this direction's records are protected with the keys of `label`."""
        d.keys, d.label, d.skipped = None, label, 0
        self._find_keys(d)

    def _find_keys(self, d: _Direction) -> None:
        assert d.label is not None
        secret = self.keylog.get(d.label, self.client_random) if self.keylog is not None and self.client_random else None
        if secret is None or self.suite is None:
            return
        d.keys = self._tls13_keys(secret) if self.version == TLS13 else self._tls12_keys(d.client, secret)
        if d.keys is not None:
            d.keys.seq = d.skipped
            d.label, d.secret = None, secret

    def _tls13_keys(self, secret: bytes) -> _Keys:
        assert self.suite is not None
        h = self.suite.hash
        return _Keys(self.suite, hkdf_expand_label(secret, "key", b"", self.suite.key_length, h),
                     hkdf_expand_label(secret, "iv", b"", 12, h), TLS13)

    def _tls12_keys(self, client: bool, master: bytes) -> _Keys | None:
        if self.suite is None or self.server_random is None or self.client_random is None:
            return None
        s = self.suite
        iv_length = {"gcm": 4, "chacha": 12, "cbc": 0}[s.kind]
        block = tls12_prf(master, b"key expansion", self.server_random + self.client_random,
                          2 * (s.mac_length + s.key_length + iv_length), s.hash.name)
        m, k = s.mac_length, s.key_length
        mac_keys = (block[:m], block[m:2 * m])
        keys = (block[2 * m:2 * m + k], block[2 * m + k:2 * m + 2 * k])
        ivs = (block[2 * m + 2 * k:2 * m + 2 * k + iv_length], block[2 * m + 2 * k + iv_length:])
        i = 0 if client else 1
        return _Keys(s, keys[i], ivs[i], TLS12, mac_key=mac_keys[i], encrypt_then_mac=self.encrypt_then_mac)


_ALERTS = {0: "close_notify", 10: "unexpected_message", 20: "bad_record_mac", 40: "handshake_failure",
           42: "bad_certificate", 43: "unsupported_certificate", 44: "certificate_revoked", 45: "certificate_expired",
           46: "certificate_unknown", 47: "illegal_parameter", 48: "unknown_ca", 50: "decode_error",
           51: "decrypt_error", 70: "protocol_version", 71: "insufficient_security", 80: "internal_error",
           90: "user_canceled", 109: "missing_extension", 110: "unsupported_extension", 116: "certificate_required",
           120: "no_application_protocol"}


def _alert(fragment: bytes) -> str:
    level = {1: "warning", 2: "fatal"}.get(fragment[0], str(fragment[0]))
    return f"TLS alert {level} {_ALERTS.get(fragment[1], fragment[1])}"
