import type { ReactNode } from 'react';
import { useCallback, useMemo, useState } from 'react';

import type { EventFilter, LedgerId } from '../../../engine/protocol';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { updateUrlState, useUrlState } from '../../address/address-state';
import { useKindsData } from '../kinds/useKindsData';
import { useOverviewData } from '../overview/useOverviewData';
import { EventFilters } from './EventFilters';
import { EventsTable } from './EventsTable';
import type { PageRange } from './useEventsData';
import { useEventsData } from './useEventsData';

export function EventsPanel({ ledgerId }: { ledgerId: LedgerId }) {
  const url = useUrlState();
  const filter = useMemo<EventFilter>(
    () => ({ kind: url.kind, text: url.text }),
    [url.kind, url.text],
  );
  const [pages, setPages] = useState<PageRange>({ first: 0, last: 0 });
  const events = useEventsData(ledgerId, filter, pages);
  const kinds = useKindsData(ledgerId);
  const all = useOverviewData(ledgerId)?.events;
  const onSelect = useCallback((id: number) => updateUrlState({ event: id }), []);

  return (
    <Panel title={strings.events.heading} className="tks-panel tks-panel-events">
      <EventFilters
        key={ledgerId}
        kinds={kinds.data ?? []}
        kind={url.kind}
        text={url.text}
        onKind={(kind) => updateUrlState({ kind, event: null })}
        onText={(text) => updateUrlState({ text, event: null })}
      />
      <EventsBody
        total={events.total}
        all={all}
        error={events.error}
        table={
          <EventsTable
            key={`${ledgerId}:${filter.kind ?? ''}:${filter.text}`}
            total={events.total ?? 0}
            rowAt={events.rowAt}
            selectedId={url.event}
            onSelect={onSelect}
            onPagesChange={setPages}
          />
        }
      />
    </Panel>
  );
}

interface BodyProps {
  readonly total: number | undefined;
  readonly all: number | undefined;
  readonly error: Error | null;
  readonly table: ReactNode;
}

function EventsBody({ total, all, error, table }: BodyProps) {
  if (error !== null) {
    return <StatusNote>{error.message}</StatusNote>;
  }
  if (total === undefined) {
    return <StatusNote busy>{strings.panel.loading}</StatusNote>;
  }
  return (
    <>
      <p className="tks-events-count" data-testid="events-count" aria-live="polite">
        {strings.events.matching(total, all ?? total)}
      </p>
      {total === 0 ? <StatusNote>{strings.events.empty}</StatusNote> : table}
    </>
  );
}
