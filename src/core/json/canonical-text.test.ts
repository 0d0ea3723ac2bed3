import { describe, expect, it } from 'vitest';
import { canonicalizeJsonText } from './canonical-text';
import { canonicalJson } from './py-json-dump';
import { parsePyJson } from './py-json-parse';

/** The text path must agree with parse-then-dump on every member ordering case. */
const CASES = [
  '{"b": 1, "a": 2}',
  '{"b": 1, "a": 2, "b": 3}',
  '{"a": 1, "a": 2, "a": 3}',
  '{"z": {"y": [1, {"d": 0.10, "c": null}], "x": true}, "m": "v", "a": -0}',
  '{"\\ud83d\\ude00": 1, "\\ue000": 2, "\\ud83d\\ude00": 3, "a": 4}',
  '{"k9": 1, "k10": 2, "k1": 3, "K": 4, "": 5, "k10": 6}',
];

describe('canonicalizeJsonText member order', () => {
  it.each(CASES)('%s sorts by code point and keeps the last repeated key', (text) => {
    expect(canonicalizeJsonText(text)).toBe(canonicalJson(parsePyJson(text)));
  });

  it('sorts a reversed object of 40 keys', () => {
    const keys = Array.from({ length: 40 }, (_, i) => `key${String(i).padStart(2, '0')}`);
    const text = `{${keys
      .reverse()
      .map((k, i) => `"${k}": ${i}`)
      .join(', ')}}`;
    expect(canonicalizeJsonText(text)).toBe(canonicalJson(parsePyJson(text)));
  });
});
