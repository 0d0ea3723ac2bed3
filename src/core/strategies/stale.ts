import type { EventsView } from '../runtime/derive/ledger-index';
import { fromScratchParts } from './from-scratch';
import { fullRead, hit } from './kit';
import type { ReadStrategy, StrategyDeps } from './types';

/**
 * `stale` — WRONG ON PURPOSE. The guide's pitfall: events read once at the
 * start of the tick and never refreshed after an append, so later sites miss
 * the tick's own appends. It exists to show that the equivalence check
 * catches a broken cache; its ledgers are not PMM's answers.
 *
 * @example createStale(deps).wrong === true
 */
export function createStale(deps: StrategyDeps): ReadStrategy {
  let passed: EventsView | null = null;
  const read = (site: string): EventsView => {
    if (passed === null) {
      passed = fullRead(deps, site);
      return passed;
    }
    return hit(deps, site, passed, 'cache-hit');
  };
  return {
    id: 'stale',
    label: 'stale (WRONG on purpose): never refreshed after an append',
    wrong: true,
    beginTick: () => {
      passed = null;
    },
    endTick: () => {
      passed = null;
    },
    ...fromScratchParts(deps),
    read,
    readTail: (site) => read(site),
  };
}
