import { LedgerIndex, type EventsView } from '../runtime/derive/ledger-index';
import { fromScratchParts } from './from-scratch';
import { parseRows, request, rowBytes } from './kit';
import type { ReadStrategy, StrategyDeps } from './types';

/**
 * `pmm-cache`: PMM's committed EventLog cache (§7.2): a list checked against
 * `MAX(id)`, refreshed with the rows after its last id, and copied on every
 * read (a cold first read loads everything). Derivations are recomputed at
 * each site and the chain is verified in full every tick.
 *
 * @example createPmmCache(deps).read('tick#2')
 */
export function createPmmCache(deps: StrategyDeps): ReadStrategy {
  const cache = new LedgerIndex();
  let loaded = false;
  const refreshAndCopy = (site: string, args: string, cut: (n: number) => number) =>
    deps.recorder.measure(request(site, 'cache-hit', args, deps.store.maxId()), () => {
      const cold = !loaded;
      const rows = deps.store.readAfterId(cache.maxId);
      parseRows(deps, rows).forEach((e) => cache.apply(e));
      loaded = true;
      const copy = cache.events.slice(cut(cache.events.length));
      const value = LedgerIndex.of(copy).view();
      const op = cold ? 'full-read' : refreshOp(rows.length);
      return { value, rows: cold ? rows.length : copy.length, bytes: rowBytes(rows), op };
    });
  return {
    id: 'pmm-cache',
    label: "pmm-cache: PMM's max-id checked event cache, copied per read",
    wrong: false,
    beginTick: () => undefined,
    endTick: () => undefined,
    ...fromScratchParts(deps),
    read: (site): EventsView => refreshAndCopy(site, 'copy', () => 0),
    readTail: (site, limit) =>
      refreshAndCopy(site, `limit=${limit}`, (n) => Math.max(0, n - limit)),
  };
}

/** A warm read that fetched new rows was a miss of the cached list. */
function refreshOp(fetched: number): 'cache-miss' | 'cache-hit' {
  return fetched > 0 ? 'cache-miss' : 'cache-hit';
}
