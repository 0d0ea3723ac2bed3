import { useId } from 'react';

import { RunBundleError } from '../../../core/profiling/run-bundle/errors';
import { strings } from '../../strings';
import { useExportAllRuns, useImportRunBundle } from './useRunBundle';

const text = strings.profiling.history.bundle;

/** Export every finished run as one file, or import such a file (#7). */
export function RunBundle({ finishedRuns }: { finishedRuns: number }) {
  const exportAll = useExportAllRuns();
  const importAll = useImportRunBundle();
  const hintId = useId();

  return (
    <div className="tks-run-bundle">
      <button
        type="button"
        className="tks-button"
        disabled={finishedRuns === 0 || exportAll.isPending}
        title={finishedRuns === 0 ? text.nothingToExport : undefined}
        onClick={() => exportAll.mutate()}
      >
        {text.exportAll}
      </button>
      <label className="tks-import-label">
        <span className="tks-button">{text.importAll}</span>
        <input
          type="file"
          className="tks-import-input"
          accept=".json,application/json"
          aria-label={text.importAll}
          aria-describedby={hintId}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file !== undefined) {
              importAll.mutate(file);
            }
            e.target.value = '';
          }}
        />
      </label>
      <p id={hintId} className="tks-panel-note">
        {text.hint}
      </p>
      {exportAll.data === undefined ? null : (
        <p className="tks-panel-note" role="status">
          {text.exported(exportAll.data)}
        </p>
      )}
      {exportAll.error === null ? null : (
        <BundleAlert lead={text.exportFailed} detail={exportAll.error.message} />
      )}
      {importAll.data === undefined ? null : (
        <p className="tks-panel-note" role="status">
          {text.imported(importAll.data.saved.length, importAll.data.skipped)}
        </p>
      )}
      {importAll.error === null ? null : <ImportAlert error={importAll.error} />}
    </div>
  );
}

function ImportAlert({ error }: { error: Error }) {
  return <BundleAlert lead={importLead(error)} detail={error.message} />;
}

function importLead(error: Error): string {
  if ('code' in error && error.code === 'quota') {
    return strings.profiling.history.quota;
  }
  return error instanceof RunBundleError && error.tooNew
    ? text.tooNew
    : text.importFailed;
}

function BundleAlert({ lead, detail }: { lead: string; detail: string }) {
  return (
    <div className="tks-alert" role="alert">
      <p>{lead}</p>
      <p className="tks-alert-detail">{detail}</p>
    </div>
  );
}
