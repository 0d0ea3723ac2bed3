import type { SqlJsStatic } from 'sql.js';
import { schemeOfEra } from '../../core/ledger/append';
import { canonicalMetaOfText, hashFields } from '../../core/ledger/hash';
import { formatLedgerTs } from '../../core/ledger/ts-format';
import type { LedgerEra, StoredRow } from '../../core/ledger/types';
import { createLedgerFromRows } from '../ledger-open';

/** One event to chain: the meta column is given as the exact stored text. */
export interface ChainEntry {
  readonly kind: string;
  readonly content: string;
  readonly metaText: string;
}

const START_MICROS = 1_759_438_200_000_000n;

/**
 * Rows with a valid hash chain over the given texts, hashed as PMM's
 * verifier sees them (meta by its parsed value, `{}` when unparsable).
 * Timestamps step 1.5 s from 2025-10-02 in the era's format.
 */
export function chainRows(era: LedgerEra, entries: readonly ChainEntry[]): StoredRow[] {
  const scheme = schemeOfEra(era);
  const rows: StoredRow[] = [];
  let prevHash: string | null = null;
  entries.forEach((e, i) => {
    const id = i + 1;
    const ts = formatLedgerTs(era, START_MICROS + BigInt(i) * 1_500_000n);
    const metaCanonical = canonicalMetaOfText(e.metaText);
    const hash = hashFields(scheme, { ...e, id, ts, prevHash, metaCanonical });
    rows.push({ ...e, id, ts, prevHash, hash });
    prevHash = hash;
  });
  return rows;
}

/** A ledger file (PMM schema of the era) holding `rows`. */
export function ledgerBytes(
  SQL: SqlJsStatic,
  era: LedgerEra,
  rows: readonly StoredRow[],
): Uint8Array {
  const ledger = createLedgerFromRows(SQL, era, 'corpus.db', rows);
  try {
    return ledger.exportBytes();
  } finally {
    ledger.close();
  }
}

/** A copy of a database file changed by SQL statements (the input is untouched). */
export function rewriteDb(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  statements: readonly string[],
): Uint8Array {
  const db = new SQL.Database(bytes.slice());
  try {
    for (const sql of statements) {
      db.run(sql);
    }
    return db.export();
  } finally {
    db.close();
  }
}

/** A database made from scratch by SQL statements. */
export function dbFromSql(SQL: SqlJsStatic, statements: readonly string[]): Uint8Array {
  const db = new SQL.Database();
  try {
    for (const sql of statements) {
      db.run(sql);
    }
    return db.export();
  } finally {
    db.close();
  }
}

/** Ordinary PMM-looking events (v1 meta text as Python's json.dumps writes it). */
export const PLAIN_ENTRIES: readonly ChainEntry[] = [
  {
    kind: 'identity_adopt',
    content: 'Echo',
    metaText: '{"name": "Echo", "confidence": 0.95}',
  },
  {
    kind: 'autonomy_tick',
    content: 'autonomy heartbeat',
    metaText: '{"telemetry": {"IAS": 0.0, "GAS": 0.25}, "source": "loop"}',
  },
  { kind: 'user', content: 'hello', metaText: '{}' },
  {
    kind: 'response',
    content: 'hi there, caf\u00e9 \ud83d\ude00',
    metaText: '{"u": "\\u00fc"}',
  },
  {
    kind: 'reflection',
    content: 'I should write things down.',
    metaText: '{"f": 1e-05}',
  },
  {
    kind: 'commitment_open',
    content: 'write notes',
    metaText: '{"cid": "c0ffee", "text": "write notes", "due": 1759438200}',
  },
  {
    kind: 'autonomy_tick',
    content: 'autonomy heartbeat',
    metaText: '{"big": 18446744073709551616}',
  },
  { kind: 'metrics_update', content: '', metaText: '{"IAS": 1e+16, "GAS": -0.0}' },
];
