import { fromScratchParts } from './from-scratch';
import { passedEvents } from './pass-events';
import type { ReadStrategy, StrategyDeps } from './types';

/**
 * `stale` — WRONG ON PURPOSE. The guide's pitfall: events read once at the
 * start of the tick and never refreshed after an append, so later sites miss
 * the tick's own appends. It exists to show that the equivalence check
 * catches a broken cache; its ledgers are not PMM's answers. It is
 * `pass-events` without the refresh, and its tail reads are served from the
 * same stale read instead of SQL.
 *
 * @example createStale(deps).wrong === true
 */
export function createStale(deps: StrategyDeps): ReadStrategy {
  const events = passedEvents(deps, false);
  return {
    id: 'stale',
    label: 'stale (WRONG on purpose): never refreshed after an append',
    wrong: true,
    beginTick: events.reset,
    endTick: events.reset,
    ...fromScratchParts(deps),
    read: events.read,
    readTail: (site) => events.read(site),
  };
}
