"""Durable outbox for transaction messages: nothing is lost while the CSMS is unreachable or the
station restarts.

Every TransactionEvent is written (fsync'd by sqlite) before it is sent and deleted only after the CSMS
answered it, so a crash between the two repeats a message rather than losing it (the CSMS recognises a
repeat by transactionId + seqNo). Open transactions and their seqNo counters live here too, so a
restarted station can end what a power loss interrupted.
"""
from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL,
                                   payload TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS set_aside (seq INTEGER PRIMARY KEY, action TEXT NOT NULL, payload TEXT NOT NULL,
                                      error TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS transactions (transaction_id TEXT PRIMARY KEY, evse_id INTEGER NOT NULL,
                                         next_seq_no INTEGER NOT NULL, started REAL NOT NULL);
"""


@dataclass(frozen=True)
class Queued:
    seq: int
    action: str
    payload: dict[str, Any]  # camelCase JSON, as it goes on the wire
    attempts: int


@dataclass(frozen=True)
class OpenTransaction:
    transaction_id: str
    evse_id: int
    started: float


class TransactionStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    # --- outbox -------------------------------------------------------------------------------
    def head(self) -> Queued | None:
        row = self._db.execute("SELECT seq, action, payload, attempts FROM outbox ORDER BY seq LIMIT 1").fetchone()
        return None if row is None else Queued(row[0], row[1], json.loads(row[2]), row[3])

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0])

    def delivered(self, seq: int) -> None:
        self._db.execute("DELETE FROM outbox WHERE seq = ?", (seq,))

    def failed_attempt(self, seq: int) -> int:
        self._db.execute("UPDATE outbox SET attempts = attempts + 1 WHERE seq = ?", (seq,))
        return int(self._db.execute("SELECT attempts FROM outbox WHERE seq = ?", (seq,)).fetchone()[0])

    def set_aside(self, item: Queued, error: str) -> None:
        """The CSMS refused it MessageAttempts times: keep it out of the way, never delete it."""
        with self._db:
            self._db.execute("BEGIN")
            self._db.execute("INSERT INTO set_aside VALUES (?, ?, ?, ?, ?)",
                             (item.seq, item.action, json.dumps(item.payload), error, time.time()))
            self._db.execute("DELETE FROM outbox WHERE seq = ?", (item.seq,))

    def set_aside_items(self) -> list[tuple[Queued, str]]:
        rows = self._db.execute("SELECT seq, action, payload, error FROM set_aside ORDER BY seq").fetchall()
        return [(Queued(r[0], r[1], json.loads(r[2]), 0), r[3]) for r in rows]

    # --- transactions -------------------------------------------------------------------------
    def transaction_event(self, payload: dict[str, Any], evse_id: int) -> int:
        """Queue one TransactionEvent (camelCase) in one sqlite transaction: Started opens the
        transaction, every event takes the next seqNo, Ended closes it. Returns the seqNo given."""
        tx = payload["transactionInfo"]["transactionId"]
        with self._db:
            self._db.execute("BEGIN IMMEDIATE")
            if payload["eventType"] == "Started":
                self._db.execute("INSERT INTO transactions VALUES (?, ?, 0, ?)", (tx, evse_id, time.time()))
            row = self._db.execute("SELECT next_seq_no FROM transactions WHERE transaction_id = ?", (tx,)).fetchone()
            if row is None:
                raise KeyError(f"no open transaction {tx}")
            payload = {**payload, "seqNo": int(row[0])}
            self._db.execute("UPDATE transactions SET next_seq_no = next_seq_no + 1 WHERE transaction_id = ?", (tx,))
            if payload["eventType"] == "Ended":
                self._db.execute("DELETE FROM transactions WHERE transaction_id = ?", (tx,))
            self._db.execute("INSERT INTO outbox (action, payload) VALUES (?, ?)",
                             ("TransactionEvent", json.dumps(payload)))
        return int(row[0])

    def open_transactions(self) -> list[OpenTransaction]:
        rows = self._db.execute("SELECT transaction_id, evse_id, started FROM transactions ORDER BY started").fetchall()
        return [OpenTransaction(*r) for r in rows]
