import type { ChangeEvent, DragEvent } from 'react';
import { useId, useState } from 'react';

import { beginActivity } from '../../app/activity';
import { collectDroppedFiles } from './dropped-entries';
import type { DroppedEntry } from './dropped-entries';
import { pickedFile } from './read-sources';
import type { PickedFile } from './read-sources';
import { sourceHotspotsStrings as text } from './source-hotspots-strings';

interface Props {
  readonly methods: string;
  readonly methodsError: string | null;
  readonly onMethods: (value: string) => void;
  readonly onFiles: (files: PickedFile[]) => void;
}

// React has no prop for the folder picker; the DOM property sets it.
function asFolderPicker(input: HTMLInputElement | null): void {
  if (input !== null) {
    input.webkitdirectory = true;
  }
}

/**
 * Folders in a drop come only as file-system entries, which must be taken
 * during the event; plain files (and synthetic drops) also come as `files`.
 */
function readDrop(transfer: DataTransfer, onFiles: (files: PickedFile[]) => void): void {
  const files = [...transfer.files].map(pickedFile);
  const entries: DroppedEntry[] = [...transfer.items]
    .map((item) => item.webkitGetAsEntry())
    .filter((entry) => entry !== null);
  if (entries.length === 0) {
    onFiles(files);
    return;
  }
  const done = beginActivity();
  collectDroppedFiles(entries)
    .then(onFiles, () => onFiles(files))
    .finally(done);
}

/** Pick files or a folder, or drop files; and choose the method names. */
export function SourcePicker({ methods, methodsError, onMethods, onFiles }: Props) {
  const filesId = useId();
  const folderId = useId();
  const methodsId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) {
      onFiles(files.map(pickedFile));
    }
  };

  // Dropped sources stay here: the page-wide drop zone opens ledgers.
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    setDragging(false);
    readDrop(event.dataTransfer, onFiles);
  };

  return (
    <div
      className={dragging ? 'tks-source-drop tks-source-drop-active' : 'tks-source-drop'}
      data-testid="source-drop"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="tks-open-row">
        <label htmlFor={filesId} className="tks-file-label">
          {text.filesLabel}
        </label>
        <input
          id={filesId}
          type="file"
          multiple
          accept=".py,text/x-python"
          onChange={onPick}
        />
        <label htmlFor={folderId} className="tks-file-label">
          {text.folderLabel}
        </label>
        <input id={folderId} ref={asFolderPicker} type="file" onChange={onPick} />
      </div>
      <div className="tks-open-row">
        <label htmlFor={methodsId} className="tks-file-label">
          {text.methodsLabel}
        </label>
        <input
          id={methodsId}
          className="tks-text-input"
          type="text"
          spellCheck={false}
          value={methods}
          aria-describedby={hintId}
          aria-invalid={methodsError !== null}
          onChange={(event) => onMethods(event.target.value)}
        />
        <span id={hintId} className="tks-open-hint">
          {methodsError ?? text.methodsHint}
        </span>
      </div>
      <p className="tks-open-hint">{dragging ? text.dropHere : text.dropHint}</p>
    </div>
  );
}
