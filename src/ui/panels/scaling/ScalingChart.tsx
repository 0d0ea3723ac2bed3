import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

import { seriesColor } from '../run-view/op-colors';
import type { ScalingSeries } from './scaling-model';

interface Props {
  readonly title: string;
  readonly series: readonly ScalingSeries[];
  readonly format: (value: number) => string;
  readonly testId: string;
}

/** Log-log: the metric against ledger size, measured (solid) and fitted (dashed). */
export function ScalingChart({ title, series, format, testId }: Props) {
  return (
    <figure className="tks-scaling-chart" data-testid={testId}>
      <figcaption className="tks-figure-caption">{title}</figcaption>
      <LineChart
        width={520}
        height={280}
        margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
      >
        <CartesianGrid strokeDasharray="3 3" className="tks-chart-grid" />
        <XAxis
          dataKey="n"
          type="number"
          scale="log"
          domain={['auto', 'auto']}
          tick={{ fontSize: 11 }}
          allowDuplicatedCategory={false}
        />
        <YAxis
          type="number"
          scale="log"
          domain={['auto', 'auto']}
          tick={{ fontSize: 11 }}
          tickFormatter={format}
          width={70}
        />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        {series.map((s, i) => (
          <Line
            key={s.strategy}
            data={[...s.points]}
            dataKey="y"
            name={s.strategy}
            stroke={seriesColor(i)}
            isAnimationActive={false}
          />
        ))}
        {series.map((s, i) => (
          <Line
            key={`${s.strategy}-fit`}
            data={[...s.fitted]}
            dataKey="y"
            name={`${s.strategy} fit`}
            stroke={seriesColor(i)}
            strokeDasharray="4 3"
            dot={false}
            legendType="none"
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </figure>
  );
}
