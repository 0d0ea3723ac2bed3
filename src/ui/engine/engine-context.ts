import { createContext, useContext } from 'react';

import type { EngineClient } from '../../engine/client';

export const EngineContext = createContext<EngineClient | null>(null);

/** The engine client of the app; throws outside `EngineContext`. */
export function useEngine(): EngineClient {
  const engine = useContext(EngineContext);
  if (engine === null) {
    throw new Error('useEngine needs an EngineContext provider');
  }
  return engine;
}
