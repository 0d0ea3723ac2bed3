import { useCallback } from 'react';

import type { Finding } from '../../../core/profiling/findings';
import { findFindings } from '../../../core/profiling/findings';
import type { RunFile } from '../../../core/profiling/run-file/types';
import { firstTicks, pickStrategy } from '../run-view/run-ticks';
import { useRunSelect } from '../run-view/useRunSelect';

/** The core's evidence-first findings for the strategy's first repetition. */
export function useFindingsData(
  runId: string,
  strategy: string | null,
  site: string | null,
) {
  const select = useCallback(
    (run: RunFile): readonly Finding[] => {
      const chosen = pickStrategy(run, strategy);
      const all = chosen === undefined ? [] : findFindings(firstTicks(chosen));
      return site === null
        ? all
        : all.filter((f) => f.evidence.some((e) => e.site === site));
    },
    [strategy, site],
  );
  return useRunSelect(runId, select);
}
