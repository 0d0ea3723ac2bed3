import { useCallback } from 'react';

import type { RunFile } from '../../../core/profiling/run-file/types';
import { pickStrategy } from '../run-view/run-ticks';
import { useRunSelect } from '../run-view/useRunSelect';
import type { PhaseTimingsModel } from './phase-timings-model';
import { phaseTimings, spreadOf } from './phase-timings-model';

const empty: PhaseTimingsModel = {
  phases: [],
  rows: [],
  spreads: [],
  total: spreadOf([]),
};

export function usePhaseTimingsData(runId: string, strategy: string | null) {
  const select = useCallback(
    (run: RunFile) => {
      const chosen = pickStrategy(run, strategy);
      return chosen === undefined ? empty : phaseTimings(chosen);
    },
    [strategy],
  );
  return useRunSelect(runId, select);
}
