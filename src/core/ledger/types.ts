import type { PyObject } from '../json/py-value';

/** The hash rules of PMM's two eras (reference §5.1, §5.2). */
export type HashScheme = 'v1_id_ts' | 'v2_no_ts';

/** v1: ts `…+00:00`, meta stored as Python `json.dumps` defaults. v2: ts `…Z`, meta canonical. */
export type LedgerEra = 'v1' | 'v2';

/** One row of the `events` table exactly as stored. */
export interface StoredRow {
  readonly id: number;
  readonly ts: string;
  readonly kind: string;
  readonly content: string;
  /** The meta column text, byte for byte. */
  readonly metaText: string;
  readonly prevHash: string | null;
  readonly hash: string | null;
  /**
   * Columns whose stored value is not TEXT (a BLOB, number or NULL where PMM
   * writes text), read here as their text. PMM hashes the value it reads, so
   * such a row never verifies. Absent on ordinary rows. Added for #7.
   */
  readonly nonTextColumns?: readonly string[];
}

/** An event as the runtime sees it: a stored row with its meta parsed losslessly. */
export interface LedgerEvent {
  readonly id: number;
  readonly ts: string;
  readonly kind: string;
  readonly content: string;
  readonly meta: PyObject;
}

/** A row whose meta column could not be parsed; the rest of the ledger still loads. */
export interface BadMetaRow {
  readonly id: number;
  readonly reason: string;
}

/**
 * The storage port the core reads and writes a ledger through. The engine
 * implements it over sql.js; tests may implement it in memory. Every method
 * is synchronous: sql.js is, and the runtime's determinism depends on it.
 */
export interface LedgerStore {
  /** Every row in id order. */
  readAll(): StoredRow[];
  /** The last `limit` rows, in id order. */
  readTail(limit: number): StoredRow[];
  /** Rows with id > afterId in id order, at most `limit` when given. */
  readAfterId(afterId: number, limit?: number): StoredRow[];
  /** The largest id, 0 when empty. */
  maxId(): number;
  count(): number;
  byId(id: number): StoredRow | undefined;
  /** Inserts a row with a NULL hash and returns its new id. */
  insertRow(row: Omit<StoredRow, 'id' | 'hash'>): number;
  setHash(id: number, hash: string): void;
}
