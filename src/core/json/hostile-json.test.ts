import { describe, expect, it } from 'vitest';
import { rowsToEvents } from '../ledger/events';
import { canonicalMetaOfText } from '../ledger/hash';
import { canonicalizeJsonText } from './canonical-text';
import { MAX_JSON_DEPTH } from './json-scanner';
import { PyJsonSyntaxError } from './py-json-error';
import { parsePyJson } from './py-json-parse';

/** Hostile meta columns (#7): they must fail as a syntax error, never overflow the stack. */
function nested(depth: number): string {
  return `{"a": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`;
}

describe('deeply nested JSON', () => {
  it(`accepts ${MAX_JSON_DEPTH} levels`, () => {
    expect(canonicalizeJsonText(nested(MAX_JSON_DEPTH))).toMatch(/^\{"a":\[\[/);
    expect(parsePyJson(nested(MAX_JSON_DEPTH))).toBeTypeOf('object');
  });

  it.each([MAX_JSON_DEPTH + 1, 100_000, 1_000_000])(
    'rejects %i levels as a syntax error',
    (depth) => {
      const text = nested(depth);
      expect(() => parsePyJson(text)).toThrow(PyJsonSyntaxError);
      expect(() => canonicalizeJsonText(text)).toThrow(/nested deeper than 1000 levels/);
    },
  );

  it('hashes such a meta column as {} and reports the row, as PMM reads unparsable meta', () => {
    const metaText = nested(200_000);
    expect(canonicalMetaOfText(metaText)).toBe('{}');
    const row = {
      id: 7,
      ts: 't',
      kind: 'k',
      content: '',
      metaText,
      prevHash: null,
      hash: null,
    };
    const { events, badMeta } = rowsToEvents([row], 'deep.db');
    expect(events[0]?.meta).toEqual({});
    expect(badMeta[0]?.reason).toMatch(
      /^deep\.db: event 7: meta is not valid JSON \(nested deeper/,
    );
  });
});
