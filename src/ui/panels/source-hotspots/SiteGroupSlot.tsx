import type { SiteGroup } from '../../../core/instrument/types';
import { sourceHotspotsStrings as text } from './source-hotspots-strings';

interface Props {
  readonly group: SiteGroup;
  readonly staticCount: number;
}

/**
 * Where a scanned function stands for one of the runtime's site groups, its
 * static call count goes beside the reads that group made per tick in a
 * selected profiling run.
 */
export function SiteGroupSlot({ group, staticCount }: Props) {
  return (
    <div
      className="tks-source-site-group"
      data-testid="site-group-slot"
      data-group={group}
    >
      <span>{text.siteGroup(group)}</span>
      <span>{text.staticCount(staticCount)}</span>
      {/* TODO(#8): fill with the group's reads per tick from a selected run
          (the run's read log grouped by `group`), once the view can pick a run. */}
      <span className="tks-source-slot" data-slot="reads-per-tick">
        {text.readsPerTickSlot}
      </span>
    </div>
  );
}
