/**
 * Progress of the one open in flight, and the handle that cancels it.
 * Progress is transient page state, not a query result, so it lives in
 * this small store rather than in the query cache.
 */
import { useSyncExternalStore } from 'react';

import type { EngineProgress } from '../../engine/protocol';

export interface OpenProgressState {
  readonly running: boolean;
  readonly progress: EngineProgress | null;
}

const idle: OpenProgressState = { running: false, progress: null };

let state: OpenProgressState = idle;
let controller: AbortController | null = null;
const listeners = new Set<() => void>();

/** Starts tracking an open; returns the signal that cancels it. */
export function startOpenProgress(): AbortSignal {
  controller?.abort();
  controller = new AbortController();
  setState({ running: true, progress: null });
  return controller.signal;
}

export function reportOpenProgress(progress: EngineProgress): void {
  setState({ running: true, progress });
}

export function endOpenProgress(signal: AbortSignal): void {
  if (controller?.signal === signal) {
    controller = null;
    setState(idle);
  }
}

export function cancelOpen(): void {
  controller?.abort();
}

export function useOpenProgress(): OpenProgressState {
  return useSyncExternalStore(subscribe, () => state);
}

function setState(next: OpenProgressState): void {
  state = next;
  for (const listener of listeners) {
    listener();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
