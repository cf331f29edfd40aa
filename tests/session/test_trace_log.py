"""JSON-lines log: huge fields are cut with a note of what and how large, lines go through a bounded
writer thread, and a full queue drops lines with a count, never silently."""
from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from iso15118.messages import common_messages as cm
from iso15118.messages.common_types import responseCodeType
from iso15118.session.trace import MAX_LOGGED_BYTES, MAX_LOGGED_ITEMS, UNLIMITED, JSONLinesLog, LogLimits, LogWriter, capped
from iso15118.session.units import header
from evcc import probe
from secc.controller import ControlMode, EnergyService

SID = bytes.fromhex("0102030405060708")
STACKS = "ScheduleExchangeReq.Scheduled_SEReqControlMode.EVEnergyOffer.EVAbsolutePriceSchedule.EVPriceRuleStacks.EVPriceRuleStack"
ENTRIES = "ScheduleExchangeReq.Scheduled_SEReqControlMode.EVEnergyOffer.EVPowerSchedule.EVPowerScheduleEntries.EVPowerScheduleEntry"


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_long_lists_are_cut_with_a_note_and_the_message_itself_is_untouched() -> None:
    req = probe.energy_offer_schedule_exchange(SID, 300)
    kept, cuts = capped(req)
    assert cuts == {ENTRIES: {"items": 1024, "logged": MAX_LOGGED_ITEMS}, STACKS: {"items": 300, "logged": MAX_LOGGED_ITEMS}}
    offer = kept.Scheduled_SEReqControlMode.EVEnergyOffer
    assert len(offer.EVAbsolutePriceSchedule.EVPriceRuleStacks.EVPriceRuleStack) == MAX_LOGGED_ITEMS
    assert len(req.Scheduled_SEReqControlMode.EVEnergyOffer.EVAbsolutePriceSchedule.EVPriceRuleStacks.EVPriceRuleStack) == 300
    assert kept.Header is req.Header  # nothing cut below: shared, not copied


def test_long_binary_values_are_cut_and_repeated_cuts_counted() -> None:
    res = cm.CertificateInstallationRes(
        Header=header(SID), ResponseCode=responseCodeType.OK, EVSEProcessing=cm.processingType.Finished,
        CPSCertificateChain=cm.CertificateChainType(
            Certificate=b"\x30" * 900, SubCertificates=cm.SubCertificatesType(Certificate=[b"\x31" * 700] * 3)),
        SignedInstallationData=cm.SignedInstallationDataType(
            Id="id2", ContractCertificateChain=cm.ContractCertificateChainType(Certificate=b"\x32" * 10,
                                                                               SubCertificates=cm.SubCertificatesType(Certificate=[b"\x33"])),
            ECDHCurve=cm.ecdhCurveType.SECP521, DHPublicKey=b"\x04" * 133, SECP521_EncryptedPrivateKey=b"\x05" * 94),
        RemainingContractCertificateChains=0,
    )
    kept, cuts = capped(res)
    base = "CertificateInstallationRes.CPSCertificateChain"
    assert cuts == {f"{base}.Certificate": {"bytes": 900, "logged": MAX_LOGGED_BYTES},
                    f"{base}.SubCertificates.Certificate": {"bytes": 700, "logged": MAX_LOGGED_BYTES, "times": 3}}
    assert kept.CPSCertificateChain.Certificate == b"\x30" * MAX_LOGGED_BYTES
    assert kept.SignedInstallationData is res.SignedInstallationData  # short values stay whole
    assert capped(res, UNLIMITED) == (res, {})


def test_small_messages_are_logged_whole(tmp_path: Path) -> None:
    log = JSONLinesLog(tmp_path / "log.jsonl", "s1")
    log.log("rx", probe.charge_loop(SID, EnergyService.DC, ControlMode.Dynamic), at=1.0)
    log.close()
    (line,) = lines(tmp_path / "log.jsonl")
    assert "cut" not in line and line["type"] == "DC_ChargeLoopReq" and line["dir"] == "rx"


