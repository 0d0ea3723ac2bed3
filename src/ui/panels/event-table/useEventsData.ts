import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { EventFilter, EventPreviewRow, LedgerId } from '../../../engine/protocol';
import { useEngine } from '../../engine/engine-context';
import { queryKeys } from '../../query-keys';

/** Rows per page the table asks the worker for. */
export const eventPageSize = 100;

export interface PageRange {
  readonly first: number;
  readonly last: number;
}

export interface EventsData {
  /** Rows matching the filter; undefined while counting the first time. */
  readonly total: number | undefined;
  readonly error: Error | null;
  readonly isCounting: boolean;
  /** The row at an index of the filtered list, when its page has arrived. */
  readonly rowAt: (index: number) => EventPreviewRow | undefined;
}

/** The filtered event count and the pages of rows in `pages` (fetched on demand). */
export function useEventsData(
  ledgerId: LedgerId,
  filter: EventFilter,
  pages: PageRange,
): EventsData {
  const engine = useEngine();

  const count = useQuery({
    queryKey: queryKeys.eventCount(ledgerId, filter),
    queryFn: ({ signal }) =>
      engine.query('countEvents', { ledgerId, filter }, { signal }),
    placeholderData: keepPreviousData,
  });

  const pageNumbers = range(pages.first, pages.last);
  const loaded = useQueries({
    queries: pageNumbers.map((page) => ({
      queryKey: queryKeys.eventPage(ledgerId, filter, page),
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        engine.query(
          'eventPage',
          { ledgerId, filter, offset: page * eventPageSize, limit: eventPageSize },
          { signal },
        ),
      enabled: count.data !== undefined && !count.isPlaceholderData,
    })),
    combine: (results) => results.map((result) => result.data),
  });
  const rowAt = useMemo(() => makeRowLookup(loaded), [loaded]);

  return {
    total: count.data,
    error: count.error,
    isCounting: count.isFetching,
    rowAt,
  };
}

function makeRowLookup(
  pages: readonly ({ offset: number; rows: readonly EventPreviewRow[] } | undefined)[],
): (index: number) => EventPreviewRow | undefined {
  return (index) => {
    for (const page of pages) {
      if (
        page !== undefined &&
        index >= page.offset &&
        index < page.offset + page.rows.length
      ) {
        return page.rows[index - page.offset];
      }
    }
    return undefined;
  };
}

function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let page = Math.max(0, first); page <= last; page += 1) {
    out.push(page);
  }
  return out;
}
