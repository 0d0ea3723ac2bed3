import type { Comparison } from '../../core/runtime/comparison';
import { median, summarizeRun } from '../../core/runtime/comparison';
import type { Scenario } from '../../core/runtime/scenario';

/** The `--json` document of `tickscope run`. */
export function runJson(file: string, scenario: Scenario, c: Comparison): object {
  return {
    file,
    scenario,
    results: c.runs.map(({ run }) => summarizeRun(run)),
    equivalence: c.equivalence,
  };
}

/** A table for people: one line per strategy, then the verdict. */
export function runText(file: string, scenario: Scenario, c: Comparison): string {
  const head = `${file}: ${scenario.ticks} ticks, a user turn every ${scenario.turnEvery}, seed ${scenario.seed}\n\n`;
  const header =
    'strategy        events         median tick   full reads/tick   read_all/tick   head hash\n';
  const lines = c.runs.map(({ run }) => {
    const s = summarizeRun(run);
    const reads = median(s.fullReadsPerTick.slice(1));
    const logical = median(s.logicalReadsPerTick.slice(1));
    const label = run.wrong ? `${s.strategy} (WRONG)` : s.strategy;
    const events = `${s.eventsBefore}->${s.eventsAfter}`;
    return `${label.padEnd(16)}${events.padEnd(15)}${s.medianTickMs.toFixed(2).padStart(8)} ms   ${String(reads).padStart(8)}          ${String(logical).padStart(6)}        ${(s.headHash ?? '-').slice(0, 16)}`;
  });
  return `${head}${header}${lines.join('\n')}\n\n${verdict(c)}\n`;
}

function verdict(c: Comparison): string {
  const eq = c.equivalence;
  const div = eq.divergences.map(
    (d) =>
      `  ${d.strategy}${d.wrong ? ' (wrong by design)' : ''}: first divergent event ${d.firstDivergentId} (${d.kind})`,
  );
  const head = eq.equivalent
    ? `equivalent: every correct strategy matches ${eq.reference ?? '-'}`
    : `NOT equivalent to ${eq.reference ?? '-'}`;
  return [head, ...div].join('\n');
}
