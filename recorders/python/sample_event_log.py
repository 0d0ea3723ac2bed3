"""A small PMM-like event log for the recorder's tests and benchmark (not part of the recorder).

It follows the behaviour tickscope's reference describes for PMM's v1 ``EventLog``:
an ``events`` table with a v1 hash chain, an in-memory cache validated by the max
id and refreshed incrementally, and the read API (``read_all`` returns a copy of the
cache, ``read_tail``/``read_after_*`` take keyword-only arguments).  Unlike PMM,
``read_tail`` refreshes through ``read_all``: a nested wrapped call on purpose, so
the tests can check that the recorder counts it once.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import sqlite3
import threading
from typing import Any, Dict, List, Optional

_DDL = (
    "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
    "ts TEXT NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL, meta TEXT NOT NULL, "
    "prev_hash TEXT, hash TEXT)"
)


def v1_hash(eid: int, ts: str, kind: str, content: str, meta: Dict[str, Any],
            prev_hash: Optional[str]) -> str:
    """SHA-256 of the canonical v1 payload (id and ts included, keys sorted, compact)."""
    payload = {"id": eid, "ts": ts, "kind": kind, "content": content, "meta": meta,
               "prev_hash": prev_hash}
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SampleEventLog:
    """Append-only, hash-chained events in SQLite with a max-id-validated cache."""

    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False)
        # PMM's connection settings (like PMM, opening is a write: DDL and WAL).
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute(_DDL)
        self._conn.commit()
        self._lock = threading.RLock()
        self._cache: Optional[List[Dict[str, Any]]] = None
        self._cache_last_id = 0

    def close(self) -> None:
        self._conn.close()

    # ------------------------------------------------------------------ writes

    def append(self, kind: str, content: str, meta: Optional[Dict[str, Any]] = None) -> int:
        meta_obj = meta or {}
        ts = datetime.datetime.now(datetime.timezone.utc).isoformat()
        with self._lock, self._conn:
            row = self._conn.execute("SELECT hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
            prev = row[0] if row and row[0] else None
            cur = self._conn.execute(
                "INSERT INTO events (ts, kind, content, meta, prev_hash) VALUES (?, ?, ?, ?, ?)",
                (ts, kind, content, json.dumps(meta_obj), prev),
            )
            eid = int(cur.lastrowid)
            digest = v1_hash(eid, ts, kind, content, meta_obj, prev)
            self._conn.execute("UPDATE events SET hash = ? WHERE id = ?", (digest, eid))
            if self._cache is not None:
                self._cache.append(
                    {"id": eid, "ts": ts, "kind": kind, "content": content, "meta": dict(meta_obj)}
                )
                self._cache_last_id = eid
        return eid

    # ------------------------------------------------------------------- reads

    def read_all(self) -> List[Dict[str, Any]]:
        with self._lock:
            self._refresh_cache_locked()
            return list(self._cache or [])

    def read_tail(self, *, limit: int) -> List[Dict[str, Any]]:
        events = self.read_all()  # the nested call the recorder must count once
        return events[-limit:] if limit > 0 else []

    def read_after_id(self, *, after_id: int, limit: int = 1000) -> List[Dict[str, Any]]:
        with self._lock:
            self._refresh_cache_locked()
            return [e for e in self._cache or [] if e["id"] > after_id][:limit]

    def read_after_ts(self, *, after_ts: str, limit: int = 1000) -> List[Dict[str, Any]]:
        with self._lock:
            self._refresh_cache_locked()
            return [e for e in self._cache or [] if e["ts"] > after_ts][:limit]

    def get_max_id(self) -> int:
        row = self._conn.execute("SELECT MAX(id) FROM events").fetchone()
        return int(row[0] or 0)

    def verify_chain(self) -> bool:
        prev: Optional[str] = None
        rows = self._conn.execute(
            "SELECT id, ts, kind, content, meta, prev_hash, hash FROM events ORDER BY id"
        )
        for eid, ts, kind, content, meta, prev_hash, stored in rows:
            if prev_hash != prev or stored != v1_hash(eid, ts, kind, content, _meta(meta), prev_hash):
                return False
            prev = stored
        return True

    def _refresh_cache_locked(self) -> None:
        max_id = self.get_max_id()
        if self._cache is not None and self._cache_last_id == max_id:
            return
        if max_id == 0:
            self._cache, self._cache_last_id = [], 0
            return
        after = self._cache_last_id if self._cache is not None else 0
        rows = self._conn.execute(
            "SELECT id, ts, kind, content, meta FROM events WHERE id > ? ORDER BY id", (after,)
        ).fetchall()
        fresh = [{"id": r[0], "ts": r[1], "kind": r[2], "content": r[3], "meta": _meta(r[4])}
                 for r in rows]
        self._cache = (self._cache or []) + fresh if after else fresh
        self._cache_last_id = max_id


def _meta(text: str) -> Dict[str, Any]:
    try:
        value = json.loads(text)
    except (TypeError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}
