// Median tick time of each read strategy on synthetic ledgers of 1k, 10k and
// 100k events, and naive's read_all() calls per tick next to PMM's measured
// figures. A benchmark that prints, never a test. Run: npm run bench:runtime
// (BENCH_SIZES=1000,10000 to limit sizes). Tick 0 (construction) and the first
// ticks (cold load, first verification) are warm-up and excluded.
import { cpus, loadavg } from 'node:os';
import { MemoryLedgerStore } from '../src/core/ledger/memory-store';
import { generateSyntheticRows } from '../src/core/ledger/synthetic/generator';
import type { StoredRow } from '../src/core/ledger/types';
import { median, summarizeRun } from '../src/core/runtime/comparison';
import { runStrategy, type StrategyRun } from '../src/core/runtime/run';
import { DEFAULT_SCENARIO } from '../src/core/runtime/scenario';
import { STRATEGY_IDS, type StrategyId } from '../src/core/strategies/types';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const ONLY = process.env.BENCH_STRATEGIES?.split(',') ?? null;
const WARMUP = 2;

/** Ticks measured per strategy and size: O(n) strategies get fewer on big ledgers. */
function ticksFor(strategy: StrategyId, size: number): number {
  if (strategy === 'incremental') {
    return 60;
  }
  if (size >= 100_000) {
    return strategy === 'naive' ? 1 : 2; // capped: a naive tick here takes tens of seconds
  }
  return size >= 10_000 ? 4 : 12;
}

function runOnce(
  rows: readonly StoredRow[],
  strategy: StrategyId,
  ticks: number,
): StrategyRun {
  const scenario = { ...DEFAULT_SCENARIO, ticks: ticks + WARMUP };
  const res = runStrategy({
    store: new MemoryLedgerStore(rows),
    file: 'synthetic',
    strategy,
    scenario,
    clock: performance,
  });
  if (!res.ok) {
    throw new Error(res.error.message);
  }
  return res.value;
}

function measured(run: StrategyRun) {
  return run.ticks.slice(1 + WARMUP);
}

interface Row {
  size: number;
  strategy: StrategyId;
  ticks: number;
  medianMs: number;
  p10Ms: number;
  fullReads: number;
  readAll: number;
}

function benchSize(size: number): Row[] {
  const rows = [...generateSyntheticRows({ events: size, seed: 7 })];
  const out: Row[] = [];
  for (const strategy of STRATEGY_IDS.filter(
    (id) => ONLY === null || ONLY.includes(id),
  )) {
    const run = runOnce(rows, strategy, ticksFor(strategy, size));
    const ticks = measured(run);
    const s = summarizeRun(run);
    const ms = ticks.map((t) => t.durationMs).sort((a, b) => a - b);
    const medianMs = median(ms);
    const p10Ms = ms[Math.floor(ms.length / 10)] ?? medianMs;
    out.push({
      size,
      strategy,
      ticks: ticks.length,
      medianMs,
      p10Ms,
      fullReads: median(s.fullReadsPerTick.slice(1 + WARMUP)),
      readAll: median(s.logicalReadsPerTick.slice(1 + WARMUP)),
    });
    process.stderr.write(
      `  ${size} ${strategy}: ${medianMs.toFixed(2)} ms (${ticks.length} ticks)\n`,
    );
  }
  return out;
}

/** naive's read_all() per tick: steady ticks and ticks with an identity adoption. */
function naiveReadShape(): string {
  const rows = [...generateSyntheticRows({ events: 1000, seed: 7 })];
  const run = runOnce(rows, 'naive', 40);
  const s = summarizeRun(run);
  const adoptTicks = run.ticks
    .map((t, i) => (t.sitesFired.includes('handle_identity_adopt#R1') ? i : -1))
    .filter((i) => i > 0);
  const steady = s.logicalReadsPerTick.filter((_, i) => i > 0 && !adoptTicks.includes(i));
  const adopt = adoptTicks.map((i) => s.logicalReadsPerTick[i] ?? 0);
  const fullAdopt = adoptTicks.map((i) => s.fullReadsPerTick[i] ?? 0);
  return [
    `naive read_all() per tick on a 1k synthetic ledger, 40 ticks (PMM c76c9f2 measured: 10 per steady tick, 30-44 after an adoption):`,
    `  steady ticks: median ${median(steady)}, range ${Math.min(...steady)}-${Math.max(...steady)}`,
    `  adoption ticks (${adoptTicks.join(', ')}): read_all ${adopt.join(', ')}; physical full reads ${fullAdopt.join(', ')}`,
  ].join('\n');
}

function table(rows: readonly Row[]): string {
  const head =
    'events    strategy        ticks   median tick ms   p10 tick ms   full reads/tick   read_all/tick';
  const lines = rows.map(
    (r) =>
      `${String(r.size).padEnd(10)}${r.strategy.padEnd(16)}${String(r.ticks).padStart(5)}${r.medianMs.toFixed(3).padStart(17)}${r.p10Ms.toFixed(3).padStart(14)}${String(r.fullReads).padStart(18)}${String(r.readAll).padStart(16)}`,
  );
  return [head, ...lines].join('\n');
}

function growth(rows: readonly Row[], strategy: StrategyId): string {
  const pick = (n: number) =>
    rows.find((r) => r.size === n && r.strategy === strategy)?.medianMs;
  const lo = pick(1000);
  const hi = pick(100_000);
  if (lo === undefined || hi === undefined) {
    return `${strategy}: growth needs sizes 1000 and 100000`;
  }
  const exponent = Math.log(hi / lo) / Math.log(100);
  return `${strategy}: ${lo.toFixed(3)} ms at 1k -> ${hi.toFixed(3)} ms at 100k; tick time ~ size^${exponent.toFixed(3)} (target <= size^0.1)`;
}

const all: Row[] = [];
for (const size of SIZES) {
  all.push(...benchSize(size));
}
const load = loadavg()
  .map((x) => x.toFixed(1))
  .join(' ');
console.log(
  `tickscope runtime benchmark (Node ${process.version}, memory store, ${cpus().length} cores, load average ${load}; scenario turn every ${DEFAULT_SCENARIO.turnEvery})`,
);
console.log('stale is WRONG on purpose: its figures are not a valid comparison.\n');
console.log(table(all));
console.log('');
console.log(growth(all, 'incremental'));
console.log(
  'targets: incremental <= 1 ms per tick at 10k and 100k; real PMM tick: 52 ms at 1k, 818 ms at 10k',
);
console.log('');
console.log(naiveReadShape());
