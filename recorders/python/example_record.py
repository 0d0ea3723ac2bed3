"""Record a small PMM-shaped loop and save a tickscope run file (a worked example).

    python3 recorders/python/example_record.py [OUT.json] [--ledger LEDGER.db]
            [--label LABEL] [--reps R] [--ticks N] [--lean]

The loop reads the ledger the way PMM's 17-call tick does (the same full read again in
several functions); ``--lean`` reads once and passes the events down, as a refactor
would.  Each repetition runs on a fresh copy of the ledger in a temporary folder; the
ledger itself is only read.  Record both and compare:

    python3 recorders/python/example_record.py before.json
    python3 recorders/python/example_record.py after.json --lean --label after
    npx tickscope compare before.json after.json
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from typing import Any, Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from sample_event_log import SampleEventLog  # noqa: E402
from tickscope_recorder import Recorder  # noqa: E402

DEFAULT_LEDGER = os.path.join(HERE, "..", "..", "..", "shared", "fixtures",
                              "pmm-v1-autonomy-3299.db")
Events = List[Dict[str, Any]]


def emit_reflection(log: SampleEventLog) -> None:
    events = log.read_all()
    log.append("reflection", "I will check the ledger less often", {"refs": _last_ids(events)})


def maybe_reflect(log: SampleEventLog) -> None:
    responses = [e for e in log.read_all() if e["kind"] == "response"]
    if len(responses) % 2 == 0:
        emit_reflection(log)


class DemoLoop:
    """Reads like the 17-call tick: every step re-reads the whole ledger."""

    def __init__(self, log: SampleEventLog, rec: Recorder) -> None:
        self.log = log
        self.rec = rec

    def tick(self) -> None:
        with self.rec.phase("snapshot"):
            self.log.read_all()
        with self.rec.phase("reflect"):
            maybe_reflect(self.log)
        with self.rec.phase("drift"):
            for _ in range(3):
                self.log.read_all()
        with self.rec.phase("heartbeat"):
            self.log.append("autonomy_tick", "autonomy heartbeat", {"source": "DemoLoop"})
        with self.rec.phase("invariants"):
            self.log.read_tail(limit=500)
            self.log.verify_chain()


class LeanLoop(DemoLoop):
    """The same steps reading once and passing the events down."""

    def tick(self) -> None:
        with self.rec.phase("snapshot"):
            events = self.log.read_all()
        with self.rec.phase("reflect"):
            if sum(1 for e in events if e["kind"] == "response") % 2 == 0:
                self.log.append("reflection", "I will check the ledger less often",
                                {"refs": _last_ids(events)})
        with self.rec.phase("heartbeat"):
            self.log.append("autonomy_tick", "autonomy heartbeat", {"source": "DemoLoop"})
        with self.rec.phase("invariants"):
            self.log.verify_chain()


def _last_ids(events: Events) -> List[int]:
    return [e["id"] for e in events[-3:]]


def record(out: str, ledger: str, label: str, reps: int, ticks: int, lean: bool) -> None:
    rec = Recorder(label=label, ledger=ledger)
    rec.wrap(SampleEventLog)
    loop_class = LeanLoop if lean else DemoLoop
    rec.wrap_tick(loop_class, "tick")
    work = tempfile.mkdtemp(prefix="tickscope-example-")
    try:
        for _ in range(reps):
            copy = os.path.join(work, os.path.basename(ledger))
            shutil.copyfile(ledger, copy)
            log = SampleEventLog(copy)
            with rec.repetition():
                loop = loop_class(log, rec)
                for _ in range(ticks):
                    loop.tick()
            log.close()
            for suffix in ("", "-wal", "-shm"):
                if os.path.exists(copy + suffix):
                    os.remove(copy + suffix)
    finally:
        rec.unwrap()
        shutil.rmtree(work, True)
    run = rec.save(out)
    reads = sum(a["count"] for t in run["strategies"][0]["repetitions"][0]["ticks"]
                for a in t["reads"])
    print("wrote %s: %d reps x %d ticks, %d reads in the first repetition"
          % (out, reps, ticks, reads))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="recorded-run.json")
    parser.add_argument("--ledger", default=os.path.normpath(DEFAULT_LEDGER))
    parser.add_argument("--label", default=None)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--ticks", type=int, default=3)
    parser.add_argument("--lean", action="store_true")
    args = parser.parse_args()
    label = args.label or ("lean" if args.lean else "demo")
    record(args.out, args.ledger, label, args.reps, args.ticks, args.lean)


if __name__ == "__main__":
    main()
