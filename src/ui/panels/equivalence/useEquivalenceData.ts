import type { RunFile } from '../../../core/profiling/run-file/types';
import { useRunSelect } from '../run-view/useRunSelect';
import { equivalenceStrip } from './equivalence-model';

const select = (run: RunFile) => equivalenceStrip(run);

export function useEquivalenceData(runId: string) {
  return useRunSelect(runId, select);
}
