import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { formatMs } from '../run-view/format-run';
import type { RunPanelProps } from '../run-view/run-context';
import { PhaseBoxes } from './PhaseBoxes';
import { PhaseTimingsChart } from './PhaseTimingsChart';
import { usePhaseTimingsData } from './usePhaseTimingsData';

const text = strings.profiling.phases;

export function PhaseTimingsPanel({ runId, strategy }: RunPanelProps) {
  const data = usePhaseTimingsData(runId, strategy);
  const model = data.data;
  return (
    <Panel title={text.heading}>
      {model === undefined ? (
        <StatusNote busy={data.isPending}>
          {data.error?.message ?? strings.panel.loading}
        </StatusNote>
      ) : null}
      {model?.phases.length === 0 ? <StatusNote>{text.empty}</StatusNote> : null}
      {model !== undefined && model.phases.length > 0 ? (
        <>
          <p className="tks-panel-note" data-testid="tick-total">
            {text.tickTotal(formatMs(model.total.median), formatMs(model.total.p95))}
          </p>
          <PhaseTimingsChart model={model} />
          <PhaseBoxes spreads={model.spreads} />
        </>
      ) : null}
    </Panel>
  );
}
