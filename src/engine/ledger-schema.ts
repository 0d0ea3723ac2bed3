import type { Database } from 'sql.js';
import type { LedgerEra } from '../core/ledger/types';

/** PMM v1's DDL as `EventLog` runs it: the table, then the hash columns added by ALTER. */
const V1_DDL = [
  `CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    meta TEXT NOT NULL
  )`,
  'ALTER TABLE events ADD COLUMN prev_hash TEXT',
  'ALTER TABLE events ADD COLUMN hash TEXT',
  'CREATE INDEX IF NOT EXISTS idx_events_ts ON events(ts)',
  'CREATE INDEX IF NOT EXISTS idx_events_kind ON events(kind)',
  'CREATE INDEX IF NOT EXISTS idx_events_kind_id ON events(kind, id)',
  'CREATE INDEX IF NOT EXISTS idx_events_ts_id ON events(ts, id)',
  `CREATE INDEX IF NOT EXISTS idx_metrics_lookup
    ON events(id DESC) WHERE kind='metrics_update'`,
  `CREATE TABLE IF NOT EXISTS event_embeddings (
    eid INTEGER PRIMARY KEY,
    digest TEXT,
    embedding BLOB,
    summary TEXT,
    keywords TEXT,
    created_at INTEGER
  )`,
];

/** PMM v2's DDL: all seven columns inline, no indexes. */
const V2_DDL = [
  `CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    meta TEXT NOT NULL,
    prev_hash TEXT,
    hash TEXT
  )`,
];

/** Creates the era's tables and indexes in an empty database. */
export function createLedgerSchema(db: Database, era: LedgerEra): void {
  for (const sql of era === 'v1' ? V1_DDL : V2_DDL) {
    db.run(sql);
  }
}

/** The columns of `events`: name and declared type, in table order. */
export interface ColumnInfo {
  readonly name: string;
  readonly type: string;
}

export const REQUIRED_COLUMNS = ['id', 'ts', 'kind', 'content', 'meta'] as const;
export const HASH_COLUMNS = ['prev_hash', 'hash'] as const;

export function readColumns(db: Database): ColumnInfo[] {
  const res = db.exec('PRAGMA table_info(events)')[0];
  return (res?.values ?? []).map((v) => ({
    name: String(v[1]),
    type: String(v[2] ?? ''),
  }));
}

/** Names of the tables and of the indexes in the file. */
export function readSchemaObjects(db: Database): { tables: string[]; indexes: string[] } {
  const res = db.exec(
    "SELECT type, name FROM sqlite_master WHERE type IN ('table','index') ORDER BY rowid",
  )[0];
  const rows = res?.values ?? [];
  const names = (type: string) =>
    rows.filter((r) => r[0] === type).map((r) => String(r[1]));
  return { tables: names('table'), indexes: names('index') };
}

/** The stored DDL of `events`, or '' when there is none. */
export function readEventsDdl(db: Database): string {
  const res = db.exec(
    "SELECT sql FROM sqlite_master WHERE type='table' AND name='events'",
  )[0];
  return String(res?.values[0]?.[0] ?? '');
}

/** v1 adds the hash columns by ALTER (`, prev_hash TEXT` after the closing line); v2 declares them inline. */
export function eraOfDdl(ddl: string, indexes: readonly string[]): LedgerEra {
  if (/NOT NULL\s+,\s*prev_hash/i.test(ddl) || indexes.includes('idx_events_kind')) {
    return 'v1';
  }
  return /prev_hash/i.test(ddl) ? 'v2' : 'v1';
}
