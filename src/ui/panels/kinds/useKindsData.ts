import { useQuery } from '@tanstack/react-query';

import type { LedgerId } from '../../../engine/protocol';
import { useEngine } from '../../engine/engine-context';
import { queryKeys } from '../../query-keys';

/** Events per kind, most frequent first. */
export function useKindsData(ledgerId: LedgerId) {
  const engine = useEngine();
  return useQuery({
    queryKey: queryKeys.kinds(ledgerId),
    queryFn: ({ signal }) => engine.query('kinds', { ledgerId }, { signal }),
  });
}
