"""Record how a Python runtime reads its event log, and save a tickscope run file.

Copy this one file next to your code (or put its folder on PYTHONPATH); it needs
nothing outside the standard library and runs on Python 3.9 or newer.

    from tickscope_recorder import Recorder

    rec = Recorder(label="before", ledger="pmm.db")   # fingerprint the input now
    rec.wrap(EventLog)                                 # or an EventLog instance
    rec.wrap_tick(loop, "tick")                        # every loop.tick() is a tick
    for _ in range(5):
        loop.tick()
    rec.save("before.json")

Every wrapped call becomes one record: the tick it ran in, the operation, the call
site (the nearest frame outside this module and outside the event-log class), the
rows returned, the duration.  A wrapped method that calls another wrapped method
(a ``read_tail`` that refreshes through ``read_all``) is one logical operation: the
outer call is recorded, its duration includes the inner one.

Threads: ticks and phases are process-wide (a read from any thread while a tick is
open belongs to that tick); nesting is tracked per thread; records are appended
under a lock.  See README.md beside this file.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import inspect
import itertools
import json
import os
import platform
import sqlite3
import sys
import threading
import time
import types
import urllib.parse
import warnings
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, Union

__version__ = "0.1.0"
__all__ = [
    "Recorder", "Call", "Site", "DEFAULT_METHODS", "READ_OPS", "DERIVATION_OPS", "APPEND",
    "fingerprint_ledger",
]

#: The operation that appends an event; it is counted, not reported as a read.
APPEND = "append"

#: Operations that fetch rows, as tickscope's run file names them
#: (src/core/profiling/run-file/schema.ts READ_OPS).
READ_OPS = (
    "full-read",
    "tail-read",
    "read-after-id",
    "read-after-ts",
    "max-id",
    "cache-hit",
    "cache-miss",
    "snapshot-hit",
)

#: Operations that derive state from events already read (schema.ts DERIVATION_OPS).
DERIVATION_OPS = ("projection-fold", "metrics-pass", "stage-inference", "chain-verification")
_DERIVATION_SET = frozenset(DERIVATION_OPS)

#: The methods wrapped by default and the operation each one is recorded as.
DEFAULT_METHODS: Dict[str, str] = {
    "read_all": "full-read",
    "read_tail": "tail-read",
    "read_after_id": "read-after-id",
    "read_after_ts": "read-after-ts",
    "get_max_id": "max-id",
    "verify_chain": "chain-verification",
    "append": APPEND,
}

# The PMM functions whose read sites PMM's fix guide counted (SiteGroup).
_SITE_GROUPS = {
    "tick": "tick",
    "handle_identity_adopt": "handle_identity_adopt",
    "emit_reflection": "emit_reflection",
    "maybe_reflect": "maybe_reflect",
    "_rebind_commitments_on_identity_adopt": "rebind",
}

_MARK = "__tickscope_recorder_original__"
# Comprehensions have their own frame before Python 3.12; their site is the enclosing
# function, as it is on 3.12+.  (A generator expression may run in another function,
# so it stays a site of its own.)
_INLINED = frozenset(("<listcomp>", "<dictcomp>", "<setcomp>"))
_HAS_QUALNAME = hasattr(types.CodeType, "co_qualname")


class Site:
    """One call site: the function that called the event log, and where."""

    __slots__ = ("function", "file", "line", "group")

    def __init__(self, function: str, file: str, line: int, group: str) -> None:
        self.function = function
        self.file = file
        self.line = line
        self.group = group

    @property
    def key(self) -> str:
        """``function:file:line``, unique per call site (the run file's ``site``)."""
        return "%s:%s:%d" % (self.function, self.file, self.line)

    def __repr__(self) -> str:
        return "Site(%s)" % self.key


class Call:
    """One recorded call of a wrapped method (one logical operation).

    ``tick`` is the tick's number within repetition ``rep`` (0 outside any tick); ``nested`` counts the wrapped calls made inside
    this one (not recorded separately); ``error`` names the exception it raised.
    """

    __slots__ = (
        "seq", "rep", "tick", "phase", "site", "op", "method", "rows", "bytes",
        "duration_ns", "raw_args", "max_id", "nested", "error",
    )

    def __init__(
        self, seq: int, rep: int, tick: int, phase: str, site: Site, op: str, method: str, rows: int,
        nbytes: int, duration_ns: int, raw_args: Tuple[tuple, dict], max_id: int, nested: int,
        error: Optional[str],
    ) -> None:
        self.seq = seq
        self.rep = rep
        self.tick = tick
        self.phase = phase
        self.site = site
        self.op = op
        self.method = method
        self.rows = rows
        self.bytes = nbytes
        self.duration_ns = duration_ns
        self.raw_args = raw_args
        self.max_id = max_id
        self.nested = nested
        self.error = error

    @property
    def args(self) -> str:
        """The call's arguments, compact (``after_id=3,limit=5``); self is left out."""
        args, kwargs = self.raw_args
        return _format_args(args, kwargs)

    def __repr__(self) -> str:
        return "Call(#%d tick=%d %s %s rows=%d %dns)" % (
            self.seq, self.tick, self.op, self.site.key, self.rows, self.duration_ns,
        )


class _TickState:
    """One tick: its repetition and number, start, phases and appends."""

    __slots__ = ("rep", "number", "start_ns", "end_ns", "phases", "appended", "head_id")

    def __init__(self, rep: int, number: int, start_ns: int) -> None:
        self.rep = rep
        self.number = number
        self.start_ns = start_ns
        self.end_ns = start_ns
        self.phases: List[Tuple[str, int]] = []  # (name, duration ns), in order
        self.appended: List[Tuple[Optional[int], str]] = []  # (id, kind) per append
        self.head_id = 0


class Recorder:
    """Wraps event-log methods, groups their calls into ticks, saves a run file.

    ``label`` names this recording in comparisons (a commit id, "before"...).
    ``ledger``, when given, is fingerprinted immediately (name, SHA-256, event count),
    which is what you want: the run appends to the ledger, and the input is the
    state before the run.  ``count_bytes`` sums the text of every returned event
    (O(rows) per read, so off by default).  ``clock`` returns nanoseconds.
    """

    def __init__(
        self,
        label: str,
        *,
        ledger: Optional[str] = None,
        count_bytes: bool = False,
        clock: Callable[[], int] = time.perf_counter_ns,
    ) -> None:
        if not isinstance(label, str) or not label:
            raise ValueError("Recorder(label=...) needs a non-empty string")
        self.label = label
        self.count_bytes = count_bytes
        self._log: List[tuple] = []  # Call fields as tuples: cheaper on the hot path
        self._calls: List[Call] = []
        self.ticks: List[_TickState] = []
        self._clock = clock
        self._lock = threading.Lock()
        self._depth: Dict[int, List[int]] = {}  # thread id -> [depth, inner calls]
        self._skip_codes: set = set()
        self._sites: Dict[Tuple[Any, int], Site] = {}
        self._wrapped: List[Tuple[Any, str, Any, bool]] = []
        self._tick: Optional[_TickState] = None
        self._rep = 0
        self._rep_ticks = 0  # ticks recorded in the current repetition
        self._phases: List[str] = []
        self._max_id = 0
        self._counter = itertools.count()
        self._loose_appends: List[Tuple[Optional[int], str]] = []  # appends outside ticks
        self._started_ns = clock()
        self._ledger: Optional[Dict[str, Any]] = None
        self._ledger_path: Optional[str] = None
        self._skip_codes.update(_codes_of(_RECORDER_FUNCTIONS))
        if ledger is not None:
            self.use_ledger(ledger)

    # ----------------------------------------------------------------- wrapping

    def wrap(self, target: Any, methods: Union[None, Iterable[str], Dict[str, str]] = None) -> Any:
        """Wrap ``target``'s event-log methods (a class or an instance); returns ``target``.

        ``methods`` is None (the defaults present on ``target``), a list of names
        (each must be a default name), or a dict ``{name: op}`` with ``op`` one of
        READ_OPS or APPEND.  Wrapping a class affects every instance.
        """
        table = _method_table(methods)
        klass = target if isinstance(target, type) else type(target)
        self.ignore(klass)
        done = [name for name, op in table.items() if self._wrap_one(target, name, op, methods is None)]
        if not done:
            raise ValueError("%r has none of the methods %s" % (target, sorted(table)))
        return target

    def ignore(self, *objs: Any) -> None:
        """Treat frames of these classes, functions or modules as internal (not call sites).

        Use it for a cache or facade class your code calls instead of the event log.
        """
        for obj in objs:
            self._skip_codes.update(_codes_of(_functions_of(obj)))

    def wrap_tick(self, target: Any, name: str = "tick") -> Any:
        """Make every call of ``target.<name>`` one tick (``target`` is a class or instance)."""
        original = inspect.getattr_static(target, name)
        func, _ = _callable_of(target, name, original)
        recorder = self

        @functools.wraps(func)
        def ticked(*args: Any, **kwargs: Any) -> Any:
            with recorder.tick():
                return func(*args, **kwargs)

        self._install(target, name, original, _rewrap(original, ticked))
        return target

    def unwrap(self) -> None:
        """Restore every method this recorder replaced."""
        for target, name, original, had_own in reversed(self._wrapped):
            if had_own:
                setattr(target, name, original)
            else:
                delattr(target, name)
        self._wrapped.clear()

    def _wrap_one(self, target: Any, name: str, op: str, optional: bool) -> bool:
        try:
            original = inspect.getattr_static(target, name)
        except AttributeError:
            if optional:
                return False
            raise AttributeError("%r has no method %r to wrap" % (target, name)) from None
        if getattr(original, _MARK, None) is not None:
            return True  # already wrapped by a recorder: counting twice would lie
        func, receiver = _callable_of(target, name, original)
        self._skip_codes.update(_codes_of([func]))
        wrapper = self._make_wrapper(func, name, op, receiver)
        self._install(target, name, original, _rewrap(original, wrapper))
        return True

    def _install(self, target: Any, name: str, original: Any, replacement: Any) -> None:
        had_own = isinstance(target, type) and name in vars(target) or (
            not isinstance(target, type) and name in getattr(target, "__dict__", {})
        )
        try:
            setattr(target, name, replacement)
        except (AttributeError, TypeError) as exc:
            raise TypeError(
                "cannot replace %s.%s (%s); wrap the class instead" % (type(target).__name__, name, exc)
            ) from None
        self._wrapped.append((target, name, original, had_own))

    def _make_wrapper(
        self, func: Callable[..., Any], method: str, op: str, receiver: bool
    ) -> Callable[..., Any]:
        recorder = self
        depth_table = self._depth
        get_ident = threading.get_ident
        clock = self._clock

        @functools.wraps(func)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            tid = get_ident()
            state = depth_table.get(tid)
            if state is None:
                state = depth_table.setdefault(tid, [0, 0])
            if state[0]:
                # Inside another wrapped call on this thread: its cost is already
                # inside the outer call's duration, and it is not a second read.
                state[0] += 1
                state[1] += 1
                try:
                    return func(*args, **kwargs)
                finally:
                    state[0] -= 1
            state[0] = 1
            state[1] = 0
            error = None
            result = None
            start = clock()
            try:
                result = func(*args, **kwargs)
                return result
            except BaseException as exc:
                error = type(exc).__name__
                raise
            finally:
                end = clock()
                state[0] = 0
                recorder._record(
                    method, op, args[1:] if receiver else args, kwargs, result,
                    end - start, state[1], error,
                )

        setattr(recorded, _MARK, func)
        return recorded

    # ------------------------------------------------------------- ticks/phases

    @contextlib.contextmanager
    def tick(self) -> Iterator[int]:
        """Everything read inside the block belongs to one tick; yields its 1-based number.

        A tick opened inside an open tick is the same tick (counted once).
        """
        with self._lock:  # two threads opening a tick at once still make one tick
            outer = self._tick
            if outer is None:
                self._rep_ticks += 1
                state = _TickState(self._rep, self._rep_ticks, self._clock())
                self.ticks.append(state)
                self._tick = state
        if outer is not None:
            yield outer.number
            return
        try:
            yield state.number
        finally:
            state.end_ns = self._clock()
            state.head_id = self._max_id
            self._tick = None

    @contextlib.contextmanager
    def repetition(self) -> Iterator[int]:
        """Ticks inside the block form one repetition; yields its 0-based index.

        Repeat the same ticks on a fresh copy of the input ledger in each block:
        the comparison then has one time sample per repetition (tickscope warns
        below 9).  Ticks are numbered from 1 again in each repetition.
        """
        if self._tick is not None:
            raise RuntimeError("a repetition cannot start inside a tick")
        if self._rep_ticks:
            self._rep += 1  # the current repetition has content: start the next one
        self._rep_ticks = 0
        yield self._rep

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Reads inside the block belong to phase ``name`` (the innermost phase wins)."""
        self._phases.append(name)
        start = self._clock()
        try:
            yield
        finally:
            elapsed = self._clock() - start
            self._phases.pop()
            if self._tick is not None:
                self._tick.phases.append((name, elapsed))

    # ---------------------------------------------------------------- recording

    def _record(
        self, method: str, op: str, args: tuple, kwargs: dict, result: Any,
        duration_ns: int, nested: int, error: Optional[str],
    ) -> None:
        # The hot path: keep it to lookups; arguments are formatted only when read.
        frame = sys._getframe(2)
        code = frame.f_code
        if code in self._skip_codes:
            site = self._site(frame)  # called from inside the event log: walk out
        else:
            key = (code, frame.f_lineno)
            site = self._sites.get(key)
            if site is None:
                site = self._sites[key] = self._site(frame)
        if op in _DERIVATION_SET:
            rows = _rows_of(op, args, result)
            seen = None
        elif type(result) is list:
            rows = len(result)
            last = result[-1] if rows else None
            seen = last.get("id") if type(last) is dict else None
        else:
            rows = _rows_of(op, args, result)
            seen = result if op is APPEND or op == "max-id" else None
        # The recorder never queries the ledger itself; it keeps the largest id it
        # has seen (max-id results, appended ids, the last row of a read).
        if type(seen) is int and seen > self._max_id:
            self._max_id = seen
        tick = self._tick
        nbytes = _bytes_of(result) if rows and self.count_bytes else 0
        if op is APPEND and error is None:
            appended = tick.appended if tick is not None else self._loose_appends
            appended.append((result if isinstance(result, int) else None, _kind_of(args, kwargs)))
        self._log.append((
            next(self._counter), self._rep, tick.number if tick is not None else 0,
            self._phases[-1] if self._phases else site.function,
            site, op, method, rows, nbytes, duration_ns, (args, kwargs), self._max_id,
            nested, error,
        ))

    def _site(self, frame: Optional[types.FrameType]) -> Site:
        """The site of the nearest frame that is neither the recorder's nor the event log's.

        Sites are cached by the resolved frame's (code, line), never by an internal
        frame's: one line inside the event log is reached from many call sites.
        """
        skip = self._skip_codes
        while frame is not None and (frame.f_code in skip or frame.f_code.co_name in _INLINED):
            frame = frame.f_back
        if frame is None:
            return _UNKNOWN_SITE
        key = (frame.f_code, frame.f_lineno)
        site = self._sites.get(key)
        if site is None:
            site = _make_site(frame)
            self._sites[key] = site
        return site

    # ------------------------------------------------------------------- output

    def use_ledger(self, path: str) -> Dict[str, Any]:
        """Fingerprint the input ledger now (read-only); ``save`` reports this fingerprint."""
        self._ledger = fingerprint_ledger(path)
        self._ledger_path = os.path.abspath(path)
        return self._ledger

    def to_run(self, ledger: Optional[str] = None) -> Dict[str, Any]:
        """The run document as a dict (what ``save`` writes)."""
        if ledger is not None and os.path.abspath(ledger) != self._ledger_path:
            self.use_ledger(ledger)
        return _build_run(self)

    def save(self, path: str, ledger: Optional[str] = None) -> Dict[str, Any]:
        """Write the run file to ``path`` and return it as a dict.

        ``ledger`` is the ledger file's path; it is opened read-only and immutable,
        never written.  When it was already given to ``Recorder(ledger=...)`` or
        ``use_ledger``, that earlier fingerprint (the input state) is kept.
        """
        run = self.to_run(ledger)
        tmp = path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as out:
            json.dump(run, out, indent=1, sort_keys=False)
            out.write("\n")
        os.replace(tmp, path)
        return run

    @property
    def calls(self) -> List[Call]:
        """Every recorded call so far, in the order they finished."""
        done = len(self._calls)
        if done < len(self._log):
            self._calls.extend(Call(*fields) for fields in self._log[done:])
        return self._calls

    def summary(self) -> Dict[Tuple[int, str, str], int]:
        """Counts of successful calls by (tick, site key, op), for quick checks (all reps)."""
        counts: Dict[Tuple[int, str, str], int] = {}
        for call in self.calls:
            if call.error is None:
                key = (call.tick, call.site.key, call.op)
                counts[key] = counts.get(key, 0) + 1
        return counts


# -------------------------------------------------------------------- helpers

_UNKNOWN_SITE = Site("<unknown>", "<unknown>", 0, "other")


def _method_table(methods: Union[None, Iterable[str], Dict[str, str]]) -> Dict[str, str]:
    if methods is None:
        return dict(DEFAULT_METHODS)
    if isinstance(methods, str):
        raise TypeError("methods must be a list of names or a dict {name: op}, not a string")
    if isinstance(methods, dict):
        table = dict(methods)
    else:
        unknown = [name for name in methods if name not in DEFAULT_METHODS]
        if unknown:
            raise ValueError("no default operation for %s; pass methods={name: op}" % unknown)
        table = {name: DEFAULT_METHODS[name] for name in methods}
    known = READ_OPS + DERIVATION_OPS + (APPEND,)
    bad = {name: op for name, op in table.items() if op not in known}
    if bad:
        raise ValueError("unknown operations %s; use one of %s" % (bad, ", ".join(known)))
    return table


def _callable_of(target: Any, name: str, original: Any) -> Tuple[Callable[..., Any], bool]:
    """What to call in place of ``target.<name>``, and whether it takes self/cls first."""
    if isinstance(original, (staticmethod, classmethod)):
        return original.__func__, isinstance(original, classmethod)
    if isinstance(target, type):
        return original, True
    return getattr(target, name), False  # bound to this instance (or a module function)


def _rewrap(original: Any, func: Callable[..., Any]) -> Any:
    if isinstance(original, staticmethod):
        return staticmethod(func)
    if isinstance(original, classmethod):
        return classmethod(func)
    return func


def _functions_of(obj: Any) -> List[Any]:
    """Every function defined by a class (its whole MRO but ``object``), a module, or itself."""
    if isinstance(obj, type):
        found = []
        for klass in obj.__mro__:
            if klass is not object:
                found.extend(_members(vars(klass).values()))
        return found
    if isinstance(obj, types.ModuleType):
        return _members(vars(obj).values())
    return [obj]


def _members(values: Iterable[Any]) -> List[Any]:
    found = []
    for value in values:
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        if isinstance(value, property):
            found.extend(f for f in (value.fget, value.fset, value.fdel) if f is not None)
        elif callable(value):
            found.append(value)
    return found


def _codes_of(funcs: Iterable[Any]) -> set:
    """Code objects of ``funcs`` and of everything defined inside them (closures, lambdas)."""
    codes: set = set()
    stack = []
    for func in funcs:
        func = getattr(func, _MARK, func)
        func = getattr(func, "__func__", func)  # bound methods
        code = getattr(func, "__code__", None)
        if code is not None:
            stack.append(code)
    while stack:
        code = stack.pop()
        if code not in codes:
            codes.add(code)
            stack.extend(c for c in code.co_consts if isinstance(c, types.CodeType))
    return codes


def _make_site(frame: types.FrameType) -> Site:
    code = frame.f_code
    function = code.co_qualname if _HAS_QUALNAME else _guess_qualname(frame)
    group = _SITE_GROUPS.get(code.co_name, "other")
    return Site(function, _short_path(code.co_filename), frame.f_lineno, group)


def _guess_qualname(frame: types.FrameType) -> str:
    """Python < 3.11 has no co_qualname: find the defining class through self/cls."""
    code = frame.f_code
    owner = frame.f_locals.get("self", frame.f_locals.get("cls"))
    if owner is None:
        return code.co_name
    klass = owner if isinstance(owner, type) else type(owner)
    for base in klass.__mro__:
        value = vars(base).get(code.co_name)
        value = getattr(value, "__func__", value)
        while hasattr(value, "__wrapped__"):  # a recorder's (or any functools) wrapper
            value = value.__wrapped__
        if getattr(value, "__code__", None) is code:
            return "%s.%s" % (base.__qualname__, code.co_name)
    return code.co_name


def _short_path(path: str) -> str:
    """Paths relative to the working directory when inside it, so runs compare across checkouts."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return path
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


def _rows_of(op: str, args: tuple, result: Any) -> int:
    """Rows returned; for a derivation, the events passed to it when it was given a list."""
    if op in _DERIVATION_SET and args and isinstance(args[0], (list, tuple)):
        return len(args[0])
    if isinstance(result, (list, tuple)):
        return len(result)
    return 0


def _format_args(args: tuple, kwargs: dict) -> str:
    parts = [_short_repr(a) for a in args]
    parts.extend("%s=%s" % (k, _short_repr(v)) for k, v in kwargs.items())
    return ",".join(parts)


def _kind_of(args: tuple, kwargs: dict) -> str:
    kind = kwargs.get("kind", args[0] if args else None)
    return kind if isinstance(kind, str) else "?"


def _short_repr(value: Any) -> str:
    if isinstance(value, (int, float, bool, type(None))):
        return repr(value)
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    return "<%s>" % type(value).__name__


def _bytes_of(result: Any) -> int:
    """Text bytes of returned events: ts + kind + content + meta (as JSON)."""
    total = 0
    for row in result:
        if isinstance(row, dict):
            for field in ("ts", "kind", "content"):
                value = row.get(field)
                if isinstance(value, str):
                    total += len(value.encode("utf-8"))
            meta = row.get("meta")
            if meta is not None:
                total += len(meta if isinstance(meta, str) else json.dumps(meta))
    return total


def fingerprint_ledger(path: str) -> Dict[str, Any]:
    """Name, SHA-256, size and event count of a ledger file, opened read-only and immutable.

    SQLite's ``immutable=1`` reads only the main file and creates no ``-wal``/``-shm``
    sidecars; rows still sitting in a non-empty ``-wal`` are therefore not counted,
    and the result says so (``walPending``).
    """
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    uri = "file:%s?mode=ro&immutable=1" % urllib.parse.quote(os.path.abspath(path))
    conn = sqlite3.connect(uri, uri=True)
    try:
        count = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        first = conn.execute("SELECT ts FROM events ORDER BY id LIMIT 1").fetchone()
        head = _head_hash(conn)
    finally:
        conn.close()
    wal = path + "-wal"
    info = {
        "name": os.path.basename(path),
        "sha256": digest.hexdigest(),
        "sizeBytes": os.path.getsize(path),
        "eventCount": count,
        "era": _era_of(first[0] if first else None),
        "headHash": head,
        "walPending": os.path.exists(wal) and os.path.getsize(wal) > 0,
    }
    if info["walPending"]:
        warnings.warn("%s has a non-empty -wal: its rows are not in this fingerprint" % path)
    return info


def _head_hash(conn: sqlite3.Connection) -> Optional[str]:
    try:
        row = conn.execute("SELECT hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:
        return None  # a ledger without hash columns
    return row[0] if row else None


def _era_of(ts: Optional[str]) -> str:
    if ts is None:
        return "unknown"
    if ts.endswith("+00:00"):
        return "v1"
    if ts.endswith("Z") and "." in ts:
        return "v2"
    return "unknown"


#: tickscope run-file format this recorder writes (src/core/profiling/run-file/types.ts).
RUN_FILE_FORMAT = "tickscope-run"
RUN_FILE_VERSION = 1
_NO_LEDGER = {"name": "unknown", "sha256": None, "eventCount": None, "era": "unknown"}


def _build_run(rec: Recorder) -> Dict[str, Any]:
    """The run document (schemaVersion 1): one strategy named by the label."""
    notes: List[str] = []
    repetitions = _repetitions(rec, notes)
    ticks = len(repetitions[0]["ticks"])
    if any(len(r["ticks"]) != ticks for r in repetitions):
        notes.append("the repetitions have different numbers of ticks")
    return {
        "schemaVersion": RUN_FILE_VERSION,
        "format": RUN_FILE_FORMAT,
        "runId": "py-%s-%s" % (_slug(rec.label), os.urandom(6).hex()),
        "createdAt": _utc_now(),
        "label": rec.label,
        "input": {"ledger": _ledger_entry(rec._ledger, notes)},
        "environment": _environment(),
        "scenario": {"ticks": ticks, "turnEvery": None, "seed": None, "reps": len(repetitions)},
        "strategies": [{
            "id": rec.label,
            "label": rec.label,
            "external": True,
            "repetitions": repetitions,
        }],
        "equivalence": [],
        "notes": notes,
    }


def _repetitions(rec: Recorder, notes: List[str]) -> List[Dict[str, Any]]:
    calls = [c for c in rec.calls if c.error is None]
    failed = len(rec.calls) - len(calls)
    if failed:
        notes.append("%d wrapped calls raised an exception and are not counted" % failed)
    if not rec.ticks:
        notes.append("no ticks were marked: the whole recording is tick 1")
        return [{"rep": 0, "ticks": [_whole_recording(rec, calls)]}]
    outside = sum(1 for c in calls if c.tick == 0)
    if outside:
        notes.append("%d calls outside any tick are not in the ticks" % outside)
    if not any(t.phases for t in rec.ticks):
        notes.append("no phases were marked: each read's phase is its calling function")
    by_tick: Dict[Tuple[int, int], List[Call]] = {}
    for call in calls:
        by_tick.setdefault((call.rep, call.tick), []).append(call)
    reps: Dict[int, List[Dict[str, Any]]] = {}
    for state in rec.ticks:
        entry = _tick_entry(state, by_tick.get((state.rep, state.number), []))
        reps.setdefault(state.rep, []).append(entry)
    return [{"rep": index, "ticks": reps[rep]} for index, rep in enumerate(sorted(reps))]


def _whole_recording(rec: Recorder, calls: List[Call]) -> Dict[str, Any]:
    """With no tick marked, everything recorded is one tick."""
    whole = _TickState(0, 1, rec._started_ns)
    whole.end_ns = rec._clock()
    whole.head_id = rec._max_id
    whole.appended = list(rec._loose_appends)
    return _tick_entry(whole, calls)


def _tick_entry(state: _TickState, calls: List[Call]) -> Dict[str, Any]:
    reads, derivations = _aggregate(calls)
    return {
        "tick": state.number,
        "durationMs": _ms(max(0, state.end_ns - state.start_ns)),
        "phases": _phase_entries(state.phases),
        "reads": reads,
        "derivations": derivations,
        "eventsAppended": len(state.appended),
        "headId": state.head_id,
        "headHash": None,
        "appended": [
            {"id": eid, "kind": kind, "hash": None} for eid, kind in state.appended
            if isinstance(eid, int) and eid > 0
        ],
    }


def _aggregate(calls: List[Call]) -> Tuple[List[Dict[str, Any]], List[Dict[str, Any]]]:
    """One entry per (phase, site, op), with tickscope's redundancy rules applied."""
    groups: Dict[Tuple[str, str, str], Dict[str, Any]] = {}
    totals: Dict[Tuple[str, str, str], List[int]] = {}  # duration ns, savable ns
    for call, duplicate, similar, needed in _classify(calls):
        key = (call.phase, call.site.key, call.op)
        entry = groups.get(key)
        if entry is None:
            entry = groups[key] = _aggregate_entry(call)
            totals[key] = [0, 0]
        entry["count"] += 1
        entry["rows"] += call.rows
        entry["bytes"] += call.bytes
        totals[key][0] += call.duration_ns
        redundancy = entry["redundancy"]
        redundancy["duplicates"] += duplicate
        redundancy["similar"] += similar
        redundancy["needed"] += needed
        if not needed:
            totals[key][1] += call.duration_ns
            redundancy["savableBytes"] += call.bytes
    for key, entry in groups.items():
        entry["durationMs"] = _ms(totals[key][0])
        entry["redundancy"]["savableMs"] = _ms(totals[key][1])
    reads = [e for e in groups.values() if e["op"] not in DERIVATION_OPS]
    return reads, [e for e in groups.values() if e["op"] in DERIVATION_OPS]


def _classify(calls: List[Call]) -> Iterator[Tuple[Call, bool, bool, bool]]:
    """tickscope's redundancy rules (src/core/profiling/redundancy.ts), per tick in order.

    duplicate: an earlier read of the tick had the same op, args and max id;
    similar: the same op with other args; needed: the tick's first full read, and
    any other read that is not a duplicate.
    """
    seen_exact: set = set()
    seen_ops: set = set()
    saw_full = False
    for call in sorted((c for c in calls if c.op != APPEND), key=lambda c: c.seq):
        exact = (call.op, call.args, call.max_id)
        duplicate = exact in seen_exact
        similar = not duplicate and call.op in seen_ops
        needed = not saw_full if call.op == "full-read" else not duplicate
        seen_exact.add(exact)
        seen_ops.add(call.op)
        saw_full = saw_full or call.op == "full-read"
        yield call, duplicate, similar, needed


def _aggregate_entry(call: Call) -> Dict[str, Any]:
    site = call.site
    return {
        "phase": call.phase,
        "site": site.key,
        "group": site.group,
        "op": call.op,
        "count": 0,
        "rows": 0,
        "bytes": 0,
        "durationMs": 0.0,
        "redundancy": {"duplicates": 0, "similar": 0, "needed": 0, "savableMs": 0.0,
                       "savableBytes": 0},
        "callSite": {"function": site.function, "file": site.file, "line": site.line},
    }


def _phase_entries(phases: List[Tuple[str, int]]) -> List[Dict[str, Any]]:
    """Marked phases in first-seen order; a phase entered twice in a tick is summed."""
    totals: Dict[str, int] = {}
    for name, elapsed in phases:
        totals[name] = totals.get(name, 0) + elapsed
    return [{"name": name, "durationMs": _ms(ns)} for name, ns in totals.items() if name]


def _ledger_entry(ledger: Optional[Dict[str, Any]], notes: List[str]) -> Dict[str, Any]:
    if ledger is None:
        notes.append("no ledger path was given: the input is unknown")
        return dict(_NO_LEDGER)
    if ledger["walPending"]:
        notes.append("the ledger had a non-empty -wal when fingerprinted; rows in it are not counted")
    return {key: ledger[key] for key in ("name", "sha256", "eventCount", "era")}


def _environment() -> Dict[str, Any]:
    return {
        "source": "python-recorder",
        "tickscopeVersion": "tickscope_recorder %s" % __version__,
        "runtime": "external",
        "runtimeLabel": "%s %s" % (platform.python_implementation(), platform.python_version()),
        "platform": "%s, python %s" % (platform.platform(), platform.python_version()),
        "timerResolutionMs": _timer_resolution_ms(),
        "cores": os.cpu_count(),
    }


def _timer_resolution_ms() -> float:
    """perf_counter's resolution as the platform declares it.

    Declared rather than observed: an observed step varies from run to run, and
    two recordings would then always differ in their environment.
    """
    return time.get_clock_info("perf_counter").resolution * 1000.0


def _ms(ns: int) -> float:
    """Milliseconds rounded to 0.1 µs, as tickscope rounds them (finer is clock noise)."""
    return round(ns / 1e6, 4)


def _slug(text: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in text)
    return cleaned[:40] or "run"


def _utc_now() -> str:
    now = time.time()
    base = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now))
    return "%s.%03dZ" % (base, int((now % 1) * 1000))


_RECORDER_FUNCTIONS: List[Any] = _members(
    list(vars(Recorder).values()) + [fingerprint_ledger, _build_run]
)
