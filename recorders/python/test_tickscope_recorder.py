"""Tests of tickscope_recorder over a sample SQLite event log and a fake autonomy loop.

Run from anywhere: ``python3 recorders/python/test_tickscope_recorder.py``.  The CLI
tests call ``node bin/tickscope.js`` from the repository root.
"""

from __future__ import annotations

import ast
import hashlib
import inspect
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import unittest
from typing import Any, Dict, List, Optional

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
FIXTURES = os.path.join(os.path.dirname(REPO), "shared", "fixtures")
sys.path.insert(0, HERE)

from sample_event_log import SampleEventLog  # noqa: E402
from tickscope_recorder import Recorder, fingerprint_ledger  # noqa: E402
import tickscope_recorder  # noqa: E402

BIG_FIXTURE = os.path.join(FIXTURES, "pmm-v1-autonomy-3299.db")
BIG_FIXTURE_SHA = "40137648cf4383d5be9a3878cb654a66d4a3276f1933b78e336261b5c0f60678"


# ----------------------------------------------------------------- fake runtime

def emit_reflection(log: SampleEventLog) -> None:
    """A module-level function, as in PMM: one full read and one append."""
    events = log.read_all()  # site:emit
    log.append("reflection", "I will read less", {"refs": [e["id"] for e in events[-3:]]})


class FakeLoop:
    """A tick in the old style: the same ledger read again at several sites."""

    def __init__(self, log: SampleEventLog) -> None:
        self.log = log

    def tick(self) -> None:
        events = self.log.read_all()  # site:start
        recent = self.log.read_tail(limit=20)  # site:tail
        if len(events) >= len(recent):
            emit_reflection(self.log)
        for _ in range(2):
            self.log.read_all()  # site:loop
        self.log.read_after_id(after_id=self.log.get_max_id() - 5, limit=10)  # site:since
        self.log.append("autonomy_tick", "autonomy heartbeat", {"source": "FakeLoop"})
        self._invariants()

    def _invariants(self) -> None:
        self.log.verify_chain()  # site:verify


class LeanLoop(FakeLoop):
    """The same tick after a refactor: one full read, passed down."""

    def tick(self) -> None:
        events = self.log.read_all()  # site:lean
        self.log.append("reflection", "I will read less", {"refs": [e["id"] for e in events[-3:]]})
        self.log.append("autonomy_tick", "autonomy heartbeat", {"source": "FakeLoop"})
        self._invariants()


def line_of(func: Any, marker: str) -> int:
    """The line of ``func``'s source that carries ``# site:<marker>``."""
    lines, first = inspect.getsourcelines(func)
    for offset, text in enumerate(lines):
        if text.rstrip().endswith("# site:%s" % marker):
            return first + offset
    raise AssertionError("no # site:%s in %s" % (marker, func.__qualname__))


THIS_FILE = os.path.relpath(os.path.abspath(__file__)).replace(os.sep, "/")


def site(func: Any, marker: str) -> str:
    return "%s:%s:%d" % (func.__qualname__, THIS_FILE, line_of(func, marker))


# --------------------------------------------------------------------- helpers

class Workspace(unittest.TestCase):
    """Each test gets a temporary folder and a seeded ledger in it."""

    def setUp(self) -> None:
        self.dir = tempfile.mkdtemp(prefix="tickscope-rec-")
        self.addCleanup(shutil.rmtree, self.dir, True)

    def seeded_log(self, name: str = "ledger.db", events: int = 30) -> SampleEventLog:
        log = SampleEventLog(self.path(name))
        for i in range(events):
            log.append("user" if i % 2 else "response", "turn %d" % i, {"i": i})
        self.addCleanup(log.close)
        return log

    def path(self, name: str) -> str:
        return os.path.join(self.dir, name)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["node", "bin/tickscope.js", *args], cwd=REPO, capture_output=True, text=True, timeout=120,
    )


def ticks_of(run: Dict[str, Any]) -> List[Dict[str, Any]]:
    return run["strategies"][0]["repetitions"][0]["ticks"]


def counts_by_site(tick: Dict[str, Any]) -> Dict[tuple, int]:
    rows = tick["reads"] + tick["derivations"]
    return {(r["site"], r["op"]): r["count"] for r in rows}


class FakeClock:
    """A clock the fake event log advances by hand, so durations are exact."""

    def __init__(self) -> None:
        self.now = 0

    def __call__(self) -> int:
        return self.now


