import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

import { formatBytes, formatCount } from '../../format';
import { strings } from '../../strings';
import { opColor } from '../run-view/op-colors';
import { OpLegend } from '../run-view/OpLegend';
import type { ReadMetric, ReadsPerTickModel } from './reads-per-tick-model';

interface Props {
  readonly model: ReadsPerTickModel;
  readonly metric: ReadMetric;
}

/** Stacked bars per tick: one piece per phase, coloured by operation. */
export function ReadsPerTickChart({ model, metric }: Props) {
  const format = metric === 'bytes' ? formatBytes : formatCount;
  return (
    <div className="tks-reads-chart" data-testid="reads-per-tick-chart">
      <BarChart
        width={640}
        height={260}
        data={[...model.rows]}
        margin={{ top: 8, right: 16, bottom: 4, left: 8 }}
        accessibilityLayer
      >
        <CartesianGrid
          vertical={false}
          strokeDasharray="3 3"
          className="tks-chart-grid"
        />
        <XAxis
          dataKey="tick"
          tick={{ fontSize: 11 }}
          label={{
            value: strings.profiling.readsPerTick.tick,
            position: 'insideBottomRight',
            offset: -2,
            fontSize: 11,
          }}
        />
        <YAxis
          tick={{ fontSize: 11 }}
          tickFormatter={(v: number) => format(v)}
          width={70}
        />
        <Tooltip formatter={(value) => format(Number(value))} />
        {model.series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            stackId="tick"
            fill={opColor(s.op)}
            stroke="var(--tks-surface)"
            strokeWidth={0.5}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
      <OpLegend ops={model.ops} />
    </div>
  );
}
