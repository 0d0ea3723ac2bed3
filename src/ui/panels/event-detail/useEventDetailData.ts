import { useQuery } from '@tanstack/react-query';

import type { LedgerId } from '../../../engine/protocol';
import { useEngine } from '../../engine/engine-context';
import { queryKeys } from '../../query-keys';

/** One whole event with its stored and recomputed hash; idle when no event is selected. */
export function useEventDetailData(ledgerId: LedgerId, eventId: number | null) {
  const engine = useEngine();
  return useQuery({
    queryKey: queryKeys.event(ledgerId, eventId ?? 0),
    queryFn: ({ signal }) =>
      engine.query('event', { ledgerId, id: eventId ?? 0 }, { signal }),
    enabled: eventId !== null,
  });
}
