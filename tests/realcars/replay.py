"""Real cars' DIN 70121 / ISO 15118-2 request sequences (fixtures/*.json) and the driver that replays them.

A fixture is what one car sent a charger (side "ev"), or what one charger answered an EV (side
"charger"), with its public source; fixtures/README.md lists them. Messages are EXI payloads (hex,
exactly as recorded, V2GTP header removed) or, where the source logged only decoded messages, the
EXIficient-shaped JSON; `repeat` says how often the car sent the same bytes in a row.

The driver plays a car against a live SECC over real TCP the way the car behaved, not byte for byte:
- the SessionID the SECC assigns replaces the recorded one from the first request after
  SessionSetupRes on (SessionSetupReq itself goes out as recorded: 1-byte 00, 6 or 8 zero bytes). It is
  spliced into the recorded bits (the header comes first, at a fixed bit offset per namespace), so every
  other bit goes out as the car sent it: values our encoder refuses (a Seres' MaxNumberOfPhasesInUse 4)
  and bytes after the EXI document (Tesla's 0x00 after ContractAuthenticationReq) included;
- a request the SECC answers with EVSEProcessing Ongoing is sent again while it does, recorded
  repeats are dropped once it says Finished (the car moves on);
- PreChargeReq is sent again until the SECC's EVSEPresentVoltage is within the car's tolerance of
  EVTargetVoltage (cars stay in pre-charge until the inlet has the voltage);
- every response is awaited before the next request; the first FAILED response ends the replay.
"""
from __future__ import annotations

import asyncio
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from iso15118 import exi, v2gtp
from iso15118.capture.report import body_of, message_name
from iso15118.messages import APP_PROTOCOL
from iso15118.session.units import from_physical
from iso15118.v2gtp import PayloadType

FIXTURES = Path(__file__).with_name("fixtures")
NAMESPACES = {"DIN70121": "urn:din:70121:2012:MsgDef", "ISO15118-2": "urn:iso:15118:2:2013:MsgDef"}
PRECHARGE_TOLERANCE_V = 20.0  # what the recorded cars accept (pyPLC, EVerest logs: within 20 V, then PowerDelivery)
MAX_EXTRA_ROUNDS = 600  # a CableCheck/PreCharge the SECC keeps Ongoing: at most 600 x POLL_S more
POLL_S = 0.05
RESPONSE_TIMEOUT_S = 10.0  # generous: the replay checks answers, the SECC's timing is tested elsewhere


def _text(value: Any) -> str:
    return str(getattr(value, "value", value)) if value is not None else ""


@functools.cache
def _session_id_bit_offset(namespace: str, length: int) -> int:
    """Where a `length`-byte SessionID's bits start in any V2G_Message of `namespace` (the header is the
    first child and SessionID its first field, so the offset depends on the length alone)."""
    def bits(session_id: bytes) -> int:
        message = exi.from_json({"V2G_Message": {"Header": {"SessionID": session_id.hex()},
                                                 "Body": {"SessionStopReq": {"ChargingSession": "Terminate"}
                                                          if namespace == NAMESPACES["ISO15118-2"] else {}}}}, namespace)
        return int.from_bytes(exi.encode(message), "big")
    total = len(exi.encode(exi.from_json({"V2G_Message": {"Header": {"SessionID": "00" * length}, "Body": {
        "SessionStopReq": {"ChargingSession": "Terminate"} if namespace == NAMESPACES["ISO15118-2"] else {}}}},
        namespace))) * 8
    diff = bits(bytes(length)) ^ bits(b"\xff" * length)
    return total - diff.bit_length()


def splice_session_id(payload: bytes, namespace: str, old: bytes, new: bytes) -> bytes:
    """`payload` with the SessionID `old` replaced by `new` (same length) bit for bit, nothing else touched."""
    if len(old) != len(new):
        raise FixtureError(f"cannot splice a {len(new)}-byte SessionID over a {len(old)}-byte one")
    offset, width, total = _session_id_bit_offset(namespace, len(old)), 8 * len(old), 8 * len(payload)
    value = int.from_bytes(payload, "big")
    shift = total - offset - width
    if (value >> shift) & ((1 << width) - 1) != int.from_bytes(old, "big"):
        raise FixtureError("the recorded SessionID is not where the header puts it")
    value = value & ~(((1 << width) - 1) << shift) | (int.from_bytes(new, "big") << shift)
    return value.to_bytes(len(payload), "big")


@dataclass(frozen=True)
class Recorded:
    """One recorded message: its bytes, what they decode to, the bytes after the EXI document (None when our
    encoder refuses a value the car sent, e.g. one outside its facets: then nothing can be said)."""

    payload: bytes
    message: Any
    namespace: str
    tail: bytes | None

    @property
    def name(self) -> str:
        return message_name(self.message)

    def with_session(self, session_id: bytes) -> bytes:
        """The same bytes under the SessionID the SECC assigned."""
        return splice_session_id(self.payload, self.namespace, self.message.Header.SessionID, session_id)


@dataclass(frozen=True)
class CarRecording:
    name: str
    car: str
    protocol: str  # "DIN70121" | "ISO15118-2"
    energy: str  # "AC" | "DC"
    side: str  # "ev": the car's requests | "charger": a charger's responses
    complete: bool  # the recording runs to SessionStopReq (else it ends earlier: the car leaves)
    source: str
    quirks: tuple[str, ...]
    messages: tuple[Recorded, ...]  # repeats expanded
    secc_protocols: tuple[str, ...]
    expect_refused: str | None  # the request the SECC must refuse with a FAILED code
    expect_negotiation: str | None  # the supportedAppProtocolRes code when not OK_SuccessfulNegotiation

    @property
    def namespace(self) -> str:
        return NAMESPACES[self.protocol]


