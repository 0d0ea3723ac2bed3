import { formatBytes, formatCount } from '../../format';
import { strings } from '../../strings';
import { formatMs, formatShare } from '../run-view/format-run';
import type { HotspotColumn, HotspotRow, HotspotSort } from './hotspots-model';

interface Props {
  readonly rows: readonly HotspotRow[];
  readonly sort: HotspotSort;
  readonly selected: string | null;
  readonly external: boolean;
  readonly onSort: (column: HotspotColumn) => void;
  readonly onSelect: (site: string) => void;
}

const text = strings.profiling.hotspots;
const columns: readonly HotspotColumn[] = [
  'site',
  'reads',
  'duplicates',
  'rows',
  'bytes',
  'ms',
  'share',
  'savableMs',
];

/** The read sites of a run, sortable by any column; a row selects its site. */
export function HotspotsTable({
  rows,
  sort,
  selected,
  external,
  onSort,
  onSelect,
}: Props) {
  return (
    <div className="tks-data-table-scroll">
      <table className="tks-data-table tks-hotspots-table" aria-label={text.tableLabel}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column}
                scope="col"
                aria-sort={ariaSort(sort, column)}
                className={column === 'site' ? 'tks-col-text' : 'tks-col-number'}
              >
                <button
                  type="button"
                  className="tks-sort-button"
                  onClick={() => onSort(column)}
                >
                  {text.columns[column]}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <HotspotRowView
              key={row.site}
              row={row}
              external={external}
              selected={row.site === selected}
              onSelect={onSelect}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HotspotRowView({
  row,
  external,
  selected,
  onSelect,
}: {
  row: HotspotRow;
  external: boolean;
  selected: boolean;
  onSelect: (site: string) => void;
}) {
  const analysed = (value: string) => (row.analysed ? value : text.notAnalysed);
  return (
    <tr
      className={
        selected ? 'tks-hotspot-row tks-hotspot-row-selected' : 'tks-hotspot-row'
      }
      aria-selected={selected}
      data-site={row.site}
    >
      <td className="tks-col-text">
        <button
          type="button"
          className="tks-link-button"
          onClick={() => onSelect(row.site)}
        >
          <span className="tks-site-fn">{row.fn}</span>
          {row.name === '' || external ? null : (
            <span className="tks-site-name">#{row.name}</span>
          )}
        </button>
        {row.location === null ? null : (
          <div className="tks-site-location">{row.location}</div>
        )}
      </td>
      <td className="tks-col-number">
        {formatCount(round(row.reads + row.derivations))}
      </td>
      <td className="tks-col-number">{analysed(formatCount(round(row.duplicates)))}</td>
      <td className="tks-col-number">{formatCount(Math.round(row.rows))}</td>
      <td className="tks-col-number">{formatBytes(row.bytes)}</td>
      <td className="tks-col-number">{formatMs(row.ms)}</td>
      <td className="tks-col-number">{formatShare(row.share)}</td>
      <td className="tks-col-number">{analysed(formatMs(row.savableMs))}</td>
    </tr>
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function ariaSort(sort: HotspotSort, column: HotspotColumn) {
  if (sort.column !== column) {
    return undefined;
  }
  return sort.descending ? ('descending' as const) : ('ascending' as const);
}
