import type { EventsView } from '../runtime/derive/ledger-index';
import type { MetricsView } from '../runtime/derive/metrics';
import type { SelfModelView } from '../runtime/derive/projection';
import type { StageView } from '../runtime/derive/stage';
import { fromScratchParts } from './from-scratch';
import { foldMetrics, foldProjection, foldStage, fullRead, hit } from './kit';
import type { ReadStrategy, StrategyDeps } from './types';

interface Snapshot {
  readonly view: EventsView;
  readonly projection: SelfModelView;
  readonly metrics: MetricsView;
  readonly stage: StageView;
}

/**
 * `snapshot` (the guide's Phase 2 B, PMM's `LedgerSnapshot`): events plus
 * projection, IAS/GAS and stage, built together and reused until a new
 * event appears (checked against the max id). Any append invalidates it,
 * so the next access rebuilds all four.
 *
 * @example createSnapshot(deps)
 */
export function createSnapshot(deps: StrategyDeps): ReadStrategy {
  let snap: Snapshot | null = null;
  const current = (site: string): Snapshot | null => {
    if (snap !== null && snap.view.maxId === deps.store.maxId()) {
      return snap;
    }
    const view = fullRead(deps, site);
    snap = {
      view,
      projection: foldProjection(deps, site, view),
      metrics: foldMetrics(deps, site, view),
      stage: foldStage(deps, site, view),
    };
    return null;
  };
  const served = <T>(site: string, view: EventsView, pick: (s: Snapshot) => T) => {
    const valid = current(site);
    const s = snap as Snapshot;
    if (valid !== null && s.view.maxId === view.maxId) {
      hit(deps, site, view, 'snapshot-hit');
    }
    return s.view.maxId === view.maxId ? pick(s) : undefined;
  };
  const parts = fromScratchParts(deps);
  return {
    id: 'snapshot',
    label: 'snapshot: events and projections cached until a new event',
    wrong: false,
    beginTick: () => undefined,
    endTick: () => undefined,
    ...parts,
    read: (site) => {
      const valid = current(site);
      const s = snap as Snapshot;
      return valid === null ? s.view : hit(deps, site, s.view, 'snapshot-hit');
    },
    projection: (site, view): SelfModelView =>
      served(site, view, (s) => s.projection) ?? parts.projection(site, view),
    metrics: (site, view): MetricsView =>
      served(site, view, (s) => s.metrics) ?? parts.metrics(site, view),
    stage: (site, view): StageView =>
      served(site, view, (s) => s.stage) ?? parts.stage(site, view),
  };
}
