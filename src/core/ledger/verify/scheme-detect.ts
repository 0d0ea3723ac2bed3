import { canonicalMetaOfText, hashFields } from '../hash';
import type { HashScheme, StoredRow } from '../types';

const V1_TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$/;
const V2_TS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/**
 * The hash rule of a ledger, decided on its first row (reference §5.8): the
 * rule whose hash the row carries, else the rule its `ts` format implies,
 * else null (a pre-v1 or unknown rule). Dates are never used.
 *
 * @example detectScheme(firstRow) // 'v1_id_ts'
 */
export function detectScheme(row: StoredRow): HashScheme | null {
  if (row.hash !== null) {
    const metaCanonical = canonicalMetaOfText(row.metaText);
    for (const scheme of SCHEMES) {
      if (hashFields(scheme, { ...row, metaCanonical }) === row.hash) {
        return scheme;
      }
    }
  }
  return schemeOfTs(row.ts);
}

/** The rule a `ts` format implies: `+00:00` is v1, `.ffffffZ` is v2. */
export function schemeOfTs(ts: string): HashScheme | null {
  if (V1_TS.test(ts)) {
    return 'v1_id_ts';
  }
  return V2_TS.test(ts) ? 'v2_no_ts' : null;
}

const SCHEMES: readonly HashScheme[] = ['v1_id_ts', 'v2_no_ts'];
