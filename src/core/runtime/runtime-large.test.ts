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
import { DEFAULT_SCENARIO, type Scenario } from './scenario';

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures');
const V1 = ['pmm-v1-autonomy-3299.db'];
// Large ledgers: naive pays a full read and fold at every site, so few ticks.
const clock = { now: () => 0 };
const rowsOf = new Map<string, StoredRow[]>();

beforeAll(async () => {
  const SQL = await loadSqlJs();
  for (const name of V1) {
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
  rowsOf.set('synthetic-10k', [...generateSyntheticRows({ events: 10_000, seed: 4 })]);
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

// Ticks per ledger keep `naive` (a full read and fold at every site) affordable.
const TICKS: Readonly<Record<string, number>> = {
  'pmm-v1-autonomy-3299.db': 3,
  'synthetic-1k': 8,
  'synthetic-10k': 2,
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
