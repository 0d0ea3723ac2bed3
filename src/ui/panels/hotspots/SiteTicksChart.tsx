import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

import { strings } from '../../strings';
import type { SiteTickPoint } from './hotspots-model';

/** One site's reads per tick. */
export function SiteTicksChart({
  site,
  points,
}: {
  site: string;
  points: readonly SiteTickPoint[];
}) {
  return (
    <figure className="tks-site-ticks" data-testid="site-ticks-chart">
      <figcaption className="tks-figure-caption">
        {strings.profiling.hotspots.siteChart(site)}
      </figcaption>
      <BarChart
        width={640}
        height={140}
        data={[...points]}
        margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
      >
        <CartesianGrid
          vertical={false}
          strokeDasharray="3 3"
          className="tks-chart-grid"
        />
        <XAxis dataKey="tick" tick={{ fontSize: 11 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 11 }} width={40} />
        <Tooltip />
        <Bar
          dataKey="reads"
          name={strings.profiling.hotspots.readsAxis}
          fill="var(--tks-accent)"
          isAnimationActive={false}
        />
      </BarChart>
    </figure>
  );
}
