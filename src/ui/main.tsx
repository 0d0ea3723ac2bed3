import './styles.css';
import '../core/zod-jitless';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { createEngineClient } from '../engine/client';
import { App } from './app/App';
import { recoverFromEngineRestarts } from './app/engine-recovery';
import { createQueryClient } from './app/query-client';
import { installGlobalErrorHandlers } from './app/report-error';
import { installTestApi } from './test-api';

const root = document.getElementById('root');
if (root !== null) {
  installGlobalErrorHandlers();
  const queryClient = createQueryClient();
  const engine = createEngineClient();
  installTestApi(queryClient, engine);
  recoverFromEngineRestarts(queryClient, engine);
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} engine={engine} />
    </StrictMode>,
  );
}
