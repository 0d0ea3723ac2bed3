import { describe, expect, it } from 'vitest';

import { err, ok } from './result';

describe('Result', () => {
  it('carries a value or an error', () => {
    expect(ok(1)).toEqual({ ok: true, value: 1 });
    expect(err('x')).toEqual({ ok: false, error: 'x' });
  });
});
