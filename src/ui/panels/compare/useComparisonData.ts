/**
 * The comparison of two saved strategy runs, computed by the core on the
 * page (a few thousand bootstrap resamples of small samples) and kept in
 * the query cache under both sides.
 */
import { useQuery } from '@tanstack/react-query';

import type {
  RunComparison,
  StrategyComparison,
} from '../../../core/profiling/compare/compare';
import { compareRuns } from '../../../core/profiling/compare/compare';
import { queryKeys } from '../../query-keys';
import { getRunStore } from '../history/run-store-access';
import type { CompareSide } from './compare-sides';
import { formatSide } from './compare-sides';

export interface ComparisonData {
  readonly run: RunComparison;
  readonly pair: StrategyComparison | null;
  readonly baseName: string;
  readonly candName: string;
}

export function useComparisonData(base: CompareSide | null, cand: CompareSide | null) {
  return useQuery({
    queryKey: queryKeys.comparison(
      base === null ? '' : formatSide(base),
      cand === null ? '' : formatSide(cand),
    ),
    queryFn: () => compare(base as CompareSide, cand as CompareSide),
    enabled: base !== null && cand !== null,
  });
}

async function compare(base: CompareSide, cand: CompareSide): Promise<ComparisonData> {
  const store = await getRunStore();
  const [baseRun, candRun] = await Promise.all([
    store.get(base.runId),
    store.get(cand.runId),
  ]);
  const run = compareRuns(baseRun, candRun, { pairs: [[base.strategy, cand.strategy]] });
  return {
    run,
    pair: run.strategies[0] ?? null,
    baseName: `${baseRun.label ?? baseRun.input.ledger.name} · ${base.strategy}`,
    candName: `${candRun.label ?? candRun.input.ledger.name} · ${cand.strategy}`,
  };
}