def test_a_huge_message_logs_a_bounded_line_with_what_was_cut(tmp_path: Path) -> None:
    big = probe.largest_schedule_exchange(SID)
    log = JSONLinesLog(tmp_path / "log.jsonl", "s1")
    log.log("rx", big)
    log.close()
    text = (tmp_path / "log.jsonl").read_text()
    (line,) = lines(tmp_path / "log.jsonl")
    assert line["cut"][STACKS]["items"] > 800 and line["cut"][STACKS]["logged"] == MAX_LOGGED_ITEMS
    stacks = line["msg"]["ScheduleExchangeReq"]["Scheduled_SEReqControlMode"]["EVEnergyOffer"][
        "EVAbsolutePriceSchedule"]["EVPriceRuleStacks"]["EVPriceRuleStack"]
    assert len(stacks) == MAX_LOGGED_ITEMS
    assert len(text) < 32_000  # the uncut line is ~750 KB


async def test_the_writer_thread_writes_every_line_in_order_before_aclose_returns(tmp_path: Path) -> None:
    writer = LogWriter()
    try:
        log = JSONLinesLog(tmp_path / "log.jsonl", "s1", writer=writer, limits=LogLimits(max_items=2))
        for i in range(50):
            log.event("tick", n=i)
        log.log("rx", probe.energy_offer_schedule_exchange(SID, 5))
        await log.aclose()
        written = lines(tmp_path / "log.jsonl")
        assert [line["n"] for line in written[:50]] == list(range(50))
        assert written[50]["cut"][STACKS] == {"items": 5, "logged": 2}
        assert log.dropped == 0
    finally:
        writer.close()


async def test_a_full_writer_queue_drops_lines_and_says_how_many(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    writer = LogWriter(max_pending=0)  # always full for ordinary lines
    try:
        log = JSONLinesLog(tmp_path / "log.jsonl", "s1", writer=writer)
        with caplog.at_level(logging.WARNING, logger="iso15118.session.trace"):
            for i in range(5):
                log.event("tick", n=i)
        await log.aclose()
    finally:
        writer.close()
    assert log.dropped == 5
    (line,) = lines(tmp_path / "log.jsonl")
    assert (line["event"], line["lines"], line["session"]) == ("log_lines_dropped", 5, "s1")
    assert len([r for r in caplog.records if "dropping lines" in r.getMessage()]) == 1  # one warning per burst


async def test_the_drop_count_is_logged_before_the_next_line_that_fits(tmp_path: Path) -> None:
    writer = LogWriter(max_pending=0)
    try:
        log = JSONLinesLog(tmp_path / "log.jsonl", "s1", writer=writer)
        log.event("lost", n=1)
        log.event("lost", n=2)
        writer.max_pending = 100  # room again
        log.event("kept", n=3)
        await log.aclose()
    finally:
        writer.close()
    assert [(line["event"], line.get("lines", line.get("n"))) for line in lines(tmp_path / "log.jsonl")] == [
        ("log_lines_dropped", 2), ("kept", 3)]


async def test_aclose_of_a_cancelled_session_leaves_the_writer_quiet(tmp_path, caplog) -> None:
    """A session cancelled while its log closes (SECC shutdown): the file still closes, nothing is logged
    as an error by the writer thread."""
    import asyncio
    import contextlib
    import logging
    import threading

    from iso15118.session.trace import JSONLinesLog, LogWriter

    writer = LogWriter()
    blocker = threading.Event()
    writer.submit(blocker.wait, droppable=False)  # the writer is busy until the session was cancelled
    log = JSONLinesLog(tmp_path, "s1", writer=writer)
    task = asyncio.ensure_future(log.aclose())
    await asyncio.sleep(0.05)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    with caplog.at_level(logging.ERROR):
        blocker.set()
        writer.close()
    assert task.cancelled() and log._file.closed
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
