/**
 * The explorer's SQL over an open ledger: kinds histogram, the ids matching
 * a filter, one page of rows. Rows are read with `stmt.get()` (arrays), not
 * `getAsObject()`, which costs ~3x as much (TOOLCHAIN §3.9).
 *
 * The table pages by position in the filtered list. Rather than
 * `LIMIT/OFFSET` (which re-walks every skipped row, O(offset) per page at
 * 1M rows), the matching ids are collected once per filter into a
 * Float64Array; a page is then a slice of ids and a primary-key lookup.
 */
import type { Database, Statement } from 'sql.js';

import type { EventFilter, EventPage, EventPreviewRow, KindCount } from './protocol';
import { contentPreview, previewLength } from './explorer-format';

/** Rows per chunk between cancellation checkpoints when collecting ids. */
export const idChunkRows = 50_000;

/** Events per kind, most frequent first, ties by name. */
export function getKindCounts(db: Database): KindCount[] {
  const result = db.exec(
    'SELECT kind, count(*) AS n FROM events GROUP BY kind ORDER BY n DESC, kind ASC',
  );
  const values = result[0]?.values ?? [];
  return values.map(([kind, count]) => ({ kind: String(kind), count: Number(count) }));
}

/** The SQL and parameters selecting the ids that match a filter, in id order. */
export function matchingIdsSql(filter: EventFilter): {
  sql: string;
  params: (string | null)[];
} {
  const needle = filter.text.trim().toLowerCase();
  const clauses: string[] = [];
  const params: (string | null)[] = [];
  if (filter.kind !== null) {
    clauses.push('kind = ?');
    params.push(filter.kind);
  }
  if (needle !== '') {
    // instr, not LIKE: the needle needs no escaping of % and _.
    clauses.push(
      '(instr(lower(content), ?) > 0 OR instr(lower(meta), ?) > 0 OR instr(lower(kind), ?) > 0)',
    );
    params.push(needle, needle, needle);
  }
  const where = clauses.length === 0 ? '' : ` WHERE ${clauses.join(' AND ')}`;
  return { sql: `SELECT id FROM events${where} ORDER BY id`, params };
}

/**
 * Collects matching ids in chunks; `between` runs after each chunk (progress,
 * cancellation) and may throw to stop.
 */
export async function collectMatchingIds(
  db: Database,
  filter: EventFilter,
  between: (collected: number) => Promise<void>,
): Promise<Float64Array> {
  const { sql, params } = matchingIdsSql(filter);
  const stmt = db.prepare(sql, params);
  try {
    return await stepIds(stmt, between);
  } finally {
    stmt.free();
  }
}

async function stepIds(
  stmt: Statement,
  between: (collected: number) => Promise<void>,
): Promise<Float64Array> {
  let ids: Float64Array = new Float64Array(1024);
  let n = 0;
  while (stmt.step()) {
    if (n === ids.length) {
      ids = grow(ids);
    }
    ids[n] = Number(stmt.get()[0]);
    n += 1;
    if (n % idChunkRows === 0) {
      await between(n);
    }
  }
  return ids.slice(0, n);
}

function grow(ids: Float64Array): Float64Array {
  const bigger = new Float64Array(ids.length * 2);
  bigger.set(ids);
  return bigger;
}

/** Rows `offset .. offset+limit` of a filtered id list, in id order. */
export function getEventPage(
  db: Database,
  ids: Float64Array,
  offset: number,
  limit: number,
): EventPage {
  const slice = Array.from(
    ids.subarray(Math.max(0, offset), Math.max(0, offset + limit)),
  );
  if (slice.length === 0) {
    return { offset, rows: [] };
  }
  const placeholders = slice.map(() => '?').join(',');
  const stmt = db.prepare(
    `SELECT id, ts, kind, substr(content, 1, ${previewLength * 2}), length(content)
       FROM events WHERE id IN (${placeholders}) ORDER BY id`,
    slice,
  );
  try {
    const rows: EventPreviewRow[] = [];
    while (stmt.step()) {
      rows.push(toPreviewRow(stmt.get()));
    }
    return { offset, rows };
  } finally {
    stmt.free();
  }
}

function toPreviewRow(values: readonly unknown[]): EventPreviewRow {
  const [id, ts, kind, content, length] = values;
  return {
    id: Number(id),
    ts: textOf(ts),
    kind: textOf(kind),
    preview: contentPreview(textOf(content)),
    contentLength: Number(length ?? 0),
  };
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A small LRU of filtered id lists, keyed by the filter. */
export class FilterCache {
  private readonly entries = new Map<string, Float64Array>();

  constructor(private readonly capacity = 4) {}

  static keyOf(filter: EventFilter): string {
    return `${filter.kind ?? '\u0000all'}\u0001${filter.text.trim().toLowerCase()}`;
  }

  get(filter: EventFilter): Float64Array | undefined {
    const key = FilterCache.keyOf(filter);
    const ids = this.entries.get(key);
    if (ids !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, ids);
    }
    return ids;
  }

  set(filter: EventFilter, ids: Float64Array): void {
    const key = FilterCache.keyOf(filter);
    this.entries.delete(key);
    this.entries.set(key, ids);
    const oldest = this.entries.keys().next();
    if (this.entries.size > this.capacity && oldest.done !== true) {
      this.entries.delete(oldest.value);
    }
  }
}
