import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { formatCount } from '../../format';
import { strings } from '../../strings';
import { formatMs } from '../run-view/format-run';
import type { RunPanelProps } from '../run-view/run-context';
import { DerivedWorkChart } from './DerivedWorkChart';
import { useDerivedWorkData } from './useDerivedWorkData';

const text = strings.profiling.derived;

export function DerivedWorkPanel({ runId, strategy, site }: RunPanelProps) {
  const data = useDerivedWorkData(runId, strategy, site);
  const model = data.data;
  if (model === undefined) {
    return (
      <Panel title={text.heading}>
        <StatusNote busy={data.isPending}>
          {data.error?.message ?? strings.panel.loading}
        </StatusNote>
      </Panel>
    );
  }
  return (
    <Panel title={text.heading}>
      <p className="tks-panel-note">{text.note}</p>
      <table className="tks-data-table tks-derived-table">
        <thead>
          <tr>
            <th scope="col" className="tks-col-text">
              {text.columns.op}
            </th>
            <th scope="col" className="tks-col-number">
              {text.columns.count}
            </th>
            <th scope="col" className="tks-col-number">
              {text.columns.perTick}
            </th>
            <th scope="col" className="tks-col-number">
              {text.columns.events}
            </th>
            <th scope="col" className="tks-col-number">
              {text.columns.ms}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.totals.map((t) => (
            <tr key={t.op}>
              <th scope="row" className="tks-col-text">
                {text.ops[t.op]}
              </th>
              <td className="tks-col-number">{formatCount(t.count)}</td>
              <td className="tks-col-number">{t.countPerTick.toFixed(1)}</td>
              <td className="tks-col-number">{formatCount(t.events)}</td>
              <td className="tks-col-number">{formatMs(t.ms)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <DerivedWorkChart model={model} />
    </Panel>
  );
}
