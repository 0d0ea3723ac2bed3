/**
 * Data hooks over the run history: the list, one run file, and the
 * mutations that save, rename, delete and import runs. Every call is a
 * TanStack query or mutation; nothing is copied into component state.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';

import type { RunFile } from '../../../core/profiling/run-file/types';
import { mutationKeys, queryKeys } from '../../query-keys';
import type { RunMeta } from '../../storage/run-store';
import type { StorageError } from '../../storage/storage-error';
import { getRunStore } from './run-store-access';

export function useRunList() {
  return useQuery({
    queryKey: queryKeys.runs(),
    queryFn: async () => (await getRunStore()).list(),
  });
}

/** One saved run file; idle while `runId` is null. */
export function useRunFile(runId: string | null) {
  return useQuery({
    queryKey: queryKeys.run(runId ?? ''),
    queryFn: async () => (await getRunStore()).get(runId ?? ''),
    enabled: runId !== null,
  });
}

export function invalidateRuns(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: queryKeys.runs(), exact: true });
}

export function useRenameRun() {
  const queryClient = useQueryClient();
  return useMutation<void, StorageError, { runId: string; name: string }>({
    mutationKey: mutationKeys.runHistory(),
    mutationFn: async ({ runId, name }) => (await getRunStore()).rename(runId, name),
    onSettled: () => invalidateRuns(queryClient),
  });
}

export function useDeleteRun() {
  const queryClient = useQueryClient();
  return useMutation<void, StorageError, string>({
    mutationKey: mutationKeys.runHistory(),
    mutationFn: async (runId) => (await getRunStore()).remove(runId),
    onSuccess: (_void, runId) =>
      queryClient.removeQueries({ queryKey: queryKeys.run(runId) }),
    onSettled: () => invalidateRuns(queryClient),
  });
}

/** Saves a run file (made here or imported) and returns its history record. */
export function useSaveRun() {
  const queryClient = useQueryClient();
  return useMutation<RunMeta, StorageError, { run: RunFile; origin: RunMeta['origin'] }>({
    mutationKey: mutationKeys.runHistory(),
    mutationFn: async ({ run, origin }) =>
      (await getRunStore()).save(run, origin, new Date().toISOString()),
    onSuccess: (meta, { run }) =>
      queryClient.setQueryData(queryKeys.run(meta.runId), run),
    onSettled: () => invalidateRuns(queryClient),
  });
}
