/**
 * Which component renders each view. A view receives the current ledger
 * (open, missing or none) and reads everything else through its panels'
 * data hooks.
 */
import type { ComponentType } from 'react';

import type { CurrentLedger } from '../open/useLedgers';
import { strings } from '../strings';
import { CompareView } from '../views/CompareView';
import { ExplorerView } from '../views/ExplorerView';
import { HistoryView } from '../views/HistoryView';
import { ProfileView } from '../views/ProfileView';
import { ScalingView } from '../views/ScalingView';
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
  // Profiling room (#6).
  profile: { label: strings.nav.profile, component: ProfileView },
  compare: { label: strings.nav.compare, component: CompareView },
  scaling: { label: strings.nav.scaling, component: ScalingView },
  history: { label: strings.nav.history, component: HistoryView },
};
