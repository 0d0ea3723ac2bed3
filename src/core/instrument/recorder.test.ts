import { describe, expect, it } from 'vitest';
import { TickRecorder, type OpRequest } from './recorder';

/** A clock that advances 1 ms per reading: durations become exact counts. */
function steppingClock() {
  let t = 0;
  return { now: () => t++ };
}

const read = (site: string, op: OpRequest['op'] = 'full-read'): OpRequest => ({
  site,
  group: 'tick',
  siteKind: 'read',
  op,
  args: '',
  maxIdAtRead: 7,
});

describe('TickRecorder', () => {
  it('counts a scripted sequence exactly, per site, op and derivation', () => {
    const r = new TickRecorder(steppingClock(), 100);
    r.beginTick(3);
    r.enterPhase('reflect');
    r.measure(read('tick#1'), () => ({ value: 1, rows: 10, bytes: 100 }));
    r.measure(read('tick#2', 'cache-hit'), () => ({ value: 1, rows: 0, bytes: 0 }));
    r.measure(read('tick#2'), () => ({
      value: 1,
      rows: 12,
      bytes: 120,
      op: 'full-read' as const,
    }));
    const fold = {
      ...read('x'),
      siteKind: 'derive' as const,
      op: 'projection-fold' as const,
    };
    r.measure(fold, () => ({ value: 1, rows: 12, bytes: 0 }));
    const t = r.endTick();
    expect(t.readsBySite).toEqual({ 'tick#1': 1, 'tick#2': 2 });
    expect(t.fullReads).toBe(2);
    expect(t.opCounts['cache-hit']).toBe(1);
    expect(t.derivations['projection-fold']).toEqual({ count: 1, events: 12 });
    expect(t.entries.map((e) => [e.seq, e.tick, e.phase, e.durationMs])).toEqual([
      [0, 3, 'reflect', 1],
      [1, 3, 'reflect', 1],
      [2, 3, 'reflect', 1],
      [3, 3, 'reflect', 1],
    ]);
    expect(t.rowsRead).toBe(22);
  });

  it('refuses to nest, so one logical op is never logged twice', () => {
    const r = new TickRecorder(steppingClock(), 10);
    r.beginTick(1);
    const nested = () =>
      r.measure(read('tick#1'), () => ({
        value: r.measure(read('tick#2'), () => ({ value: 1, rows: 0, bytes: 0 })),
        rows: 0,
        bytes: 0,
      }));
    expect(nested).toThrow(/nested/);
  });

  it('keeps exact counters when the ring overflows, and reports the loss', () => {
    const r = new TickRecorder(steppingClock(), 2);
    r.beginTick(1);
    for (let i = 0; i < 5; i++) {
      r.measure(read('tick#1'), () => ({ value: 1, rows: 1, bytes: 1 }));
    }
    const t = r.endTick();
    expect(t.readsBySite['tick#1']).toBe(5);
    expect(t.entries.length).toBe(2);
    expect(t.dropped).toBe(3);
  });
});
