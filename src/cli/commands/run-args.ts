import { parseArgs } from 'node:util';
import { DEFAULT_SCENARIO, type Scenario } from '../../core/runtime/scenario';
import { isStrategyId } from '../../core/strategies/registry';
import { STRATEGY_IDS, type StrategyId } from '../../core/strategies/types';

export interface RunArgs {
  readonly file: string;
  readonly strategies: readonly StrategyId[];
  readonly scenario: Scenario;
  readonly save: string | null;
  readonly json: boolean;
  readonly store: 'memory' | 'sqlite';
}

/** Parses `tickscope run` arguments; a string is the reason they are wrong. */
export function parseRunArgs(args: readonly string[]): RunArgs | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        strategies: { type: 'string' },
        ticks: { type: 'string' },
        'turn-every': { type: 'string' },
        seed: { type: 'string' },
        save: { type: 'string' },
        store: { type: 'string' },
        json: { type: 'boolean' },
      },
    });
    return checkRunValues(positionals, values);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

interface RawValues {
  strategies?: string;
  ticks?: string;
  'turn-every'?: string;
  seed?: string;
  save?: string;
  store?: string;
  json?: boolean;
}

function checkRunValues(positionals: string[], v: RawValues): RunArgs | string {
  if (positionals.length !== 1) {
    return 'give exactly one ledger FILE';
  }
  const strategies = parseStrategies(v.strategies ?? 'all');
  const ticks = intIn(v.ticks, DEFAULT_SCENARIO.ticks, 1, 100_000);
  const turnEvery = intIn(v['turn-every'], DEFAULT_SCENARIO.turnEvery, 0, 1_000_000);
  if (typeof strategies === 'string') {
    return strategies;
  }
  if (ticks === null) {
    return '--ticks must be an integer from 1 to 100000';
  }
  if (turnEvery === null) {
    return '--turn-every must be an integer >= 0 (0: no user turns)';
  }
  if (v.store !== undefined && v.store !== 'memory' && v.store !== 'sqlite') {
    return '--store must be memory or sqlite';
  }
  const scenario = {
    ...DEFAULT_SCENARIO,
    ticks,
    turnEvery,
    seed: v.seed ?? DEFAULT_SCENARIO.seed,
  };
  const store = v.store === 'sqlite' ? 'sqlite' : 'memory';
  return {
    file: positionals[0] as string,
    strategies,
    scenario,
    save: v.save ?? null,
    json: v.json === true,
    store,
  };
}

function parseStrategies(text: string): StrategyId[] | string {
  if (text === 'all') {
    return [...STRATEGY_IDS];
  }
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bad = ids.find((s) => !isStrategyId(s));
  if (bad !== undefined || ids.length === 0) {
    return `unknown strategy ${bad ?? '(none)'}; choose from ${STRATEGY_IDS.join(', ')} or all`;
  }
  return ids as StrategyId[];
}

function intIn(
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number | null {
  if (text === undefined) {
    return fallback;
  }
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}
