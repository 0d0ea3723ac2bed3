/**
 * The vocabulary shared by the runtime's read strategies, the recorder and
 * the profiling run file. Every read and every derivation the runtime makes
 * is one `ReadLogEntry`.
 */

/** A source of time in milliseconds. The core never reads a clock itself. */
export interface Clock {
  now(): number;
}

/** What one logged operation did (issue #4's list). */
export type ReadOp =
  | 'full-read'
  | 'tail-read'
  | 'read-after-id'
  | 'max-id'
  | 'cache-hit'
  | 'cache-miss'
  | 'snapshot-hit'
  | 'projection-fold'
  | 'metrics-pass'
  | 'stage-inference'
  | 'chain-verification';

/** The functions whose read sites PMM's fix guide counted. */
export type SiteGroup =
  | 'tick'
  | 'handle_identity_adopt'
  | 'emit_reflection'
  | 'maybe_reflect'
  | 'rebind'
  | 'other';

export interface ReadLogEntry {
  /** Order within the run, from 0, never reused. */
  readonly seq: number;
  /** 1-based index of the tick within the run; 0 outside any tick. */
  readonly tick: number;
  /** The tick phase, a verb such as `sweep-ttl` or `reflect`. */
  readonly phase: string;
  /** The named site, for example `tick#2` or `handle_identity_adopt#R5`. */
  readonly site: string;
  readonly group: SiteGroup;
  readonly op: ReadOp;
  /** Rows fetched, or events processed by a derivation. */
  readonly rows: number;
  /** Bytes of row text touched (ts + kind + content + meta). */
  readonly bytes: number;
  readonly durationMs: number;
  /** The request's arguments (`limit=20`), so reads of one op can be told apart. */
  readonly args: string;
  /** The ledger's max id when the operation ran: equal ops at equal ids return the same rows. */
  readonly maxIdAtRead: number;
}
