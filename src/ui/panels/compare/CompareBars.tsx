import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';

import { strings } from '../../strings';
import { formatMs } from '../run-view/format-run';

export interface BeforeAfter {
  readonly key: string;
  readonly baseline: number;
  readonly candidate: number;
}

interface Props {
  readonly title: string;
  readonly rows: readonly BeforeAfter[];
  readonly unit: 'ms' | 'count';
  readonly testId: string;
}

/** Before/after bars per key (phase or site), horizontal so long names read. */
export function CompareBars({ title, rows, unit, testId }: Props) {
  const format = unit === 'ms' ? (v: number) => formatMs(v) : (v: number) => String(v);
  const height = Math.max(120, rows.length * 26 + 60);
  return (
    <figure className="tks-compare-bars" data-testid={testId}>
      <figcaption className="tks-figure-caption">{title}</figcaption>
      <BarChart
        width={620}
        height={height}
        data={[...rows]}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid
          horizontal={false}
          strokeDasharray="3 3"
          className="tks-chart-grid"
        />
        <XAxis type="number" tick={{ fontSize: 11 }} tickFormatter={format} />
        <YAxis
          type="category"
          dataKey="key"
          width={190}
          interval={0}
          tick={{ fontSize: 11 }}
        />
        <Tooltip formatter={(value) => format(Number(value))} />
        <Legend wrapperStyle={{ fontSize: 11 }} />
        <Bar
          dataKey="baseline"
          name={strings.profiling.compare.baseline}
          fill="#8c8c8c"
          isAnimationActive={false}
        />
        <Bar
          dataKey="candidate"
          name={strings.profiling.compare.candidate}
          fill="#5b8def"
          isAnimationActive={false}
        />
      </BarChart>
    </figure>
  );
}
