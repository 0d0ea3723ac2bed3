import type { LedgerEvent } from '../ledger/types';
import { ChainVerifier } from '../ledger/verify/chain-verifier';
import { LedgerIndex, type EventsView } from '../runtime/derive/ledger-index';
import { MetricsFold } from '../runtime/derive/metrics';
import { ProjectionFold } from '../runtime/derive/projection';
import { StageFold } from '../runtime/derive/stage';
import {
  appendVia,
  foldMetrics,
  foldProjection,
  foldStage,
  parseRows,
  request,
  rowBytes,
} from './kit';
import type { ReadStrategy, StrategyDeps } from './types';

interface Fold {
  folded: number;
  apply(e: LedgerEvent): void;
}

/**
 * `incremental`, tickscope's own: a mirror of the ledger kept across ticks
 * that fetches only the rows after the last id it holds (one `MAX(id)` probe
 * per read), with the projection, IAS/GAS, stage and chain verification
 * folded forward. A tick costs in proportion to the events it adds.
 *
 * @example createIncremental(deps).read('tick#2')
 */
export function createIncremental(deps: StrategyDeps): ReadStrategy {
  const mirror = new LedgerIndex();
  const folds = { p: new ProjectionFold(), m: new MetricsFold(), s: new StageFold() };
  const verifier = new ChainVerifier();
  let verifiedId = 0;

  const refresh = (site: string, args: string): EventsView =>
    deps.recorder.measure(request(site, 'cache-hit', args, deps.store.maxId()), () => {
      const last = mirror.maxId;
      if (deps.store.maxId() === last) {
        return { value: mirror.view(), rows: 0, bytes: 0 };
      }
      const rows = deps.store.readAfterId(last);
      parseRows(deps, rows).forEach((e) => mirror.apply(e));
      const op = last === 0 ? 'full-read' : 'read-after-id';
      return { value: mirror.view(), rows: rows.length, bytes: rowBytes(rows), op };
    });

  const forward = <T extends Fold>(
    site: string,
    op: Parameters<typeof request>[1],
    fold: T,
    view: EventsView,
  ) =>
    deps.recorder.measure(request(site, op, 'forward', view.maxId), () => {
      const start = fold.folded;
      for (let i = start; i < view.size; i++) {
        fold.apply(mirror.events[i] as LedgerEvent);
      }
      return { value: fold, rows: view.size - start, bytes: 0 };
    });

  // A view older than the kept fold cannot be answered forward: fold it afresh.
  const behind = (fold: Fold, view: EventsView) =>
    fold.folded > view.size || !isMirror(view);
  const isMirror = (view: EventsView) => mirror.events[view.size - 1]?.id === view.maxId;

  return {
    id: 'incremental',
    label: 'incremental: kept mirror, folds and verification carried forward',
    wrong: false,
    beginTick: () => undefined,
    endTick: () => undefined,
    read: (site) => refresh(site, ''),
    readTail: (site, limit) => refresh(site, `limit=${limit}`),
    projection: (site, view) =>
      behind(folds.p, view)
        ? foldProjection(deps, site, view)
        : forward(site, 'projection-fold', folds.p, view),
    metrics: (site, view) =>
      behind(folds.m, view)
        ? foldMetrics(deps, site, view)
        : forward(site, 'metrics-pass', folds.m, view),
    stage: (site, view) =>
      behind(folds.s, view)
        ? foldStage(deps, site, view)
        : forward(site, 'stage-inference', folds.s, view),
    verifyChain: (site) =>
      deps.recorder.measure(
        request(site, 'chain-verification', 'resume', deps.store.maxId()),
        () => {
          const rows = deps.store.readAfterId(verifiedId);
          verifier.feedAll(rows);
          verifiedId = rows.at(-1)?.id ?? verifiedId;
          return { value: verifier.result(), rows: rows.length, bytes: rowBytes(rows) };
        },
      ),
    append: (kind, content, meta) => appendVia(deps, kind, content, meta),
  };
}
