/**
 * Progress of the profile in flight, per strategy, and the handle that
 * cancels it. Transient page state (like the open progress), not a query
 * result, so it lives in this small store.
 */
import { useSyncExternalStore } from 'react';

import type { EngineProgress } from '../../../engine/protocol';

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

let state: ProfileProgressState = idle;
let controller: AbortController | null = null;
const listeners = new Set<() => void>();

/** Starts tracking a profile of `strategies`; returns the signal that cancels it. */
export function startProfileProgress(
  strategies: readonly string[],
  total: number,
): AbortSignal {
  controller?.abort();
  controller = new AbortController();
  setState({
    running: true,
    strategies: strategies.map((strategy) => ({ strategy, done: 0, total, etaMs: null })),
  });
  return controller.signal;
}

export function reportProfileProgress(progress: EngineProgress): void {
  const { strategy } = progress;
  if (strategy === undefined || progress.phase !== 'profiling') {
    return;
  }
  setState({
    running: true,
    strategies: state.strategies.map((s) =>
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
  if (controller?.signal === signal) {
    controller = null;
    setState({ ...state, running: false });
  }
}

export function cancelProfile(): void {
  controller?.abort();
}

export function useProfileProgress(): ProfileProgressState {
  return useSyncExternalStore(subscribe, () => state);
}

function setState(next: ProfileProgressState): void {
  state = next;
  for (const listener of listeners) {
    listener();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
