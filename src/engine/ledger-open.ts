import type { Database, SqlJsStatic } from 'sql.js';
import { LedgerError } from '../core/ledger/errors';
import type { LedgerEra, StoredRow } from '../core/ledger/types';
import { schemeOfTs } from '../core/ledger/verify/scheme-detect';
import { err, ok, type Result } from '../core/result';
import { readSqliteHeader, withRollbackHeader, type SqliteHeader } from './ledger-header';
import { asText, scalar } from './ledger-rows';
import {
  createLedgerSchema,
  eraOfDdl,
  HASH_COLUMNS,
  readColumns,
  readEventsDdl,
  readSchemaObjects,
  REQUIRED_COLUMNS,
  type ColumnInfo,
} from './ledger-schema';
import { errorText, SqlLedger } from './ledger-sql';
import { replayWal, type WalReplay } from './ledger-wal';

export interface OpenLedgerOptions {
  /** The file name shown in messages. */
  readonly name: string;
  /** The `-wal` sidecar's bytes; its committed frames are applied. */
  readonly wal?: Uint8Array;
}

/**
 * Opens a PMM ledger from its bytes (and optional `-wal` sidecar). The
 * caller's buffers are never modified. Failures are typed: empty file, not
 * SQLite, truncated, bad page size, bad WAL, corrupt, no `events` table,
 * missing columns, a column of the wrong declared type.
 *
 * @example const r = openLedgerFile(SQL, bytes, { name: 'pmm.db' }); if (r.ok) r.value.verify();
 */
export function openLedgerFile(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  opts: OpenLedgerOptions,
): Result<SqlLedger, LedgerError> {
  const image = imageWithWal(bytes, opts);
  if (!image.ok) {
    return image;
  }
  const header = readSqliteHeader(image.value.bytes, opts.name);
  if (!header.ok) {
    return header;
  }
  const original = bytes.length > 0 ? readSqliteHeader(bytes, opts.name) : header;
  const db = openDatabase(SQL, image.value.bytes, opts.name);
  if (!db.ok) {
    return db;
  }
  const fileHeader = original.ok ? original.value : header.value;
  return wrapDatabase(db.value, {
    ...opts,
    header: fileHeader,
    size: bytes.length,
    wal: image.value,
  });
}

function imageWithWal(
  bytes: Uint8Array,
  opts: OpenLedgerOptions,
): Result<WalReplay, LedgerError> {
  if (opts.wal === undefined || opts.wal.length === 0) {
    return ok({ bytes, framesApplied: 0, commitsApplied: 0 });
  }
  if (bytes.length > 0) {
    const header = readSqliteHeader(bytes, opts.name);
    if (!header.ok) {
      return header;
    }
  }
  return replayWal(bytes, opts.wal, opts.name);
}

function openDatabase(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  name: string,
): Result<Database, LedgerError> {
  try {
    // Builds without WAL reject bytes 18/19 = 2; withRollbackHeader also
    // keeps sql.js from aliasing the caller's buffer.
    return ok(new SQL.Database(withRollbackHeader(bytes)));
  } catch (e) {
    return err(
      new LedgerError('corrupt', name, `SQLite could not open the file: ${errorText(e)}`),
    );
  }
}

interface WrapInput {
  readonly name: string;
  readonly header: SqliteHeader;
  readonly size: number;
  readonly wal: WalReplay;
}

function wrapDatabase(db: Database, input: WrapInput): Result<SqlLedger, LedgerError> {
  const checked = checkSchema(db, input);
  if (!checked.ok) {
    db.close();
    return checked;
  }
  const { hasHashColumns, era } = checked.value;
  return ok(
    new SqlLedger(db, {
      name: input.name,
      era,
      header: input.header,
      sizeBytes: input.size,
      hasHashColumns,
      walFramesApplied: input.wal.framesApplied,
      walCommitsApplied: input.wal.commitsApplied,
    }),
  );
}

function checkSchema(
  db: Database,
  input: WrapInput,
): Result<{ hasHashColumns: boolean; era: LedgerEra }, LedgerError> {
  const name = input.name;
  try {
    const { tables, indexes } = readSchemaObjects(db);
    if (!tables.includes('events')) {
      return err(noEventsTable(name, tables, input));
    }
    const columns = readColumns(db);
    const bad = checkColumns(columns, name);
    if (bad !== null) {
      return err(bad);
    }
    // Touch the table so a damaged b-tree fails here, not on the first read.
    scalar(db, 'SELECT COUNT(*) FROM events');
    const hasHashColumns = HASH_COLUMNS.every((c) =>
      columns.some((col) => col.name === c),
    );
    return ok({ hasHashColumns, era: detectEra(db, indexes) });
  } catch (e) {
    return err(
      new LedgerError('corrupt', name, `SQLite could not read the file: ${errorText(e)}`),
    );
  }
}

