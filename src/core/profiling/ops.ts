/** Which operations fetch rows and which derive state from rows already read. */
import type { RunDerivationOp, RunOp, RunReadOp } from './run-file/types';

const DERIVATIONS: ReadonlySet<string> = new Set<RunDerivationOp>([
  'projection-fold',
  'metrics-pass',
  'stage-inference',
  'chain-verification',
]);

/** True for operations that derive state (folds, passes, inference, verification). */
export function isDerivationOp(op: RunOp): op is RunDerivationOp {
  return DERIVATIONS.has(op);
}

/** True for operations that fetch rows or answer a read from a cache. */
export function isReadOp(op: RunOp): op is RunReadOp {
  return !DERIVATIONS.has(op);
}
