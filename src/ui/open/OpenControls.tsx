import type { ChangeEvent } from 'react';
import { useId } from 'react';

import { strings } from '../strings';
import { GenerateForm } from './GenerateForm';
import { sampleInput } from './open-ledger';
import { OpenErrorAlert } from './OpenErrorAlert';
import { OpenProgressBar } from './OpenProgressBar';
import { useIsOpening, useOpenLedger } from './useOpenLedger';

/** The ways to open a ledger: pick files, the sample, a synthetic ledger. */
export function OpenControls() {
  const open = useOpenLedger();
  const opening = useIsOpening();
  const inputId = useId();
  const hintId = useId();

  const onFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) {
      open.mutate({ kind: 'files', files });
    }
  };

  return (
    <section className="tks-open" aria-label={strings.open.heading}>
      <div className="tks-open-row">
        <label htmlFor={inputId} className="tks-file-label">
          {strings.open.fileLabel}
        </label>
        <input
          id={inputId}
          className="tks-file-input"
          type="file"
          multiple
          accept=".db,.sqlite,.sqlite3,-wal,application/vnd.sqlite3,application/x-sqlite3"
          aria-describedby={hintId}
          onChange={onFiles}
        />
        <button
          type="button"
          className="tks-button"
          disabled={opening}
          onClick={() => open.mutate(sampleInput)}
        >
          {strings.open.sampleButton}
        </button>
        <GenerateForm disabled={opening} onGenerate={(params) => open.mutate(params)} />
      </div>
      <p id={hintId} className="tks-open-hint">
        {strings.open.fileHint}
      </p>
      <OpenProgressBar />
      <OpenErrorAlert />
    </section>
  );
}
