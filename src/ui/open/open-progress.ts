/**
 * Progress of the one open in flight, and the handle that cancels it.
 * Progress is transient page state, not a query result, so it lives in
 * this small store rather than in the query cache.
 */
import type { EngineProgress } from '../../engine/protocol';
import { createTaskStore } from '../lib/task-store';

export interface OpenProgressState {
  readonly running: boolean;
  readonly progress: EngineProgress | null;
}

const idle: OpenProgressState = { running: false, progress: null };

const store = createTaskStore(idle);

/** Starts tracking an open; returns the signal that cancels it. */
export function startOpenProgress(): AbortSignal {
  return store.start({ running: true, progress: null });
}

export function reportOpenProgress(progress: EngineProgress): void {
  store.set({ running: true, progress });
}

export function endOpenProgress(signal: AbortSignal): void {
  store.end(signal, idle);
}

export function cancelOpen(): void {
  store.cancel();
}

export function useOpenProgress(): OpenProgressState {
  return store.useState();
}
