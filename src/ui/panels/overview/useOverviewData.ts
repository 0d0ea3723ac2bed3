import type { LedgerId, LedgerSummary } from '../../../engine/protocol';
import { useLedgers } from '../../open/useLedgers';

/** The summary of one open ledger, as the worker reported it when opening. */
export function useOverviewData(ledgerId: LedgerId): LedgerSummary | undefined {
  const ledgers = useLedgers();
  return ledgers.data?.find((ledger) => ledger.ledgerId === ledgerId);
}
