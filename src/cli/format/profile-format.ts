/**
 * Text for people: a profiling run's headline per strategy and its top
 * findings.
 */
import { findFindings } from '../../core/profiling/findings';
import type { RunFile, RunTick } from '../../core/profiling/run-file/types';
import { describeSample } from '../../core/profiling/stats/describe';
import { median } from '../../core/profiling/stats/summary';

function fullReads(t: RunTick): number {
  return t.reads.filter((a) => a.op === 'full-read').reduce((s, a) => s + a.count, 0);
}

function derived(t: RunTick): number {
  return t.derivations.reduce((s, a) => s + a.rows, 0);
}

/** Milliseconds with 3 decimals. */
export function ms(value: number): string {
  return `${value.toFixed(3)} ms`;
}

/** The summary `tickscope profile` prints after writing `out`. */
export function profileText(run: RunFile, out: string): string {
  const l = run.input.ledger;
  const head = [
    `wrote ${out}: ${l.name} (${l.eventCount ?? '?'} events, ${l.era}), ` +
      `${run.scenario.ticks} ticks x ${run.scenario.reps} reps, timer step ${run.environment.timerResolutionMs} ms`,
    '',
    'strategy        median tick (95% CI)                 full reads/tick  events derived/tick',
  ];
  const rows = run.strategies.map((s) => {
    const totals = s.repetitions.map((r) => median(r.ticks.map((t) => t.durationMs)));
    const d = describeSample(totals);
    const first = s.repetitions[0]?.ticks ?? [];
    const ci = `${ms(d.median)} (${d.medianCi.low.toFixed(3)}–${d.medianCi.high.toFixed(3)})`;
    return `${s.id.padEnd(16)}${ci.padEnd(37)}${String(median(first.map(fullReads))).padStart(8)}         ${String(median(first.map(derived))).padStart(10)}`;
  });
  return [
    ...head,
    ...rows,
    '',
    ...equivalenceLines(run),
    '',
    ...findingLines(run),
    '',
  ].join('\n');
}

function equivalenceLines(run: RunFile): string[] {
  if (run.equivalence.length === 0) {
    return ['equivalence: one strategy only, nothing to compare'];
  }
  return run.equivalence.map((e) => {
    const at = e.firstDivergence
      ? ` at event ${e.firstDivergence.eventId} (tick ${e.firstDivergence.tick})`
      : '';
    return `equivalence ${e.strategy} vs ${e.baseline}: ${e.verdict}${at}`;
  });
}

function findingLines(run: RunFile): string[] {
  return run.strategies.flatMap((s) => {
    const findings = findFindings(s.repetitions[0]?.ticks ?? []).slice(0, 3);
    if (findings.length === 0) {
      return [`${s.id}: no findings`];
    }
    return [
      `${s.label}: top findings`,
      ...findings.map((f) => `  [${f.rule}] ${f.message}`),
    ];
  });
}
