/**
 * Chain verification in chunks, so a 1M-event ledger reports progress and
 * can be cancelled between chunks. It composes the core's ChainVerifier
 * with the LedgerStore port; the verdict equals `SqlLedger.verify()`.
 */
import { ChainVerifier } from '../core/ledger/verify/chain-verifier';
import type { VerifyResult } from '../core/ledger/verify/verify-result';
import { absentVerifyResult } from '../core/ledger/verify/verify-result';
import type { LedgerStore } from '../core/ledger/types';
import type { TaskContext } from './session-host';

/** Rows checked between two progress reports / cancellation points. */
export const verifyChunkRows = 20_000;

export async function verifyInChunks(
  ledger: LedgerStore & { readonly hasHashColumns: boolean },
  total: number,
  ctx: TaskContext,
): Promise<VerifyResult> {
  if (!ledger.hasHashColumns) {
    return absentVerifyResult(total);
  }
  const verifier = new ChainVerifier();
  let after = Number.MIN_SAFE_INTEGER;
  let done = 0;
  ctx.progress({ phase: 'verifying', done, total });
  for (;;) {
    const rows = ledger.readAfterId(after, verifyChunkRows);
    if (rows.length === 0) {
      return verifier.result();
    }
    verifier.feedAll(rows);
    after = rows[rows.length - 1]?.id ?? after;
    done += rows.length;
    ctx.progress({ phase: 'verifying', done, total });
    await ctx.checkpoint();
  }
}
