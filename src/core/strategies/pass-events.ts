import type { EventsView } from '../runtime/derive/ledger-index';
import { siteSpec } from '../runtime/sites';
import { fromScratchParts } from './from-scratch';
import { appendVia, fullRead, hit } from './kit';
import type { ReadStrategy, StrategyDeps } from './types';

/** One tick's full read, handed to every site that asks for events. */
export interface PassedEvents {
  readonly read: (site: string) => EventsView;
  /** Forgets the read: the next `read` goes to SQL again. */
  readonly reset: () => void;
  /** Marks the read as missing an append made since. */
  readonly noteAppend: () => void;
}

/**
 * The first `read` of a tick is a full read, later ones are cache hits on it.
 * With `refreshAfterAppend`, a site that needs the tick's own appends re-reads
 * when something was appended since; without it the read is never refreshed
 * (the `stale` pitfall).
 *
 * @example passedEvents(deps, true).read('tick#1')
 */
export function passedEvents(
  deps: StrategyDeps,
  refreshAfterAppend: boolean,
): PassedEvents {
  let passed: EventsView | null = null;
  let appended = false;
  const read = (site: string): EventsView => {
    if (
      passed === null ||
      (refreshAfterAppend && appended && siteSpec(site).ownAppends)
    ) {
      passed = fullRead(deps, site);
      appended = false;
      return passed;
    }
    return hit(deps, site, passed, 'cache-hit');
  };
  const reset = () => {
    passed = null;
  };
  const noteAppend = () => {
    appended = true;
  };
  return { read, reset, noteAppend };
}

/**
 * `pass-events` (the guide's Phase 1): one full read at the start of the
 * tick, passed down; a site that needs this tick's own appends re-reads when
 * something was appended since the last read. Derivations from scratch.
 *
 * @example createPassEvents(deps)
 */
export function createPassEvents(deps: StrategyDeps): ReadStrategy {
  const events = passedEvents(deps, true);
  return {
    id: 'pass-events',
    label: 'pass-events: read once per tick, re-read after own appends',
    wrong: false,
    beginTick: events.reset,
    endTick: events.reset,
    ...fromScratchParts(deps),
    read: events.read,
    append: (kind, content, meta) => {
      events.noteAppend();
      return appendVia(deps, kind, content, meta);
    },
  };
}
