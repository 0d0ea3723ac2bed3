import { parsePyJson } from '../json/py-json-parse';
import { PyJsonSyntaxError } from '../json/py-json-error';
import { isPyObject, type PyObject } from '../json/py-value';
import type { BadMetaRow, LedgerEvent, StoredRow } from './types';

/** The events of some rows, and the rows whose meta could not be used. */
export interface RowsToEventsResult {
  readonly events: LedgerEvent[];
  readonly badMeta: BadMetaRow[];
}

/**
 * Parses one row's meta column losslessly. A column that is not JSON, or is
 * JSON but not an object, yields meta `{}` (as PMM's cold load does) and a
 * reason; an empty column is `{}` without complaint.
 *
 * @example rowToEvent(row).event.meta // { name: 'Alice', confidence: 0.95 }
 */
export function rowToEvent(row: EventColumns): {
  event: LedgerEvent;
  badMeta?: BadMetaRow;
} {
  const parsed = parseMeta(row.metaText);
  const bad = typeof parsed === 'string';
  const event = {
    id: row.id,
    ts: row.ts,
    kind: row.kind,
    content: row.content,
    meta: bad ? {} : parsed,
  };
  return bad ? { event, badMeta: { id: row.id, reason: parsed } } : { event };
}

/** The columns an event is made of (a StoredRow without its hash columns). */
export type EventColumns = Pick<StoredRow, 'id' | 'ts' | 'kind' | 'content' | 'metaText'>;

/**
 * Events for `rows`, in the given order. `file` names the ledger in the
 * reasons of rows whose meta was replaced by `{}`.
 *
 * @example rowsToEvents(store.readAll(), 'pmm.db').events.length
 */
export function rowsToEvents(
  rows: readonly EventColumns[],
  file: string,
): RowsToEventsResult {
  const events: LedgerEvent[] = new Array<LedgerEvent>(rows.length);
  const badMeta: BadMetaRow[] = [];
  for (let i = 0; i < rows.length; i++) {
    const { event, badMeta: bad } = rowToEvent(rows[i] as EventColumns);
    events[i] = event;
    if (bad !== undefined) {
      badMeta.push({ id: bad.id, reason: `${file}: event ${bad.id}: ${bad.reason}` });
    }
  }
  return { events, badMeta };
}

/** The parsed object, or a plain-words reason why it is not one. */
function parseMeta(text: string): PyObject | string {
  if (text === '' || text === '{}') {
    return {};
  }
  try {
    const value = parsePyJson(text);
    return isPyObject(value) ? value : 'meta is JSON but not an object; read as {}';
  } catch (e) {
    if (e instanceof PyJsonSyntaxError) {
      return `meta is not valid JSON (${e.message}); read as {}`;
    }
    throw e;
  }
}
