import type { LedgerErrorCode } from '../../core/ledger/errors';
import type { BreakReason, VerifyStatus } from '../../core/ledger/verify/verify-result';

/**
 * What must happen when a corpus case is opened (#7). `error`: opening, or
 * the first full read/verification, fails with a LedgerError of this code
 * whose message names the file. `opens`: the ledger opens and verifies to
 * this partial or complete result.
 */
export type BadInputExpectation =
  | { readonly outcome: 'error'; readonly code: LedgerErrorCode }
  | {
      readonly outcome: 'opens';
      readonly count: number;
      readonly status: VerifyStatus;
      readonly firstBadId?: number | null;
      readonly reason?: BreakReason | null;
      /** Ids whose meta is reported and read as `{}`. */
      readonly badMetaIds?: readonly number[];
      /** Whether frames of a `-wal` sidecar were applied. */
      readonly walApplied?: boolean;
    };

/** One hostile input: a file (and maybe its sidecar) and the verdict it must get. */
export interface BadInputCase {
  /** Stable kebab-case id, also the stem of the file name. */
  readonly id: string;
  /** One line for people: what is wrong with the file. */
  readonly title: string;
  /** The name the file is opened under; messages must contain it. */
  readonly fileName: string;
  readonly bytes: Uint8Array;
  /** A `-wal` sidecar opened with the file. */
  readonly wal?: Uint8Array;
  /** Open the same bytes this many times (duplicate loads); default 1. */
  readonly loads?: number;
  readonly expect: BadInputExpectation;
}

/**
 * The CLI exit code issue #2 defines for a verdict: 0 ok/absent, 1 broken,
 * 2 unreadable, 3 unverifiable.
 */
export function expectedExitCode(e: BadInputExpectation): number {
  if (e.outcome === 'error') {
    return 2;
  }
  switch (e.status) {
    case 'ok':
    case 'absent':
      return 0;
    case 'broken':
      return 1;
    case 'unverifiable':
      return 3;
  }
}
