import { MetaCanonicalizer, storedRowHashMatches } from '../hash';
import type { HashScheme, StoredRow } from '../types';
import { detectScheme } from './scheme-detect';
import {
  describeVerify,
  unverifiableVerifyResult,
  type BreakReason,
  type VerifyResult,
} from './verify-result';

export interface ChainVerifierOptions {
  /** Force a rule instead of detecting it from the first row. */
  readonly scheme?: HashScheme;
  /** A previous result to continue from: feed only rows after its lastVerifiedId. */
  readonly resumeFrom?: VerifyResult;
}

/**
 * Checks PMM's hash chain one row at a time, in id order (reference §5.7):
 * a NULL or wrong stored hash is a mismatch; a prev_hash other than the
 * previous row's stored hash (NULL for the first row) is a broken link; id
 * gaps are fine. It can start from an earlier result, so a growing ledger
 * is only ever checked from where the last check stopped.
 *
 * @example const v = new ChainVerifier(); rows.forEach((r) => v.feed(r)); v.result().status
 */
export class ChainVerifier {
  private scheme: HashScheme | null;
  private events: number;
  private firstBadId: number | null;
  private reason: BreakReason | null;
  private hashMismatches: number;
  private brokenLinks: number;
  private nullHashes: number;
  private firstNullHashId: number | null;
  private lastId: number;
  private head: string | null;
  private unverifiable: string | null = null;
  private readonly metas = new MetaCanonicalizer();

  constructor(opts: ChainVerifierOptions = {}) {
    const r = opts.resumeFrom;
    if (r !== undefined && (r.status === 'absent' || r.status === 'unverifiable')) {
      throw new Error(`cannot resume a chain check whose status is ${r.status}`);
    }
    this.scheme = opts.scheme ?? r?.scheme ?? null;
    this.events = r?.events ?? 0;
    this.firstBadId = r?.firstBadId ?? null;
    this.reason = r?.reason ?? null;
    this.hashMismatches = r?.hashMismatches ?? 0;
    this.brokenLinks = r?.brokenLinks ?? 0;
    this.nullHashes = r?.nullHashes ?? 0;
    this.firstNullHashId = r?.firstNullHashId ?? null;
    this.lastId = r?.lastVerifiedId ?? 0;
    this.head = r?.headHash ?? null;
  }

  /** Checks the next row; rows must come in ascending id order. */
  feed(row: StoredRow): void {
    if (row.id <= this.lastId && this.events > 0) {
      throw new Error(`rows out of order: ${row.id} after ${this.lastId}`);
    }
    const scheme = this.scheme ?? this.decideScheme(row);
    if (scheme === null) {
      return;
    }
    const linkOk = this.events === 0 ? row.prevHash === null : row.prevHash === this.head;
    const hashOk =
      row.nonTextColumns === undefined && storedRowHashMatches(scheme, row, this.metas);
    this.record(row, hashOk, linkOk);
  }

  /** Checks every row of `rows` in order. */
  feedAll(rows: Iterable<StoredRow>): this {
    for (const row of rows) {
      this.feed(row);
    }
    return this;
  }

  result(): VerifyResult {
    if (this.unverifiable !== null) {
      return unverifiableVerifyResult(this.unverifiable);
    }
    const body = {
      status:
        this.hashMismatches + this.brokenLinks === 0
          ? ('ok' as const)
          : ('broken' as const),
      scheme: this.scheme,
      events: this.events,
      firstBadId: this.firstBadId,
      reason: this.reason,
      hashMismatches: this.hashMismatches,
      brokenLinks: this.brokenLinks,
      nullHashes: this.nullHashes,
      firstNullHashId: this.firstNullHashId,
      lastVerifiedId: this.lastId,
      headHash: this.head,
    };
    return { ...body, message: describeVerify(body) };
  }

  private decideScheme(row: StoredRow): HashScheme | null {
    if (this.unverifiable !== null) {
      return null;
    }
    this.scheme = detectScheme(row);
    if (this.scheme === null) {
      this.unverifiable =
        `event ${row.id} matches neither PMM hash rule (v1_id_ts, v2_no_ts) ` +
        `and its ts ${JSON.stringify(row.ts)} is in neither era's format`;
    }
    return this.scheme;
  }

  private record(row: StoredRow, hashOk: boolean, linkOk: boolean): void {
    this.events++;
    this.lastId = row.id;
    this.head = row.hash;
    if (row.hash === null) {
      this.nullHashes++;
      this.firstNullHashId ??= row.id;
    }
    if (!hashOk) {
      this.hashMismatches++;
    }
    if (!linkOk) {
      this.brokenLinks++;
    }
    if (this.firstBadId === null && !(hashOk && linkOk)) {
      this.firstBadId = row.id;
      this.reason = reasonOf(hashOk, linkOk);
    }
  }
}

function reasonOf(hashOk: boolean, linkOk: boolean): BreakReason {
  if (!hashOk && !linkOk) {
    return 'hash-mismatch+broken-link';
  }
  return hashOk ? 'broken-link' : 'hash-mismatch';
}

/**
 * Verifies rows given in id order from the start (or from `resumeFrom`).
 * An empty input is `ok` with 0 events.
 *
 * @example verifyRows(store.readAll()).status === 'ok'
 */
export function verifyRows(
  rows: Iterable<StoredRow>,
  opts: ChainVerifierOptions = {},
): VerifyResult {
  return new ChainVerifier(opts).feedAll(rows).result();
}