class FixtureError(ValueError):
    """A fixture that does not decode, or whose bytes our codec would not reproduce."""


def _recorded(entry: dict[str, Any], namespace: str, where: str) -> Recorded:
    if "hex" in entry:
        payload = bytes.fromhex(entry["hex"])
        try:
            message = exi.decode(payload, namespace)
        except exi.EXIError as exc:
            raise FixtureError(f"{where}: {exc}") from exc
    else:
        message = exi.from_json(entry["json"], namespace)
        payload = exi.encode(message)
    try:
        canonical = exi.encode(message)
    except exi.EXIEncodeError:
        return Recorded(payload, message, namespace, None)  # a value outside the schema: sent as recorded
    if not payload.startswith(canonical):
        raise FixtureError(f"{where}: our encoding of the decoded message is not a prefix of the recorded bytes")
    return Recorded(payload, message, namespace, payload[len(canonical):])


def load(path: Path) -> CarRecording:
    data = json.loads(path.read_text())
    namespace = NAMESPACES[data["protocol"]]
    messages: list[Recorded] = []
    for index, entry in enumerate(data["messages"]):
        is_sap = data["side"] == "ev" and index == 0
        recorded = _recorded(entry, APP_PROTOCOL if is_sap else namespace, f"{path.name} message {index}")
        messages.extend([recorded] * int(entry.get("repeat", 1)))
    return CarRecording(
        name=path.stem, car=data["car"], protocol=data["protocol"], energy=data["energy"], side=data["side"],
        complete=data["complete"], source=data["source"], quirks=tuple(data["quirks"]), messages=tuple(messages),
        secc_protocols=tuple(data.get("secc_protocols", [data["protocol"]])),
        expect_refused=data.get("expect_refused"), expect_negotiation=data.get("expect_negotiation"),
    )


def recordings(side: str) -> list[CarRecording]:
    return [r for r in (load(p) for p in sorted(FIXTURES.glob("*.json"))) if r.side == side]


@dataclass
class Exchange:
    request: str
    response: str
    code: str
    session_id: bytes  # what the request carried


@dataclass
class ReplayResult:
    negotiation: str = ""
    exchanges: list[Exchange] = field(default_factory=list)
    ended: str = ""

    def failed(self) -> list[Exchange]:
        return [e for e in self.exchanges if e.code.startswith("FAILED")]

    def requests(self) -> list[str]:
        return [e.request for e in self.exchanges]


def _needs_another_round(sent: Recorded, response_body: Any, following: Recorded | None) -> bool:
    """Whether the car would send this request again instead of the next recorded one."""
    if following is not None and following.name == sent.name:
        return False  # the recording repeats it anyway
    if _text(getattr(response_body, "EVSEProcessing", None)).startswith("Ongoing"):
        return True
    if sent.name == "PreChargeReq":
        target = from_physical(body_of(sent.message).EVTargetVoltage)
        present = from_physical(getattr(response_body, "EVSEPresentVoltage", None))
        return abs(target - present) > PRECHARGE_TOLERANCE_V
    return False


async def replay_car(recording: CarRecording, conn: v2gtp.V2GTPConnection) -> ReplayResult:
    """Play `recording` (side "ev") to the SECC behind `conn`; the connection is closed at the end."""
    result = ReplayResult()
    try:
        await conn.send(PayloadType.SAP, recording.messages[0].payload)
        _, payload = await conn.receive(timeout=RESPONSE_TIMEOUT_S)
        result.negotiation = _text(exi.decode(payload, APP_PROTOCOL).ResponseCode)
        if result.negotiation != "OK_SuccessfulNegotiation":
            result.ended = f"supportedAppProtocolRes {result.negotiation}"
            return result
        queue, index, extra = recording.messages[1:], 0, 0
        session_id: bytes | None = None
        while index < len(queue):
            sent = queue[index]
            carried = session_id if session_id is not None and sent.name != "SessionSetupReq" else None
            await conn.send(PayloadType.SAP, sent.with_session(carried) if carried is not None else sent.payload)
            _, payload = await conn.receive(timeout=RESPONSE_TIMEOUT_S)
            live = exi.decode(payload, recording.namespace)
            body = body_of(live)
            code = _text(getattr(body, "ResponseCode", None))
            result.exchanges.append(Exchange(sent.name, message_name(live), code,
                                             carried if carried is not None else sent.message.Header.SessionID))
            if code.startswith("FAILED"):
                result.ended = f"{message_name(live)} {code}"
                return result
            if sent.name == "SessionSetupReq":
                session_id = live.Header.SessionID
            following = queue[index + 1] if index + 1 < len(queue) else None
            if extra < MAX_EXTRA_ROUNDS and _needs_another_round(sent, body, following):
                extra += 1
                await asyncio.sleep(POLL_S)
                continue
            extra = 0
            index += 1
            if getattr(body, "EVSEProcessing", None) is not None:  # Finished: the car skips its recorded repeats
                while index < len(queue) and queue[index].name == sent.name:
                    index += 1
        result.ended = "all recorded requests answered"
        return result
    except v2gtp.V2GTPError as exc:
        result.ended = f"SECC: {exc}"
        return result
    finally:
        await conn.close()
