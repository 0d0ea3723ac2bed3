import { useState } from 'react';

import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { updateUrlState } from '../../address/address-state';
import type { RunPanelProps } from '../run-view/run-context';
import type { HotspotColumn, HotspotSort } from './hotspots-model';
import { HotspotsTable } from './HotspotsTable';
import { SiteTicksChart } from './SiteTicksChart';
import { useHotspotsData } from './useHotspotsData';

const text = strings.profiling.hotspots;

export function HotspotsPanel({ runId, strategy, site }: RunPanelProps) {
  const [sort, setSort] = useState<HotspotSort>({ column: 'ms', descending: true });
  const data = useHotspotsData(runId, strategy, sort, site);
  const onSort = (column: HotspotColumn) =>
    setSort((s) => ({
      column,
      descending: s.column === column ? !s.descending : column !== 'site',
    }));
  const onSelect = (next: string) =>
    updateUrlState({ site: next === site ? null : next });

  return (
    <Panel title={text.heading}>
      {data.data === undefined ? (
        <StatusNote busy={data.isPending}>
          {data.error?.message ?? strings.panel.loading}
        </StatusNote>
      ) : null}
      {data.data?.rows.length === 0 ? <StatusNote>{text.empty}</StatusNote> : null}
      {data.data !== undefined && data.data.rows.length > 0 ? (
        <>
          <p className="tks-panel-note">{text.perRep}</p>
          <HotspotsTable
            rows={data.data.rows}
            sort={sort}
            selected={site}
            external={data.data.external}
            onSort={onSort}
            onSelect={onSelect}
          />
          {site === null ? null : (
            <SiteTicksChart site={site} points={data.data.siteTicks} />
          )}
        </>
      ) : null}
    </Panel>
  );
}
