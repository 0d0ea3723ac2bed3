import type { RunFile } from '../../../core/profiling/run-file/types';
import { isExternalRun } from './run-ticks';
import { useRunSelect } from './useRunSelect';

export interface RunHeader {
  readonly label: string | null;
  readonly input: string;
  readonly ticks: number;
  readonly reps: number;
  readonly strategies: readonly { readonly id: string; readonly label: string }[];
  readonly external: boolean;
  readonly runtimeLabel: string;
}

const select = (run: RunFile): RunHeader => ({
  label: run.label ?? null,
  input: run.input.ledger.name,
  ticks: run.scenario.ticks,
  reps: run.scenario.reps,
  strategies: run.strategies.map((s) => ({ id: s.id, label: s.label })),
  external: isExternalRun(run),
  runtimeLabel: run.environment.runtimeLabel,
});

export function useRunHeaderData(runId: string) {
  return useRunSelect(runId, select);
}
