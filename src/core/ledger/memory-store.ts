import type { LedgerStore, StoredRow } from './types';

/**
 * A LedgerStore held in an array, for tests and fast runtime runs. Ids come
 * from an AUTOINCREMENT-like counter: never reused, so gaps survive deletes.
 */
export class MemoryLedgerStore implements LedgerStore {
  private readonly rows: StoredRow[];
  private nextId: number;

  /** `rows` must be in ascending id order; they are copied. */
  constructor(rows: readonly StoredRow[] = []) {
    this.rows = [...rows];
    this.nextId = (this.rows.at(-1)?.id ?? 0) + 1;
  }

  readAll(): StoredRow[] {
    return [...this.rows];
  }

  readTail(limit: number): StoredRow[] {
    return limit <= 0 ? [] : this.rows.slice(-limit);
  }

  readAfterId(afterId: number, limit?: number): StoredRow[] {
    const start = this.firstIndexAbove(afterId);
    return this.rows.slice(
      start,
      limit === undefined ? undefined : start + Math.max(0, limit),
    );
  }

  maxId(): number {
    return this.rows.at(-1)?.id ?? 0;
  }

  count(): number {
    return this.rows.length;
  }

  byId(id: number): StoredRow | undefined {
    const i = this.firstIndexAbove(id - 1);
    const row = this.rows[i];
    return row?.id === id ? row : undefined;
  }

  insertRow(row: Omit<StoredRow, 'id' | 'hash'>): number {
    const id = this.nextId++;
    this.rows.push(storedRow(id, row, null));
    return id;
  }

  setHash(id: number, hash: string): void {
    // Appends set the hash of the row just inserted: skip the search for it.
    const last = this.rows.length - 1;
    const i = this.rows[last]?.id === id ? last : this.firstIndexAbove(id - 1);
    const row = this.rows[i];
    if (row?.id !== id) {
      throw new Error(`setHash: no event with id ${id}`);
    }
    this.rows[i] = storedRow(id, row, hash);
  }

  /** Binary search: the index of the first row with id > `id`. */
  private firstIndexAbove(id: number): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.rows[mid] as StoredRow).id <= id) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

/**
 * A row in one fixed shape (the generator's field order), so the verifier and
 * the readers see a single hidden class instead of one per spread.
 */
function storedRow(
  id: number,
  row: Omit<StoredRow, 'id' | 'hash'>,
  hash: string | null,
): StoredRow {
  const { ts, kind, content, prevHash, metaText, nonTextColumns } = row;
  const out = { id, ts, kind, content, prevHash, metaText, hash };
  return nonTextColumns === undefined ? out : { ...out, nonTextColumns };
}
