import type { Database, SqlValue, Statement } from 'sql.js';
import type { EventColumns } from '../core/ledger/events';
import type { StoredRow } from '../core/ledger/types';

/** The select list for StoredRow; NULL stands in for missing hash columns. */
export function rowSelect(hasHashColumns: boolean): string {
  const hashes = hasHashColumns ? 'prev_hash, hash' : 'NULL, NULL';
  return `SELECT id, ts, kind, content, meta, ${hashes} FROM events`;
}

/** Steps `stmt` to the end, turning each row into a StoredRow (get(), not getAsObject()). */
export function collectRows(stmt: Statement, params: SqlValue[] = []): StoredRow[] {
  const out: StoredRow[] = [];
  forEachRow(stmt, params, (row) => {
    out.push(row);
  });
  return out;
}

/** Calls `visit` for each row of `stmt`, always resetting it afterwards. */
export function forEachRow(
  stmt: Statement,
  params: SqlValue[],
  visit: (row: StoredRow) => void,
): void {
  try {
    stmt.bind(params);
    while (stmt.step()) {
      visit(toStoredRow(stmt.get()));
    }
  } finally {
    stmt.reset();
  }
}

/** Steps a five-column statement (id, ts, kind, content, meta) to the end. */
export function collectEventColumns(stmt: Statement, params: SqlValue[]): EventColumns[] {
  const out: EventColumns[] = [];
  try {
    stmt.bind(params);
    while (stmt.step()) {
      const v = stmt.get();
      out.push({
        id: Number(v[0]),
        ts: asText(v[1]),
        kind: asText(v[2]),
        content: asText(v[3]),
        metaText: asText(v[4]),
      });
    }
  } finally {
    stmt.reset();
  }
  return out;
}

function toStoredRow(v: SqlValue[]): StoredRow {
  const row = {
    id: Number(v[0]),
    ts: asText(v[1]),
    kind: asText(v[2]),
    content: asText(v[3]),
    metaText: asText(v[4]),
    prevHash: asNullableText(v[5]),
    hash: asNullableText(v[6]),
  };
  const nonText = nonTextColumns(v);
  return nonText === undefined ? row : { ...row, nonTextColumns: nonText };
}

const TEXT_COLUMN_NAMES = ['ts', 'kind', 'content', 'meta', 'prev_hash', 'hash'] as const;

/**
 * The columns holding a BLOB, number or NULL where PMM writes text (NULL is
 * fine for the hash columns). Python hashes such a value as it reads it, so
 * the row cannot verify (#7: hand-made files with `kind` as a BLOB).
 */
function nonTextColumns(v: SqlValue[]): string[] | undefined {
  if (isText(v[1]) && isText(v[2]) && isText(v[3]) && isText(v[4])) {
    if (isTextOrNull(v[5]) && isTextOrNull(v[6])) {
      return undefined;
    }
  }
  return TEXT_COLUMN_NAMES.filter((_, i) =>
    i < 4 ? !isText(v[i + 1]) : !isTextOrNull(v[i + 1]),
  );
}

function isText(value: SqlValue | undefined): boolean {
  return typeof value === 'string';
}

function isTextOrNull(value: SqlValue | undefined): boolean {
  return value === null || value === undefined || typeof value === 'string';
}

const decoder = new TextDecoder();

/** SQLite's own text conversion for a value in a TEXT column (NULL reads as ''). */
export function asText(v: SqlValue | undefined): string {
  if (typeof v === 'string') {
    return v;
  }
  if (v === null || v === undefined) {
    return '';
  }
  return typeof v === 'number' ? String(v) : decoder.decode(v);
}

function asNullableText(v: SqlValue | undefined): string | null {
  return v === null || v === undefined ? null : asText(v);
}

/** The single value of a one-row, one-column query. */
export function scalar(db: Database, sql: string, params: SqlValue[] = []): SqlValue {
  const stmt = db.prepare(sql);
  try {
    stmt.bind(params);
    return stmt.step() ? (stmt.get()[0] ?? null) : null;
  } finally {
    stmt.free();
  }
}
