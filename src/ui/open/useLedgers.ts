import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';

import type { LedgerId, LedgerSummary } from '../../engine/protocol';
import { useEngine } from '../engine/engine-context';
import { queryKeys } from '../query-keys';
import { readUrlState, updateUrlState, useUrlState } from '../address/address-state';

/** The ledgers open in the worker. */
export function useLedgers() {
  const engine = useEngine();
  return useQuery({
    queryKey: queryKeys.ledgers(),
    queryFn: ({ signal }) => engine.query('listLedgers', {}, { signal }),
    staleTime: Infinity,
  });
}

export type CurrentLedger =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  | { readonly state: 'missing'; readonly name: string }
  | { readonly state: 'open'; readonly ledger: LedgerSummary };

/** The ledger the address names, resolved against what the worker has open. */
export function useCurrentLedger(): CurrentLedger {
  const { ledger: name } = useUrlState();
  const ledgers = useLedgers();
  if (ledgers.data === undefined) {
    return { state: 'loading' };
  }
  if (name === null) {
    return { state: 'none' };
  }
  const ledger = ledgers.data.findLast((l) => l.name === name);
  return ledger === undefined ? { state: 'missing', name } : { state: 'open', ledger };
}

/**
 * Makes a freshly opened ledger the current one: it replaces the others in
 * the cache and in the worker (a 1M-event ledger holds ~400 MB), and the
 * address names it. Filters are kept when the address already named it.
 */
export function adoptLedger(
  queryClient: QueryClient,
  closeLedger: (ledgerId: LedgerId) => void,
  ledger: LedgerSummary,
): void {
  const previous =
    queryClient.getQueryData<readonly LedgerSummary[]>(queryKeys.ledgers()) ?? [];
  queryClient.setQueryData(queryKeys.ledgers(), [ledger]);

  const keepView = readUrlState().ledger === ledger.name;
  updateUrlState(
    keepView
      ? { ledger: ledger.name }
      : { ledger: ledger.name, kind: null, text: '', event: null },
  );

  for (const old of previous) {
    if (old.ledgerId !== ledger.ledgerId) {
      queryClient.removeQueries({ queryKey: queryKeys.ledger(old.ledgerId) });
      closeLedger(old.ledgerId);
    }
  }
}
