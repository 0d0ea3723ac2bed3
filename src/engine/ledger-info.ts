import type { Database } from 'sql.js';
import type { LedgerEra } from '../core/ledger/types';
import { asText, scalar } from './ledger-rows';
import { readSchemaObjects } from './ledger-schema';
import type { SqlLedgerMeta } from './ledger-sql';

export interface KindTally {
  readonly kind: string;
  readonly count: number;
}

/** File facts for an overview. Ids and ts are null/0 for an empty table. */
export interface LedgerInfo {
  readonly name: string;
  readonly era: LedgerEra;
  readonly count: number;
  readonly minId: number;
  readonly maxId: number;
  readonly firstTs: string | null;
  readonly lastTs: string | null;
  /** Size of the file as given (without the sidecar). */
  readonly sizeBytes: number;
  readonly pageSize: number;
  /** Header bytes 18 and 19 of the file as given: 2/2 means WAL mode. */
  readonly headerWriteVersion: number;
  readonly headerReadVersion: number;
  readonly walMode: boolean;
  readonly walFramesApplied: number;
  readonly walCommitsApplied: number;
  readonly hasHashColumns: boolean;
  readonly tables: readonly string[];
  readonly indexes: readonly string[];
  /** Kinds by descending count, then name. */
  readonly kinds: readonly KindTally[];
}

export function readLedgerInfo(db: Database, meta: SqlLedgerMeta): LedgerInfo {
  const { tables, indexes } = readSchemaObjects(db);
  const range =
    db.exec('SELECT COUNT(*), MIN(id), MAX(id) FROM events')[0]?.values[0] ?? [];
  return {
    name: meta.name,
    era: meta.era,
    count: Number(range[0] ?? 0),
    minId: Number(range[1] ?? 0),
    maxId: Number(range[2] ?? 0),
    firstTs: tsAt(db, 'ASC'),
    lastTs: tsAt(db, 'DESC'),
    sizeBytes: meta.sizeBytes,
    pageSize: meta.header.pageSize,
    headerWriteVersion: meta.header.writeVersion,
    headerReadVersion: meta.header.readVersion,
    walMode: meta.header.writeVersion === 2 && meta.header.readVersion === 2,
    walFramesApplied: meta.walFramesApplied,
    walCommitsApplied: meta.walCommitsApplied,
    hasHashColumns: meta.hasHashColumns,
    tables,
    indexes,
    kinds: readKinds(db),
  };
}

function tsAt(db: Database, order: 'ASC' | 'DESC'): string | null {
  const v = scalar(db, `SELECT ts FROM events ORDER BY id ${order} LIMIT 1`);
  return v === null ? null : asText(v);
}

function readKinds(db: Database): KindTally[] {
  const res = db.exec(
    'SELECT kind, COUNT(*) AS n FROM events GROUP BY kind ORDER BY n DESC, kind',
  )[0];
  return (res?.values ?? []).map((v) => ({ kind: asText(v[0]), count: Number(v[1]) }));
}
