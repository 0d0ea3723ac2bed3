import type { DragEvent, ReactNode } from 'react';
import { useState } from 'react';

import { strings } from '../strings';
import { useOpenLedger } from './useOpenLedger';

/** Lets a ledger (and its -wal sidecar) be dropped anywhere on the page. */
export function DropZone({ children }: { children: ReactNode }) {
  const open = useOpenLedger();
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (event.dataTransfer.types.includes('Files')) {
      event.preventDefault();
      setDragging(true);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const files = [...event.dataTransfer.files];
    if (files.length > 0) {
      open.mutate({ kind: 'files', files });
    }
  };

  return (
    <div
      className={dragging ? 'tks-drop-zone tks-drop-zone-active' : 'tks-drop-zone'}
      data-testid="drop-zone"
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      {children}
      {dragging ? <div className="tks-drop-overlay">{strings.open.dropHere}</div> : null}
    </div>
  );
}
