/**
 * Progress of the profile in flight, per strategy, and the handle that
 * cancels it. Transient page state (like the open progress), not a query
 * result, so it lives in this small store.
 */
import type { EngineProgress } from '../../../engine/protocol';
import { createTaskStore } from '../../lib/task-store';

export interface StrategyProgress {
  readonly strategy: string;
  readonly done: number;
  readonly total: number;
  readonly etaMs: number | null;
}

export interface ProfileProgressState {
  readonly running: boolean;
  readonly strategies: readonly StrategyProgress[];
}

const idle: ProfileProgressState = { running: false, strategies: [] };

const store = createTaskStore(idle);

/** Starts tracking a profile of `strategies`; returns the signal that cancels it. */
export function startProfileProgress(
  strategies: readonly string[],
  total: number,
): AbortSignal {
  return store.start({
    running: true,
    strategies: strategies.map((strategy) => ({ strategy, done: 0, total, etaMs: null })),
  });
}

export function reportProfileProgress(progress: EngineProgress): void {
  const { strategy } = progress;
  if (strategy === undefined || progress.phase !== 'profiling') {
    return;
  }
  store.set({
    running: true,
    strategies: store.get().strategies.map((s) =>
      s.strategy === strategy
        ? {
            strategy,
            done: progress.done,
            total: progress.total,
            etaMs: progress.etaMs ?? null,
          }
        : s,
    ),
  });
}

export function endProfileProgress(signal: AbortSignal): void {
  store.end(signal, { ...store.get(), running: false });
}

export function cancelProfile(): void {
  store.cancel();
}

export function useProfileProgress(): ProfileProgressState {
  return store.useState();
}
