/**
 * What differs between two runs' inputs and environments. When the inputs
 * differ (ledger hash or scenario) no difference in time may be called
 * significant: the runs did not do the same work.
 */
import type { RunFile } from '../run-file/types';

export interface FieldDifference {
  /** Dotted path, e.g. `input.ledger.sha256` or `scenario.ticks`. */
  readonly field: string;
  readonly baseline: string;
  readonly candidate: string;
}

function show(value: unknown): string {
  return value === undefined ? '(absent)' : JSON.stringify(value);
}

function diffFields(prefix: string, base: object, cand: object): FieldDifference[] {
  const baseMap = new Map<string, unknown>(Object.entries(base));
  const candMap = new Map<string, unknown>(Object.entries(cand));
  const keys = [...new Set([...baseMap.keys(), ...candMap.keys()])];
  return keys.flatMap((key) => {
    const b = show(baseMap.get(key));
    const c = show(candMap.get(key));
    return b === c ? [] : [{ field: `${prefix}.${key}`, baseline: b, candidate: c }];
  });
}

/**
 * Input differences: the ledger (hash, name, events, era, prefix, synthetic)
 * and the scenario. A missing hash on either side counts as a difference,
 * because sameness cannot be shown.
 * Example: two runs of different ledgers -> `[{ field: 'input.ledger.sha256', … }]`.
 */
export function inputDifferences(base: RunFile, cand: RunFile): FieldDifference[] {
  const ledger = diffFields('input.ledger', base.input.ledger, cand.input.ledger);
  const unknownHash =
    base.input.ledger.sha256 === null && cand.input.ledger.sha256 === null
      ? [{ field: 'input.ledger.sha256', baseline: 'null', candidate: 'null' }]
      : [];
  const scenario = diffFields('scenario', scenarioForWork(base), scenarioForWork(cand));
  return [...unknownHash, ...ledger, ...scenario];
}

/** Repetitions change the sample size, not the work, so they are left out. */
function scenarioForWork(run: RunFile): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(run.scenario).filter(([key]) => key !== 'reps'),
  );
}

/** Environment differences (where and on what the runs were made). */
export function environmentDifferences(base: RunFile, cand: RunFile): FieldDifference[] {
  return diffFields('environment', base.environment, cand.environment);
}
