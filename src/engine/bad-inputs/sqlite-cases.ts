import type { SqlJsStatic } from 'sql.js';
import type { LedgerEra, StoredRow } from '../../core/ledger/types';
import {
  chainRows,
  dbFromSql,
  ledgerBytes,
  PLAIN_ENTRIES,
  rewriteDb,
  type ChainEntry,
} from './chain-builder';
import type { BadInputCase, BadInputExpectation } from './corpus-types';

const N = PLAIN_ENTRIES.length;

function sqlCase(
  id: string,
  title: string,
  bytes: Uint8Array,
  expect: BadInputExpectation,
): BadInputCase {
  return { id, title, fileName: `${id}.db`, bytes, expect };
}

/** SQLite files whose shape is not a ledger's: tables and columns. */
export function schemaCases(SQL: SqlJsStatic): BadInputCase[] {
  const v1 = ledgerBytes(SQL, 'v1', chainRows('v1', PLAIN_ENTRIES));
  return [
    sqlCase(
      'no-events-table',
      'a SQLite database with a notes table and no events table',
      dbFromSql(SQL, [
        'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)',
        "INSERT INTO notes (body) VALUES ('not a ledger')",
      ]),
      { outcome: 'error', code: 'no-events-table' },
    ),
    sqlCase(
      'events-missing-meta',
      'an events table without its meta column',
      dbFromSql(SQL, [
        'CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL, prev_hash TEXT, hash TEXT)',
        "INSERT INTO events (ts, kind, content) VALUES ('2025-10-02T20:50:00+00:00', 'user', 'hi')",
      ]),
      { outcome: 'error', code: 'missing-columns' },
    ),
    sqlCase(
      'kind-declared-integer',
      'an events table whose kind column is declared INTEGER',
      dbFromSql(SQL, [
        'CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, kind INTEGER NOT NULL, content TEXT NOT NULL, meta TEXT NOT NULL, prev_hash TEXT, hash TEXT)',
        "INSERT INTO events (ts, kind, content, meta) VALUES ('2025-10-02T20:50:00+00:00', 7, 'hi', '{}')",
      ]),
      { outcome: 'error', code: 'wrong-column-type' },
    ),
    sqlCase(
      'kind-blob-value',
      'a v1 ledger whose event 3 stores kind as a BLOB (its hash covers the text)',
      rewriteDb(SQL, v1, ['UPDATE events SET kind = CAST(kind AS BLOB) WHERE id = 3']),
      {
        outcome: 'opens',
        count: N,
        status: 'broken',
        firstBadId: 3,
        reason: 'hash-mismatch',
      },
    ),
    sqlCase(
      'kind-integer-value',
      'a v2 ledger in an untyped table whose event 2 stores kind as the integer 42',
      integerKindLedger(SQL),
      {
        outcome: 'opens',
        count: 3,
        status: 'broken',
        firstBadId: 2,
        reason: 'hash-mismatch',
      },
    ),
    sqlCase(
      'no-hash-columns',
      'an events table without prev_hash and hash (nothing to verify)',
      dbFromSql(SQL, [
        'CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, ts TEXT NOT NULL, kind TEXT NOT NULL, content TEXT NOT NULL, meta TEXT NOT NULL)',
        "INSERT INTO events (ts, kind, content, meta) VALUES ('2025-08-12 22:34:40', 'user', 'hi', '{}')",
      ]),
      { outcome: 'opens', count: 1, status: 'absent' },
    ),
    sqlCase(
      'empty-events-table',
      'a v1 ledger with no events yet',
      ledgerBytes(SQL, 'v1', []),
      { outcome: 'opens', count: 0, status: 'ok' },
    ),
  ];
}

