import { createIncremental } from './incremental';
import { createNaive } from './naive';
import { createPassEvents } from './pass-events';
import { createPmmCache } from './pmm-cache';
import { createRequestCache } from './request-cache';
import { createSnapshot } from './snapshot';
import { createStale } from './stale';
import {
  STRATEGY_IDS,
  type ReadStrategy,
  type StrategyDeps,
  type StrategyId,
} from './types';

const FACTORIES: Readonly<Record<StrategyId, (deps: StrategyDeps) => ReadStrategy>> = {
  naive: createNaive,
  'pmm-cache': createPmmCache,
  'pass-events': createPassEvents,
  'request-cache': createRequestCache,
  snapshot: createSnapshot,
  incremental: createIncremental,
  stale: createStale,
};

/**
 * A fresh strategy instance over `deps` (one per ledger copy and run).
 *
 * @example createStrategy('incremental', deps)
 */
export function createStrategy(id: StrategyId, deps: StrategyDeps): ReadStrategy {
  return FACTORIES[id](deps);
}

/** Whether `text` names a strategy. */
export function isStrategyId(text: string): text is StrategyId {
  return (STRATEGY_IDS as readonly string[]).includes(text);
}
