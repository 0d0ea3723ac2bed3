/**
 * The run history in IndexedDB, through `idb`. Two stores: `meta` holds the
 * small record a history row needs, `files` the whole run file, so listing
 * the history never loads every run. Every write is one transaction over
 * both stores: a failed write (quota) leaves what was saved untouched.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import { openDB } from 'idb';

import type { RunFile } from '../../core/profiling/run-file/types';
import type { RunHeadline } from './run-headline';
import { runHeadline } from './run-headline';
import { StorageError, toStorageError } from './storage-error';

export type RunStatus = 'running' | 'complete' | 'failed';

/** What the history list shows for one run. */
export interface RunMeta {
  readonly runId: string;
  /** The user's name for the run; starts as the run's label or its input. */
  readonly name: string;
  /** ISO time the run was saved (or started, while running). */
  readonly savedAt: string;
  readonly status: RunStatus;
  /** Why a failed run failed. */
  readonly failure?: string;
  /** How the run came here. */
  readonly origin: 'dashboard' | 'import';
  readonly inputName: string;
  readonly inputEvents: number | null;
  readonly strategies: readonly string[];
  readonly source: RunFile['environment']['source'] | null;
  readonly external: boolean;
  readonly ticks: number;
  readonly headline: RunHeadline | null;
}

interface RunDb extends DBSchema {
  meta: { key: string; value: RunMeta };
  files: { key: string; value: { readonly runId: string; readonly run: RunFile } };
}

export interface RunStore {
  list(): Promise<RunMeta[]>;
  get(runId: string): Promise<RunFile>;
  getMeta(runId: string): Promise<RunMeta | undefined>;
  /** Saves a finished run (replacing a `running` record of the same id). */
  save(run: RunFile, origin: RunMeta['origin'], savedAt: string): Promise<RunMeta>;
  /** Records a run that has started, so a crash leaves a trace. */
  begin(meta: RunMeta): Promise<void>;
  markFailed(runId: string, failure: string): Promise<void>;
  /** Marks runs left `running` by an earlier page as failed; returns how many. */
  failInterrupted(failure: string): Promise<number>;
  rename(runId: string, name: string): Promise<void>;
  remove(runId: string): Promise<void>;
  /**
   * Saves many finished runs in one transaction: all or none (#7). A run whose
   * id is already saved is skipped, never overwritten.
   */
  saveAll(runs: readonly SavedRun[]): Promise<SaveAllResult>;
}

/** A run file with the history record it is saved under. */
export interface SavedRun {
  readonly meta: RunMeta;
  readonly run: RunFile;
}

export interface SaveAllResult {
  readonly saved: readonly RunMeta[];
  readonly skipped: readonly RunMeta[];
}

export const RUN_DB_NAME = 'tickscope-runs';
const RUN_DB_VERSION = 1;

/** Opens (creating on first use) the run history. Rejects with a StorageError. */
export async function openRunStore(name = RUN_DB_NAME): Promise<RunStore> {
  const db = await guard(() =>
    openDB<RunDb>(name, RUN_DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('meta', { keyPath: 'runId' });
        database.createObjectStore('files', { keyPath: 'runId' });
      },
    }),
  );
  return createRunStore(db);
}

/** The meta record a finished run gets. */
export function metaOfRun(
  run: RunFile,
  origin: RunMeta['origin'],
  savedAt: string,
): RunMeta {
  const { ledger } = run.input;
  return {
    runId: run.runId,
    name: run.label ?? defaultRunName(run),
    savedAt,
    status: 'complete',
    origin,
    inputName: ledger.name,
    inputEvents: ledger.eventCount,
    strategies: run.strategies.map((s) => s.id),
    source: run.environment.source,
    external: run.environment.runtime === 'external',
    ticks: run.scenario.ticks,
    headline: runHeadline(run),
  };
}

function defaultRunName(run: RunFile): string {
  return `${run.input.ledger.name}: ${run.strategies.map((s) => s.id).join(', ')}`;
}

