/**
 * Text for people: a comparison of two runs, differences first.
 */
import type {
  RunComparison,
  StrategyComparison,
} from '../../core/profiling/compare/compare';
import type { MetricDelta } from '../../core/profiling/compare/deltas';
import { formatBytes } from '../../core/profiling/findings';

const TOP = 10;

function signed(n: number, unit = ''): string {
  const text = Number.isInteger(n) ? String(n) : n.toFixed(3);
  return `${n > 0 ? '+' : ''}${text}${unit}`;
}

function deltaLine(d: MetricDelta): string {
  const c = d.change;
  const bytes = `${c.bytes >= 0 ? '+' : '-'}${formatBytes(Math.abs(c.bytes))}`;
  return `    ${d.key.padEnd(34)} reads ${String(d.baseline.reads).padStart(6)} -> ${String(d.candidate.reads).padEnd(6)} (${signed(c.reads)})  bytes ${bytes}  time ${signed(c.timeMs, ' ms')}`;
}

function equivalenceLine(s: StrategyComparison): string {
  const e = s.equivalence;
  if (e.verdict === 'identical') {
    return `  equivalence: ledgers identical over ${e.ticksCompared} ticks`;
  }
  if (e.verdict === 'diverged') {
    const d = e.firstDivergence;
    const kinds = `${d?.baseline?.kind ?? '(none)'} vs ${d?.candidate?.kind ?? '(none)'}`;
    return `  equivalence: ledgers differ at event ${d?.eventId ?? '?'} (tick ${d?.tick ?? '?'}: ${kinds})`;
  }
  return `  equivalence: unknown (${e.note ?? 'not checked'})`;
}

function strategyText(s: StrategyComparison): string[] {
  const title =
    s.baseline === s.candidate ? s.baseline : `${s.baseline} -> ${s.candidate}`;
  return [
    `${title}:`,
    `  ${s.summary}`,
    ...s.warnings.map((w) => `  warning: ${w}`),
    equivalenceLine(s),
    '  phases (biggest change first):',
    ...s.phases.slice(0, TOP).map(deltaLine),
    '  sites (biggest change first):',
    ...s.sites.slice(0, TOP).map(deltaLine),
    '',
  ];
}

/** The report `tickscope compare` prints. */
export function compareText(c: RunComparison, base: string, cand: string): string {
  const diffs = [...c.inputDifferences, ...c.environmentDifferences].map(
    (d) => `  ${d.field}: ${d.baseline} -> ${d.candidate}`,
  );
  const head = [
    `baseline ${base} vs candidate ${cand}`,
    diffs.length === 0 ? 'inputs and environment: the same' : 'differences:',
    ...diffs,
    ...c.notes.map((n) => `note: ${n}`),
    '',
  ];
  const unmatched = [...c.unmatched.baseline, ...c.unmatched.candidate];
  const tail =
    unmatched.length > 0 ? [`unmatched strategies: ${unmatched.join(', ')}`] : [];
  return [...head, ...c.strategies.flatMap(strategyText), ...tail, ''].join('\n');
}
