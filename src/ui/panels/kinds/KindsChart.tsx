import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';

import type { KindCount } from '../../../engine/protocol';
import { strings } from '../../strings';

interface Props {
  readonly kinds: readonly KindCount[];
  readonly selected: string | null;
  readonly onSelect: (kind: string) => void;
}

const rowHeight = 20;
const chartWidth = 380;

/** Horizontal bars of events per kind; clicking a bar filters the table by that kind. */
export const KindsChart = memo(function KindsChart({ kinds, selected, onSelect }: Props) {
  const height = Math.max(120, kinds.length * rowHeight + 40);
  const data = kinds.map((k) => ({ kind: k.kind, count: k.count }));
  return (
    <div className="tks-kinds-chart" data-testid="kinds-chart">
      <BarChart
        width={chartWidth}
        height={height}
        data={data}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        accessibilityLayer
      >
        <CartesianGrid
          horizontal={false}
          strokeDasharray="3 3"
          className="tks-chart-grid"
        />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 11 }} />
        <YAxis
          type="category"
          dataKey="kind"
          width={150}
          interval={0}
          tick={{ fontSize: 11 }}
        />
        <Tooltip formatter={(value) => [String(value), strings.kinds.countLabel]} />
        <Bar
          dataKey="count"
          isAnimationActive={false}
          onClick={(entry: { payload?: { kind?: string } }) => {
            const kind = entry.payload?.kind;
            if (kind !== undefined) {
              onSelect(kind);
            }
          }}
        >
          {data.map((d) => (
            <Cell
              key={d.kind}
              className={
                d.kind === selected
                  ? 'tks-kind-bar tks-kind-bar-selected'
                  : 'tks-kind-bar'
              }
            />
          ))}
        </Bar>
      </BarChart>
    </div>
  );
});
