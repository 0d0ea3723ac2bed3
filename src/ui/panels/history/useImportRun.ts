/**
 * Importing a run file: read -> parse, upgrade, validate (the core's
 * loader) -> save. A bad or newer-version file is rejected before anything
 * is written, so the history is unchanged.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import { parseRunFile } from '../../../core/profiling/run-file/load';
import { beginActivity } from '../../app/activity';
import { mutationKeys, queryKeys } from '../../query-keys';
import type { RunMeta } from '../../storage/run-store';
import { getRunStore } from './run-store-access';
import { invalidateRuns } from './useRuns';

export function useImportRun() {
  const queryClient = useQueryClient();
  return useMutation<RunMeta, Error, File>({
    mutationKey: mutationKeys.importRun(),
    mutationFn: importRunFile,
    onSuccess: (meta) =>
      queryClient.removeQueries({ queryKey: queryKeys.run(meta.runId) }),
    onSettled: () => invalidateRuns(queryClient),
  });
}

async function importRunFile(file: File): Promise<RunMeta> {
  const done = beginActivity();
  try {
    const parsed = parseRunFile(await file.text(), file.name);
    if (!parsed.ok) {
      throw parsed.error;
    }
    const store = await getRunStore();
    return await store.save(parsed.value, 'import', new Date().toISOString());
  } finally {
    done();
  }
}
