import type { BadInputCase } from './corpus-types';

/** A small seeded PRNG (mulberry32), so "random bytes" are the same every run. */
export function seededBytes(seed: number, length: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

const TEXT = 'These are my notes, not a database.\nPMM ledgers are SQLite files.\n';

/** Files that are not SQLite at all. */
export function notSqliteCases(): BadInputCase[] {
  const notSqlite = { outcome: 'error', code: 'not-sqlite' } as const;
  return [
    {
      id: 'empty-file',
      title: 'an empty file (0 bytes)',
      fileName: 'empty-file.db',
      bytes: new Uint8Array(0),
      expect: { outcome: 'error', code: 'empty-file' },
    },
    {
      id: 'random-bytes-4k',
      title: '4,096 random bytes (seed 7)',
      fileName: 'random-bytes-4k.db',
      bytes: seededBytes(7, 4096),
      expect: notSqlite,
    },
    {
      id: 'random-bytes-short',
      title: '37 random bytes, shorter than a SQLite header (seed 11)',
      fileName: 'random-bytes-short.db',
      bytes: seededBytes(11, 37),
      expect: notSqlite,
    },
    {
      id: 'text-renamed-db',
      title: 'a text file renamed .db',
      fileName: 'text-renamed-db.db',
      bytes: new TextEncoder().encode(TEXT.repeat(80)),
      expect: notSqlite,
    },
  ];
}

/**
 * Damaged copies of a real SQLite ledger: truncated at page boundaries and
 * inside a page, a bad page size, and garbage over the schema page.
 */
export function damagedFileCases(name: string, bytes: Uint8Array): BadInputCase[] {
  const pageSize = ((bytes[16] ?? 0) << 8) | (bytes[17] ?? 0);
  const pages = bytes.length / pageSize;
  const cuts = [1, 2, Math.floor(pages / 2), pages - 1].filter(
    (n) => n >= 1 && n < pages,
  );
  const truncated = [...new Set(cuts)].map((n) =>
    damaged(`truncated-${n}-pages`, `${name} cut to its first ${n} of ${pages} pages`, {
      bytes: bytes.slice(0, n * pageSize),
      code: 'truncated',
    }),
  );
  return [
    ...truncated,
    damaged('truncated-mid-page', `${name} cut 1,000 bytes into page 3`, {
      bytes: bytes.slice(0, 2 * pageSize + 1000),
      code: 'truncated',
    }),
    damaged('truncated-to-header', `${name} cut to its 100-byte header`, {
      bytes: bytes.slice(0, 100),
      code: 'truncated',
    }),
    damaged('bad-page-size', `${name} with page size 1000 in its header`, {
      bytes: patched(bytes, 16, [0x03, 0xe8]),
      code: 'bad-page-size',
    }),
    damaged('zero-page-size', `${name} with page size 0 in its header`, {
      bytes: patched(bytes, 16, [0, 0]),
      code: 'bad-page-size',
    }),
    damaged('garbage-schema-page', `${name} with random bytes over the rest of page 1`, {
      bytes: overwrite(bytes, 100, seededBytes(3, pageSize - 100)),
      code: 'corrupt',
    }),
    ...garbageEventsPage(name, bytes, pageSize),
  ];
}

/**
 * Random bytes over one leaf page of the events table (found by its page
 * type and its text): the file opens, and the damage shows only when the
 * rows are read, so it tests the read path's typed errors.
 */
function garbageEventsPage(
  name: string,
  bytes: Uint8Array,
  pageSize: number,
): BadInputCase[] {
  const leaves: number[] = [];
  const marker = new TextEncoder().encode('autonomy heartbeat');
  for (let page = 1; page * pageSize < bytes.length; page++) {
    const start = page * pageSize;
    if (
      bytes[start] === 0x0d &&
      contains(bytes.subarray(start, start + pageSize), marker)
    ) {
      leaves.push(page);
    }
  }
  const page = leaves[Math.floor(leaves.length / 2)];
  if (page === undefined) {
    return [];
  }
  const title = `${name} with random bytes over page ${page + 1}, a leaf of the events table`;
  return [
    damaged('garbage-events-page', title, {
      bytes: overwrite(bytes, page * pageSize, seededBytes(5, pageSize)),
      code: 'corrupt',
    }),
  ];
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        continue outer;
      }
    }
    return true;
  }
  return false;
}

function damaged(
  id: string,
  title: string,
  d: { bytes: Uint8Array; code: 'truncated' | 'bad-page-size' | 'corrupt' },
): BadInputCase {
  return {
    id,
    title,
    fileName: `${id}.db`,
    bytes: d.bytes,
    expect: { outcome: 'error', code: d.code },
  };
}

function patched(
  bytes: Uint8Array,
  offset: number,
  values: readonly number[],
): Uint8Array {
  return overwrite(bytes, offset, Uint8Array.from(values));
}

function overwrite(bytes: Uint8Array, offset: number, values: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  copy.set(values, offset);
  return copy;
}