class ClockedLog:
    """An event log whose reads take a known time on a fake clock."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock

    def read_all(self) -> List[int]:
        self.clock.now += 5_000_000
        return [1, 2, 3]

    def read_tail(self, *, limit: int) -> List[int]:
        self.clock.now += 1_000_000
        return self.read_all()[-limit:]


# ----------------------------------------------------------------------- tests

class CountingTests(Workspace):
    def record_fake_loop(self, ticks: int = 3) -> Recorder:
        log = self.seeded_log()
        loop = FakeLoop(log)
        rec = Recorder(label="before")
        rec.wrap(log)
        rec.wrap_tick(loop, "tick")
        for _ in range(ticks):
            loop.tick()
        return rec

    def expected_tick_counts(self) -> Dict[tuple, int]:
        tick = FakeLoop.tick
        return {
            (site(tick, "start"), "full-read"): 1,
            (site(tick, "tail"), "tail-read"): 1,
            (site(emit_reflection, "emit"), "full-read"): 1,
            (site(tick, "loop"), "full-read"): 2,
            (site(tick, "since"), "max-id"): 1,
            (site(tick, "since"), "read-after-id"): 1,
            (site(FakeLoop._invariants, "verify"), "chain-verification"): 1,
        }

    def test_counts_per_site_and_operation_are_exact(self) -> None:
        rec = self.record_fake_loop(ticks=3)
        run = rec.to_run()
        self.assertEqual(len(ticks_of(run)), 3)
        for tick in ticks_of(run):
            self.assertEqual(counts_by_site(tick), self.expected_tick_counts())
            self.assertEqual(tick["eventsAppended"], 2)
            self.assertEqual([a["kind"] for a in tick["appended"]], ["reflection", "autonomy_tick"])

    def test_redundancy_follows_tickscopes_rules(self) -> None:
        rec = self.record_fake_loop(ticks=2)
        tick = FakeLoop.tick
        for entry in ticks_of(rec.to_run()):
            found = {(r["site"], r["op"]): r["redundancy"] for r in entry["reads"]}
            brief = {k: (v["duplicates"], v["similar"], v["needed"]) for k, v in found.items()}
            # start is the tick's first full read; emit re-reads it with nothing appended
            # in between (a duplicate); the loop reads after emit's append (similar),
            # then again (a duplicate); no later full read is needed.
            self.assertEqual(brief[(site(tick, "start"), "full-read")], (0, 0, 1))
            self.assertEqual(brief[(site(emit_reflection, "emit"), "full-read")], (1, 0, 0))
            self.assertEqual(brief[(site(tick, "loop"), "full-read")], (1, 1, 0))
            self.assertEqual(brief[(site(tick, "tail"), "tail-read")], (0, 0, 1))
            loop = found[(site(tick, "loop"), "full-read")]
            self.assertEqual(loop["savableMs"], next(
                r["durationMs"] for r in entry["reads"] if r["site"] == site(tick, "loop")))

    def test_appended_ids_and_head_follow_the_ledger(self) -> None:
        rec = self.record_fake_loop(ticks=2)
        first, second = ticks_of(rec.to_run())
        self.assertEqual([a["id"] for a in first["appended"]], [31, 32])
        self.assertEqual([a["id"] for a in second["appended"]], [33, 34])
        self.assertEqual((first["headId"], second["headId"]), (32, 34))

    def test_rows_are_the_lengths_of_returned_lists(self) -> None:
        rec = self.record_fake_loop(ticks=1)
        rows = {(c.site.function, c.op): c.rows for c in rec.calls if c.op != "append"}
        self.assertEqual(rows[("FakeLoop.tick", "tail-read")], 20)
        self.assertEqual(rows[("emit_reflection", "full-read")], 30)
        self.assertEqual(rows[("FakeLoop.tick", "read-after-id")], 5)  # ids 26..30

    def test_a_read_from_the_tick_method_has_the_tick_group(self) -> None:
        rec = self.record_fake_loop(ticks=1)
        groups = {c.site.function: c.site.group for c in rec.calls}
        self.assertEqual(groups["FakeLoop.tick"], "tick")
        self.assertEqual(groups["emit_reflection"], "emit_reflection")
        self.assertEqual(groups["FakeLoop._invariants"], "other")


class NestingTests(Workspace):
    def test_read_tail_through_read_all_is_one_tail_read(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="nest")
        rec.wrap(log)
        with rec.tick():
            log.read_tail(limit=3)  # site:nest
        self.assertEqual(len(rec.calls), 1)
        call = rec.calls[0]
        self.assertEqual((call.op, call.method, call.rows), ("tail-read", "read_tail", 3))
        # read_all and the max-id probe of the cache refresh ran inside it
        self.assertEqual(call.nested, 2)
        self.assertEqual(call.site.key, site(self.test_read_tail_through_read_all_is_one_tail_read,
                                             "nest"))

    def test_inner_cost_is_inside_the_outer_duration(self) -> None:
        clock = FakeClock()
        log = ClockedLog(clock)
        rec = Recorder(label="clock", clock=clock)
        rec.wrap(log, methods=["read_all", "read_tail"])
        with rec.tick():
            log.read_tail(limit=2)
            log.read_all()
        tail, full = rec.calls
        self.assertEqual((tail.op, tail.duration_ns), ("tail-read", 6_000_000))
        self.assertEqual((full.op, full.duration_ns), ("full-read", 5_000_000))
        reads = ticks_of(rec.to_run())[0]["reads"]
        self.assertEqual(sorted((r["op"], r["count"], r["durationMs"]) for r in reads),
                         [("full-read", 1, 5.0), ("tail-read", 1, 6.0)])

    def test_wrapping_twice_does_not_count_twice(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="twice")
        rec.wrap(SampleEventLog)
        self.addCleanup(rec.unwrap)
        rec.wrap(log)
        with rec.tick():
            log.read_all()
        self.assertEqual([c.op for c in rec.calls], ["full-read"])


class PhaseAndTickTests(Workspace):
    def test_marked_phases_name_the_reads_and_carry_durations(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="phases")
        rec.wrap(log)
        with rec.tick():
            with rec.phase("reflect"):
                for _ in range(2):
                    log.read_all()
            with rec.phase("verify"):
                log.verify_chain()
        tick = ticks_of(rec.to_run())[0]
        self.assertEqual([p["name"] for p in tick["phases"]], ["reflect", "verify"])
        self.assertEqual([(r["phase"], r["count"]) for r in tick["reads"]], [("reflect", 2)])
        self.assertEqual(tick["derivations"][0]["phase"], "verify")
        self.assertGreaterEqual(tick["durationMs"], sum(p["durationMs"] for p in tick["phases"]))

    def test_without_phases_the_calling_function_is_the_phase(self) -> None:
        log = self.seeded_log()
        loop = FakeLoop(log)
        rec = Recorder(label="implicit")
        rec.wrap(log)
        with rec.tick():
            loop.tick()
        phases = {c.phase for c in rec.calls}
        self.assertEqual(phases, {"FakeLoop.tick", "emit_reflection", "FakeLoop._invariants"})
        self.assertIn("no phases were marked", " ".join(rec.to_run()["notes"]))

    def test_a_tick_inside_a_tick_is_the_same_tick(self) -> None:
        log = self.seeded_log()
        loop = FakeLoop(log)
        rec = Recorder(label="inner")
        rec.wrap(log)
        rec.wrap_tick(loop)
        with rec.tick() as number:
            loop.tick()
        self.assertEqual((number, len(rec.ticks)), (1, 1))

    def test_reads_outside_ticks_are_left_out_and_noted(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="outside")
        rec.wrap(log)
        log.read_all()
        with rec.tick():
            log.read_all()
        run = rec.to_run()
        self.assertEqual(ticks_of(run)[0]["reads"][0]["count"], 1)
        self.assertIn("1 calls outside any tick", " ".join(run["notes"]))

    def test_no_ticks_marked_makes_one_tick_of_the_whole_recording(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="whole")
        rec.wrap(log)
        log.read_all()
        log.append("user", "hi")
        (tick,) = ticks_of(rec.to_run())
        self.assertEqual((tick["reads"][0]["count"], tick["eventsAppended"]), (1, 1))

    def test_a_call_that_raises_is_not_a_read(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="raises")
        rec.wrap(log)
        with rec.tick():
            with self.assertRaises(TypeError):
                log.read_tail(500)  # positional, as PMM's violation triage does
            log.read_tail(limit=500)
        self.assertEqual([c.error for c in rec.calls], ["TypeError", None])
        run = rec.to_run()
        self.assertEqual(ticks_of(run)[0]["reads"][0]["count"], 1)
        self.assertIn("1 wrapped calls raised", " ".join(run["notes"]))

    def test_repetitions_restart_tick_numbers_and_keep_counts(self) -> None:
        rec = Recorder(label="reps")
        rec.wrap(SampleEventLog)
        self.addCleanup(rec.unwrap)
        rec.wrap_tick(FakeLoop)
        self.addCleanup(rec.unwrap)
        for rep in range(3):
            log = self.seeded_log("rep%d.db" % rep)
            with rec.repetition() as index:
                self.assertEqual(index, rep)
                loop = FakeLoop(log)
                loop.tick()
                loop.tick()
        run = rec.to_run()
        self.assertEqual((run["scenario"]["ticks"], run["scenario"]["reps"]), (2, 3))
        reps = run["strategies"][0]["repetitions"]
        self.assertEqual([[t["tick"] for t in r["ticks"]] for r in reps], [[1, 2]] * 3)
        counts = [[counts_by_site(t) for t in r["ticks"]] for r in reps]
        self.assertEqual(counts[0], counts[1])
        self.assertEqual(counts[0], counts[2])
        with rec.tick(), self.assertRaises(RuntimeError):
            with rec.repetition():
                pass

    def test_reads_from_another_thread_belong_to_the_open_tick(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="threads")
        rec.wrap(log)
        with rec.tick():
            worker = threading.Thread(target=lambda: [log.read_tail(limit=2) for _ in range(50)])
            worker.start()
            for _ in range(50):
                log.read_tail(limit=2)
            worker.join()
        self.assertEqual(len(rec.calls), 100)
        self.assertEqual({(c.tick, c.op, c.nested) for c in rec.calls}, {(1, "tail-read", 2)})


class WrappingTests(Workspace):
    def test_wrapping_a_class_records_every_instance_and_unwrap_restores(self) -> None:
        original = SampleEventLog.read_all
        rec = Recorder(label="class")
        rec.wrap(SampleEventLog)
        try:
            first, second = self.seeded_log("a.db", 2), self.seeded_log("b.db", 3)
            with rec.tick():
                first.read_all()
                second.read_all()
        finally:
            rec.unwrap()
        self.assertIs(SampleEventLog.read_all, original)
        self.assertEqual([c.rows for c in rec.calls if c.op == "full-read"], [2, 3])

    def test_configured_methods_only(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="some")
        rec.wrap(log, methods={"read_all": "full-read", "read_after_ts": "read-after-ts"})
        with rec.tick():
            log.read_all()
            log.read_after_ts(after_ts="")
            log.get_max_id()
        self.assertEqual([(c.method, c.op) for c in rec.calls],
                         [("read_all", "full-read"), ("read_after_ts", "read-after-ts")])

    def test_a_module_function_can_be_recorded_as_a_derivation(self) -> None:
        import types as pytypes
        metrics = pytypes.ModuleType("metrics")
        metrics.compute_ias_gas = lambda events: (0.5, 0.25)  # type: ignore[attr-defined]
        log = self.seeded_log()
        rec = Recorder(label="fold")
        rec.wrap(log)
        rec.wrap(metrics, methods={"compute_ias_gas": "metrics-pass"})
        with rec.tick():
            metrics.compute_ias_gas(log.read_all())  # type: ignore[attr-defined]
        (derivation,) = ticks_of(rec.to_run())[0]["derivations"]
        self.assertEqual((derivation["op"], derivation["rows"], derivation["count"]),
                         ("metrics-pass", 30, 1))

    def test_bad_configuration_is_refused_with_a_reason(self) -> None:
        rec = Recorder(label="bad")
        with self.assertRaisesRegex(ValueError, "unknown operations"):
            rec.wrap(self.seeded_log(), methods={"read_all": "slurp"})
        with self.assertRaisesRegex(ValueError, "no default operation"):
            rec.wrap(self.seeded_log("c.db"), methods=["build_self_model"])
        with self.assertRaisesRegex(ValueError, "none of the methods"):
            rec.wrap(object())

    def test_args_are_recorded_compactly(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="args")
        rec.wrap(log)
        with rec.tick():
            log.read_after_id(after_id=3, limit=5)
            log.append("user", "x" * 100, {"a": 1})
        self.assertEqual(rec.calls[0].args, "after_id=3,limit=5")
        self.assertTrue(rec.calls[1].args.startswith("'user','xxx"))
        self.assertTrue(rec.calls[1].args.endswith("...',<dict>"))

    def test_count_bytes_sums_event_text(self) -> None:
        log = self.seeded_log(events=0)
        log.append("user", "héllo", {"a": 1})
        rec = Recorder(label="bytes", count_bytes=True)
        rec.wrap(log)
        with rec.tick():
            (event,) = log.read_all()
        expected = len(event["ts"]) + len("user") + len("héllo".encode()) + len('{"a": 1}')
        self.assertEqual(rec.calls[0].bytes, expected)

    def test_qualname_fallback_finds_the_defining_class(self) -> None:
        # Python < 3.11 has no co_qualname; the fallback must still name the class.
        class Base:
            def where(self) -> Any:
                return tickscope_recorder._guess_qualname(sys._getframe())

        class Child(Base):
            pass

        self.assertTrue(Child().where().endswith("Base.where"))

    def test_a_read_in_a_comprehension_belongs_to_the_enclosing_function(self) -> None:
        log = self.seeded_log()
        rec = Recorder(label="comprehension")
        rec.wrap(log)
        with rec.tick():
            sizes = [len(log.read_tail(limit=n)) for n in (1, 2)]  # site:comp
        self.assertEqual(sizes, [1, 2])
        me = self.test_a_read_in_a_comprehension_belongs_to_the_enclosing_function
        self.assertEqual({c.site.key for c in rec.calls}, {site(me, "comp")})

    def test_without_co_qualname_sites_still_name_their_class(self) -> None:
        # Runs the whole recording down the Python 3.9/3.10 path.
        saved = tickscope_recorder._HAS_QUALNAME
        tickscope_recorder._HAS_QUALNAME = False
        self.addCleanup(setattr, tickscope_recorder, "_HAS_QUALNAME", saved)
        log = self.seeded_log()
        rec = Recorder(label="old-python")
        rec.wrap(log)
        rec.wrap_tick(FakeLoop)  # the class's tick is now a wrapper: still found
        self.addCleanup(rec.unwrap)
        FakeLoop(log).tick()
        self.assertEqual({c.site.function for c in rec.calls},
                         {"FakeLoop.tick", "emit_reflection", "FakeLoop._invariants"})

    def test_the_module_parses_as_python_3_9(self) -> None:
        with open(tickscope_recorder.__file__, encoding="utf-8") as handle:
            ast.parse(handle.read(), feature_version=(3, 9))


class LedgerTests(Workspace):
    def test_fingerprint_of_a_real_fixture(self) -> None:
        info = fingerprint_ledger(BIG_FIXTURE)
        self.assertEqual((info["sha256"], info["eventCount"], info["era"]),
                         (BIG_FIXTURE_SHA, 3299, "v1"))
        self.assertEqual(info["name"], "pmm-v1-autonomy-3299.db")

    def test_saving_never_touches_the_ledger(self) -> None:
        ledger = self.path("wal.db")
        shutil.copyfile(BIG_FIXTURE, ledger)  # a WAL-mode file: sidecars would show
        before = sha256_of(ledger)
        rec = Recorder(label="ro")
        rec.save(self.path("run.json"), ledger=ledger)
        self.assertEqual(sha256_of(ledger), before)
        self.assertEqual(sorted(os.listdir(self.dir)), ["run.json", "wal.db"])

    def test_the_input_is_fingerprinted_before_the_run_appends(self) -> None:
        ledger = self.path("input.db")
        shutil.copyfile(BIG_FIXTURE, ledger)
        rec = Recorder(label="input", ledger=ledger)
        log = SampleEventLog(ledger)
        self.addCleanup(log.close)
        rec.wrap(log)
        with rec.tick():
            log.append("user", "hi")
        run = rec.save(self.path("run.json"), ledger=ledger)
        self.assertEqual(run["input"]["ledger"]["sha256"], BIG_FIXTURE_SHA)
        self.assertEqual(run["input"]["ledger"]["eventCount"], 3299)
        self.assertEqual(ticks_of(run)[0]["appended"][0]["id"], 3300)


def sha256_of(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.sha256(handle.read()).hexdigest()


class CliTests(Workspace):
    def record(self, loop_class: type, label: str, reps: int = 3, ticks: int = 2) -> str:
        """``reps`` repetitions of ``ticks`` ticks, each on a fresh copy of the real fixture."""
        folder = self.path(label)
        os.mkdir(folder)
        ledger = os.path.join(folder, os.path.basename(BIG_FIXTURE))  # same name, same input
        rec = Recorder(label=label)
        rec.wrap(SampleEventLog)
        rec.wrap_tick(loop_class)
        try:
            for _ in range(reps):
                shutil.copyfile(BIG_FIXTURE, ledger)
                rec.use_ledger(ledger)
                log = SampleEventLog(ledger)
                with rec.repetition():
                    loop = loop_class(log)
                    for _ in range(ticks):
                        loop.tick()
                log.close()
        finally:
            rec.unwrap()
        out = self.path("%s.json" % label)
        rec.save(out)
        return out

    def test_the_run_file_validates_with_tickscope(self) -> None:
        out = self.record(FakeLoop, "before")
        done = run_cli("validate", out)
        self.assertEqual(done.returncode, 0, done.stdout + done.stderr)

    def test_a_broken_run_file_is_refused_by_tickscope(self) -> None:
        out = self.record(FakeLoop, "broken", reps=1, ticks=1)
        with open(out, encoding="utf-8") as handle:
            run = json.load(handle)
        ticks_of(run)[0]["reads"][0]["op"] = "slurp"
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(run, handle)
        done = run_cli("validate", out)
        self.assertNotEqual(done.returncode, 0)
        self.assertIn("op", done.stdout + done.stderr)

    def test_two_recordings_compare(self) -> None:
        before = self.record(FakeLoop, "before")
        after = self.record(LeanLoop, "after")
        done = run_cli("compare", before, after, "--json")
        self.assertEqual(done.returncode, 0, done.stderr)
        report = json.loads(done.stdout)
        self.assert_compare_report(report)

    def test_a_recording_compares_with_tickscopes_own_runtime(self) -> None:
        recorded = self.record(FakeLoop, "recorded", reps=1, ticks=2)
        own = self.path("own.json")
        done = run_cli("profile", BIG_FIXTURE, "--out", own, "--strategies", "naive",
                       "--ticks", "2", "--reps", "1")
        self.assertEqual(done.returncode, 0, done.stderr)
        done = run_cli("compare", own, recorded, "--json")
        self.assertEqual(done.returncode, 0, done.stderr)
        report = json.loads(done.stdout)
        # The same ledger, but another runtime and another scenario: said, not hidden.
        self.assertFalse(report["sameInput"])
        inputs = {d["field"] for d in report["inputDifferences"]}
        self.assertFalse({f for f in inputs if f.startswith("input.ledger")}, inputs)
        self.assertIn("environment.runtime", {d["field"] for d in report["environmentDifferences"]})
        self.assertTrue(any("runtimes differ" in note for note in report["notes"]), report["notes"])
        self.assertIsNone(report["strategies"][0]["significant"])

    def assert_compare_report(self, report: Dict[str, Any]) -> None:
        # Same ledger (name, hash, count), same scenario, same runtime kind.
        self.assertTrue(report["sameInput"], report["inputDifferences"])
        (pair,) = report["strategies"]
        self.assertEqual((pair["baseline"], pair["candidate"]), ("before", "after"))
        self.assertEqual((pair["baselineTime"]["n"], pair["candidateTime"]["n"]), (3, 3))
        sites = {d["key"]: d for d in pair["sites"]}

        def reads(key: str) -> tuple:
            delta = sites[key]
            return delta["baseline"]["reads"], delta["candidate"]["reads"], delta["change"]["reads"]

        # Counts come from the first repetition: 2 ticks.
        self.assertEqual(reads(site(FakeLoop.tick, "loop")), (4, 0, -4))
        self.assertEqual(reads(site(emit_reflection, "emit")), (2, 0, -2))
        self.assertEqual(reads(site(LeanLoop.tick, "lean")), (0, 2, 2))
        self.assertEqual(reads(site(FakeLoop._invariants, "verify")), (2, 2, 0))
        self.assertEqual(reads(site(FakeLoop.tick, "since")), (4, 0, -4))  # max-id + after-id
        self.assertEqual(abs(pair["sites"][0]["change"]["reads"]), 4)  # biggest change first
        # No hashes in recorder runs: equal head ids cannot prove the ledgers equal.
        self.assertEqual(pair["equivalence"]["verdict"], "unknown")


def main() -> int:
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("%d passed, %d failed, %d skipped" % (passed, failed, len(result.skipped)))
    return 0 if result.wasSuccessful() else 1


if __name__ == "__main__":
    sys.exit(main())
