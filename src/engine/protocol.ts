/**
 * The contract between the page and the engine worker: every request, its
 * result, its progress and its errors, in one place.
 *
 * Transfer vs clone:
 * - `openFile` carries the ledger (and its `-wal` sidecar) as ArrayBuffers.
 *   The client lists them as transferables, so they move to the worker
 *   without a copy and are detached (length 0) on the page afterwards.
 * - Everything else (summaries, pages of rows, one event) is small plain data
 *   and is structured-cloned. No result ever carries a whole ledger: the
 *   event table asks for one page at a time.
 *
 * Adding a request: add an entry to `EngineRequests` (params + result), add
 * its handler to the `EngineHandlers` object built in `session-handlers.ts`,
 * then call it from a data hook with `engine.query('name', params)`. The
 * worker entry and the client need no change.
 */
import type { LedgerErrorCode } from '../core/ledger/errors';
import type { HashScheme, LedgerEra } from '../core/ledger/types';
import type { RunFile } from '../core/profiling/run-file/types';
import type { ScaleSize, ScaleStrategy } from '../core/profiling/scaling/report';

/** A handle to a ledger held open in the worker; valid until the worker ends. */
export type LedgerId = string;

/** How a ledger came to be open. */
export type LedgerSource = 'file' | 'sample' | 'synthetic';

/** The chain verdict in the four words the UI shows. */
export type ChainStatusKind = 'ok' | 'broken' | 'absent' | 'unverifiable';

export interface ChainSummary {
  readonly status: ChainStatusKind;
  readonly scheme: HashScheme | null;
  /** Rows checked. */
  readonly checked: number;
  /** The first row with a hash mismatch or a broken link, when broken. */
  readonly firstBadId: number | null;
  /** Why that row is bad ("hash mismatch", "broken link"...), when broken. */
  readonly reason: string | null;
  /** The core's sentence about the verdict. */
  readonly message: string;
}

/** What the overview shows; returned by every request that opens a ledger. */
export interface LedgerSummary {
  readonly ledgerId: LedgerId;
  readonly name: string;
  readonly source: LedgerSource;
  readonly sizeBytes: number;
  readonly events: number;
  readonly firstTs: string | null;
  readonly lastTs: string | null;
  readonly era: LedgerEra | null;
  readonly kindCount: number;
  /** Header bytes 18/19 say WAL mode. */
  readonly walMode: boolean;
  /** Whether a `-wal` sidecar was supplied with the file. */
  readonly walSupplied: boolean;
  readonly chain: ChainSummary;
  /** Worker-side milliseconds spent opening and verifying. */
  readonly openMs: number;
}

export interface KindCount {
  readonly kind: string;
  readonly count: number;
}

/** Event table filters; `kind: null` means every kind, `text: ''` no text filter. */
export interface EventFilter {
  readonly kind: string | null;
  readonly text: string;
}

export interface EventPreviewRow {
  readonly id: number;
  readonly ts: string;
  readonly kind: string;
  /** The first characters of the content, as text. */
  readonly preview: string;
  readonly contentLength: number;
}

export interface EventPage {
  readonly offset: number;
  readonly rows: readonly EventPreviewRow[];
}

export interface EventDetail {
  readonly id: number;
  readonly ts: string;
  readonly kind: string;
  readonly content: string;
  readonly metaText: string;
  /** meta re-indented for reading; every number keeps its stored lexeme. */
  readonly metaPretty: string;
  readonly prevHash: string | null;
  readonly storedHash: string | null;
  /** The digest under the ledger's scheme, null when no scheme applies. */
  readonly recomputedHash: string | null;
  readonly scheme: HashScheme | null;
}

export interface OpenFileParams {
  readonly name: string;
  /** Transferred. */
  readonly bytes: ArrayBuffer;
  /** The `-wal` sidecar, transferred; absent when none was given. */
  readonly wal?: ArrayBuffer;
}

export interface GenerateParams {
  readonly events: number;
  readonly seed: number;
  /** `sample` names it as the embedded sample. */
  readonly source: 'sample' | 'synthetic';
}

/** A profiling run on a copy of an open ledger (#6). */
export interface ProfileParams {
  readonly ledgerId: LedgerId;
  /** Strategy ids, e.g. `naive`, `incremental`; the first (or `naive`) is the baseline. */
  readonly strategies: readonly string[];
  readonly ticks: number;
  /** A user turn every K ticks; 0 for none. */
  readonly turnEvery: number;
  readonly reps: number;
  readonly seed: number;
  /** Chosen by the page, so it can record the run as started before it ends. */
  readonly runId: string;
  readonly createdAt: string;
  readonly label?: string;
}

