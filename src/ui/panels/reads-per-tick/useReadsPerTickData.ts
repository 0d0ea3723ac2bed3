import { useCallback } from 'react';

import type { RunFile } from '../../../core/profiling/run-file/types';
import { firstTicks, pickStrategy } from '../run-view/run-ticks';
import { useRunSelect } from '../run-view/useRunSelect';
import type { ReadMetric, ReadsPerTickModel } from './reads-per-tick-model';
import { readsPerTick } from './reads-per-tick-model';

const empty: ReadsPerTickModel = { rows: [], series: [], ops: [], max: 0 };

export function useReadsPerTickData(
  runId: string,
  strategy: string | null,
  metric: ReadMetric,
  site: string | null,
) {
  const select = useCallback(
    (run: RunFile) => {
      const chosen = pickStrategy(run, strategy);
      return chosen === undefined
        ? empty
        : readsPerTick(firstTicks(chosen), metric, site);
    },
    [strategy, metric, site],
  );
  return useRunSelect(runId, select);
}
