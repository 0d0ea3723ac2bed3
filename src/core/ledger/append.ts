import { canonicalJson, pythonDumps } from '../json/py-json-dump';
import type { PyObject } from '../json/py-value';
import { hashFields } from './hash';
import type { HashScheme, LedgerEra, LedgerEvent, LedgerStore } from './types';

/** What a caller appends; `ts` is already formatted for the era (formatLedgerTs). */
export interface AppendInput {
  readonly kind: string;
  readonly content: string;
  readonly meta: PyObject;
  readonly ts: string;
}

/** The hash scheme each era writes. */
export function schemeOfEra(era: LedgerEra): HashScheme {
  return era === 'v1' ? 'v1_id_ts' : 'v2_no_ts';
}

/**
 * Appends one event the way the era's PMM does (reference §4.6): v1 stores
 * meta as Python `json.dumps` defaults, links to the last row's hash, inserts,
 * then hashes with the new id and sets the hash; v2 stores canonical meta and
 * hashes without id and ts. Build `meta` in PMM's key order for v1 rows to
 * look like PMM's.
 *
 * @example appendEvent(store, 'v1', { kind: 'autonomy_tick', content: 'autonomy heartbeat', meta: {}, ts })
 */
export function appendEvent(
  store: LedgerStore,
  era: LedgerEra,
  input: AppendInput,
): LedgerEvent {
  const metaCanonical = canonicalJson(input.meta);
  const metaText = era === 'v1' ? pythonDumps(input.meta) : metaCanonical;
  const prevHash = lastHash(store);
  const row = {
    ts: input.ts,
    kind: input.kind,
    content: input.content,
    metaText,
    prevHash,
  };
  const id = store.insertRow(row);
  store.setHash(id, hashFields(schemeOfEra(era), { ...row, id, metaCanonical }));
  return { id, ts: input.ts, kind: input.kind, content: input.content, meta: input.meta };
}

/** PMM's `SELECT hash … ORDER BY id DESC LIMIT 1`, with '' read as NULL. */
function lastHash(store: LedgerStore): string | null {
  const last = store.readTail(1)[0];
  return last?.hash ? last.hash : null;
}
