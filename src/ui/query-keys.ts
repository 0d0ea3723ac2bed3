/**
 * The one query-key factory. Every key starts with 'tickscope'; everything
 * about one open ledger sits under ['tickscope', 'ledger', id] so closing a
 * ledger drops all of it with one `removeQueries`.
 */
import type { EventFilter, LedgerId } from '../engine/protocol';

const root = 'tickscope';

export const queryKeys = {
  all: [root] as const,
  ledgers: () => [root, 'ledgers'] as const,
  ledger: (ledgerId: LedgerId) => [root, 'ledger', ledgerId] as const,
  kinds: (ledgerId: LedgerId) => [root, 'ledger', ledgerId, 'kinds'] as const,
  eventCount: (ledgerId: LedgerId, filter: EventFilter) =>
    [root, 'ledger', ledgerId, 'events', 'count', filter] as const,
  eventPage: (ledgerId: LedgerId, filter: EventFilter, page: number) =>
    [root, 'ledger', ledgerId, 'events', 'page', filter, page] as const,
  event: (ledgerId: LedgerId, eventId: number) =>
    [root, 'ledger', ledgerId, 'event', eventId] as const,
  // Profiling (#6): the run history lives in IndexedDB, not in the worker.
  runs: () => [root, 'runs'] as const,
  run: (runId: string) => [root, 'runs', 'file', runId] as const,
  comparison: (base: string, cand: string) => [root, 'comparison', base, cand] as const,
} as const;

/** Mutation keys, for `useMutationState` and `isMutating`. */
export const mutationKeys = {
  open: () => [root, 'open'] as const,
  close: () => [root, 'close'] as const,
  profile: () => [root, 'profile'] as const,
  runHistory: () => [root, 'run-history'] as const,
  importRun: () => [root, 'import-run'] as const,
  runBundle: () => [root, 'run-bundle'] as const,
  scaling: () => [root, 'scaling'] as const,
} as const;
