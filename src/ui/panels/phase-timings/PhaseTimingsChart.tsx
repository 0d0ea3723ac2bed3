import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

import { seriesColor } from '../run-view/op-colors';
import { formatMs } from '../run-view/format-run';
import type { PhaseTimingsModel } from './phase-timings-model';

/** Per tick, the median time of each phase, stacked; the bar's height is the tick. */
export function PhaseTimingsChart({ model }: { model: PhaseTimingsModel }) {
  return (
    <div className="tks-phase-chart" data-testid="phase-timings-chart">
      <BarChart
        width={640}
        height={240}
        data={[...model.rows]}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid
          vertical={false}
          strokeDasharray="3 3"
          className="tks-chart-grid"
        />
        <XAxis dataKey="tick" tick={{ fontSize: 11 }} />
        <YAxis
          tick={{ fontSize: 11 }}
          tickFormatter={(v: number) => formatMs(v)}
          width={70}
        />
        <Tooltip formatter={(value) => formatMs(Number(value))} />
        {model.phases.map((phase, i) => (
          <Bar
            key={phase}
            dataKey={phase}
            stackId="tick"
            fill={seriesColor(i)}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </div>
  );
}
