import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { HistoryRow } from './HistoryRow';
import { ImportRun } from './ImportRun';
import { RunBundle } from './RunBundle';
import { useRunList } from './useRuns';

const text = strings.profiling.history;

/** Every saved run, newest first, with import, rename, delete and export. */
export function HistoryPanel() {
  const runs = useRunList();
  return (
    <Panel title={text.heading}>
      <ImportRun />
      <RunBundle
        finishedRuns={runs.data?.filter((m) => m.status === 'complete').length ?? 0}
      />
      {runs.error === null ? null : (
        <div className="tks-alert" role="alert">
          <p>{runs.error.message}</p>
        </div>
      )}
      {runs.data === undefined ? (
        <StatusNote busy={runs.isPending}>{strings.panel.loading}</StatusNote>
      ) : null}
      {runs.data?.length === 0 ? <StatusNote>{text.empty}</StatusNote> : null}
      {runs.data !== undefined && runs.data.length > 0 ? (
        <div className="tks-data-table-scroll">
          <table className="tks-data-table tks-history-table" aria-label={text.heading}>
            <thead>
              <tr>
                <th scope="col" className="tks-col-text">
                  {text.columns.name}
                </th>
                <th scope="col" className="tks-col-text">
                  {text.columns.input}
                </th>
                <th scope="col" className="tks-col-text">
                  {text.columns.strategies}
                </th>
                <th scope="col" className="tks-col-text">
                  {text.columns.date}
                </th>
                <th scope="col" className="tks-col-text">
                  {text.columns.headline}
                </th>
                <th scope="col" className="tks-col-actions" />
              </tr>
            </thead>
            <tbody>
              {runs.data.map((meta) => (
                <HistoryRow key={meta.runId} meta={meta} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </Panel>
  );
}
