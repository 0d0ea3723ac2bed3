/**
 * Which component renders each view. A view receives the current ledger
 * (open, missing or none) and reads everything else through its panels'
 * data hooks.
 */
import type { ComponentType } from 'react';

import type { CurrentLedger } from '../open/useLedgers';
import { strings } from '../strings';
import { ExplorerView } from '../views/ExplorerView';
import { SourceHotspotsView } from '../panels/source-hotspots/SourceHotspotsView';
import { sourceHotspotsStrings } from '../panels/source-hotspots/source-hotspots-strings';
import type { ViewId } from './views';

export interface ViewProps {
  readonly current: CurrentLedger;
}

export interface ViewEntry {
  readonly label: string;
  readonly component: ComponentType<ViewProps>;
}

export const viewRegistry: Record<ViewId, ViewEntry> = {
  explorer: { label: strings.nav.explorer, component: ExplorerView },
  'source-hotspots': {
    label: sourceHotspotsStrings.navLabel,
    component: SourceHotspotsView,
  },
};
