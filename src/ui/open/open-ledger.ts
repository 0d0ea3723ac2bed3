/**
 * What "open a ledger" means for each way of opening one: pick the files,
 * read their bytes, send them (transferred) to the worker.
 */
import type { EngineClient } from '../../engine/client';
import type { GenerateParams, LedgerSummary } from '../../engine/protocol';
import { EngineError, sampleLedger } from '../../engine/protocol';
import { strings } from '../strings';
import { endOpenProgress, reportOpenProgress, startOpenProgress } from './open-progress';

export type OpenInput =
  | { readonly kind: 'files'; readonly files: readonly File[] }
  | { readonly kind: 'generate'; readonly params: GenerateParams };

export const sampleInput: OpenInput = {
  kind: 'generate',
  params: { ...sampleLedger, source: 'sample' },
};

export async function openLedger(
  engine: EngineClient,
  input: OpenInput,
): Promise<LedgerSummary> {
  const signal = startOpenProgress();
  const options = { signal, onProgress: reportOpenProgress };
  try {
    if (input.kind === 'generate') {
      return await engine.query('generate', input.params, options);
    }
    const { db, wal } = pickLedgerFiles(input.files);
    const [bytes, walBytes] = await Promise.all([db.arrayBuffer(), wal?.arrayBuffer()]);
    const params = {
      name: db.name,
      bytes,
      ...(walBytes === undefined ? {} : { wal: walBytes }),
    };
    return await engine.query('openFile', params, options);
  } finally {
    endOpenProgress(signal);
  }
}

/** The database file and its `-wal` sidecar among the given files (`-shm` is never needed). */
export function pickLedgerFiles(files: readonly File[]): {
  db: File;
  wal: File | undefined;
} {
  const candidates = files.filter(
    (f) => !f.name.endsWith('-wal') && !f.name.endsWith('-shm'),
  );
  const db = candidates[0];
  if (db === undefined) {
    const onlyWal = files.some((f) => f.name.endsWith('-wal'));
    throw new EngineError({
      code: 'bad-request',
      message: onlyWal ? strings.open.onlyWal : strings.open.noFile,
    });
  }
  const wal = files.find((f) => f.name === `${db.name}-wal`);
  return { db, wal };
}
