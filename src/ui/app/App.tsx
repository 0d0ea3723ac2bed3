import type { QueryClient } from '@tanstack/react-query';
import { QueryClientProvider } from '@tanstack/react-query';

import type { EngineClient } from '../../engine/client';
import { EngineContext } from '../engine/engine-context';
import { AppShell } from './AppShell';

interface Props {
  readonly queryClient: QueryClient;
  readonly engine: EngineClient;
}

/** The providers every view relies on: the query cache and the engine client. */
export function App({ queryClient, engine }: Props) {
  return (
    <QueryClientProvider client={queryClient}>
      <EngineContext.Provider value={engine}>
        <AppShell />
      </EngineContext.Provider>
    </QueryClientProvider>
  );
}
