/**
 * The data hook of the Source hotspots view: reads the picked files and
 * scans them in the scan worker. The result (report and file texts, which
 * the call-line context needs) lives in the query cache only.
 */
import { useQuery } from '@tanstack/react-query';

import type { ScanReport } from '../../../core/scanner/scan-types';
import { queryKeys } from '../../query-keys';
import { readPythonSources } from './read-sources';
import type { PickedFile } from './read-sources';
import { scanInWorker } from './scan-client';

/** One pick or drop; `generation` changes with every new pick. */
export interface PickedSources {
  readonly generation: number;
  readonly files: readonly PickedFile[];
}

export interface SourceScan {
  readonly report: ScanReport;
  /** File text by the path the report names it by. */
  readonly texts: ReadonlyMap<string, string>;
}

async function scanPicked(picked: PickedSources, methods: readonly string[]) {
  const sources = await readPythonSources(picked.files);
  const report = await scanInWorker(sources, methods);
  return { report, texts: new Map(sources.map((s) => [s.path, s.text])) };
}

/** Idle until something is picked; re-scans when the pick or the names change. */
export function useSourceScan(
  picked: PickedSources | null,
  methods: readonly string[] | null,
) {
  return useQuery<SourceScan>({
    // Under the factory's root so "drop everything" clears it too.
    queryKey: [...queryKeys.all, 'source-scan', picked?.generation ?? 0, methods],
    queryFn: () => scanPicked(picked as PickedSources, methods ?? []),
    enabled: picked !== null && methods !== null,
    staleTime: Infinity,
    retry: false,
  });
}
