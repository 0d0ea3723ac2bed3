import { describe, expect, it } from 'vitest';
import { readSiteCounts, SITES, siteSpec } from './sites';

describe('site inventory', () => {
  it('has the static read counts of the fix guide per function', () => {
    const counts = readSiteCounts();
    expect(counts.tick).toBe(17);
    expect(counts.handle_identity_adopt).toBe(10);
    expect(counts.emit_reflection).toBe(5);
    expect(counts.maybe_reflect).toBe(5);
    expect(counts.rebind).toBe(6);
  });

  it('names the rebind sites by their c76c9f2 line numbers', () => {
    const rebind = SITES.filter((s) => s.group === 'rebind' && s.kind === 'read').map(
      (s) => s.site,
    );
    expect(rebind).toEqual([
      'rebind#133',
      'rebind#135',
      'rebind#197',
      'rebind#199',
      'rebind#221',
      'rebind#223',
    ]);
  });

  it('marks the error-fallback-only sites as never reached', () => {
    const never = SITES.filter((s) => s.reach === 'never').map((s) => s.site);
    for (const site of [
      'tick#16',
      'tick#17',
      'maybe_reflect#M2',
      'rebind#135',
      'rebind#199',
      'rebind#223',
    ]) {
      expect(never).toContain(site);
    }
  });

  it('has unique names, derive sites included, and rejects unknown ones', () => {
    expect(new Set(SITES.map((s) => s.site)).size).toBe(SITES.length);
    expect(SITES.filter((s) => s.kind === 'derive').length).toBeGreaterThan(10);
    expect(() => siteSpec('tick#99')).toThrow(/unknown read site/);
  });
});
