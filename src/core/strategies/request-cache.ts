import { LedgerIndex, type EventsView } from '../runtime/derive/ledger-index';
import type { SelfModelView } from '../runtime/derive/projection';
import { fromScratchParts } from './from-scratch';
import { foldProjection, hit, parseRows, request, rowBytes } from './kit';
import type { ReadStrategy, StrategyDeps } from './types';

/**
 * `request-cache` (the guide's Phase 2 A, PMM's `RequestCache`): within one
 * tick, events are cached under the ledger's max id, probed on every read;
 * an append changes the max id, so the next read reloads. The self-model is
 * cached under the same key; IAS/GAS and stage are recomputed. The cache
 * dies with the tick (request-scoped).
 *
 * @example createRequestCache(deps)
 */
export function createRequestCache(deps: StrategyDeps): ReadStrategy {
  let cached: EventsView | null = null;
  let model: SelfModelView | null = null;
  const read = (site: string): EventsView =>
    deps.recorder.measure(
      request(site, 'cache-hit', 'probe=max-id', deps.store.maxId()),
      () => {
        if (cached !== null && cached.maxId === deps.store.maxId()) {
          return { value: cached, rows: 0, bytes: 0 };
        }
        const rows = deps.store.readAll();
        cached = LedgerIndex.of(parseRows(deps, rows)).view();
        model = null;
        return {
          value: cached,
          rows: rows.length,
          bytes: rowBytes(rows),
          op: 'full-read',
        };
      },
    );
  const projection = (site: string, view: EventsView): SelfModelView => {
    if (model !== null && cached?.maxId === view.maxId) {
      hit(deps, site, view, 'cache-hit');
      return model;
    }
    const fresh = foldProjection(deps, site, view);
    model = cached?.maxId === view.maxId ? fresh : model;
    return fresh;
  };
  const drop = () => {
    cached = null;
    model = null;
  };
  return {
    id: 'request-cache',
    label: 'request-cache: per-tick cache keyed on max id',
    wrong: false,
    beginTick: drop,
    endTick: drop,
    ...fromScratchParts(deps),
    read,
    projection,
  };
}
