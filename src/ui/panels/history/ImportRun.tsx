import type { DragEvent } from 'react';
import { useId } from 'react';

import { RunFileVersionError } from '../../../core/profiling/run-file/errors';
import { strings } from '../../strings';
import { useImportRun } from './useImportRun';

const text = strings.profiling.history;

/** Pick or drop a run file; a bad file gets an alert and changes nothing saved. */
export function ImportRun() {
  const importRun = useImportRun();
  const hintId = useId();
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file !== undefined) {
      importRun.mutate(file);
    }
  };
  // Stops the page-wide ledger drop zone from taking a run file for a ledger.
  const onDragOver = (event: DragEvent) => {
    event.preventDefault();
    event.stopPropagation();
  };
  const onDrop = (event: DragEvent) => {
    onDragOver(event);
    take(event.dataTransfer.files);
  };

  return (
    <div
      className="tks-import-run"
      onDragOver={onDragOver}
      onDrop={onDrop}
      data-testid="import-run-drop"
    >
      <label className="tks-import-label">
        <span className="tks-button">{text.import}</span>
        <input
          type="file"
          className="tks-import-input"
          accept=".json,application/json"
          aria-label={text.import}
          aria-describedby={hintId}
          onChange={(e) => {
            take(e.target.files);
            e.target.value = '';
          }}
        />
      </label>
      <p id={hintId} className="tks-panel-note">
        {text.importHint}
      </p>
      {importRun.error === null ? null : <ImportError error={importRun.error} />}
      {importRun.data === undefined ? null : (
        <p className="tks-panel-note" role="status">
          {text.imported(importRun.data.name)}
        </p>
      )}
    </div>
  );
}

function ImportError({ error }: { error: Error }) {
  const lead = error instanceof RunFileVersionError ? text.tooNew : text.importFailed;
  const quota = 'code' in error && error.code === 'quota';
  return (
    <div className="tks-alert" role="alert">
      <p>{quota ? text.quota : lead}</p>
      <p className="tks-alert-detail">{error.message}</p>
    </div>
  );
}
