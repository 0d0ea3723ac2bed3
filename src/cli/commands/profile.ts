import { parseArgs } from 'node:util';
import { MemoryLedgerStore } from '../../core/ledger/memory-store';
import { buildRunFile } from '../../core/profiling/build-run';
import { profileStrategies } from '../../core/profiling/profile-run';
import type { RunFile } from '../../core/profiling/run-file/types';
import { serializeRunFile } from '../../core/profiling/run-file/write';
import type { Scenario } from '../../core/runtime/scenario';
import type { StrategyId } from '../../core/strategies/types';
import { profileText } from '../format/profile-format';
import {
  cliEnvironment,
  loadLedger,
  makeRunId,
  SCENARIO_OPTIONS,
  scenarioChoice,
  type ScenarioLimits,
  writeNewFile,
} from './profile-io';

export const PROFILE_HELP = `usage: tickscope profile FILE --out RUN.json [--strategies naive,incremental,...|all]
                        [--ticks N] [--reps R] [--turn-every K] [--seed S] [--label TEXT]

Profiles N ticks of tickscope's runtime on a PMM v1 ledger under each read
strategy, R times each on a fresh copy, and writes the run file (schema v1,
see src/core/profiling/run-file/README.md). FILE is only read; RUN.json must
not exist yet. Progress goes to stderr, a summary to stdout.

  --strategies   comma list or all (default naive,incremental)
  --ticks N      ticks per repetition (default 20)
  --reps R       repetitions per strategy (default 5; fewer than 9 are flagged)
  --turn-every K a user turn before every K-th tick (default 3; 0: none)
  --seed S       the runtime's seed (default 1)
  --label TEXT   a label stored in the run

exit codes:
  0  written
  2  wrong arguments, unreadable FILE, a v2 ledger, or RUN.json exists / cannot be written
`;

interface ProfileArgs {
  readonly file: string;
  readonly out: string;
  readonly strategies: readonly StrategyId[];
  readonly scenario: Scenario;
  readonly reps: number;
  readonly label?: string;
}

const PROFILE_LIMITS: ScenarioLimits = {
  ticks: { fallback: 20, max: 100_000 },
  reps: { fallback: 5, max: 1000 },
  notIntegers:
    '--ticks (1..100000), --reps (1..1000) and --turn-every (>= 0) take integers',
};

function parseProfileArgs(args: readonly string[]): ProfileArgs | string {
  const { values: v, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { ...SCENARIO_OPTIONS, label: { type: 'string' } },
  });
  const [file] = positionals;
  if (positionals.length !== 1 || file === undefined) {
    return 'give exactly one ledger FILE';
  }
  if (v.out === undefined) {
    return '--out RUN.json is required';
  }
  const choice = scenarioChoice(v, PROFILE_LIMITS);
  if (typeof choice === 'string') {
    return choice;
  }
  return { file, out: v.out, ...choice, ...(v.label ? { label: v.label } : {}) };
}

/** `tickscope profile`; resolves to the exit code above. */
export async function profileCommand(args: readonly string[]): Promise<number> {
  let parsed: ProfileArgs | string;
  try {
    parsed = parseProfileArgs(args);
  } catch (e) {
    parsed = e instanceof Error ? e.message : String(e);
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`tickscope profile: ${parsed}\n\n${PROFILE_HELP}`);
    return 2;
  }
  const run = await makeRun(parsed);
  if (typeof run === 'string') {
    process.stderr.write(`tickscope profile: ${run}\n`);
    return 2;
  }
  const failed = writeNewFile(parsed.out, serializeRunFile(run, parsed.out));
  if (failed !== null) {
    process.stderr.write(`tickscope profile: ${failed}\n`);
    return 2;
  }
  process.stdout.write(profileText(run, parsed.out));
  return 0;
}

/** Profiles the ledger; a string is why it could not. */
export async function makeRun(a: ProfileArgs): Promise<RunFile | string> {
  const ledger = await loadLedger(a.file);
  if (!ledger.ok) {
    return ledger.error;
  }
  const { rows, input } = ledger.value;
  const started = Date.now();
  const result = profileStrategies({
    file: input.name,
    openCopy: () => new MemoryLedgerStore(rows),
    strategies: a.strategies,
    scenario: a.scenario,
    reps: a.reps,
    clock: performance,
    onProgress: (p) => {
      if (p.tick === p.ticks) {
        const secs = ((Date.now() - started) / 1000).toFixed(1);
        process.stderr.write(
          `  ${p.strategy}: rep ${p.rep + 1}/${p.reps} done (${secs} s)\n`,
        );
      }
    },
  });
  if (!result.ok) {
    return result.error.message;
  }
  const createdAt = new Date().toISOString();
  const s = a.scenario;
  const meta = {
    runId: makeRunId(createdAt, input.sha256),
    createdAt,
    ...(a.label !== undefined ? { label: a.label } : {}),
    ledger: input,
    environment: cliEnvironment(),
    scenario: { ticks: s.ticks, turnEvery: s.turnEvery, seed: s.seed, reps: a.reps },
    notes: [...result.value.notes],
  };
  return buildRunFile(meta, result.value.observations);
}
