import { DropZone } from '../open/DropZone';
import { OpenControls } from '../open/OpenControls';
import { useAutoOpen } from '../open/useAutoOpen';
import type { CurrentLedger } from '../open/useLedgers';
import { useCurrentLedger } from '../open/useLedgers';
import { strings } from '../strings';
import { updateUrlState, useUrlState } from '../address/address-state';
import { viewRegistry } from './view-registry';
import { viewIds } from './views';

/** Header, navigation between views, the open controls and the current view. */
export function AppShell() {
  const { view } = useUrlState();
  const current = useCurrentLedger();
  const View = viewRegistry[view].component;

  return (
    <DropZone>
      <header className="tks-app-header">
        <div className="tks-brand">
          <h1 className="tks-app-title">{strings.appTitle}</h1>
          <p className="tks-app-tagline">{strings.appTagline}</p>
        </div>
        <nav className="tks-nav" aria-label={strings.nav.label}>
          {viewIds.map((id) => (
            <button
              key={id}
              type="button"
              className="tks-nav-item"
              aria-current={id === view ? 'page' : undefined}
              onClick={() => updateUrlState({ view: id })}
            >
              {viewRegistry[id].label}
            </button>
          ))}
        </nav>
      </header>
      <AutoOpen current={current} />
      <OpenControls />
      <main className="tks-main">
        <View current={current} />
      </main>
    </DropZone>
  );
}

// Its own component, so the "opening" state it watches re-renders only it.
function AutoOpen({ current }: { current: CurrentLedger }) {
  useAutoOpen(current);
  return null;
}
