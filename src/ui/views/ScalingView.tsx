import '../panels/profiling.css';

import type { ViewProps } from '../app/view-registry';
import { ScalingPanel } from '../panels/scaling/ScalingPanel';

/** How a tick's cost grows with the ledger, per strategy. */
export function ScalingView({ current }: ViewProps) {
  return (
    <div className="tks-scaling-view">
      <ScalingPanel ledger={current.state === 'open' ? current.ledger : null} />
    </div>
  );
}
