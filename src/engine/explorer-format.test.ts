import { describe, expect, it } from 'vitest';

import { contentPreview, prettyJsonText } from './explorer-format';

describe('prettyJsonText', () => {
  it('re-indents nested objects and arrays', () => {
    expect(prettyJsonText('{"a": [1, 2], "b": {"c": null}}')).toBe(
      '{\n  "a": [\n    1,\n    2\n  ],\n  "b": {\n    "c": null\n  }\n}',
    );
  });

  it('keeps every number lexeme as stored (0.0, 1e-05, big ints, NaN)', () => {
    const text = '{"IAS": 0.0, "f": 1e-05, "big": 18446744073709551616, "n": NaN}';
    const pretty = prettyJsonText(text);
    for (const lexeme of ['0.0', '1e-05', '18446744073709551616', 'NaN']) {
      expect(pretty).toContain(lexeme);
    }
  });

  it('leaves strings untouched, including braces, commas and escaped quotes', () => {
    const text = '{"s": "a, {b}: [c] \\"d\\""}';
    expect(prettyJsonText(text)).toBe('{\n  "s": "a, {b}: [c] \\"d\\""\n}');
  });

  it('writes empty containers compactly', () => {
    expect(prettyJsonText('{}')).toBe('{}');
    expect(prettyJsonText('{"a": {}, "b": []}')).toBe('{\n  "a": {},\n  "b": []\n}');
  });

  it('returns text that is not an object or array unchanged', () => {
    expect(prettyJsonText('not json')).toBe('not json');
    expect(prettyJsonText('')).toBe('');
  });
});

describe('contentPreview', () => {
  it('folds whitespace and cuts long content', () => {
    expect(contentPreview('a\n\n b\tc')).toBe('a b c');
    expect(contentPreview('x'.repeat(500))).toHaveLength(160);
  });
});