/** The scaling experiment (#6): prefixes of an open ledger, or synthetic ledgers. */
export interface ScaleParams {
  /** The ledger whose prefixes are used; null with `source: 'synthetic'`. */
  readonly ledgerId: LedgerId | null;
  readonly source: 'prefix' | 'synthetic';
  readonly sizes: readonly number[];
  readonly strategies: readonly string[];
  readonly ticks: number;
  readonly turnEvery: number;
  readonly seed: number;
}

/** Per strategy, its work and time at each size with the complexity fits. */
export interface ScaleOutcome {
  readonly sizes: readonly ScaleSize[];
  readonly strategies: readonly ScaleStrategy[];
  readonly notes: readonly string[];
}

/** Every request: method name -> params and result. */
export interface EngineRequests {
  openFile: { params: OpenFileParams; result: LedgerSummary };
  generate: { params: GenerateParams; result: LedgerSummary };
  listLedgers: { params: Record<string, never>; result: readonly LedgerSummary[] };
  closeLedger: { params: { ledgerId: LedgerId }; result: null };
  kinds: { params: { ledgerId: LedgerId }; result: readonly KindCount[] };
  countEvents: { params: { ledgerId: LedgerId; filter: EventFilter }; result: number };
  eventPage: {
    params: { ledgerId: LedgerId; filter: EventFilter; offset: number; limit: number };
    result: EventPage;
  };
  event: { params: { ledgerId: LedgerId; id: number }; result: EventDetail | null };
  /** The run file (cloned; a few hundred KB for 20 ticks). */
  profile: { params: ProfileParams; result: RunFile };
  scale: { params: ScaleParams; result: ScaleOutcome };
}

export type EngineMethod = keyof EngineRequests;
export type ParamsOf<M extends EngineMethod> = EngineRequests[M]['params'];
export type ResultOf<M extends EngineMethod> = EngineRequests[M]['result'];

/** Progress of long work; `total` is 0 when unknown. */
export interface EngineProgress {
  readonly phase:
    'opening' | 'verifying' | 'generating' | 'indexing' | 'profiling' | 'scaling';
  readonly done: number;
  readonly total: number;
  /** Profiling (#6): the strategy the progress is about, and its estimated time left. */
  readonly strategy?: string;
  readonly etaMs?: number | null;
}

/** Error codes: the ledger's own, plus the engine's. */
export type EngineErrorCode =
  | LedgerErrorCode
  | 'cancelled'
  | 'unknown-ledger'
  | 'bad-request'
  | 'engine-unavailable'
  | 'internal';

/** A failure as it crosses the boundary (cloned). */
export interface EngineErrorData {
  readonly code: EngineErrorCode;
  /** Neutral, names the file when there is one. */
  readonly message: string;
  readonly file?: string;
  readonly eventId?: number;
}

/** The error the client rejects with; the same fields as the data. */
export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(readonly data: EngineErrorData) {
    super(data.message);
  }

  get code(): EngineErrorCode {
    return this.data.code;
  }
}

export type RequestMessage = {
  [M in EngineMethod]: {
    readonly type: 'request';
    readonly id: number;
    readonly method: M;
    readonly params: ParamsOf<M>;
  };
}[EngineMethod];

export type ToWorkerMessage =
  RequestMessage | { readonly type: 'cancel'; readonly id: number };

export type FromWorkerMessage =
  | { readonly type: 'result'; readonly id: number; readonly value: unknown }
  | { readonly type: 'error'; readonly id: number; readonly error: EngineErrorData }
  | { readonly type: 'progress'; readonly id: number; readonly progress: EngineProgress };

/** The buffers a request moves to the worker instead of copying. */
export function transferablesOf(message: ToWorkerMessage): Transferable[] {
  if (message.type !== 'request' || message.method !== 'openFile') {
    return [];
  }
  const { bytes, wal } = message.params;
  return wal === undefined ? [bytes] : [bytes, wal];
}

/** The embedded sample: a synthetic ledger the worker generates on request. */
export const sampleLedger = { events: 2000, seed: 1 } as const;

/** The file name a generated ledger is shown under; `parseGeneratedName` reads it back. */
export function generatedLedgerName(params: GenerateParams): string {
  return params.source === 'sample'
    ? 'sample-ledger.db'
    : `synthetic-${params.events}-seed-${params.seed}.db`;
}

/** The generate params behind a generated name, so a reload can regenerate it. */
export function parseGeneratedName(name: string): GenerateParams | null {
  if (name === 'sample-ledger.db') {
    return { ...sampleLedger, source: 'sample' };
  }
  const match = /^synthetic-(\d+)-seed-(\d+)\.db$/.exec(name);
  if (match === null) {
    return null;
  }
  return { events: Number(match[1]), seed: Number(match[2]), source: 'synthetic' };
}
