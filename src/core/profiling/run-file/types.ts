/**
 * The run file: one profiling run as one JSON document. These interfaces are
 * the format; `schema.ts` validates a parsed document against them. Every
 * field added after version 1 carries an "added in vN" note.
 *
 * Sizes stay small because reads are aggregated per tick, phase, site and
 * operation: a run never stores every read-log entry.
 */
import type { LedgerEra } from '../../ledger/types';
import type { SiteGroup } from '../../instrument/types';

/** The only version this code writes. Older versions are upgraded on load. */
export const CURRENT_RUN_FILE_VERSION = 1;

/** Marks a JSON document as a tickscope run, so other JSON is rejected early. */
export const RUN_FILE_FORMAT = 'tickscope-run';

/** Operations that fetch rows (or answer without fetching). */
export type RunReadOp =
  | 'full-read'
  | 'tail-read'
  | 'read-after-id'
  /** Python recorders only: `read_after_ts`; tickscope's runtime has no such read. */
  | 'read-after-ts'
  | 'max-id'
  | 'cache-hit'
  | 'cache-miss'
  | 'snapshot-hit';

/** Operations that derive state from events already read. */
export type RunDerivationOp =
  'projection-fold' | 'metrics-pass' | 'stage-inference' | 'chain-verification';

export type RunOp = RunReadOp | RunDerivationOp;

/** Where the run was made. */
export type RunSource = 'cli' | 'browser' | 'python-recorder';

/** Whose code ran the ticks: tickscope's re-creation or a recorded external process. */
export type RuntimeKind = 'tickscope-runtime' | 'external';

export interface RunInputLedger {
  /** The file's base name, never a full path. */
  readonly name: string;
  /** Lower-case hex SHA-256 of the file's bytes; null when the recorder had no path. */
  readonly sha256: string | null;
  /** Events in the ledger as opened (before any tick ran); null when unknown. */
  readonly eventCount: number | null;
  readonly era: LedgerEra | 'unknown';
  /** When only the first N events were used (scaling), N; otherwise absent. */
  readonly prefixEvents?: number;
  /** When the ledger was generated rather than read from a file, its generator and size. */
  readonly synthetic?: { readonly generator: string; readonly events: number };
}

export interface RunEnvironment {
  readonly source: RunSource;
  readonly tickscopeVersion: string;
  readonly runtime: RuntimeKind;
  /** Free text naming the runtime, e.g. `tickscope-runtime` or `CPython 3.11.2`. */
  readonly runtimeLabel: string;
  /** Free text, e.g. `linux x64, node 20.19.0` or a browser user agent. */
  readonly platform: string;
  /** The smallest step the clock was observed to take, in ms (0 when unknown). */
  readonly timerResolutionMs: number;
  /** Logical cores; null when the platform does not say. */
  readonly cores: number | null;
}

export interface RunScenario {
  readonly ticks: number;
  /** A user turn every K ticks; 0 for none; null when the ticks were recorded externally. */
  readonly turnEvery: number | null;
  /** The runtime's seed (the runtime's seeds are strings); null for external recordings. */
  readonly seed: string | number | null;
  /** Repetitions per strategy (each on a fresh copy of the input). */
  readonly reps: number;
}

/** A function, file and line in the recorded program (external runs). */
export interface RunCallSite {
  readonly function: string;
  readonly file: string;
  readonly line: number;
}

/**
 * What the redundancy analysis found for one aggregate (see `redundancy.ts`).
 * Absent when the producer did not analyse redundancy.
 */
export interface RunRedundancy {
  /** Reads that returned what an earlier read of the same tick returned. */
  readonly duplicates: number;
  /** Reads of the same operation as an earlier one of the tick, with other arguments. */
  readonly similar: number;
  /** Reads still needed had the tick read events once and passed them down. */
  readonly needed: number;
  /** Time and bytes of the reads that were not needed. */
  readonly savableMs: number;
  readonly savableBytes: number;
}

/** All operations of one kind at one site in one phase of one tick. */
export interface RunOpAggregate {
  readonly phase: string;
  readonly site: string;
  readonly group: SiteGroup;
  readonly op: RunOp;
  readonly count: number;
  /** Rows fetched, or events processed by a derivation. */
  readonly rows: number;
  readonly bytes: number;
  readonly durationMs: number;
  readonly redundancy?: RunRedundancy;
  /** External runs: where the call was made. */
  readonly callSite?: RunCallSite;
}

export interface RunPhase {
  /** A verb such as `sweep-ttl`; for external runs, the phase the recorder was told. */
  readonly name: string;
  readonly durationMs: number;
}

/** An event appended during a tick, enough to find the first divergence. */
export interface RunAppendedEvent {
  readonly id: number;
  readonly kind: string;
  /** The stored hash; null when the producer did not compute it. */
  readonly hash: string | null;
}

export interface RunTick {
  /** 1-based, as in `ReadLogEntry.tick`. */
  readonly tick: number;
  readonly durationMs: number;
  readonly phases: readonly RunPhase[];
  readonly reads: readonly (RunOpAggregate & { readonly op: RunReadOp })[];
  readonly derivations: readonly (RunOpAggregate & { readonly op: RunDerivationOp })[];
  readonly eventsAppended: number;
  /** The ledger's max id after the tick. */
  readonly headId: number;
  /** The hash of the event at `headId`; null when unknown. */
  readonly headHash: string | null;
  readonly appended?: readonly RunAppendedEvent[];
}

export interface RunRepetition {
  /** 0-based. */
  readonly rep: number;
  readonly ticks: readonly RunTick[];
}

export interface RunStrategy {
  /** Stable id, e.g. `naive`; for external runs the user's label. */
  readonly id: string;
  readonly label: string;
  /** True for runs recorded from an external runtime. */
  readonly external: boolean;
  readonly repetitions: readonly RunRepetition[];
}

/** The first place two ledgers differ. */
export interface RunDivergence {
  readonly tick: number;
  readonly eventId: number;
  readonly baseline: RunAppendedEvent | null;
  readonly candidate: RunAppendedEvent | null;
}

export interface RunEquivalence {
  readonly strategy: string;
  /** The strategy id it was compared with. */
  readonly baseline: string;
  readonly verdict: 'identical' | 'diverged' | 'unchecked';
  readonly ticksCompared: number;
  readonly firstDivergence?: RunDivergence;
  /** Why the verdict is `unchecked`, or a note on it. */
  readonly note?: string;
}

export interface RunFile {
  readonly schemaVersion: typeof CURRENT_RUN_FILE_VERSION;
  readonly format: typeof RUN_FILE_FORMAT;
  readonly runId: string;
  /** ISO 8601 UTC, given by the caller (the core reads no clock). */
  readonly createdAt: string;
  readonly label?: string;
  readonly input: { readonly ledger: RunInputLedger };
  readonly environment: RunEnvironment;
  readonly scenario: RunScenario;
  readonly strategies: readonly RunStrategy[];
  readonly equivalence: readonly RunEquivalence[];
  /** Producer remarks, e.g. "sizes beyond the file used synthetic ledgers". */
  readonly notes?: readonly string[];
}
