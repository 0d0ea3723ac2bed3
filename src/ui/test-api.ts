/**
 * The typed test API at `window.__tickscope`. It only reads public state:
 * the query cache and the engine client. e2e specs import these types.
 */
import type { QueryClient } from '@tanstack/react-query';

import type { EngineClient, RequestLogEntry } from '../engine/client';
import type { LedgerSummary } from '../engine/protocol';
import { activityCount } from './app/activity';
import { queryKeys } from './query-keys';

export type { LedgerSummary, RequestLogEntry };

export interface TickscopeTestApi {
  /** Resolves when no query fetches, no mutation runs, no worker request is pending and nothing is scheduled. */
  whenIdle(): Promise<void>;
  /** The ledgers open in the worker, as the page's cache knows them. */
  openLedgers(): readonly LedgerSummary[];
  /** The last finished worker requests with their round-trip times. */
  recentRequests(): readonly RequestLogEntry[];
}

declare global {
  interface Window {
    __tickscope?: TickscopeTestApi;
  }
}

export function installTestApi(queryClient: QueryClient, engine: EngineClient): void {
  const isIdle = (): boolean =>
    queryClient.isFetching() === 0 &&
    queryClient.isMutating() === 0 &&
    engine.pendingCount() === 0 &&
    activityCount() === 0;

  window.__tickscope = {
    whenIdle: () => whenStable(isIdle),
    openLedgers: () =>
      queryClient.getQueryData<readonly LedgerSummary[]>(queryKeys.ledgers()) ?? [],
    recentRequests: () => engine.recentRequests(),
  };
}

// Idle must hold across two rendered frames: a finished query often starts
// the next one only after React renders the result.
async function whenStable(isIdle: () => boolean): Promise<void> {
  for (;;) {
    await nextFrame();
    if (isIdle()) {
      await nextFrame();
      await nextFrame();
      if (isIdle()) {
        return;
      }
    }
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
