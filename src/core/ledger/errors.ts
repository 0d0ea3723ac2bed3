/**
 * Why a ledger could not be opened or read. The message is neutral and names
 * the file; the UI and the CLI each add their own advice.
 */
export type LedgerErrorCode =
  | 'empty-file'
  | 'not-sqlite'
  | 'truncated'
  | 'corrupt'
  | 'bad-page-size'
  | 'no-events-table'
  | 'missing-columns'
  | 'wrong-column-type'
  | 'bad-meta'
  | 'null-hash'
  | 'wal-unapplied'
  | 'bad-wal'
  | 'not-writable';

export class LedgerError extends Error {
  override readonly name = 'LedgerError';

  constructor(
    readonly code: LedgerErrorCode,
    readonly file: string,
    readonly detail: string,
    /** The row the problem was found in, when it is one row. */
    readonly eventId?: number,
  ) {
    super(`${file}: ${detail}`);
  }
}

export function isLedgerError(value: unknown): value is LedgerError {
  return value instanceof LedgerError;
}
