/** Text and `--json` for `tickscope scale`. */
import type { ScaleReport } from '../../core/profiling/scaling/report';

/** `--json`: per strategy the slope and the class (of rows read + events derived per tick). */
export function scaleJson(report: ScaleReport): object {
  return {
    metric: 'workPerTick',
    sizes: report.sizes,
    strategies: report.strategies.map((s) => ({
      id: s.id,
      slope: Number(s.headline.slope.toFixed(4)),
      complexity: s.headline.complexity,
      r2: Number(s.headline.r2.toFixed(4)),
      tickMs: {
        slope: Number(s.fits.tickMs.slope.toFixed(4)),
        complexity: s.fits.tickMs.complexity,
      },
    })),
    notes: report.notes,
  };
}

/** A table per strategy: work and time per size, then the fit. */
export function scaleText(report: ScaleReport, out: string): string {
  const sizes = report.sizes.map((s) => `${s.n} (${s.source})`).join(', ');
  const lines = [`wrote ${out}: sizes ${sizes}, ${report.ticksPerSize} ticks each`, ''];
  for (const s of report.strategies) {
    const h = s.headline;
    lines.push(
      `${s.id}: ${h.complexity} per tick (log-log slope ${h.slope.toFixed(2)}, fit ${h.r2.toFixed(3)}); time ${s.fits.tickMs.complexity} (slope ${s.fits.tickMs.slope.toFixed(2)})`,
    );
    lines.push('         n   work/tick   rows read/tick   full reads/tick   median tick');
    for (const p of s.points) {
      const m = p.metrics;
      lines.push(
        `  ${String(p.n).padStart(8)}  ${String(m.workPerTick).padStart(10)}  ${String(m.rowsReadPerTick).padStart(15)}  ${String(m.fullReadsPerTick).padStart(16)}  ${m.tickMs.toFixed(3).padStart(9)} ms`,
      );
    }
    lines.push('');
  }
  return [...lines, ...report.notes.map((n) => `note: ${n}`), ''].join('\n');
}