function createRunStore(db: IDBPDatabase<RunDb>): RunStore {
  return {
    list: () => guard(async () => sortNewestFirst(await db.getAll('meta'))),
    get: (runId) => guard(() => getFile(db, runId)),
    getMeta: (runId) => guard(() => db.get('meta', runId)),
    save: (run, origin, savedAt) => guard(() => saveRun(db, run, origin, savedAt)),
    begin: (meta) => guard(async () => void (await db.put('meta', meta))),
    markFailed: (runId, failure) => guard(() => markFailed(db, runId, failure)),
    failInterrupted: (failure) => guard(() => failInterrupted(db, failure)),
    rename: (runId, name) => guard(() => rename(db, runId, name)),
    remove: (runId) => guard(() => remove(db, runId)),
    saveAll: (runs) => guard(() => saveAll(db, runs)),
  };
}

async function getFile(db: IDBPDatabase<RunDb>, runId: string): Promise<RunFile> {
  const record = await db.get('files', runId);
  if (record === undefined) {
    throw new StorageError('not-found', `No saved run has the id "${runId}".`);
  }
  return record.run;
}

async function saveRun(
  db: IDBPDatabase<RunDb>,
  run: RunFile,
  origin: RunMeta['origin'],
  savedAt: string,
): Promise<RunMeta> {
  const meta = metaOfRun(run, origin, savedAt);
  // An import never replaces a saved run: the same id means the same run (or an impostor).
  if (origin === 'import' && (await db.get('meta', run.runId)) !== undefined) {
    throw new StorageError(
      'duplicate',
      `A run with the id "${run.runId}" is already saved.`,
    );
  }
  const tx = db.transaction(['meta', 'files'], 'readwrite');
  await Promise.all([
    tx.objectStore('files').put({ runId: run.runId, run }),
    tx.objectStore('meta').put(meta),
    tx.done,
  ]);
  return meta;
}

async function markFailed(db: IDBPDatabase<RunDb>, runId: string, failure: string) {
  const meta = await db.get('meta', runId);
  if (meta !== undefined) {
    await db.put('meta', { ...meta, status: 'failed', failure });
  }
}

async function failInterrupted(
  db: IDBPDatabase<RunDb>,
  failure: string,
): Promise<number> {
  const running = (await db.getAll('meta')).filter((m) => m.status === 'running');
  const tx = db.transaction('meta', 'readwrite');
  await Promise.all([
    ...running.map((m) => tx.store.put({ ...m, status: 'failed' as const, failure })),
    tx.done,
  ]);
  return running.length;
}

async function rename(db: IDBPDatabase<RunDb>, runId: string, name: string) {
  const meta = await db.get('meta', runId);
  if (meta === undefined) {
    throw new StorageError('not-found', `No saved run has the id "${runId}".`);
  }
  await db.put('meta', { ...meta, name });
}

async function remove(db: IDBPDatabase<RunDb>, runId: string): Promise<void> {
  const tx = db.transaction(['meta', 'files'], 'readwrite');
  await Promise.all([
    tx.objectStore('meta').delete(runId),
    tx.objectStore('files').delete(runId),
    tx.done,
  ]);
}

async function saveAll(
  db: IDBPDatabase<RunDb>,
  runs: readonly SavedRun[],
): Promise<SaveAllResult> {
  const tx = db.transaction(['meta', 'files'], 'readwrite');
  const pending: Promise<unknown>[] = [tx.done];
  try {
    // The existence check runs inside the write transaction, so no other save slips between.
    const known = new Set(await tx.objectStore('meta').getAllKeys());
    const fresh = runs.filter(({ meta }) => !known.has(meta.runId));
    for (const { meta, run } of fresh) {
      pending.push(tx.objectStore('files').put({ runId: run.runId, run }));
      pending.push(tx.objectStore('meta').put(meta));
    }
    await Promise.all(pending);
    const skipped = runs.filter(({ meta }) => known.has(meta.runId));
    return { saved: fresh.map((r) => r.meta), skipped: skipped.map((r) => r.meta) };
  } catch (error) {
    // The abort rejects every queued request; the failure is reported once, here.
    for (const request of pending) {
      request.catch(() => undefined);
    }
    abortQuietly(tx);
    throw error;
  }
}

/** A failed write must leave nothing behind: abort whatever the transaction queued. */
function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser: nothing was committed.
  }
}

function sortNewestFirst(metas: RunMeta[]): RunMeta[] {
  return metas.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