/** Kind 42 stored as an integer; the chain was hashed over the text "42". */
function integerKindLedger(SQL: SqlJsStatic): Uint8Array {
  const rows = chainRows('v2', [
    { kind: 'user', content: 'a', metaText: '{}' },
    { kind: '42', content: 'b', metaText: '{}' },
    { kind: 'user', content: 'c', metaText: '{}' },
  ]);
  return dbFromSql(SQL, [
    'CREATE TABLE events (id INTEGER PRIMARY KEY AUTOINCREMENT, ts, kind, content, meta, prev_hash, hash)',
    ...rows.map(insertSql).map((sql) => sql.replace("'42'", '42')),
  ]);
}

function insertSql(r: StoredRow): string {
  const q = (s: string | null) => (s === null ? 'NULL' : `'${s.replaceAll("'", "''")}'`);
  const values = [
    r.id,
    q(r.ts),
    q(r.kind),
    q(r.content),
    q(r.metaText),
    q(r.prevHash),
    q(r.hash),
  ];
  return `INSERT INTO events (id, ts, kind, content, meta, prev_hash, hash) VALUES (${values.join(', ')})`;
}

/** Meta columns that are not JSON objects, or huge, or odd numbers. */
export function metaCases(SQL: SqlJsStatic): BadInputCase[] {
  const v1 = ledgerBytes(SQL, 'v1', chainRows('v1', PLAIN_ENTRIES));
  return [
    sqlCase(
      'meta-not-json',
      'a v1 ledger whose event 4 meta was overwritten with text that is not JSON',
      rewriteDb(SQL, v1, ["UPDATE events SET meta = 'not json {' WHERE id = 4"]),
      {
        outcome: 'opens',
        count: N,
        status: 'broken',
        firstBadId: 4,
        reason: 'hash-mismatch',
        badMetaIds: [4],
      },
    ),
    sqlCase(
      'meta-deep-nesting',
      'a v1 ledger whose event 6 meta nests arrays 100,000 deep (a stack-overflow bait)',
      rewriteDb(SQL, v1, [
        `UPDATE events SET meta = '${deepMeta(100_000)}' WHERE id = 6`,
      ]),
      {
        outcome: 'opens',
        count: N,
        status: 'broken',
        firstBadId: 6,
        reason: 'hash-mismatch',
        badMetaIds: [6],
      },
    ),
    sqlCase(
      'meta-json-array',
      'a v1 ledger whose event 3 meta is a JSON array (hashed as PMM hashes it)',
      withEntry(SQL, 'v1', 2, {
        kind: 'note',
        content: 'x',
        metaText: '[1, 2.0, "three"]',
      }),
      { outcome: 'opens', count: N, status: 'ok', badMetaIds: [3] },
    ),
    sqlCase(
      'meta-10mb',
      'a v1 ledger whose event 2 meta is a 10 MB JSON object',
      withEntry(SQL, 'v1', 1, { kind: 'blob', content: '', metaText: hugeMeta() }),
      { outcome: 'opens', count: N, status: 'ok' },
    ),
    sqlCase(
      'meta-python-numbers',
      'a v1 ledger whose event 5 meta spells numbers as Python never writes them (1E5, 1.0e+16, -0, 1.50, 1e400, 0.10)',
      withEntry(SQL, 'v1', 4, {
        kind: 'metrics_update',
        content: '',
        metaText: ODD_NUMBERS,
      }),
      { outcome: 'opens', count: N, status: 'ok' },
    ),
    sqlCase(
      'hostile-markup',
      'a v2 ledger whose kind, content and meta hold HTML and javascript: links',
      ledgerBytes(SQL, 'v2', chainRows('v2', HOSTILE_ENTRIES)),
      { outcome: 'opens', count: HOSTILE_ENTRIES.length, status: 'ok' },
    ),
  ];
}

/**
 * Numbers whose lexeme Python re-dumps differently. The hash is of Python's
 * parsed value (1E5 -> 100000.0, -0 -> 0, 1e400 -> Infinity), so a verifier
 * that hashed the lexemes as written would call this row broken.
 */
export const ODD_NUMBERS =
  '{"a": 1E5, "b": 1.0e+16, "c": -0, "d": 1.50, "e": 1e400, "f": -0.0, "g": 0.10, "h": 1.0000000000000001, "i": 12345678901234567890123, "j": 1e-7, "k": 2E-05}';

