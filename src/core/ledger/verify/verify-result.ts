import { LedgerError } from '../errors';
import type { HashScheme } from '../types';

/**
 * `ok`: every row hashes and links. `broken`: some row does not.
 * `absent`: the table has no hash columns. `unverifiable`: the rows use a
 * hash rule tickscope does not implement (never reported as broken).
 */
export type VerifyStatus = 'ok' | 'broken' | 'absent' | 'unverifiable';

/** What failed at the first bad row (reference §5.7). */
export type BreakReason = 'hash-mismatch' | 'broken-link' | 'hash-mismatch+broken-link';

export interface VerifyResult {
  readonly status: VerifyStatus;
  readonly scheme: HashScheme | null;
  /** Rows checked, including rows checked before a resume. */
  readonly events: number;
  readonly firstBadId: number | null;
  readonly reason: BreakReason | null;
  /** One sentence for people. */
  readonly message: string;
  /** Rows whose stored hash is NULL or differs from the recomputed one. */
  readonly hashMismatches: number;
  /** Rows whose prev_hash is not the previous row's stored hash. */
  readonly brokenLinks: number;
  /** Rows whose stored hash is NULL (also counted as mismatches). */
  readonly nullHashes: number;
  /** The first of those rows, or null. */
  readonly firstNullHashId: number | null;
  /** Id of the last row checked; 0 when none. Resume reads rows after it. */
  readonly lastVerifiedId: number;
  /** Stored hash of the last row checked: the link the next row must carry. */
  readonly headHash: string | null;
}

/** The result for a table without `prev_hash`/`hash` columns. */
export function absentVerifyResult(rowCount: number): VerifyResult {
  return {
    ...EMPTY,
    status: 'absent',
    events: 0,
    message: `the events table has no hash columns, so its ${rowCount} events cannot be verified`,
  };
}

/** The result for rows that match neither PMM hash rule. */
export function unverifiableVerifyResult(detail: string): VerifyResult {
  return { ...EMPTY, status: 'unverifiable', message: detail };
}

const EMPTY: VerifyResult = {
  status: 'ok',
  scheme: null,
  events: 0,
  firstBadId: null,
  reason: null,
  message: '',
  hashMismatches: 0,
  brokenLinks: 0,
  nullHashes: 0,
  firstNullHashId: null,
  lastVerifiedId: 0,
  headHash: null,
};

/** The human sentence for a finished scan. */
export function describeVerify(r: Omit<VerifyResult, 'message'>): string {
  if (r.status !== 'broken') {
    const scheme = r.scheme === null ? '' : ` (${r.scheme})`;
    return `${r.events} events checked, chain intact${scheme}`;
  }
  const what = REASON_TEXT[r.reason ?? 'hash-mismatch'];
  return (
    `chain broken at event ${r.firstBadId ?? '?'}: ${what}; ` +
    `${r.hashMismatches} hash mismatch(es), ${r.brokenLinks} broken link(s) in ${r.events} events`
  );
}

const REASON_TEXT: Readonly<Record<BreakReason, string>> = {
  'hash-mismatch': 'its stored hash does not match its contents',
  'broken-link': "its prev_hash is not the previous event's hash",
  'hash-mismatch+broken-link':
    "its stored hash does not match its contents and its prev_hash is not the previous event's hash",
};

/**
 * The typed error for rows without a stored hash (PMM wrote them before the
 * hash columns existed, or a writer failed), or null when there are none.
 *
 * @example nullHashError(ledger.verify(), 'pmm.db')?.message
 */
export function nullHashError(r: VerifyResult, file: string): LedgerError | null {
  if (r.nullHashes === 0 || r.firstNullHashId === null) {
    return null;
  }
  const what = r.nullHashes === 1 ? '1 event has' : `${r.nullHashes} events have`;
  const detail = `${what} no stored hash (NULL), the first is event ${r.firstNullHashId}`;
  return new LedgerError('null-hash', file, detail, r.firstNullHashId);
}
