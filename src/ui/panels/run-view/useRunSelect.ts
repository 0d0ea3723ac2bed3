import { useQuery } from '@tanstack/react-query';

import type { RunFile } from '../../../core/profiling/run-file/types';
import { queryKeys } from '../../query-keys';
import { getRunStore } from '../history/run-store-access';

/**
 * A view of one saved run: the run file stays in the query cache and each
 * panel derives its data with `select` (pass a memoised function).
 */
export function useRunSelect<T>(runId: string | null, select: (run: RunFile) => T) {
  return useQuery({
    queryKey: queryKeys.run(runId ?? ''),
    queryFn: async () => (await getRunStore()).get(runId ?? ''),
    enabled: runId !== null,
    select,
  });
}
