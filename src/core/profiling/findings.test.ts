import { describe, expect, it } from 'vitest';
import { aggregateTickEntries } from './aggregate';
import { findFindings } from './findings';
import { groupByTick } from './redundancy';
import type { RunTick } from './run-file/types';
import { summarizeSites } from './sites';
import { entriesFromText } from './test-entries';

// Two adoption ticks in which R5 reads the whole ledger three times, each
// time returning what the tick's first read (tick#1) already returned.
const SCRIPT = `
tick phase  site                       op              args maxId rows bytes ms
1    sweep  tick#1                     full-read       -    10    10   1000  1
1    adopt  handle_identity_adopt#R5   full-read       -    10    10   1000  1
1    adopt  handle_identity_adopt#R5   full-read       -    10    10   1000  1
1    adopt  handle_identity_adopt#R5   full-read       -    10    10   1000  1
1    adopt  tick#7                     projection-fold all  10    10   0     2
2    sweep  tick#1                     full-read       -    12    12   1200  1
2    adopt  handle_identity_adopt#R5   full-read       -    12    12   1200  1
2    adopt  handle_identity_adopt#R5   full-read       -    12    12   1200  1
2    adopt  handle_identity_adopt#R5   full-read       -    12    12   1200  1
2    adopt  tick#7                     projection-fold all  12    12   0     2
2    adopt  tick#8                     projection-fold all  12    12   0     2
`;

function ticksFromScript(): RunTick[] {
  return [...groupByTick(entriesFromText(SCRIPT))].map(([tick, entries]) => ({
    tick,
    durationMs: 10,
    phases: [],
    ...aggregateTickEntries(entries),
    eventsAppended: 2,
    headId: tick === 1 ? 12 : 14,
    headHash: null,
  }));
}

describe('findFindings', () => {
  const findings = findFindings(ticksFromScript());
  const byId = new Map(findings.map((f) => [f.id, f]));

  it('names the site, the rule and the numbers of repeated full reads', () => {
    const r5 = byId.get('repeated-full-read:handle_identity_adopt#R5:full-read');
    expect(r5?.message).toBe(
      '`handle_identity_adopt#R5` reads the whole ledger 6 times in 2 ticks ' +
        '(at most 3 in one tick); 6 are duplicates, 6 would be avoided by reading ' +
        'events once and passing them down (est. 6.000 ms and 6.4 KiB saved)',
    );
    expect(r5?.numbers).toMatchObject({ count: 6, duplicates: 6, unneeded: 6, ticks: 2 });
    expect(r5?.evidence.map((e) => [e.tick, e.phase, e.count, e.duplicates])).toEqual([
      [1, 'adopt', 3, 3],
      [2, 'adopt', 3, 3],
    ]);
  });

  it('flags the repeated fold and the whole-ledger folds', () => {
    const fold = byId.get('repeated-derivation:tick#8:projection-fold');
    expect(fold?.numbers).toMatchObject({ count: 1, duplicates: 1 });
    const whole = byId.get('whole-ledger-derivation:tick#7:projection-fold');
    expect(whole?.numbers).toMatchObject({ count: 2, eventsPerCall: 11 });
  });

  it('reports the full reads per tick', () => {
    expect(byId.get('full-reads-per-tick:(every tick):full-read')?.numbers).toEqual({
      medianFullReads: 4,
      maxFullReads: 4,
      ticks: 2,
    });
  });

  it('does not flag a site that reads once per tick first', () => {
    expect(byId.has('repeated-full-read:tick#1:full-read')).toBe(false);
  });
});

describe('summarizeSites', () => {
  it('keeps derivation repeats apart from read counts', () => {
    const fold = summarizeSites(ticksFromScript()).find((s) => s.site === 'tick#8');
    expect(fold).toMatchObject({
      reads: 0,
      derivations: 1,
      needed: 0,
      duplicates: 0,
      derivationDuplicates: 1,
    });
  });

  it('sums per site across ticks', () => {
    const r5 = summarizeSites(ticksFromScript()).find(
      (s) => s.site === 'handle_identity_adopt#R5',
    );
    expect(r5).toMatchObject({
      reads: 6,
      fullReads: 6,
      duplicates: 6,
      needed: 0,
      rows: 66,
      derivationDuplicates: 0,
      ticks: [1, 2],
      shareOfTickTime: 0.3,
      analysed: true,
    });
  });
});

describe('duplicate reads', () => {
  const SCRIPT_TAIL = `
tick phase site    op        args     maxId rows bytes ms
1    sweep tick#2  tail-read limit=5  10    5    500   0.5
1    sweep tick#2  tail-read limit=5  10    5    500   0.5
1    sweep tick#3  cache-hit -        10    0    0     0.01
1    sweep tick#3  cache-hit -        10    0    0     0.01
`;
  const entries = entriesFromText(SCRIPT_TAIL);
  const tick: RunTick = {
    tick: 1,
    durationMs: 2,
    phases: [],
    ...aggregateTickEntries(entries),
    eventsAppended: 0,
    headId: 10,
    headHash: null,
  };

  it('flags a repeated tail read but not repeated cache hits', () => {
    const ids = findFindings([tick]).map((f) => f.id);
    expect(ids).toEqual(['duplicate-read:tick#2:tail-read']);
    expect(findFindings([tick])[0]?.message).toBe(
      '`tick#2` makes 2 tail-read reads in 1 tick; 1 returned what an earlier read of ' +
        'the same tick returned (est. 0.500 ms and 500 B saved)',
    );
  });
});
