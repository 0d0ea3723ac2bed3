import { memo } from 'react';

import type { LedgerId } from '../../engine/protocol';
import type { ViewProps } from '../app/view-registry';
import { StatusNote } from '../components/StatusNote';
import { useIsOpening } from '../open/useOpenLedger';
import { EventDetailPanel } from '../panels/event-detail/EventDetailPanel';
import { EventsPanel } from '../panels/event-table/EventsPanel';
import { KindsPanel } from '../panels/kinds/KindsPanel';
import { OverviewPanel } from '../panels/overview/OverviewPanel';
import { strings } from '../strings';

/** The ledger explorer: overview, kinds, the event table and one event. */
export function ExplorerView({ current }: ViewProps) {
  if (current.state !== 'open') {
    return <LedgerNote current={current} />;
  }
  return <ExplorerPanels ledgerId={current.ledger.ledgerId} />;
}

// Memoised so that opening another ledger (which flips "opening" state in
// the shell) does not re-render the charts and the table of the current one.
const ExplorerPanels = memo(function ExplorerPanels({
  ledgerId,
}: {
  ledgerId: LedgerId;
}) {
  return (
    <div className="tks-explorer">
      <div className="tks-explorer-side">
        <OverviewPanel ledgerId={ledgerId} />
        <KindsPanel ledgerId={ledgerId} />
      </div>
      <div className="tks-explorer-main">
        <EventsPanel ledgerId={ledgerId} />
        <EventDetailPanel ledgerId={ledgerId} />
      </div>
    </div>
  );
});

/** What the view says while no ledger is open: opening, none, or "open it again". */
function LedgerNote({ current }: ViewProps) {
  const opening = useIsOpening();
  if (current.state === 'missing') {
    return (
      <div className="tks-view-note" role="status">
        {opening ? strings.ledger.opening : strings.ledger.reopen(current.name)}
      </div>
    );
  }
  const busy = opening || current.state === 'loading';
  return (
    <StatusNote busy={busy}>
      {busy ? strings.ledger.opening : strings.ledger.none}
    </StatusNote>
  );
}
