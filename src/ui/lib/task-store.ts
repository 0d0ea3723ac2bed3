/**
 * A tiny external store for one cancellable task in flight (an open, a
 * profile): its transient progress state and the AbortController that
 * cancels it. Progress is page state, not a query result, so it stays out of
 * the query cache; React reads it through useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';

export interface TaskStore<TState> {
  readonly get: () => TState;
  readonly set: (next: TState) => void;
  /** Aborts any task in flight and returns the new task's signal. */
  readonly start: (initial: TState) => AbortSignal;
  /** Ends the task owning `signal` (a newer task is left alone). */
  readonly end: (signal: AbortSignal, final: TState) => void;
  readonly cancel: () => void;
  readonly useState: () => TState;
}

export function createTaskStore<TState>(idle: TState): TaskStore<TState> {
  let state = idle;
  let controller: AbortController | null = null;
  const listeners = new Set<() => void>();

  const set = (next: TState): void => {
    state = next;
    for (const listener of listeners) {
      listener();
    }
  };

  const subscribe = (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };

  return {
    get: () => state,
    set,
    start: (initial) => {
      controller?.abort();
      controller = new AbortController();
      set(initial);
      return controller.signal;
    },
    end: (signal, final) => {
      if (controller?.signal === signal) {
        controller = null;
        set(final);
      }
    },
    cancel: () => controller?.abort(),
    useState: () => useSyncExternalStore(subscribe, () => state),
  };
}
