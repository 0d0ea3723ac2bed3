/**
 * After the engine worker died and was replaced (#6), every ledger it held
 * is gone: drop their cached queries and ask the new worker what is open,
 * so views show "open the file again" instead of failing requests.
 */
import type { QueryClient } from '@tanstack/react-query';

import type { EngineClient } from '../../engine/client';
import { queryKeys } from '../query-keys';

export function recoverFromEngineRestarts(
  queryClient: QueryClient,
  engine: EngineClient,
): void {
  engine.onRestart(() => {
    queryClient.removeQueries({ queryKey: [...queryKeys.all, 'ledger'] });
    void queryClient.invalidateQueries({ queryKey: queryKeys.ledgers() });
  });
}
