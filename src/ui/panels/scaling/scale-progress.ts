/** Progress of the scaling experiment in flight and its cancel handle (page state). */
import { useSyncExternalStore } from 'react';

import type { EngineProgress } from '../../../engine/protocol';

let progress: EngineProgress | null = null;
let controller: AbortController | null = null;
const listeners = new Set<() => void>();

export function startScaleProgress(): AbortSignal {
  controller?.abort();
  controller = new AbortController();
  set({ phase: 'scaling', done: 0, total: 0 });
  return controller.signal;
}

export function reportScaleProgress(next: EngineProgress): void {
  set(next);
}

export function endScaleProgress(signal: AbortSignal): void {
  if (controller?.signal === signal) {
    controller = null;
    set(null);
  }
}

export function cancelScaling(): void {
  controller?.abort();
}

export function useScaleProgress(): EngineProgress | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => progress,
  );
}

function set(next: EngineProgress | null): void {
  progress = next;
  for (const listener of listeners) {
    listener();
  }
}
