import '../panels/profiling.css';

import { HistoryPanel } from '../panels/history/HistoryPanel';

/** The saved runs: import, rename, delete, export, open and compare. */
export function HistoryView() {
  return (
    <div className="tks-history-view">
      <HistoryPanel />
    </div>
  );
}
