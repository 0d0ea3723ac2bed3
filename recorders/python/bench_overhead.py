"""Measure what the recorder itself costs per wrapped call, and inside a 10k-event tick.

    python3 recorders/python/bench_overhead.py [--calls 100000] [--events 10000]

Prints figures only; nothing is asserted.  Each figure is the minimum over
several repetitions (the least disturbed run) of the thread's CPU time, in
nanoseconds per call; plain and recorded runs alternate.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
from typing import Callable, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sample_event_log import SampleEventLog  # noqa: E402
from tickscope_recorder import Recorder  # noqa: E402

FIXTURE = os.path.join(os.path.dirname(os.path.dirname(HERE)), "..", "shared", "fixtures",
                       "pmm-v1-autonomy-3299.db")
REPS = 7


class TinyLog:
    """Methods that do almost nothing, so the wrapper's own cost shows."""

    def get_max_id(self) -> int:
        return 42

    def read_tail(self, *, limit: int) -> List[dict]:
        return [{"id": 41}, {"id": 42}][-limit:]

    def read_all(self) -> List[dict]:
        return self.read_tail(limit=2)


def per_call_ns(fn: Callable[[], object], calls: int) -> float:
    best = float("inf")
    for _ in range(REPS):
        best = min(best, once_ns(fn, calls))
    return best


def once_ns(fn: Callable[[], object], calls: int) -> float:
    # CPU time of this thread, not wall time: on a shared, loaded machine the wall
    # clock also counts the time other processes held the core.
    start = time.thread_time_ns()
    for _ in range(calls):
        fn()
    return (time.thread_time_ns() - start) / calls


def paired_ns(plain: Callable[[], object], recorded: Callable[[], object],
              calls: int, reps: int = REPS) -> Tuple[float, float]:
    """Min per-call time of each, measured alternately so load drift hits both alike."""
    best_plain = best_recorded = float("inf")
    for _ in range(reps):
        best_plain = min(best_plain, once_ns(plain, calls))
        best_recorded = min(best_recorded, once_ns(recorded, calls))
    return best_plain, best_recorded


def deep(depth: int, fn: Callable[[], object]) -> Callable[[], object]:
    """``fn`` called ``depth`` frames below the caller (the call-site walk starts there)."""
    if depth == 0:
        return fn
    inner = deep(depth - 1, fn)
    return lambda: inner()


def tiny_overheads(calls: int) -> None:
    cases = [
        ("get_max_id() -> int", lambda log: log.get_max_id),
        ("read_tail(limit=2) -> list", lambda log: lambda: log.read_tail(limit=2)),
        ("read_all() nesting read_tail", lambda log: log.read_all),
    ]
    print("per-call overhead on a method that does almost nothing (%d calls, min of %d):"
          % (calls, REPS))
    for name, pick in cases:
        log = TinyLog()
        rec = Recorder(label="bench")
        rec.wrap(log, methods=["get_max_id", "read_tail", "read_all"])
        with rec.tick():
            plain, wrapped = paired_ns(pick(TinyLog()), pick(log), calls)
        print("  %-30s plain %7.0f ns   recorded %7.0f ns   overhead %6.0f ns/call"
              % (name, plain, wrapped, wrapped - plain))
    log = TinyLog()
    rec = Recorder(label="bench")
    rec.wrap(log, methods=["get_max_id"])
    with rec.tick():
        for _ in range(calls):
            log.get_max_id()
    floor = sorted(c.duration_ns for c in rec.calls)[len(rec.calls) // 2]
    print("  recorded duration of get_max_id (median): %d ns (the timer's own floor)" % floor)
    with rec.tick():
        for depth in (0, 10, 30):
            plain, ns = paired_ns(deep(depth, TinyLog().get_max_id), deep(depth, log.get_max_id),
                                  calls)
            print("  get_max_id %2d frames deeper      overhead %6.0f ns/call" % (depth, ns - plain))


def build_ledger(path: str, events: int) -> None:
    """``events`` rows cycled from the real fixture (hashes are not needed to read)."""
    src = sqlite3.connect("file:%s?mode=ro&immutable=1" % os.path.abspath(FIXTURE), uri=True)
    rows = src.execute("SELECT ts, kind, content, meta FROM events ORDER BY id").fetchall()
    src.close()
    SampleEventLog(path).close()
    dst = sqlite3.connect(path)
    with dst:
        dst.executemany("INSERT INTO events (ts, kind, content, meta) VALUES (?, ?, ?, ?)",
                        (rows[i % len(rows)] for i in range(events)))
    dst.close()


def pmm_like_tick(log: SampleEventLog) -> None:
    """The read mix of PMM's 17-call version (about 10 read_all, 5 read_tail per tick)."""
    for _ in range(10):
        log.read_all()
    for limit in (400, 500, 500, 1000, 5000):
        log.read_tail(limit=limit)
    log.get_max_id()
    log.read_after_id(after_id=log.get_max_id() - 50, limit=100)


def tick_overhead(events: int) -> None:
    tmp = tempfile.mkdtemp(prefix="tickscope-bench-")
    try:
        path = os.path.join(tmp, "bench.db")
        build_ledger(path, events)
        plain_log = SampleEventLog(path)
        plain_log.read_all()  # warm the cache, as PMM's process is
        log = SampleEventLog(path)
        rec = Recorder(label="bench")
        rec.wrap(log)
        log.read_all()
        print("\nwarm reads on a %d-event SampleEventLog (min of %d):" % (events, REPS))
        reads = [
            ("read_all()", lambda lg: lg.read_all),
            ("read_tail(limit=500)", lambda lg: lambda: lg.read_tail(limit=500)),
            ("get_max_id()", lambda lg: lg.get_max_id),
        ]
        with rec.tick():
            for name, pick in reads:
                first = len(rec.calls)
                plain, recorded = paired_ns(pick(plain_log), pick(log), 200)
                own = sorted(c.duration_ns for c in rec.calls[first:])
                print("  %-22s plain %8.0f ns   recorded %8.0f ns   overhead %6.0f ns (%.1f%%);"
                      " duration the recorder reports (median) %8.0f ns"
                      % (name, plain, recorded, recorded - plain, 100 * (recorded - plain) / plain,
                         own[len(own) // 2]))
            plain, recorded = paired_ns(lambda: pmm_like_tick(plain_log),
                                        lambda: pmm_like_tick(log), 50, reps=15)
        calls_per_tick = 18
        print("  PMM-like tick (%d wrapped calls, min of 15)  plain %.3f ms   recorded %.3f ms   "
              "overhead %.1f%% (%.0f ns per wrapped call)"
              % (calls_per_tick, plain / 1e6, recorded / 1e6, 100 * (recorded - plain) / plain,
                 (recorded - plain) / calls_per_tick))
        plain_log.close()
        log.close()
    finally:
        shutil.rmtree(tmp, True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=10_000)
    args = parser.parse_args()
    print("%s %s on %s" % (platform.python_implementation(), platform.python_version(),
                           platform.platform()))
    tiny_overheads(args.calls)
    tick_overhead(args.events)


if __name__ == "__main__":
    main()
