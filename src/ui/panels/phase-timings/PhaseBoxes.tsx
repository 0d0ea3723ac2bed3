import { strings } from '../../strings';
import { formatMs } from '../run-view/format-run';
import type { PhaseSpread } from './phase-timings-model';

const text = strings.profiling.phases;

/**
 * A box per phase on one shared scale (min-max whisker, IQR box, median
 * tick), beside its numbers. Plain SVG: one row per phase reads better than
 * a chart library's box plot at this size.
 */
export function PhaseBoxes({ spreads }: { spreads: readonly PhaseSpread[] }) {
  const max = Math.max(1e-9, ...spreads.map((s) => s.max));
  const x = (ms: number) => 4 + (ms / max) * 192;
  return (
    <table className="tks-data-table tks-phase-table" aria-label={text.boxLabel}>
      <thead>
        <tr>
          <th scope="col" className="tks-col-text">
            {text.columns.phase}
          </th>
          <th scope="col" className="tks-col-number">
            {text.columns.median}
          </th>
          <th scope="col" className="tks-col-number">
            {text.columns.iqr}
          </th>
          <th scope="col" className="tks-col-number">
            {text.columns.p95}
          </th>
          <th scope="col" className="tks-col-text">
            {text.columns.range}
          </th>
        </tr>
      </thead>
      <tbody>
        {spreads.map((s) => (
          <tr key={s.phase}>
            <th scope="row" className="tks-col-text">
              {s.phase}
            </th>
            <td className="tks-col-number">{formatMs(s.median)}</td>
            <td className="tks-col-number">{formatMs(s.q3 - s.q1)}</td>
            <td className="tks-col-number">{formatMs(s.p95)}</td>
            <td className="tks-col-text">
              <svg width="200" height="14" className="tks-box" aria-hidden="true">
                <line
                  x1={x(s.min)}
                  x2={x(s.max)}
                  y1="7"
                  y2="7"
                  className="tks-box-whisker"
                />
                <rect
                  x={x(s.q1)}
                  width={Math.max(1, x(s.q3) - x(s.q1))}
                  y="2"
                  height="10"
                  className="tks-box-iqr"
                />
                <line
                  x1={x(s.median)}
                  x2={x(s.median)}
                  y1="1"
                  y2="13"
                  className="tks-box-median"
                />
              </svg>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
