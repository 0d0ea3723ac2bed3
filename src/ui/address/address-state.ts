/**
 * The view's address: which view, which ledger (by file name), filters and
 * the selected event live in the query string, so a reload or a shared link
 * comes back to the same view. Read with `useUrlState`, change with
 * `updateUrlState`.
 */
import { useSyncExternalStore } from 'react';

import type { ViewId } from '../app/views';
import { isViewId } from '../app/views';

export interface UrlState {
  readonly view: ViewId;
  readonly ledger: string | null;
  readonly kind: string | null;
  readonly text: string;
  readonly event: number | null;
  /** Profiling (#6): the run shown, its strategy, the selected read site. */
  readonly run: string | null;
  readonly strategy: string | null;
  readonly site: string | null;
  /** Profiling (#6): the comparison, each side `runId~strategyId`. */
  readonly base: string | null;
  readonly cand: string | null;
}

export type UrlPatch = Partial<UrlState>;

const listeners = new Set<() => void>();

/** Parses a query string; unknown or malformed values fall back to defaults. */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const view = params.get('view');
  const event = Number(params.get('event') ?? '');
  return {
    view: view !== null && isViewId(view) ? view : 'explorer',
    ledger: nonEmpty(params.get('ledger')),
    kind: nonEmpty(params.get('kind')),
    text: params.get('q') ?? '',
    event: Number.isSafeInteger(event) && event > 0 ? event : null,
    run: nonEmpty(params.get('run')),
    strategy: nonEmpty(params.get('strategy')),
    site: nonEmpty(params.get('site')),
    base: nonEmpty(params.get('base')),
    cand: nonEmpty(params.get('cand')),
  };
}

/** The query string for a state; defaults are left out. */
export function formatUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.view !== 'explorer') {
    params.set('view', state.view);
  }
  setIf(params, 'ledger', state.ledger);
  setIf(params, 'kind', state.kind);
  setIf(params, 'q', state.text === '' ? null : state.text);
  setIf(params, 'event', state.event === null ? null : String(state.event));
  for (const key of ['run', 'strategy', 'site', 'base', 'cand'] as const) {
    setIf(params, key, state[key]);
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export function readUrlState(): UrlState {
  return parseUrlState(window.location.search);
}

/** Merges a patch into the address (replacing the history entry) and re-renders readers. */
export function updateUrlState(patch: UrlPatch): void {
  const next = { ...readUrlState(), ...patch };
  const url = `${window.location.pathname}${formatUrlState(next)}${window.location.hash}`;
  window.history.replaceState(null, '', url);
  for (const listener of listeners) {
    listener();
  }
}

export function useUrlState(): UrlState {
  const search = useSyncExternalStore(subscribe, () => window.location.search);
  return parseSearchCached(search);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

// One parsed object per distinct search string keeps hook results stable
// (they feed query keys and effect dependencies).
let lastSearch: string | undefined;
let lastState: UrlState | undefined;

function parseSearchCached(search: string): UrlState {
  if (search !== lastSearch || lastState === undefined) {
    lastSearch = search;
    lastState = parseUrlState(search);
  }
  return lastState;
}

function nonEmpty(value: string | null): string | null {
  return value === null || value === '' ? null : value;
}

function setIf(params: URLSearchParams, key: string, value: string | null): void {
  if (value !== null) {
    params.set(key, value);
  }
}
