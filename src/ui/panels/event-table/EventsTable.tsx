import { useVirtualizer } from '@tanstack/react-virtual';
import type { KeyboardEvent } from 'react';
import { useEffect, useRef } from 'react';

import type { EventPreviewRow } from '../../../engine/protocol';
import { strings } from '../../strings';
import type { PageRange } from './useEventsData';
import { eventPageSize } from './useEventsData';

interface Props {
  readonly total: number;
  readonly rowAt: (index: number) => EventPreviewRow | undefined;
  readonly selectedId: number | null;
  readonly onSelect: (id: number) => void;
  /** Called with the pages the visible rows fall in. */
  readonly onPagesChange: (pages: PageRange) => void;
}

const rowHeight = 30;
/**
 * The virtualiser places blocks of rows, not single rows: it keeps one
 * measurement per item, and at 1M rows one per row costs ~100 ms of main
 * thread whenever the count changes. Blocks of 20 cut that twentyfold while
 * keeping only ~60-80 rows in the DOM.
 */
const blockRows = 20;

/** A virtualised table: only the rows in view (plus a margin) are in the DOM. */
export function EventsTable({
  total,
  rowAt,
  selectedId,
  onSelect,
  onPagesChange,
}: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: Math.ceil(total / blockRows),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => blockRows * rowHeight,
    overscan: 1,
  });
  const blocks = virtualizer.getVirtualItems();
  const firstRow = (blocks[0]?.index ?? 0) * blockRows;
  const lastRow = Math.min(total, ((blocks.at(-1)?.index ?? 0) + 1) * blockRows) - 1;
  const firstPage = Math.floor(firstRow / eventPageSize);
  const lastPage = Math.floor(Math.max(0, lastRow) / eventPageSize);

  useEffect(() => {
    onPagesChange({ first: firstPage, last: lastPage });
  }, [firstPage, lastPage, onPagesChange]);

  const c = strings.events.columns;
  return (
    <div
      className="tks-table"
      role="table"
      aria-label={strings.events.tableLabel}
      aria-rowcount={total + 1}
    >
      <div className="tks-table-head" role="rowgroup">
        <div className="tks-table-row tks-table-row-head" role="row" aria-rowindex={1}>
          <span role="columnheader">{c.id}</span>
          <span role="columnheader">{c.ts}</span>
          <span role="columnheader">{c.kind}</span>
          <span role="columnheader">{c.content}</span>
        </div>
      </div>
      <div className="tks-table-scroll" ref={scrollRef} data-testid="events-scroll">
        <div
          className="tks-table-body"
          role="rowgroup"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {blocks.map((block) => (
            <div
              key={block.key}
              className="tks-table-block"
              style={{ transform: `translateY(${block.start}px)` }}
            >
              {rowIndexes(block.index, total).map((index) => (
                <EventRow
                  key={index}
                  index={index}
                  row={rowAt(index)}
                  selected={rowAt(index)?.id === selectedId}
                  onSelect={onSelect}
                />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

function rowIndexes(block: number, total: number): number[] {
  const first = block * blockRows;
  const last = Math.min(total, first + blockRows);
  return Array.from({ length: Math.max(0, last - first) }, (_, i) => first + i);
}

interface RowProps {
  readonly index: number;
  readonly row: EventPreviewRow | undefined;
  readonly selected: boolean;
  readonly onSelect: (id: number) => void;
}

function EventRow({ index, row, selected, onSelect }: RowProps) {
  const style = { height: rowHeight };
  if (row === undefined) {
    return (
      <div
        className="tks-table-row tks-table-row-loading"
        role="row"
        aria-rowindex={index + 2}
        style={style}
      >
        <span role="cell">{strings.events.loadingRow}</span>
      </div>
    );
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(row.id);
    }
  };
  return (
    <div
      className={selected ? 'tks-table-row tks-table-row-selected' : 'tks-table-row'}
      role="row"
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      tabIndex={0}
      style={style}
      data-event-id={row.id}
      onClick={() => onSelect(row.id)}
      onKeyDown={onKeyDown}
    >
      <span role="cell" className="tks-cell-id">
        {row.id}
      </span>
      <span role="cell" className="tks-cell-ts">
        {row.ts}
      </span>
      <span role="cell" className="tks-cell-kind">
        {row.kind}
      </span>
      <span role="cell" className="tks-cell-content">
        {row.preview}
      </span>
    </div>
  );
}
