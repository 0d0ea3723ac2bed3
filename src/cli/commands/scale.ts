import { parseArgs } from 'node:util';
import { MemoryLedgerStore } from '../../core/ledger/memory-store';
import { generateSyntheticRows } from '../../core/ledger/synthetic/generator';
import type { StoredRow } from '../../core/ledger/types';
import type { RunInputLedger } from '../../core/profiling/run-file/types';
import type { ScaleReport } from '../../core/profiling/scaling/report';
import type { SizedLedger } from '../../core/profiling/scaling/run-scale';
import { buildScaleReport, runScale } from '../../core/profiling/scaling/run-scale';
import type { Scenario } from '../../core/runtime/scenario';
import type { StrategyId } from '../../core/strategies/types';
import { scaleJson, scaleText } from '../format/scale-format';
import {
  loadLedger,
  SCENARIO_OPTIONS,
  scenarioChoice,
  type ScenarioLimits,
  writeNewFile,
} from './profile-io';

export const SCALE_HELP = `usage: tickscope scale FILE|synthetic --sizes 1000,2000,... --out SCALE.json
                      [--strategies naive,incremental,...] [--ticks N] [--reps R]
                      [--turn-every K] [--seed S] [--json]

The scaling experiment: runs N ticks under each strategy on ledgers of each
size and fits, per strategy, the work per tick (rows read + events processed
by derivations: exact counts) and the tick time against size: log-log slope
and the best of O(1), O(log n), O(n), O(n log n), O(n²) with its fit. Sizes up
to FILE's event count use its prefixes; larger sizes (or FILE 'synthetic') use
deterministic synthetic ledgers, and the output says so. SCALE.json must not
exist yet.

  --sizes        comma list of event counts (at least 3 for a class)
  --strategies   comma list or all (default naive,incremental)
  --ticks N      ticks per size (default 5); the median tick is fitted
  --reps R       repetitions per size (default 1)
  --json         print per strategy the slope and the class as JSON

exit codes:
  0  written
  2  wrong arguments, unreadable FILE, a v2 ledger, or SCALE.json exists / cannot be written
`;

interface ScaleArgs {
  readonly file: string;
  readonly sizes: readonly number[];
  readonly out: string;
  readonly strategies: readonly StrategyId[];
  readonly scenario: Scenario;
  readonly reps: number;
  readonly json: boolean;
}

function parseSizes(text: string | undefined): number[] | null {
  const sizes = (text ?? '').split(',').map((s) => Number(s.trim()));
  const valid =
    sizes.length > 0 &&
    sizes.every((n) => Number.isInteger(n) && n >= 10 && n <= 10_000_000);
  return valid ? [...new Set(sizes)].sort((a, b) => a - b) : null;
}

const SCALE_LIMITS: ScenarioLimits = {
  ticks: { fallback: 5, max: 10_000 },
  reps: { fallback: 1, max: 100 },
  notIntegers: '--ticks, --reps and --turn-every take integers',
};

function parseScaleArgs(args: readonly string[]): ScaleArgs | string {
  const { values: v, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      sizes: { type: 'string' },
      ...SCENARIO_OPTIONS,
      json: { type: 'boolean' },
    },
  });
  const [file] = positionals;
  const sizes = parseSizes(v.sizes);
  if (positionals.length !== 1 || file === undefined || v.out === undefined) {
    return 'give FILE (or synthetic) and --out SCALE.json';
  }
  if (sizes === null) {
    return '--sizes takes a comma list of integers from 10 to 10000000';
  }
  const choice = scenarioChoice(v, SCALE_LIMITS);
  if (typeof choice === 'string') {
    return choice;
  }
  return { file, sizes, out: v.out, ...choice, json: v.json === true };
}

const SYNTHETIC_SEED = 1;

function syntheticLedger(n: number): SizedLedger {
  const rows = [...generateSyntheticRows({ events: n, seed: SYNTHETIC_SEED })];
  return { open: () => new MemoryLedgerStore(rows), source: 'synthetic' };
}

function prefixLedger(rows: readonly StoredRow[], n: number): SizedLedger {
  const prefix = rows.slice(0, n);
  return {
    open: () => new MemoryLedgerStore(prefix),
    source: n === rows.length ? 'full' : 'prefix',
  };
}

interface Source {
  readonly input: RunInputLedger;
  readonly ledgerOfSize: (n: number) => SizedLedger;
  readonly notes: string[];
}

async function sourceOf(a: ScaleArgs): Promise<Source | string> {
  const generator = `tickscope synthetic v1 generator, seed ${SYNTHETIC_SEED}`;
  if (a.file === 'synthetic') {
    const max = a.sizes[a.sizes.length - 1] ?? 0;
    const input = {
      name: 'synthetic',
      sha256: null,
      eventCount: null,
      era: 'v1' as const,
      synthetic: { generator, events: max },
    };
    return {
      input,
      ledgerOfSize: syntheticLedger,
      notes: [`every size is a synthetic ledger (${generator})`],
    };
  }
  const loaded = await loadLedger(a.file);
  if (!loaded.ok) {
    return loaded.error;
  }
  const { rows, input } = loaded.value;
  const beyond = a.sizes.filter((n) => n > rows.length);
  const notes = [
    `sizes up to ${rows.length} are prefixes of ${input.name}`,
    ...(beyond.length > 0
      ? [
          `sizes beyond the file (${beyond.join(', ')}) are synthetic ledgers (${generator})`,
        ]
      : []),
  ];
  const ledgerOfSize = (n: number) =>
    n > rows.length ? syntheticLedger(n) : prefixLedger(rows, n);
  return { input, ledgerOfSize, notes };
}

/** `tickscope scale`; resolves to the exit code above. */
export async function scaleCommand(args: readonly string[]): Promise<number> {
  let a: ScaleArgs | string;
  try {
    a = parseScaleArgs(args);
  } catch (e) {
    a = String(e);
  }
  if (typeof a === 'string') {
    process.stderr.write(`tickscope scale: ${a}\n\n${SCALE_HELP}`);
    return 2;
  }
  const report = await makeScaleReport(a);
  if (typeof report === 'string') {
    process.stderr.write(`tickscope scale: ${report}\n`);
    return 2;
  }
  const failed = writeNewFile(a.out, `${JSON.stringify(report)}\n`);
  if (failed !== null) {
    process.stderr.write(`tickscope scale: ${failed}\n`);
    return 2;
  }
  process.stdout.write(
    a.json ? `${JSON.stringify(scaleJson(report), null, 2)}\n` : scaleText(report, a.out),
  );
  return 0;
}

async function makeScaleReport(a: ScaleArgs): Promise<ScaleReport | string> {
  const source = await sourceOf(a);
  if (typeof source === 'string') {
    return source;
  }
  const started = Date.now();
  const result = runScale({
    sizes: a.sizes,
    ledgerOfSize: source.ledgerOfSize,
    strategies: a.strategies,
    scenario: a.scenario,
    reps: a.reps,
    clock: performance,
    onProgress: (n, p) => {
      if (p.tick === p.ticks && p.rep === p.reps - 1) {
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        process.stderr.write(`  n=${n} ${p.strategy} done (${secs} s)\n`);
      }
    },
  });
  if (!result.ok) {
    return result.error.message;
  }
  const meta = {
    createdAt: new Date().toISOString(),
    input: source.input,
    ticksPerSize: a.scenario.ticks,
    notes: source.notes,
  };
  return buildScaleReport(meta, result.value);
}