function noEventsTable(
  name: string,
  tables: readonly string[],
  input: WrapInput,
): LedgerError {
  const found = tables.length === 0 ? 'no tables at all' : `only ${tables.join(', ')}`;
  const walHint =
    input.header.writeVersion === 2 && input.wal.framesApplied === 0
      ? '; the file is in WAL mode, so the table may exist only in its -wal sidecar'
      : '';
  return new LedgerError(
    'no-events-table',
    name,
    `there is no events table (${found})${walHint}`,
  );
}

function checkColumns(columns: readonly ColumnInfo[], name: string): LedgerError | null {
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.some((col) => col.name === c));
  if (missing.length > 0) {
    const detail = `the events table lacks the column(s) ${missing.join(', ')}`;
    return new LedgerError('missing-columns', name, detail);
  }
  const wrong = columns.filter(
    (c) => TEXT_COLUMNS.has(c.name) && /INT|REAL|FLOA|DOUB|BLOB/i.test(c.type),
  );
  if (wrong.length > 0) {
    const list = wrong.map((c) => `${c.name} is ${c.type}`).join(', ');
    return new LedgerError(
      'wrong-column-type',
      name,
      `expected text columns, but ${list}`,
    );
  }
  return null;
}

const TEXT_COLUMNS = new Set(['ts', 'kind', 'content', 'meta']);

/** The first row's ts decides; an empty table falls back to the DDL's shape. */
function detectEra(db: Database, indexes: readonly string[]): LedgerEra {
  const ts = scalar(db, 'SELECT ts FROM events ORDER BY id LIMIT 1');
  const scheme = ts === null ? null : schemeOfTs(asText(ts));
  if (scheme !== null) {
    return scheme === 'v1_id_ts' ? 'v1' : 'v2';
  }
  return eraOfDdl(readEventsDdl(db), indexes);
}

/**
 * A new, empty ledger with the era's PMM schema (v1: the table, the hash
 * columns added by ALTER, the five indexes and event_embeddings; v2: the
 * inline seven-column table).
 */
export function createEmptyLedgerFile(
  SQL: SqlJsStatic,
  era: LedgerEra,
  name: string,
): SqlLedger {
  const db = new SQL.Database();
  createLedgerSchema(db, era);
  return new SqlLedger(db, newMeta(era, name, db));
}

/**
 * A ledger holding `rows` (ids kept), inserted in one transaction through one
 * prepared statement; fast enough for 1M synthetic rows.
 *
 * @example createLedgerFromRows(SQL, 'v1', 'synthetic.db', generateSyntheticRows({ events: 1e5, seed: 1 }))
 */
export function createLedgerFromRows(
  SQL: SqlJsStatic,
  era: LedgerEra,
  name: string,
  rows: Iterable<StoredRow>,
): SqlLedger {
  const db = new SQL.Database();
  createLedgerSchema(db, era);
  insertStoredRows(db, rows);
  return new SqlLedger(db, newMeta(era, name, db));
}

/**
 * Inserts rows as stored (ids and hashes kept) in one transaction through one
 * prepared statement; rolls back if any row fails.
 */
export function insertStoredRows(db: Database, rows: Iterable<StoredRow>): void {
  const stmt = db.prepare(
    'INSERT INTO events (id, ts, kind, content, meta, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  db.run('BEGIN');
  try {
    for (const r of rows) {
      stmt.run([r.id, r.ts, r.kind, r.content, r.metaText, r.prevHash, r.hash]);
    }
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  } finally {
    stmt.free();
  }
}

function newMeta(era: LedgerEra, name: string, db: Database) {
  const pageSize = Number(scalar(db, 'PRAGMA page_size'));
  return {
    name,
    era,
    header: { pageSize, writeVersion: 1, readVersion: 1, pageCount: null },
    sizeBytes: 0,
    hasHashColumns: true,
    walFramesApplied: 0,
    walCommitsApplied: 0,
  };
}
