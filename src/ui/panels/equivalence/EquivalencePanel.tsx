import type { RunDivergence } from '../../../core/profiling/run-file/types';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import type { StripCell, StripRow } from './equivalence-model';
import { useEquivalenceData } from './useEquivalenceData';

const text = strings.profiling.equivalence;

export function EquivalencePanel({ runId }: { runId: string }) {
  const data = useEquivalenceData(runId);
  const model = data.data;
  return (
    <Panel title={text.heading}>
      {model === undefined ? (
        <StatusNote busy={data.isPending}>
          {data.error?.message ?? strings.panel.loading}
        </StatusNote>
      ) : (
        <>
          {model.baseline === null ? null : (
            <p className="tks-panel-note">{text.baseline(model.baseline)}</p>
          )}
          <ul className="tks-strip-list">
            {model.rows.map((row) => (
              <StripRowView key={row.strategy} row={row} />
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}

function StripRowView({ row }: { row: StripRow }) {
  return (
    <li className="tks-strip-row" data-strategy={row.strategy} data-verdict={row.verdict}>
      <span className="tks-strip-label">{row.label}</span>
      <span
        className="tks-strip"
        role="img"
        aria-label={`${row.label}: ${verdictText(row)}`}
      >
        {row.cells.map((cell) => (
          <StripCellView key={cell.tick} cell={cell} />
        ))}
      </span>
      <span className="tks-strip-verdict">{verdictText(row)}</span>
      {row.divergence === null ? null : <DivergenceView divergence={row.divergence} />}
    </li>
  );
}

function StripCellView({ cell }: { cell: StripCell }) {
  const title = text.cell(cell.tick, text.states[cell.state]);
  switch (cell.state) {
    case 'baseline':
      return <span className="tks-strip-cell tks-strip-cell-baseline" title={title} />;
    case 'match':
      return <span className="tks-strip-cell tks-strip-cell-match" title={title} />;
    case 'differ':
      return <span className="tks-strip-cell tks-strip-cell-differ" title={title} />;
    case 'unknown':
      return <span className="tks-strip-cell tks-strip-cell-unknown" title={title} />;
  }
}

function verdictText(row: StripRow): string {
  switch (row.verdict) {
    case 'baseline':
      return text.isBaseline;
    case 'identical':
      return text.identical;
    case 'diverged':
      return row.divergence === null
        ? text.states.differ
        : text.diverged(row.divergence.eventId, row.divergence.tick);
    case 'unchecked':
      return row.note ?? text.unchecked;
  }
}

/** The first divergent event, baseline and candidate side by side. */
function DivergenceView({ divergence }: { divergence: RunDivergence }) {
  const side = (event: RunDivergence['baseline']) =>
    event === null
      ? text.side.none
      : `#${event.id} ${event.kind} ${event.hash?.slice(0, 12) ?? ''}`;
  return (
    <dl className="tks-divergence" data-testid="divergence">
      <div className="tks-divergence-side">
        <dt>{text.side.baseline}</dt>
        <dd>
          <code>{side(divergence.baseline)}</code>
        </dd>
      </div>
      <div className="tks-divergence-side">
        <dt>{text.side.candidate}</dt>
        <dd>
          <code>{side(divergence.candidate)}</code>
        </dd>
      </div>
    </dl>
  );
}
