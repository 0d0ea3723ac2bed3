/**
 * Moving the whole history between browsers (#7): export every finished run
 * as one bundle file, and import such a file all-or-nothing. The bundle is
 * checked by the core's loader before anything is written; runs already
 * saved are skipped, never overwritten.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import {
  parseRunBundle,
  serializeRunBundle,
} from '../../../core/profiling/run-bundle/bundle';
import type { RunBundle, RunBundleEntry } from '../../../core/profiling/run-bundle/types';
import { beginActivity } from '../../app/activity';
import { mutationKeys, queryKeys } from '../../query-keys';
import type { RunMeta, SavedRun } from '../../storage/run-store';
import { metaOfRun } from '../../storage/run-store';
import { downloadText } from './run-export';
import { getRunStore } from './run-store-access';
import { invalidateRuns } from './useRuns';

export interface BundleImport {
  readonly saved: readonly string[];
  readonly skipped: number;
}

export function useExportAllRuns() {
  return useMutation<number, Error, void>({
    mutationKey: mutationKeys.runBundle(),
    mutationFn: exportAllRuns,
  });
}

export function useImportRunBundle() {
  const queryClient = useQueryClient();
  return useMutation<BundleImport, Error, File>({
    mutationKey: mutationKeys.runBundle(),
    mutationFn: importRunBundle,
    // A run looked up before it existed may hold a cached "not found".
    onSuccess: ({ saved }) => {
      for (const runId of saved) {
        queryClient.removeQueries({ queryKey: queryKeys.run(runId) });
      }
    },
    onSettled: () => invalidateRuns(queryClient),
  });
}

/** Downloads every finished run as one bundle; returns how many it holds. */
async function exportAllRuns(): Promise<number> {
  const store = await getRunStore();
  const complete = (await store.list()).filter((m) => m.status === 'complete');
  const entries = await Promise.all(
    complete.map(async (meta): Promise<RunBundleEntry> => ({
      meta: bundleMeta(meta),
      run: await store.get(meta.runId),
    })),
  );
  const exportedAt = new Date().toISOString();
  downloadText(bundleName(exportedAt), serializeRunBundle(entries, exportedAt));
  return entries.length;
}

async function importRunBundle(file: File): Promise<BundleImport> {
  const done = beginActivity();
  try {
    const parsed = parseRunBundle(await file.text(), file.name);
    if (!parsed.ok) {
      throw parsed.error;
    }
    const result = await (await getRunStore()).saveAll(savedRuns(parsed.value));
    return { saved: result.saved.map((m) => m.runId), skipped: result.skipped.length };
  } finally {
    done();
  }
}

function bundleMeta(meta: RunMeta): RunBundleEntry['meta'] {
  return {
    name: meta.name,
    origin: meta.origin,
    savedAt: meta.savedAt,
    status: 'complete',
  };
}

/** The history records the runs get here: the same names and dates as there. */
function savedRuns(bundle: RunBundle): SavedRun[] {
  return bundle.runs.map(({ meta, run }) => ({
    run,
    meta: { ...metaOfRun(run, meta.origin, meta.savedAt), name: meta.name },
  }));
}

function bundleName(exportedAt: string): string {
  return `tickscope-runs-${exportedAt.slice(0, 19).replace(/[:T]/g, '-')}.bundle.json`;
}
