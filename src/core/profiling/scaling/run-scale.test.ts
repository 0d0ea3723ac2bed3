import { describe, expect, it } from 'vitest';
import { MemoryLedgerStore } from '../../ledger/memory-store';
import { generateSyntheticRows } from '../../ledger/synthetic/generator';
import { DEFAULT_SCENARIO } from '../../runtime/scenario';
import { runScale } from './run-scale';

function steppingClock() {
  let t = 0;
  return { now: () => (t += 0.01) };
}

describe('runScale on synthetic ledgers', () => {
  const result = runScale({
    sizes: [250, 500, 1000, 2000],
    ledgerOfSize: (n) => {
      const rows = [...generateSyntheticRows({ events: n, seed: 11 })];
      return { open: () => new MemoryLedgerStore(rows), source: 'synthetic' };
    },
    strategies: ['naive', 'incremental'],
    scenario: { ...DEFAULT_SCENARIO, ticks: 4 },
    reps: 1,
    clock: steppingClock(),
  });
  if (!result.ok) {
    throw new Error(result.error.message);
  }
  const [naive, incremental] = result.value.strategies;

  it('classifies naive as O(n) per tick', () => {
    expect(naive?.id).toBe('naive');
    expect(naive?.headline.complexity).toBe('O(n)');
    expect(naive?.fits.rowsReadPerTick.complexity).toBe('O(n)');
    expect(naive?.headline.slope).toBeGreaterThan(0.8);
  });

  it('classifies incremental as O(1) in ledger size', () => {
    expect(incremental?.id).toBe('incremental');
    expect(incremental?.headline.complexity).toBe('O(1)');
    expect(incremental?.fits.fullReadsPerTick.complexity).toBe('O(1)');
  });

  it('records the sizes and their source', () => {
    expect(result.value.sizes).toEqual([
      { n: 250, source: 'synthetic' },
      { n: 500, source: 'synthetic' },
      { n: 1000, source: 'synthetic' },
      { n: 2000, source: 'synthetic' },
    ]);
  });
});
