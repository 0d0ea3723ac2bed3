import {
  appendVia,
  foldMetrics,
  foldProjection,
  foldStage,
  tailRead,
  verifyFull,
} from './kit';
import type { LedgerAccess, StrategyDeps } from './types';

/**
 * The parts of `LedgerAccess` that every non-incremental strategy shares:
 * SQL tail reads, derivations recomputed from scratch over the caller's
 * events, a full chain verification, appends through the ledger layer.
 */
export function fromScratchParts(deps: StrategyDeps): Omit<LedgerAccess, 'read'> {
  return {
    readTail: (site, limit) => tailRead(deps, site, limit),
    projection: (site, view) => foldProjection(deps, site, view),
    metrics: (site, view) => foldMetrics(deps, site, view),
    stage: (site, view) => foldStage(deps, site, view),
    verifyChain: (site) => verifyFull(deps, site),
    append: (kind, content, meta) => appendVia(deps, kind, content, meta),
  };
}
