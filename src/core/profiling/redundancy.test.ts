import { describe, expect, it } from 'vitest';
import { aggregateTickEntries } from './aggregate';
import { classifyTickEntries, groupByTick } from './redundancy';
import { entriesFromText } from './test-entries';

// One scripted run: an append between seq 4 and 5 moves the max id to 11.
const SCRIPT = `
tick phase   site                        op              args      maxId rows bytes ms
1    sweep   tick#1                      full-read       -         10    10   1000  1
1    sweep   tick#2                      full-read       -         10    10   1000  1
1    sweep   tick#2                      tail-read       limit=5   10    5    500   0.5
1    sweep   tick#2                      tail-read       limit=20  10    10   1000  0.5
1    sweep   tick#2                      tail-read       limit=5   10    5    500   0.5
1    reflect handle_identity_adopt#R5    full-read       -         11    11   1100  2
1    reflect handle_identity_adopt#R5    full-read       -         11    11   1100  2
1    reflect tick#5                      projection-fold all       11    11   0     3
1    reflect tick#6                      projection-fold all       11    11   0     3
2    sweep   tick#1                      full-read       -         11    11   1100  1
`;

describe('classifyTickEntries', () => {
  const byTick = groupByTick(entriesFromText(SCRIPT));
  const tick1 = classifyTickEntries(byTick.get(1) ?? []);
  const flags = tick1.map((c) => [c.duplicate, c.similar, c.needed]);

  it('marks duplicates, similar reads and needed reads entry by entry', () => {
    expect(flags).toEqual([
      [false, false, true], // first full read of the tick
      [true, false, false], // same op, args and max id
      [false, false, true], // first tail read
      [false, true, true], // same op, other args
      [true, false, false], // repeats seq 2
      [false, true, false], // full read after an append: not a duplicate, not needed
      [true, false, false], // repeats seq 5
      [false, false, true], // first fold
      [true, false, false], // same fold over the same events
    ]);
  });

  it('starts afresh in each tick', () => {
    const tick2 = classifyTickEntries(byTick.get(2) ?? []);
    expect(tick2.map((c) => [c.duplicate, c.similar, c.needed])).toEqual([
      [false, false, true],
    ]);
  });

  it('gives the same answer whatever order the entries arrive in', () => {
    const reversed = classifyTickEntries([...(byTick.get(1) ?? [])].reverse());
    expect(reversed.map((c) => [c.duplicate, c.similar, c.needed])).toEqual(flags);
  });
});

describe('aggregateTickEntries', () => {
  const entries = entriesFromText(SCRIPT).filter((e) => e.tick === 1);
  const { reads, derivations } = aggregateTickEntries(entries);

  it('counts each logical read exactly once', () => {
    const total = [...reads, ...derivations].reduce((sum, a) => sum + a.count, 0);
    expect(total).toBe(entries.length);
    expect(reads.reduce((sum, a) => sum + a.rows, 0)).toBe(62);
  });

  it('aggregates per phase, site and op with redundancy', () => {
    expect(reads).toEqual([
      expect.objectContaining({ site: 'tick#1', op: 'full-read', count: 1 }),
      expect.objectContaining({
        site: 'tick#2',
        op: 'full-read',
        count: 1,
        redundancy: {
          duplicates: 1,
          similar: 0,
          needed: 0,
          savableMs: 1,
          savableBytes: 1000,
        },
      }),
      expect.objectContaining({
        site: 'tick#2',
        op: 'tail-read',
        count: 3,
        rows: 20,
        bytes: 2000,
        durationMs: 1.5,
        redundancy: {
          duplicates: 1,
          similar: 1,
          needed: 2,
          savableMs: 0.5,
          savableBytes: 500,
        },
      }),
      expect.objectContaining({
        site: 'handle_identity_adopt#R5',
        group: 'handle_identity_adopt',
        count: 2,
        redundancy: {
          duplicates: 1,
          similar: 1,
          needed: 0,
          savableMs: 4,
          savableBytes: 2200,
        },
      }),
    ]);
    expect(derivations.map((d) => [d.site, d.op, d.redundancy?.duplicates])).toEqual([
      ['tick#5', 'projection-fold', 0],
      ['tick#6', 'projection-fold', 1],
    ]);
  });
});
