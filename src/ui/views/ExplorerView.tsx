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
  const opening = useIsOpening();

  if (current.state === 'missing') {
    return (
      <div className="tks-view-note" role="status">
        {opening ? strings.ledger.opening : strings.ledger.reopen(current.name)}
      </div>
    );
  }
  if (current.state !== 'open') {
    return (
      <StatusNote busy={opening || current.state === 'loading'}>
        {opening || current.state === 'loading'
          ? strings.ledger.opening
          : strings.ledger.none}
      </StatusNote>
    );
  }

  const { ledgerId } = current.ledger;
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
}
