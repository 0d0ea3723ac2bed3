import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { quoteAscii } from '../json/py-json-dump';
import {
  canonicalPayload,
  hashFields,
  hashStoredRow,
  storedRowHashMatches,
} from './hash';
import { payloadHasher } from './payload-hasher';

function nobleHex(text: string): string {
  return Array.from(sha256(new TextEncoder().encode(text)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

describe('payloadHasher', () => {
  it('matches noble sha256 for every length around the block and padding edges', () => {
    for (let n = 0; n <= 300; n++) {
      const text = 'abcdefghij{}",:0123456789'.repeat(13).slice(0, n);
      expect(payloadHasher.begin().raw(text).digest().hex()).toBe(nobleHex(text));
    }
  });

  it('grows its buffer for long payloads and keeps earlier bytes', () => {
    const text = `{"meta":${'x'.repeat(30_000)}}`;
    const h = payloadHasher.begin().raw('{"meta":').raw('x'.repeat(30_000)).raw('}');
    expect(h.digest().hex()).toBe(nobleHex(text));
  });

  it('quotes like quoteAscii, escaping what Python ensure_ascii escapes', () => {
    for (const s of [
      'plain',
      '',
      'a"b',
      'back\\slash',
      'line\nbreak',
      'caf\u00e9',
      '\u{1f600}',
      '\x7f',
      'long "quoted" text '.repeat(10),
      '\u00e9'.repeat(60),
      'plain '.repeat(30),
      `${'a'.repeat(60)}\n`,
    ]) {
      const expected = nobleHex(`[${quoteAscii(s)}]`);
      expect(payloadHasher.begin().raw('[').quoted(s).raw(']').digest().hex()).toBe(
        expected,
      );
    }
  });

  it('encodes non-ASCII raw text as UTF-8, as the TextEncoder path did', () => {
    expect(payloadHasher.begin().raw('h\u00e9llo').digest().hex()).toBe(
      nobleHex('h\u00e9llo'),
    );
    const long = 'h\u00e9llo \u{1f600} '.repeat(20);
    expect(payloadHasher.begin().raw(long).digest().hex()).toBe(nobleHex(long));
  });

  it('compares the digest with hex text without building it', () => {
    const hex = nobleHex('{}');
    const h = payloadHasher.begin().raw('{}').digest();
    expect(h.hexEquals(hex)).toBe(true);
    expect(h.hexEquals(hex.toUpperCase())).toBe(false);
    expect(h.hexEquals(`${hex.slice(0, 63)}0`)).toBe(hex.endsWith('0'));
    expect(h.hexEquals(hex.slice(0, 63))).toBe(false);
    expect(h.hexEquals('')).toBe(false);
  });
});

describe('payload hashing without a payload string', () => {
  const fields = [
    {
      id: 1,
      ts: '2025-10-02T20:50:00+00:00',
      kind: 'user',
      content: 'hi',
      prevHash: null,
    },
    {
      id: 42,
      ts: 't"s',
      kind: 'k\\',
      content: 'caf\u00e9 \u{1f600}\n"q"',
      prevHash: 'ab',
    },
    { id: 7, ts: '', kind: '', content: 'x'.repeat(5000), prevHash: 'f'.repeat(64) },
  ].map((f) => ({ ...f, metaCanonical: '{"a":[1,2.5,null],"b":"\\u00e9"}' }));

  it.each(['v1_id_ts', 'v2_no_ts'] as const)(
    '%s: equals sha256 of canonicalPayload',
    (scheme) => {
      for (const f of fields) {
        const expected = nobleHex(canonicalPayload(scheme, f));
        expect(hashFields(scheme, f)).toBe(expected);
        const row = { ...f, metaText: f.metaCanonical, hash: expected };
        expect(hashStoredRow(scheme, row)).toBe(expected);
        expect(storedRowHashMatches(scheme, row)).toBe(true);
        expect(storedRowHashMatches(scheme, { ...row, hash: null })).toBe(false);
      }
    },
  );
});
