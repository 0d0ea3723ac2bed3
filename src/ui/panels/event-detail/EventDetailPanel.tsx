import type { LedgerId } from '../../../engine/protocol';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { updateUrlState, useUrlState } from '../../address/address-state';
import { EventDetailView } from './EventDetailView';
import { useEventDetailData } from './useEventDetailData';

export function EventDetailPanel({ ledgerId }: { ledgerId: LedgerId }) {
  const { event: eventId } = useUrlState();
  const detail = useEventDetailData(ledgerId, eventId);
  const close =
    eventId === null ? null : (
      <button
        type="button"
        className="tks-button"
        onClick={() => updateUrlState({ event: null })}
      >
        {strings.detail.close}
      </button>
    );

  return (
    <Panel
      title={strings.detail.heading}
      className="tks-panel tks-panel-detail"
      actions={close}
    >
      <DetailBody eventId={eventId} detail={detail} />
    </Panel>
  );
}

function DetailBody({
  eventId,
  detail,
}: {
  eventId: number | null;
  detail: ReturnType<typeof useEventDetailData>;
}) {
  if (eventId === null) {
    return <StatusNote>{strings.detail.none}</StatusNote>;
  }
  if (detail.error !== null) {
    return <StatusNote>{detail.error.message}</StatusNote>;
  }
  if (detail.data === undefined) {
    return <StatusNote busy>{strings.panel.loading}</StatusNote>;
  }
  if (detail.data === null) {
    return <StatusNote>{strings.detail.missing(eventId)}</StatusNote>;
  }
  return <EventDetailView event={detail.data} />;
}
