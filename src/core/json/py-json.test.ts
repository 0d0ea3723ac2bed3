import { describe, expect, it } from 'vitest';
import { canonicalizeJsonText } from './canonical-text';
import { pythonFloatRepr } from './py-float-repr';
import { canonicalJson, compareCodePoints, pythonDumps } from './py-json-dump';
import { PyJsonSyntaxError } from './py-json-error';
import { parsePyJson } from './py-json-parse';
import { PyFloat, pyFloat } from './py-value';

describe('pythonFloatRepr', () => {
  it.each([
    [0, '0.0'],
    [-0, '-0.0'],
    [1, '1.0'],
    [1e-5, '1e-05'],
    [1e15, '1000000000000000.0'],
    [1e16, '1e+16'],
    [1.5e-7, '1.5e-07'],
    [1.2345678901234568e20, '1.2345678901234568e+20'],
    [0.0001, '0.0001'],
    [0.8899999999999999, '0.8899999999999999'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [123456789.125, '123456789.125'],
  ])('%s -> %s', (x, text) => {
    expect(pythonFloatRepr(x)).toBe(text);
  });
});

describe('parsePyJson', () => {
  it('keeps int and float apart', () => {
    const v = parsePyJson('{"a": 0.0, "b": 0, "c": 1e+16, "d": 0.5, "e": -0.0}');
    expect(v).toEqual({
      a: new PyFloat(0),
      b: 0,
      c: new PyFloat(1e16),
      d: 0.5,
      e: new PyFloat(-0),
    });
  });

  it('turns unsafe ints into bigint and safe long ones into number', () => {
    expect(parsePyJson('18446744073709551616')).toBe(18446744073709551616n);
    expect(parsePyJson('9007199254740991')).toBe(9007199254740991);
    expect(parsePyJson('-9007199254740993')).toBe(-9007199254740993n);
  });

  it('accepts bare NaN, Infinity and -Infinity', () => {
    const v = parsePyJson('[NaN, Infinity, -Infinity]') as PyFloat[];
    expect(v.map((x) => x.value)).toEqual([NaN, Infinity, -Infinity]);
  });

  it('keeps the last value of a repeated key', () => {
    expect(parsePyJson('{"a": 1, "b": 2, "a": 3}')).toEqual({ a: 3, b: 2 });
  });

  it('treats __proto__ as an ordinary key', () => {
    const v = parsePyJson('{"__proto__": {"polluted": 1}}') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
  });

  it('decodes escapes including lone surrogates', () => {
    expect(parsePyJson('"a\\u00fc\\ud83d\\ude00\\ud800\\/\\n"')).toBe('aü😀\ud800/\n');
  });

  it.each([
    ['', 0],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1 2]', 3],
    ['01', 1],
    ['"abc', 0],
    ['"a\u0001"', 2],
    ['{"a": 1} x', 9],
    ['1.', 2],
    ['-', 1],
    ['nul', 0],
  ])('rejects %j at %i', (text, position) => {
    let caught: unknown;
    try {
      parsePyJson(text);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(PyJsonSyntaxError);
    expect((caught as PyJsonSyntaxError).position).toBe(position);
  });
});

describe('canonicalJson and pythonDumps', () => {
  it('sorts by code point, not UTF-16', () => {
    const v = { '\ud83d\ude00': 'astral', '\ue000': 'bmp', a: 1 };
    expect(canonicalJson(v)).toBe('{"a":1,"\\ue000":"bmp","\\ud83d\\ude00":"astral"}');
    expect(compareCodePoints('\ue000', '\ud83d\ude00')).toBeLessThan(0);
  });

  it('escapes as ensure_ascii does', () => {
    expect(canonicalJson('a\u0001b\u007fc/d\\e"f\tg\u00e9')).toBe(
      '"a\\u0001b\\u007fc/d\\\\e\\"f\\tg\\u00e9"',
    );
  });

  it('writes Python default separators in insertion order', () => {
    const v = { b: 1, a: [true, null, pyFloat(2)], n: { z: 'x' } };
    expect(pythonDumps(v)).toBe('{"b": 1, "a": [true, null, 2.0], "n": {"z": "x"}}');
    expect(canonicalJson(v)).toBe('{"a":[true,null,2.0],"b":1,"n":{"z":"x"}}');
  });

  it('writes big ints exactly', () => {
    expect(canonicalJson([18446744073709551616n, 1e21, -0])).toBe(
      '[18446744073709551616,1000000000000000000000,0]',
    );
  });
});

describe('canonicalizeJsonText', () => {
  const samples = [
    '{"f1": 1.0, "f2": 1e-05, "f3": 1e+16, "i": 10, "u": "\\u00fc", "b": true, "n": null, "nested": {"z": 1, "a": [0.5, "x"]}}',
    '{"\\ue000": "bmp-private-use", "\\ud83d\\ude00": "astral", "z": -0.0, "big": 18446744073709551616, "e15": 1000000000000000.0, "small": 0.0001, "tiny": 1.5e-07, "large": 1.2345678901234568e+20, "nan": NaN, "inf": Infinity, "ninf": -Infinity, "ctl": "a\\u0001b\\u007fc/d\\\\e\\"f\\tg"}',
    '{"a": 1, "a": 2, "raw": "caf\u00e9", "sl": "\\/", "E": 1E5, "x": 1.50, "m": -0}',
    '[]',
    '  {  }  ',
  ];

  it.each(samples)('matches canonicalJson(parsePyJson(%j))', (text) => {
    expect(canonicalizeJsonText(text)).toBe(canonicalJson(parsePyJson(text)));
  });

  it('rejects what the parser rejects', () => {
    expect(() => canonicalizeJsonText('{"a": }')).toThrow(PyJsonSyntaxError);
  });
});
