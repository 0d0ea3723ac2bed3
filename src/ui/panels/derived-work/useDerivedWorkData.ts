import { useCallback } from 'react';

import type { RunFile } from '../../../core/profiling/run-file/types';
import { firstTicks, pickStrategy } from '../run-view/run-ticks';
import { useRunSelect } from '../run-view/useRunSelect';
import { derivedWork } from './derived-work-model';

export function useDerivedWorkData(
  runId: string,
  strategy: string | null,
  site: string | null,
) {
  const select = useCallback(
    (run: RunFile) => {
      const chosen = pickStrategy(run, strategy);
      return derivedWork(chosen === undefined ? [] : firstTicks(chosen), site);
    },
    [strategy, site],
  );
  return useRunSelect(runId, select);
}
