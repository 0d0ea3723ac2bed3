/**
 * Assembles a run file from what a profiling run observed: per strategy, per
 * repetition, per tick the read-log entries, phase times and ledger head. The
 * CLI and the dashboard both call this, so their files agree.
 */
import type { ReadLogEntry } from '../instrument/types';
import { aggregateTickEntries, roundMs } from './aggregate';
import { compareTicks } from './compare/equivalence';
import type {
  RunAppendedEvent,
  RunEnvironment,
  RunEquivalence,
  RunFile,
  RunInputLedger,
  RunPhase,
  RunScenario,
  RunStrategy,
  RunTick,
} from './run-file/types';
import { CURRENT_RUN_FILE_VERSION, RUN_FILE_FORMAT } from './run-file/types';

export interface TickObservation {
  readonly tick: number;
  readonly durationMs: number;
  readonly phases: readonly RunPhase[];
  /** Every read-log entry of this tick (one per logical operation). */
  readonly entries: readonly ReadLogEntry[];
  readonly eventsAppended: number;
  readonly headId: number;
  readonly headHash: string | null;
  readonly appended?: readonly RunAppendedEvent[];
}

export interface StrategyObservation {
  readonly id: string;
  readonly label: string;
  readonly external?: boolean;
  /** One list of ticks per repetition. */
  readonly repetitions: readonly (readonly TickObservation[])[];
}

export interface RunMeta {
  readonly runId: string;
  readonly createdAt: string;
  readonly label?: string;
  readonly ledger: RunInputLedger;
  readonly environment: RunEnvironment;
  readonly scenario: RunScenario;
  readonly notes?: readonly string[];
}

/**
 * Aggregates one tick's entries into its run-file record.
 * Example: `buildTickRecord({ tick: 1, durationMs: 3, phases: [], entries, … }).reads`.
 */
export function buildTickRecord(observation: TickObservation): RunTick {
  const { appended } = observation;
  return {
    tick: observation.tick,
    durationMs: roundMs(observation.durationMs),
    phases: observation.phases.map((p) => ({ ...p, durationMs: roundMs(p.durationMs) })),
    ...aggregateTickEntries(observation.entries),
    eventsAppended: observation.eventsAppended,
    headId: observation.headId,
    headHash: observation.headHash,
    ...(appended ? { appended } : {}),
  };
}

function buildStrategy(observation: StrategyObservation): RunStrategy {
  return {
    id: observation.id,
    label: observation.label,
    external: observation.external ?? false,
    repetitions: observation.repetitions.map((ticks, rep) => ({
      rep,
      ticks: ticks.map(buildTickRecord),
    })),
  };
}

/**
 * Each strategy's first repetition against the baseline's (default: the
 * first strategy, usually `naive`).
 */
export function equivalenceOf(
  strategies: readonly RunStrategy[],
  baselineId?: string,
): RunEquivalence[] {
  const baseline = strategies.find((s) => s.id === baselineId) ?? strategies[0];
  if (baseline === undefined) {
    return [];
  }
  const baseTicks = baseline.repetitions[0]?.ticks ?? [];
  return strategies
    .filter((s) => s !== baseline)
    .map((s) => {
      const v = compareTicks(baseTicks, s.repetitions[0]?.ticks ?? []);
      const verdict = v.verdict === 'unknown' ? 'unchecked' : v.verdict;
      return { ...v, verdict, strategy: s.id, baseline: baseline.id };
    });
}

/**
 * The whole run file (current version).
 * Example: `serializeRunFile(buildRunFile(meta, [naive, incremental]))`.
 */
export function buildRunFile(
  meta: RunMeta,
  observations: readonly StrategyObservation[],
  baselineId?: string,
): RunFile {
  const strategies = observations.map(buildStrategy);
  return {
    schemaVersion: CURRENT_RUN_FILE_VERSION,
    format: RUN_FILE_FORMAT,
    runId: meta.runId,
    createdAt: meta.createdAt,
    ...(meta.label !== undefined ? { label: meta.label } : {}),
    input: { ledger: meta.ledger },
    environment: meta.environment,
    scenario: meta.scenario,
    strategies,
    equivalence: equivalenceOf(strategies, baselineId),
    ...(meta.notes !== undefined ? { notes: meta.notes } : {}),
  };
}
