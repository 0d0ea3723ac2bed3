import { canonicalizeJsonText } from '../json/canonical-text';
import { canonicalJson, quoteAscii } from '../json/py-json-dump';
import { PyJsonSyntaxError } from '../json/py-json-error';
import type { PyValue } from '../json/py-value';
import { payloadHasher } from './payload-hasher';
import type { HashScheme, StoredRow } from './types';

/** The fields a hash covers, with meta already in canonical text. */
export interface HashFields {
  readonly id: number;
  readonly ts: string;
  readonly kind: string;
  readonly content: string;
  /** `canonicalJson(meta)`, e.g. `{}` or `{"a":1}`. */
  readonly metaCanonical: string;
  readonly prevHash: string | null;
}

/**
 * The canonical payload PMM hashes (reference §5.1/§5.2): v1 covers
 * `content, id, kind, meta, prev_hash, ts`; v2 drops `id` and `ts`. Keys are
 * written in their sorted order directly.
 *
 * @example canonicalPayload('v2_no_ts', f) // '{"content":"…","kind":"…","meta":{},"prev_hash":null}'
 */
export function canonicalPayload(scheme: HashScheme, f: HashFields): string {
  return payloadOf(scheme, f.id, f.ts, f.kind, f.content, f.metaCanonical, f.prevHash);
}

/** canonicalPayload with positional fields, so the verify loop builds no objects. */
export function payloadOf(
  scheme: HashScheme,
  id: number,
  ts: string,
  kind: string,
  content: string,
  metaCanonical: string,
  prevHash: string | null,
): string {
  const prev = prevHash === null ? 'null' : quoteAscii(prevHash);
  const head = `{"content":${quoteAscii(content)}`;
  if (scheme === 'v2_no_ts') {
    return `${head},"kind":${quoteAscii(kind)},"meta":${metaCanonical},"prev_hash":${prev}}`;
  }
  return (
    `${head},"id":${id},"kind":${quoteAscii(kind)},"meta":${metaCanonical}` +
    `,"prev_hash":${prev},"ts":${quoteAscii(ts)}}`
  );
}

/** Lowercase hex SHA-256 of an ASCII payload. */
export function sha256HexAscii(payload: string): string {
  return payloadHasher.begin().raw(payload).digest().hex();
}

/** The hash of a payload built from `fields` under `scheme`. */
export function hashFields(scheme: HashScheme, f: HashFields): string {
  return digestPayload(
    scheme,
    f.id,
    f.ts,
    f.kind,
    f.content,
    f.metaCanonical,
    f.prevHash,
  ).hex();
}

/**
 * The hash PMM would store for an event with this parsed meta.
 *
 * @example hashEvent('v1_id_ts', { id: 3, ts, kind: 'autonomy_tick', content: 'autonomy heartbeat', meta: {}, prevHash })
 */
export function hashEvent(
  scheme: HashScheme,
  input: Omit<HashFields, 'metaCanonical'> & { readonly meta: PyValue },
): string {
  return hashFields(scheme, { ...input, metaCanonical: canonicalJson(input.meta) });
}

/**
 * The canonical text of a stored meta column as PMM's verifier sees it: the
 * parsed value, or `{}` when the column is empty or not JSON.
 */
export function canonicalMetaOfText(metaText: string): string {
  if (metaText === '' || metaText === '{}') {
    return '{}';
  }
  try {
    return canonicalizeJsonText(metaText);
  } catch (e) {
    if (e instanceof PyJsonSyntaxError) {
      return '{}';
    }
    throw e;
  }
}

/**
 * canonicalMetaOfText with a bounded memo of short columns. Ledgers repeat
 * short metas a lot (every reflection_skipped, bandit bias, user turn), so
 * one verification pass keeps one; the canonical text is a pure function of
 * the column text. Scoped to a pass, so repeated benchmark runs stay cold.
 */
export class MetaCanonicalizer {
  private readonly memo = new Map<string, string>();

  canonical(metaText: string): string {
    if (metaText.length > MEMO_MAX_TEXT) {
      return canonicalMetaOfText(metaText);
    }
    let canonical = this.memo.get(metaText);
    if (canonical === undefined) {
      canonical = canonicalMetaOfText(metaText);
      if (this.memo.size >= MEMO_MAX_ENTRIES) {
        this.memo.clear();
      }
      this.memo.set(metaText, canonical);
    }
    return canonical;
  }
}

const MEMO_MAX_TEXT = 256;
const MEMO_MAX_ENTRIES = 4096;

/** The hash recomputed from a stored row under `scheme`. */
export function hashStoredRow(
  scheme: HashScheme,
  row: StoredRow,
  metas?: MetaCanonicalizer,
): string {
  return digestStoredRow(scheme, row, metas).hex();
}

/**
 * Whether `row.hash` is the hash recomputed under `scheme` (the verify hot
 * path: the payload goes straight into bytes and the digest is compared
 * without building its hex string).
 *
 * @example storedRowHashMatches('v1_id_ts', row, new MetaCanonicalizer())
 */
export function storedRowHashMatches(
  scheme: HashScheme,
  row: StoredRow,
  metas?: MetaCanonicalizer,
): boolean {
  return row.hash !== null && digestStoredRow(scheme, row, metas).hexEquals(row.hash);
}

function digestStoredRow(
  scheme: HashScheme,
  row: StoredRow,
  metas?: MetaCanonicalizer,
): typeof payloadHasher {
  const meta = metas ? metas.canonical(row.metaText) : canonicalMetaOfText(row.metaText);
  return digestPayload(scheme, row.id, row.ts, row.kind, row.content, meta, row.prevHash);
}

/**
 * Hashes payloadOf()'s bytes, written field by field in the same key order
 * straight into the hasher's buffer, so no payload string is built.
 */
function digestPayload(
  scheme: HashScheme,
  id: number,
  ts: string,
  kind: string,
  content: string,
  metaCanonical: string,
  prevHash: string | null,
): typeof payloadHasher {
  const h = payloadHasher.begin().raw('{"content":').quoted(content);
  if (scheme === 'v1_id_ts') {
    h.raw(',"id":').raw(String(id));
  }
  h.raw(',"kind":').quoted(kind).raw(',"meta":').raw(metaCanonical).raw(',"prev_hash":');
  if (prevHash === null) {
    h.raw('null');
  } else {
    h.quoted(prevHash);
  }
  if (scheme === 'v1_id_ts') {
    h.raw(',"ts":').quoted(ts);
  }
  return h.raw('}').digest();
}
