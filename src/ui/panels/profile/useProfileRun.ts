/**
 * The profile mutation: record the run as started, run it in the worker on
 * a copy of the open ledger, save the run file, show it. A failure marks
 * the saved record failed (a worker crash included); a cancel removes it.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

import type { EngineClient } from '../../../engine/client';
import type { ProfileParams } from '../../../engine/protocol';
import { EngineError } from '../../../engine/protocol';
import { updateUrlState } from '../../address/address-state';
import { useEngine } from '../../engine/engine-context';
import { mutationKeys } from '../../query-keys';
import type { RunMeta } from '../../storage/run-store';
import { strings } from '../../strings';
import { getRunStore } from '../history/run-store-access';
import { invalidateRuns } from '../history/useRuns';
import {
  endProfileProgress,
  reportProfileProgress,
  startProfileProgress,
} from './profile-progress';

export type ProfileRequest = Omit<ProfileParams, 'runId' | 'createdAt'> & {
  readonly ledgerName: string;
  readonly ledgerEvents: number;
};

export function useProfileRun() {
  const engine = useEngine();
  const queryClient = useQueryClient();
  return useMutation<RunMeta, Error, ProfileRequest>({
    mutationKey: mutationKeys.profile(),
    mutationFn: (request) => profile(engine, request, () => invalidateRuns(queryClient)),
    onSuccess: (meta) => updateUrlState({ run: meta.runId, strategy: null, site: null }),
    onSettled: () => invalidateRuns(queryClient),
  });
}

async function profile(
  engine: EngineClient,
  request: ProfileRequest,
  onStarted: () => Promise<void>,
): Promise<RunMeta> {
  const store = await getRunStore();
  const createdAt = new Date().toISOString();
  const runId = newRunId(createdAt);
  const { ledgerName, ledgerEvents, ...rest } = request;
  const params: ProfileParams = { ...rest, runId, createdAt };
  await store.begin(runningMeta(params, ledgerName, ledgerEvents));
  await onStarted();

  const signal = startProfileProgress(params.strategies, params.ticks * params.reps);
  try {
    const run = await engine.query('profile', params, {
      signal,
      onProgress: reportProfileProgress,
    });
    return await store.save(run, 'dashboard', new Date().toISOString());
  } catch (error) {
    // The run's own failure is what the user must see; a history that cannot
    // even record it (quota) is reported by that failure's message instead.
    await recordFailure(runId, error).catch(() => undefined);
    throw error;
  } finally {
    endProfileProgress(signal);
  }
}

async function recordFailure(runId: string, error: unknown): Promise<void> {
  const store = await getRunStore();
  if (error instanceof EngineError && error.code === 'cancelled') {
    await store.remove(runId);
    return;
  }
  const crashed = error instanceof EngineError && error.code === 'engine-unavailable';
  const message = error instanceof Error ? error.message : String(error);
  await store.markFailed(runId, crashed ? strings.profiling.history.crashed : message);
}

function runningMeta(params: ProfileParams, ledgerName: string, events: number): RunMeta {
  return {
    runId: params.runId,
    name: params.label ?? `${ledgerName}: ${params.strategies.join(', ')}`,
    savedAt: params.createdAt,
    status: 'running',
    origin: 'dashboard',
    inputName: ledgerName,
    inputEvents: events,
    strategies: params.strategies,
    source: 'browser',
    external: false,
    ticks: params.ticks,
    headline: null,
  };
}

/** A run id unique in this browser: the time plus a random suffix. */
function newRunId(createdAt: string): string {
  const stamp = createdAt.replace(/[-:.TZ]/g, '').slice(0, 14);
  return `run-${stamp}-${Math.random().toString(36).slice(2, 8)}`;
}
