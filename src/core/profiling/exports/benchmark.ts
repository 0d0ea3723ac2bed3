/**
 * Exports a run as github-action-benchmark's `customSmallerIsBetter` JSON:
 * an array of `{ name, unit, value, range?, extra? }`, smaller is better.
 * Per strategy: the median tick time (range: the IQR over all ticks of all
 * repetitions), and per tick the full reads, reads, bytes read and events
 * processed by derivations (exact counts from the first repetition).
 */
import { isDerivationOp } from '../ops';
import type { RunFile, RunStrategy, RunTick } from '../run-file/types';
import { iqr, median } from '../stats/summary';

export interface BenchmarkResult {
  readonly name: string;
  readonly unit: string;
  readonly value: number;
  readonly range?: string;
  readonly extra?: string;
}

function perTick(ticks: readonly RunTick[], f: (t: RunTick) => number): number {
  return ticks.length === 0 ? 0 : ticks.reduce((sum, t) => sum + f(t), 0) / ticks.length;
}

function sum<T>(items: readonly T[], f: (item: T) => number): number {
  return items.reduce((total, item) => total + f(item), 0);
}

function strategyResults(strategy: RunStrategy, ledger: string): BenchmarkResult[] {
  const times = strategy.repetitions.flatMap((r) => r.ticks.map((t) => t.durationMs));
  const first = strategy.repetitions[0]?.ticks ?? [];
  const extra = `${ledger}, ${strategy.repetitions.length} reps x ${first.length} ticks`;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const reads = (t: RunTick) => sum(t.reads, (a) => a.count);
  const full = (t: RunTick) =>
    sum(
      t.reads.filter((a) => a.op === 'full-read'),
      (a) => a.count,
    );
  const bytes = (t: RunTick) => sum(t.reads, (a) => a.bytes);
  const derived = (t: RunTick) =>
    sum(
      t.derivations.filter((a) => isDerivationOp(a.op)),
      (a) => a.rows,
    );
  const name = (what: string) => `${strategy.id}: ${what}`;
  return [
    {
      name: name('median tick time'),
      unit: 'ms',
      value: round(median(times)),
      range: `± ${round(iqr(times) / 2)}`,
      extra,
    },
    {
      name: name('full reads per tick'),
      unit: 'reads',
      value: round(perTick(first, full)),
      extra,
    },
    {
      name: name('reads per tick'),
      unit: 'reads',
      value: round(perTick(first, reads)),
      extra,
    },
    {
      name: name('bytes read per tick'),
      unit: 'bytes',
      value: round(perTick(first, bytes)),
      extra,
    },
    {
      name: name('events processed by derivations per tick'),
      unit: 'events',
      value: round(perTick(first, derived)),
      extra,
    },
  ];
}

/**
 * Example: `toBenchmarkResults(run)[0]` ->
 *   `{ name: 'naive: median tick time', unit: 'ms', value: 12.3, range: '± 0.4', extra: '…' }`.
 */
export function toBenchmarkResults(run: RunFile): BenchmarkResult[] {
  return run.strategies.flatMap((s) => strategyResults(s, run.input.ledger.name));
}
