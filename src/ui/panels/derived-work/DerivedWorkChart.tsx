import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

import { strings } from '../../strings';
import { opColor } from '../run-view/op-colors';
import { OpLegend } from '../run-view/OpLegend';
import type { DerivedWorkModel } from './derived-work-model';
import { DERIVATION_OPS } from './derived-work-model';

/** Events processed per tick by each kind of derivation, stacked. */
export function DerivedWorkChart({ model }: { model: DerivedWorkModel }) {
  return (
    <div className="tks-derived-chart" data-testid="derived-work-chart">
      <BarChart
        width={640}
        height={200}
        data={[...model.rows]}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid
          vertical={false}
          strokeDasharray="3 3"
          className="tks-chart-grid"
        />
        <XAxis dataKey="tick" tick={{ fontSize: 11 }} />
        <YAxis tick={{ fontSize: 11 }} width={70} />
        <Tooltip />
        {DERIVATION_OPS.map((op) => (
          <Bar
            key={op}
            dataKey={`${op}:events`}
            name={strings.profiling.derived.ops[op]}
            stackId="tick"
            fill={opColor(op)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <OpLegend ops={DERIVATION_OPS} />
    </div>
  );
}
