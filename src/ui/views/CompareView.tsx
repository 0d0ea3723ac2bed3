import '../panels/profiling.css';

import { ComparePanel } from '../panels/compare/ComparePanel';

/** Before and after: two runs (or two strategies of one run) side by side. */
export function CompareView() {
  return (
    <div className="tks-compare-view">
      <ComparePanel />
    </div>
  );
}
