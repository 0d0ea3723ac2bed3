import { useState } from 'react';

import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import type { RunPanelProps } from '../run-view/run-context';
import type { ReadMetric } from './reads-per-tick-model';
import { ReadsPerTickChart } from './ReadsPerTickChart';
import { useReadsPerTickData } from './useReadsPerTickData';

const text = strings.profiling.readsPerTick;

export function ReadsPerTickPanel({ runId, strategy, site }: RunPanelProps) {
  const [metric, setMetric] = useState<ReadMetric>('count');
  const data = useReadsPerTickData(runId, strategy, metric, site);
  const toggle = (
    <div className="tks-segmented" role="group" aria-label={text.metric}>
      {(['count', 'bytes'] as const).map((m) => (
        <button
          key={m}
          type="button"
          className="tks-segmented-item"
          aria-pressed={metric === m}
          onClick={() => setMetric(m)}
        >
          {m === 'count' ? text.counts : text.bytes}
        </button>
      ))}
    </div>
  );
  return (
    <Panel title={text.heading} actions={toggle}>
      {data.data === undefined ? (
        <StatusNote busy={data.isPending}>
          {data.error?.message ?? strings.panel.loading}
        </StatusNote>
      ) : null}
      {data.data?.series.length === 0 ? <StatusNote>{text.empty}</StatusNote> : null}
      {data.data !== undefined && data.data.series.length > 0 ? (
        <ReadsPerTickChart model={data.data} metric={metric} />
      ) : null}
    </Panel>
  );
}
