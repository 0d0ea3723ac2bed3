import { useState } from 'react';

import { updateUrlState } from '../../address/address-state';
import { formatCount } from '../../format';
import type { RunMeta } from '../../storage/run-store';
import { strings } from '../../strings';
import { formatMs } from '../run-view/format-run';
import type { ExportFormat } from './run-export';
import { downloadText, exportOf } from './run-export';
import { getRunStore } from './run-store-access';
import { useDeleteRun, useRenameRun } from './useRuns';

const text = strings.profiling.history;

/** One saved run: what it ran on, when, its headline numbers, and what can be done with it. */
export function HistoryRow({ meta }: { meta: RunMeta }) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const rename = useRenameRun();
  const remove = useDeleteRun();
  const complete = meta.status === 'complete';

  return (
    <tr className="tks-history-row" data-run={meta.runId} data-status={meta.status}>
      <th scope="row" className="tks-col-text">
        {renaming === null ? (
          <span className="tks-history-name">{meta.name}</span>
        ) : (
          <RenameField
            name={meta.name}
            value={renaming}
            onChange={setRenaming}
            onSave={() => {
              rename.mutate({ runId: meta.runId, name: renaming.trim() || meta.name });
              setRenaming(null);
            }}
          />
        )}
        {meta.external ? <span className="tks-badge">{text.external}</span> : null}
        {meta.status === 'complete' ? null : (
          <span className="tks-badge tks-badge-bad" title={meta.failure}>
            {meta.status === 'failed' ? text.failed : text.running}
          </span>
        )}
        {meta.failure === undefined ? null : (
          <div className="tks-panel-note">{meta.failure}</div>
        )}
      </th>
      <td className="tks-col-text">
        {meta.inputName}
        {meta.inputEvents === null ? null : ` (${formatCount(meta.inputEvents)})`}
      </td>
      <td className="tks-col-text">{meta.strategies.join(', ')}</td>
      <td className="tks-col-text">
        <time dateTime={meta.savedAt}>{meta.savedAt.slice(0, 19).replace('T', ' ')}</time>
      </td>
      <td className="tks-col-text">
        {meta.headline?.strategies.map((h) => (
          <div key={h.strategy}>
            {text.headline(h.strategy, formatMs(h.medianTickMs), h.readsPerTick)}
          </div>
        ))}
      </td>
      <td className="tks-col-actions">
        {complete ? (
          <button type="button" className="tks-button" onClick={() => open(meta)}>
            {text.open}
          </button>
        ) : null}
        {complete && meta.strategies.length > 0 ? (
          <button type="button" className="tks-button" onClick={() => compare(meta)}>
            {text.compareWith}
          </button>
        ) : null}
        <button
          type="button"
          className="tks-button"
          onClick={() => setRenaming(meta.name)}
        >
          {text.rename}
        </button>
        {complete ? (
          <>
            <button
              type="button"
              className="tks-button"
              onClick={() => void download(meta.runId, 'run')}
            >
              {text.exportJson}
            </button>
            <button
              type="button"
              className="tks-button"
              onClick={() => void download(meta.runId, 'trace')}
            >
              {text.exportTrace}
            </button>
          </>
        ) : null}
        <button
          type="button"
          className="tks-button"
          onClick={() => remove.mutate(meta.runId)}
        >
          {text.delete}
        </button>
      </td>
    </tr>
  );
}

function RenameField(props: {
  name: string;
  value: string;
  onChange: (value: string) => void;
  onSave: () => void;
}) {
  return (
    <form
      className="tks-rename"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave();
      }}
    >
      <input
        type="text"
        aria-label={text.renameLabel(props.name)}
        value={props.value}
        autoFocus
        onChange={(e) => props.onChange(e.target.value)}
      />
      <button type="submit" className="tks-button">
        {text.save}
      </button>
    </form>
  );
}

function open(meta: RunMeta): void {
  updateUrlState({ view: 'profile', run: meta.runId, strategy: null, site: null });
}

/** Within one run: its first strategy against its second; otherwise the run as baseline. */
function compare(meta: RunMeta): void {
  const [first, second] = meta.strategies;
  updateUrlState({
    view: 'compare',
    base: first === undefined ? null : `${meta.runId}~${first}`,
    cand: second === undefined ? null : `${meta.runId}~${second}`,
  });
}

async function download(runId: string, format: ExportFormat): Promise<void> {
  const run = await (await getRunStore()).get(runId);
  const file = exportOf(run, format);
  downloadText(file.name, file.text);
}
