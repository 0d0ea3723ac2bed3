import type { Recorder } from '../instrument/recorder';
import type { PyObject } from '../json/py-value';
import type { LedgerEra, LedgerEvent, LedgerStore } from '../ledger/types';
import type { VerifyResult } from '../ledger/verify/verify-result';
import type { EventsView } from '../runtime/derive/ledger-index';
import type { MetricsView } from '../runtime/derive/metrics';
import type { SelfModelView } from '../runtime/derive/projection';
import type { StageView } from '../runtime/derive/stage';

export const STRATEGY_IDS = [
  'naive',
  'pmm-cache',
  'pass-events',
  'request-cache',
  'snapshot',
  'incremental',
  'stale',
] as const;
export type StrategyId = (typeof STRATEGY_IDS)[number];

/**
 * Everything the runtime may ask of its ledger. Each call names its site;
 * the strategy decides what answering costs, never what the answer is
 * (except `stale`, which is wrong on purpose). Derivations take the view
 * the caller holds, as PMM's folds take the caller's event list.
 */
export interface LedgerAccess {
  /** All events so far (this tick's own appends included where the site needs them). */
  read(site: string): EventsView;
  /** The last `limit` events. */
  readTail(site: string, limit: number): EventsView;
  projection(site: string, view: EventsView): SelfModelView;
  metrics(site: string, view: EventsView): MetricsView;
  stage(site: string, view: EventsView): StageView;
  verifyChain(site: string): VerifyResult;
  append(kind: string, content: string, meta: PyObject): LedgerEvent;
}

/** A read strategy: a value behind one interface, with a stable id. */
export interface ReadStrategy extends LedgerAccess {
  readonly id: StrategyId;
  readonly label: string;
  /** True only for `stale`: its answers are wrong by design. */
  readonly wrong: boolean;
  beginTick(): void;
  endTick(): void;
}

/** What a strategy is built on; `nextTs` gives the era-formatted ts of the next append. */
export interface StrategyDeps {
  readonly store: LedgerStore;
  readonly era: LedgerEra;
  readonly file: string;
  readonly recorder: Recorder;
  readonly nextTs: () => string;
}
