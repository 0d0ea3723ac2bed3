/**
 * Shared by the profiling commands (profile, compare, scale, check, export):
 * reading run files and ledgers, writing outputs without overwriting
 * anything, and describing the environment a run was made in.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import { sha256Hex } from '../../core/profiling/hash';
import { parseRunFile } from '../../core/profiling/run-file/load';
import type {
  RunEnvironment,
  RunFile,
  RunInputLedger,
} from '../../core/profiling/run-file/types';
import type { StoredRow } from '../../core/ledger/types';
import { err, ok, type Result } from '../../core/result';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/runtime/scenario';
import { isStrategyId } from '../../core/strategies/registry';
import { STRATEGY_IDS, type StrategyId } from '../../core/strategies/types';
import { openLedgerPath } from '../ledger-files';
import { loadSqlJs } from '../sqljs-node';

/** Reads and loads a run file; the error names the file and the problem. */
export function readRunFile(path: string): Result<RunFile, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return err(`cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const loaded = parseRunFile(text, basename(path));
  return loaded.ok ? ok(loaded.value) : err(loaded.error.message);
}

/** Writes `text` to a new file; an existing file (an input included) is never overwritten. */
export function writeNewFile(path: string, text: string): string | null {
  if (existsSync(path)) {
    return `refusing to overwrite ${path}: it already exists; choose another --out`;
  }
  try {
    writeFileSync(path, text, { flag: 'wx' });
    return null;
  } catch (e) {
    return `cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

export interface LoadedLedger {
  readonly rows: readonly StoredRow[];
  readonly input: RunInputLedger;
}

/** Opens a ledger file read-only and returns its rows and its run-file identity. */
export async function loadLedger(path: string): Promise<Result<LoadedLedger, string>> {
  const SQL = await loadSqlJs();
  const opened = openLedgerPath(SQL, path);
  if (!opened.ok) {
    return err(opened.error.message);
  }
  const { ledger } = opened.value;
  const rows = ledger.readAll();
  const era = ledger.era;
  ledger.close();
  const sha256 = sha256Hex(new Uint8Array(readFileSync(path)));
  return ok({
    rows,
    input: { name: basename(path), sha256, eventCount: rows.length, era },
  });
}

/** The smallest positive step `performance.now()` takes here, in ms. */
export function timerResolutionMs(): number {
  let smallest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 2000; i += 1) {
    const a = performance.now();
    let b = performance.now();
    while (b === a) {
      b = performance.now();
    }
    smallest = Math.min(smallest, b - a);
  }
  return Math.round(smallest * 1e6) / 1e6;
}

function tickscopeVersion(): string {
  const url = new URL('../../../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(url, 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

/** Where a CLI run is made. */
export function cliEnvironment(): RunEnvironment {
  return {
    source: 'cli',
    tickscopeVersion: tickscopeVersion(),
    runtime: 'tickscope-runtime',
    runtimeLabel: 'tickscope-runtime',
    platform: `${process.platform} ${process.arch}, node ${process.version}`,
    timerResolutionMs: timerResolutionMs(),
    cores: availableParallelism(),
  };
}

/** `naive,incremental` or `all` -> strategy ids; a string is the reason it is wrong. */
export function parseStrategyList(text: string): StrategyId[] | string {
  if (text === 'all') {
    return [...STRATEGY_IDS];
  }
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = names.filter((n) => !isStrategyId(n));
  if (names.length === 0 || unknown.length > 0) {
    return `unknown strategy ${unknown.join(', ') || '(none)'}; known: ${STRATEGY_IDS.join(', ')}`;
  }
  return [...new Set(names)] as StrategyId[];
}

/** An integer option within [min, max]; `fallback` when absent; null when invalid. */
export function intOption(
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
) {
  if (text === undefined) {
    return fallback;
  }
  const value = Number(text);
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** A compact run id from the creation time and the input hash. */
export function makeRunId(createdAt: string, sha256: string | null): string {
  const stamp = createdAt.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `run-${stamp}-${(sha256 ?? 'nohash').slice(0, 8)}`;
}

/** The parseArgs options of the commands that run a scenario (profile, scale). */
export const SCENARIO_OPTIONS = {
  strategies: { type: 'string' },
  ticks: { type: 'string' },
  reps: { type: 'string' },
  'turn-every': { type: 'string' },
  seed: { type: 'string' },
  out: { type: 'string' },
} as const;

/** Each command has its own defaults and ranges, and says them in its own words. */
export interface ScenarioLimits {
  readonly ticks: { readonly fallback: number; readonly max: number };
  readonly reps: { readonly fallback: number; readonly max: number };
  readonly notIntegers: string;
}

export interface ScenarioValues {
  readonly strategies?: string;
  readonly ticks?: string;
  readonly reps?: string;
  readonly 'turn-every'?: string;
  readonly seed?: string;
}

export interface ScenarioChoice {
  readonly strategies: StrategyId[];
  readonly scenario: Scenario;
  readonly reps: number;
}

/** The strategies, scenario and repetitions from SCENARIO_OPTIONS; a string is what is wrong. */
export function scenarioChoice(
  v: ScenarioValues,
  limits: ScenarioLimits,
): ScenarioChoice | string {
  const strategies = parseStrategyList(v.strategies ?? 'naive,incremental');
  const ticks = intOption(v.ticks, limits.ticks.fallback, 1, limits.ticks.max);
  const reps = intOption(v.reps, limits.reps.fallback, 1, limits.reps.max);
  const turnEvery = intOption(v['turn-every'], DEFAULT_SCENARIO.turnEvery, 0, 1_000_000);
  if (typeof strategies === 'string') {
    return strategies;
  }
  if (ticks === null || reps === null || turnEvery === null) {
    return limits.notIntegers;
  }
  const seed = v.seed ?? DEFAULT_SCENARIO.seed;
  return { strategies, scenario: { ...DEFAULT_SCENARIO, ticks, turnEvery, seed }, reps };
}
