import type { RunOp } from '../../../core/profiling/run-file/types';
import { opColor } from './op-colors';

/** The colour key of the operations a chart shows. */
export function OpLegend({ ops }: { ops: readonly RunOp[] }) {
  return (
    <ul className="tks-legend">
      {ops.map((op) => (
        <li key={op} className="tks-legend-item">
          <span
            className="tks-legend-swatch"
            style={{ background: opColor(op) }}
            aria-hidden="true"
          />
          {op}
        </li>
      ))}
    </ul>
  );
}