export const HOSTILE_ENTRIES: readonly ChainEntry[] = [
  {
    kind: '<svg onload="window.__tickscopeXss=1">',
    content: '<img src=x onerror="window.__tickscopeXss=1">',
    metaText: '{"html":"<script>window.__tickscopeXss=1</script>"}',
  },
  {
    kind: 'response',
    content:
      '<script>window.__tickscopeXss=1</script><a href="javascript:window.__tickscopeXss=1">click</a>',
    metaText:
      '{"link":"javascript:window.__tickscopeXss=1","name":"<b onmouseover=\\"window.__tickscopeXss=1\\">x</b>"}',
  },
  {
    kind: 'user',
    content: '"><iframe src="javascript:alert(1)"></iframe>',
    metaText: '{}',
  },
];

function deepMeta(depth: number): string {
  return `{"a": ${'['.repeat(depth)}${']'.repeat(depth)}}`;
}

function hugeMeta(): string {
  // 10 MB of a plain ASCII string value plus a nested list: one big row.
  return `{"note": "${'x'.repeat(10 * 1024 * 1024)}", "list": [1, 2.5, "y"]}`;
}

/** The plain chain with the entry at `index` replaced, re-chained from there. */
function withEntry(
  SQL: SqlJsStatic,
  era: LedgerEra,
  index: number,
  entry: ChainEntry,
): Uint8Array {
  const entries = PLAIN_ENTRIES.map((e, i) => (i === index ? entry : e));
  return ledgerBytes(SQL, era, chainRows(era, entries));
}

/** Chains damaged after hashing: NULL hashes, a deleted row, an edited row. */
export function chainDamageCases(SQL: SqlJsStatic): BadInputCase[] {
  const v1 = ledgerBytes(SQL, 'v1', chainRows('v1', PLAIN_ENTRIES));
  const v2 = ledgerBytes(SQL, 'v2', chainRows('v2', PLAIN_ENTRIES));
  return [
    sqlCase(
      'null-hash-row',
      'a v1 ledger whose event 5 hash is NULL',
      rewriteDb(SQL, v1, ['UPDATE events SET hash = NULL WHERE id = 5']),
      {
        outcome: 'opens',
        count: N,
        status: 'broken',
        firstBadId: 5,
        reason: 'hash-mismatch',
      },
    ),
    sqlCase(
      'null-hash-all',
      'a v2 ledger with every hash and prev_hash NULL',
      rewriteDb(SQL, v2, ['UPDATE events SET hash = NULL, prev_hash = NULL']),
      {
        outcome: 'opens',
        count: N,
        status: 'broken',
        firstBadId: 1,
        reason: 'hash-mismatch',
      },
    ),
    sqlCase(
      'deleted-row',
      'a v1 ledger with event 6 deleted (broken link at 7)',
      rewriteDb(SQL, v1, ['DELETE FROM events WHERE id = 6']),
      {
        outcome: 'opens',
        count: N - 1,
        status: 'broken',
        firstBadId: 7,
        reason: 'broken-link',
      },
    ),
    sqlCase(
      'edited-row',
      'a v2 ledger with one character of event 4 content changed',
      rewriteDb(SQL, v2, [
        "UPDATE events SET content = 'hi there, cafe \ud83d\ude00' WHERE id = 4",
      ]),
      {
        outcome: 'opens',
        count: N,
        status: 'broken',
        firstBadId: 4,
        reason: 'hash-mismatch',
      },
    ),
    sqlCase(
      'pre-v1-scheme',
      'a ledger with hashes from a pre-v1 rule and local naive timestamps',
      rewriteDb(SQL, v1, [
        "UPDATE events SET ts = '2025-08-12 22:34:40', hash = printf('%064d', id), prev_hash = CASE WHEN id = 1 THEN NULL ELSE printf('%064d', id - 1) END",
      ]),
      { outcome: 'opens', count: N, status: 'unverifiable' },
    ),
  ];
}
