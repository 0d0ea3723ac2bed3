import type { MetricDelta } from '../../../core/profiling/compare/deltas';
import { formatBytes, formatCount } from '../../format';
import { strings } from '../../strings';
import { formatMs } from '../run-view/format-run';

const text = strings.profiling.compare;

/** Per site (or phase): reads, bytes and time before and after, biggest change first. */
export function DeltasTable({
  label,
  deltas,
}: {
  label: string;
  deltas: readonly MetricDelta[];
}) {
  return (
    <div className="tks-data-table-scroll">
      <table className="tks-data-table tks-deltas-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col" className="tks-col-text">
              {text.columns.what}
            </th>
            <th
              scope="col"
              className="tks-col-number"
            >{`${text.columns.baseline} reads`}</th>
            <th
              scope="col"
              className="tks-col-number"
            >{`${text.columns.candidate} reads`}</th>
            <th
              scope="col"
              className="tks-col-number"
            >{`${text.columns.delta} reads`}</th>
            <th
              scope="col"
              className="tks-col-number"
            >{`${text.columns.delta} bytes`}</th>
            <th
              scope="col"
              className="tks-col-number"
            >{`${text.columns.baseline} time`}</th>
            <th
              scope="col"
              className="tks-col-number"
            >{`${text.columns.candidate} time`}</th>
          </tr>
        </thead>
        <tbody>
          {deltas.map((d) => (
            <tr key={d.key}>
              <th scope="row" className="tks-col-text">
                {d.key}
              </th>
              <td className="tks-col-number">{formatCount(d.baseline.reads)}</td>
              <td className="tks-col-number">{formatCount(d.candidate.reads)}</td>
              <td className="tks-col-number">{signed(d.change.reads, formatCount)}</td>
              <td className="tks-col-number">{signed(d.change.bytes, formatBytes)}</td>
              <td className="tks-col-number">{formatMs(d.baseline.timeMs)}</td>
              <td className="tks-col-number">{formatMs(d.candidate.timeMs)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function signed(value: number, format: (n: number) => string): string {
  if (value === 0) {
    return '0';
  }
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}
