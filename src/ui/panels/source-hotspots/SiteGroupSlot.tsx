import { useCallback, useId, useState } from 'react';

import type { SiteGroup } from '../../../core/instrument/types';
import type { RunFile } from '../../../core/profiling/run-file/types';
import { groupReadsPerTick } from '../../../core/scanner/site-reads';
import { StatusNote } from '../../components/StatusNote';
import { useRunList } from '../history/useRuns';
import { useRunSelect } from '../run-view/useRunSelect';
import { sourceHotspotsStrings as text } from './source-hotspots-strings';

interface Props {
  readonly group: SiteGroup;
  readonly staticCount: number;
}

/**
 * A function that stands for one of the runtime's site groups: its static
 * call count beside the reads that group made per tick in a saved
 * profiling run, one line per strategy.
 */
export function SiteGroupSlot({ group, staticCount }: Props) {
  return (
    <div
      className="tks-source-site-group"
      data-testid="site-group-slot"
      data-group={group}
    >
      <p>
        {text.siteGroup(group)} · {text.staticCount(staticCount)}
      </p>
      <GroupRunReads group={group} />
    </div>
  );
}

function GroupRunReads({ group }: { group: SiteGroup }) {
  const selectId = useId();
  const runs = useRunList();
  const [picked, setPicked] = useState<string | null>(null);
  const complete = (runs.data ?? []).filter((run) => run.status === 'complete');
  const runId = picked ?? complete[0]?.runId ?? null;

  if (runs.isPending) {
    return <StatusNote busy>{text.loadingRun}</StatusNote>;
  }
  if (complete.length === 0) {
    return <p className="tks-source-slot">{text.noRuns}</p>;
  }
  return (
    <div data-slot="reads-per-tick">
      <label htmlFor={selectId}>{text.runLabel} </label>
      <select
        id={selectId}
        className="tks-select"
        value={runId ?? ''}
        onChange={(event) => setPicked(event.target.value)}
      >
        {complete.map((run) => (
          <option key={run.runId} value={run.runId}>
            {run.name}
          </option>
        ))}
      </select>
      <StrategyReads runId={runId} group={group} />
    </div>
  );
}

function StrategyReads({ runId, group }: { runId: string | null; group: SiteGroup }) {
  const select = useCallback(
    (run: RunFile) =>
      run.strategies.map((s) => ({
        id: s.id,
        label: s.label,
        reads: groupReadsPerTick(s, group),
      })),
    [group],
  );
  const rows = useRunSelect(runId, select);
  if (rows.data === undefined) {
    return rows.isFetching ? <StatusNote busy>{text.loadingRun}</StatusNote> : null;
  }
  return (
    <ul className="tks-source-run-reads">
      {rows.data.map(({ id, label, reads }) => (
        <li key={id}>
          {text.readsPerTick(
            label,
            reads.fullReads.toFixed(1),
            reads.reads.toFixed(1),
            reads.ticks,
          )}
        </li>
      ))}
    </ul>
  );
}
