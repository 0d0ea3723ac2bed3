import type { EventsView } from '../runtime/derive/ledger-index';
import { siteSpec } from '../runtime/sites';
import { fromScratchParts } from './from-scratch';
import { appendVia, fullRead, hit } from './kit';
import type { ReadStrategy, StrategyDeps } from './types';

/**
 * `pass-events` (the guide's Phase 1): one full read at the start of the
 * tick, passed down; a site that needs this tick's own appends re-reads when
 * something was appended since the last read. Derivations from scratch.
 *
 * @example createPassEvents(deps)
 */
export function createPassEvents(deps: StrategyDeps): ReadStrategy {
  let passed: EventsView | null = null;
  let appended = false;
  const read = (site: string): EventsView => {
    if (passed === null || (appended && siteSpec(site).ownAppends)) {
      passed = fullRead(deps, site);
      appended = false;
      return passed;
    }
    return hit(deps, site, passed, 'cache-hit');
  };
  return {
    id: 'pass-events',
    label: 'pass-events: read once per tick, re-read after own appends',
    wrong: false,
    beginTick: () => {
      passed = null;
    },
    endTick: () => {
      passed = null;
    },
    ...fromScratchParts(deps),
    read,
    append: (kind, content, meta) => {
      appended = true;
      return appendVia(deps, kind, content, meta);
    },
  };
}
