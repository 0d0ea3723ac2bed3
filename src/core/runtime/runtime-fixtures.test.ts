import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSqlJs } from '../../cli/sqljs-node';
import { openLedgerFile } from '../../engine/ledger-open';
import { MemoryLedgerStore } from '../ledger/memory-store';
import { generateSyntheticRows } from '../ledger/synthetic/generator';
import type { StoredRow } from '../ledger/types';
import { STRATEGY_IDS, type StrategyId } from '../strategies/types';
import { runComparison } from './comparison';
import { runStrategy } from './run';
import { DEFAULT_SCENARIO, type Scenario } from './scenario';

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures');
const V1 = [
  'pmm-v1-runtime-tiny.db',
  'pmm-v1-commitments.db',
  'pmm-v1-reflections-identity.db',
  'pmm-v1-stages.db',
  'pmm-v1-autonomy-3299.db',
];
// The 3,299-event fixture and the synthetic ledgers are compared in runtime-large.test.ts.
const clock = { now: () => 0 };
const rowsOf = new Map<string, StoredRow[]>();

beforeAll(async () => {
  const SQL = await loadSqlJs();
  for (const name of [...V1, 'pmm-v2-55.db']) {
    const opened = openLedgerFile(
      SQL,
      new Uint8Array(readFileSync(path.join(FIXTURES, name))),
      { name },
    );
    if (!opened.ok) {
      throw opened.error;
    }
    rowsOf.set(name, opened.value.readAll());
  }
  rowsOf.set('synthetic-1k', [...generateSyntheticRows({ events: 1000, seed: 3 })]);
});

function compare(
  name: string,
  ticks: number,
  strategies: readonly StrategyId[] = STRATEGY_IDS,
) {
  const rows = rowsOf.get(name) ?? [];
  const scenario: Scenario = { ...DEFAULT_SCENARIO, ticks };
  const res = runComparison({
    file: name,
    strategies,
    scenario,
    clock,
    makeStore: () => new MemoryLedgerStore(rows),
  });
  if (!res.ok) {
    throw new Error(res.error.message);
  }
  return res.value;
}

function kindsAppended(name: string, ticks: number): Map<string, number> {
  const store = new MemoryLedgerStore(rowsOf.get(name) ?? []);
  const before = store.count();
  const res = runStrategy({
    store,
    file: name,
    strategy: 'incremental',
    scenario: { ...DEFAULT_SCENARIO, ticks },
    clock,
  });
  expect(res.ok).toBe(true);
  const kinds = new Map<string, number>();
  for (const row of store.readAll().slice(before)) {
    kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
  }
  return kinds;
}

// Ticks per ledger keep `naive` (a full read and fold at every site) affordable.
const TICKS: Readonly<Record<string, number>> = {
  'pmm-v1-runtime-tiny.db': 12,
  'pmm-v1-commitments.db': 12,
  'pmm-v1-reflections-identity.db': 12,
  'pmm-v1-stages.db': 12,
};

describe('every correct strategy appends byte-identical events; stale is caught', () => {
  for (const [name, ticks] of Object.entries(TICKS)) {
    it(`${name}, ${ticks} ticks`, () => {
      const { runs, equivalence } = compare(name, ticks);
      const heads = new Set(runs.filter((r) => !r.run.wrong).map((r) => r.run.headHash));
      expect(heads.size).toBe(1);
      expect(equivalence.equivalent).toBe(true);
      expect(equivalence.divergences.map((d) => d.strategy)).toEqual(['stale']);
      const stale = equivalence.divergences[0];
      expect(stale?.firstDivergentId).toBeGreaterThan(runs[0]?.run.eventsBefore ?? 0);
      expect(stale?.kind).toMatch(/\w/);
    });
  }
});

describe('the default scenario exercises the tick within 50 ticks', () => {
  const wanted = [
    'reflection',
    'commitment_open',
    'commitment_reminder',
    'commitment_expire',
    'identity_adopt',
  ];
  for (const name of [...V1, 'synthetic-1k']) {
    it(name, () => {
      const kinds = kindsAppended(name, 50);
      for (const kind of wanted) {
        expect(kinds.get(kind) ?? 0, kind).toBeGreaterThan(0);
      }
    });
  }
});

describe('runStrategy', () => {
  it('refuses the v2 ledger with a typed reason', () => {
    const store = new MemoryLedgerStore(rowsOf.get('pmm-v2-55.db') ?? []);
    const res = runStrategy({
      store,
      file: 'pmm-v2-55.db',
      strategy: 'naive',
      scenario: DEFAULT_SCENARIO,
      clock,
    });
    expect(res.ok).toBe(false);
    expect(res.ok ? null : res.error.code).toBe('v2-ledger');
    expect(store.count()).toBe(55);
  });

  it('reports which sites fired on which tick, and naive reads in full at every site', () => {
    const { runs } = compare('pmm-v1-reflections-identity.db', 6, [
      'naive',
      'incremental',
    ]);
    const [naive, inc] = runs.map((r) => r.run);
    const t1 = naive?.ticks[1];
    expect(t1?.sitesFired).toContain('tick#2');
    expect(t1?.sitesFired).toContain('tick#13');
    expect(t1?.sitesFired).not.toContain('tick#16');
    const reads = Object.values(t1?.readsBySite ?? {}).reduce((a, b) => a + b, 0);
    expect(t1?.fullReads).toBeGreaterThanOrEqual(reads - 6); // all but the tail reads
    expect(inc?.ticks.slice(1).every((t) => t.fullReads === 0)).toBe(true);
  });
});
