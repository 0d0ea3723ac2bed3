import { describe, expect, it } from 'vitest';
import { pyFloat, type PyObject } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';
import { shiftDelta } from '../identity/handle-identity-adopt';
import { sanitizeName } from '../sanitize';
import { LedgerIndex } from './ledger-index';
import { MetricsFold } from './metrics';
import { ProjectionFold } from './projection';
import { stageOf, withHysteresis } from './stage';

let nextId = 1;
const ev = (kind: string, meta: PyObject = {}, content = ''): LedgerEvent => ({
  id: nextId++,
  ts: '2025-10-02T20:50:01+00:00',
  kind,
  content,
  meta,
});

describe('folds', () => {
  it('projects name, traits and commitments as build_self_model does', () => {
    const events = [
      ev('identity_adoption', { name: 'Alice' }),
      ev('identity_adopt', { name: 'Echo' }),
      ev('trait_update', { trait: 'openness', delta: 0.1 }),
      ev('trait_update', { changes: { openness: 0.3 } }),
      ev('commitment_open', { cid: 'a', text: 'x' }),
      ev('commitment_open', { cid: 'b' }),
      ev('commitment_open', { cid: 'c', text: 'y' }),
      ev('commitment_expire', { cid: 'c' }),
    ];
    const p = ProjectionFold.over(events);
    expect(p.name).toBe('Echo');
    expect(p.traits.openness).toBeCloseTo(0.6);
    expect([...p.open.keys()]).toEqual(['a']);
    expect(p.expired.get('c')?.reason).toBe('timeout');
  });

  it('gives (0, 0) for a fresh ledger and counts novel opens and closes', () => {
    expect(MetricsFold.over([]).value()).toEqual({ ias: 0, gas: 0 });
    const m = MetricsFold.over([
      ev('commitment_open', {}, 'a'),
      ev('commitment_open', {}, 'a'),
      ev('commitment_close'),
    ]);
    // gas 0.19 before feedback; feedback adds (0 - 0.5) * 0.1.
    expect(m.value().gas).toBeCloseTo(0.14);
  });

  it('buckets stages as boxes with hysteresis', () => {
    expect(stageOf(0.9, 0.6)).toBe('S0');
    expect(stageOf(0.9, 0.8)).toBe('S4');
    const snap = { iasMean: 0.4, gasMean: 0.25, count: 3, window: 10 };
    expect(withHysteresis('S0', 'S1', snap)).toBe(true);
    expect(withHysteresis('S0', 'S1', { ...snap, iasMean: 0.36 })).toBe(false);
    expect(withHysteresis(null, 'S0', { ...snap, count: 2 })).toBe(false);
  });

  it('answers a bounded view as of its read, however the index grows', () => {
    const index = LedgerIndex.of([ev('commitment_open', { cid: 'q', text: 't' })]);
    const before = index.view();
    index.apply(ev('commitment_close', { cid: 'q' }));
    expect(before.unresolvedCids()).toEqual(['q']);
    expect(index.view().unresolvedCids()).toEqual([]);
    expect(before.commitment('q')?.resolved).toBe(false);
  });
});

describe('identity helpers', () => {
  it('sanitizes names as _sanitize_name', () => {
    expect(sanitizeName('Persistent Mind Model Alpha')).toBe('Persistent');
    expect(sanitizeName('"Echo,"')).toBe('Echo');
    expect(sanitizeName('Supercalifragilistic')).toBe('Supercalifra');
    expect(sanitizeName('9Lives')).toBeNull();
    expect(sanitizeName('root')).toBeNull();
    expect(sanitizeName('Ana-')).toBeNull();
  });

  it('derives the identity-shift delta from sha256 (reference example)', () => {
    expect(shiftDelta(1, 'Persistent')).toBe(0.0127);
    expect(pyFloat(shiftDelta(1, 'Persistent'))).toBe(0.0127);
  });
});
