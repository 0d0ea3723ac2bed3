import { useCallback } from 'react';

import type { RunFile } from '../../../core/profiling/run-file/types';
import { firstTicks, isExternalRun, pickStrategy } from '../run-view/run-ticks';
import { useRunSelect } from '../run-view/useRunSelect';
import type { HotspotRow, HotspotSort, SiteTickPoint } from './hotspots-model';
import { hotspotRows, siteAcrossTicks, sortHotspots } from './hotspots-model';

export interface HotspotsData {
  readonly rows: readonly HotspotRow[];
  readonly external: boolean;
  /** The selected site across ticks; empty when none is selected. */
  readonly siteTicks: readonly SiteTickPoint[];
}

export function useHotspotsData(
  runId: string,
  strategy: string | null,
  sort: HotspotSort,
  site: string | null,
) {
  const select = useCallback(
    (run: RunFile): HotspotsData => {
      const chosen = pickStrategy(run, strategy);
      if (chosen === undefined) {
        return { rows: [], external: isExternalRun(run), siteTicks: [] };
      }
      return {
        rows: sortHotspots(hotspotRows(chosen), sort),
        external: isExternalRun(run),
        siteTicks: site === null ? [] : siteAcrossTicks(firstTicks(chosen), site),
      };
    },
    [strategy, sort, site],
  );
  return useRunSelect(runId, select);
}
