import { describe, expect, it } from 'vitest';

import { callContext } from './context';
import { parseMethodList, scanSources } from './scan';
import { siteGroupOf } from './site-groups';

describe('parseMethodList', () => {
  it('splits, trims and de-duplicates names', () => {
    expect(parseMethodList(' read_tail,read_after_id ,read_tail')).toEqual({
      ok: true,
      value: ['read_tail', 'read_after_id'],
    });
  });

  it('rejects an empty list and names that are not identifiers', () => {
    const empty = parseMethodList(' , ');
    const bad = parseMethodList('read_all,read-tail');
    expect(!empty.ok && empty.error.code).toBe('no-methods');
    expect(!bad.ok && bad.error.code).toBe('bad-method-name');
    expect(!bad.ok && bad.error.message).toBe('not a Python identifier: read-tail');
  });
});

describe('scanSources', () => {
  it('reports nothing for sources without calls, and counts the files scanned', () => {
    const result = scanSources([{ path: 'a.py', text: 'x = 1\n' }]);
    expect(result.ok && result.value).toMatchObject({
      total: 0,
      filesScanned: 1,
      files: [],
      functions: [],
      critical: [],
    });
  });

  it('counts a bare read_all() as nothing: only attribute calls count', () => {
    const result = scanSources([{ path: 'a.py', text: 'read_all()\nx.read_all()\n' }]);
    expect(result.ok && result.value.functions.map((f) => f.lines)).toEqual([[2]]);
  });

  it('fails on bad options only', () => {
    const result = scanSources([], { methods: ['1x'] });
    expect(!result.ok && result.error.code).toBe('bad-method-name');
  });
});

describe('siteGroupOf', () => {
  it('maps runtime functions by their own name', () => {
    expect(siteGroupOf('AutonomyLoop.tick')).toBe('tick');
    expect(siteGroupOf('handle_identity_adopt')).toBe('handle_identity_adopt');
    expect(siteGroupOf('emit_reflection')).toBe('emit_reflection');
    expect(siteGroupOf('Runtime.maybe_reflect')).toBe('maybe_reflect');
    expect(siteGroupOf('CommitmentTracker._rebind_commitments_on_identity_adopt')).toBe(
      'rebind',
    );
  });

  it('leaves closures, bodies and other functions unmapped', () => {
    expect(siteGroupOf('AutonomyLoop.tick._helper')).toBeUndefined();
    expect(siteGroupOf('<module>')).toBeUndefined();
    expect(siteGroupOf('AutonomyLoop.<body>')).toBeUndefined();
    expect(siteGroupOf('ticker')).toBeUndefined();
  });
});

describe('callContext', () => {
  const text = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].join('\n');

  it('merges windows that touch and splits the others', () => {
    const snippets = callContext(text, [2, 4, 9], 1);
    expect(snippets.map((s) => s.map((l) => `${l.line}${l.isCall ? '*' : ''}`))).toEqual([
      ['1', '2*', '3', '4*', '5'],
      ['8', '9*'],
    ]);
  });

  it('clips at the ends and returns text as written', () => {
    expect(callContext('<b>x</b>\r\ny', [1], 3)).toEqual([
      [
        { line: 1, text: '<b>x</b>', isCall: true },
        { line: 2, text: 'y', isCall: false },
      ],
    ]);
  });
});
