import { useEffect, useId, useRef, useState } from 'react';

import type { KindCount } from '../../../engine/protocol';
import { beginActivity } from '../../app/activity';
import { strings } from '../../strings';

interface Props {
  readonly kinds: readonly KindCount[];
  readonly kind: string | null;
  readonly text: string;
  readonly onKind: (kind: string | null) => void;
  readonly onText: (text: string) => void;
}

const textDelayMs = 250;

/** Kind and text filters. Typing is committed after a short pause so each key does not scan the ledger. */
export function EventFilters({ kinds, kind, text, onKind, onText }: Props) {
  const kindId = useId();
  const textId = useId();
  const [draft, setDraft] = useState(text);
  const pending = useRef<{ timer: number; end: () => void } | null>(null);

  useEffect(() => () => flush(pending.current), []);

  const onDraft = (value: string) => {
    setDraft(value);
    flush(pending.current);
    const end = beginActivity();
    const timer = window.setTimeout(() => {
      pending.current = null;
      end();
      onText(value);
    }, textDelayMs);
    pending.current = { timer, end };
  };

  return (
    <div className="tks-filters">
      <label htmlFor={kindId}>{strings.events.kindLabel}</label>
      <select
        id={kindId}
        className="tks-select"
        value={kind ?? ''}
        onChange={(event) =>
          onKind(event.target.value === '' ? null : event.target.value)
        }
      >
        <option value="">{strings.events.allKinds}</option>
        {kindOptions(kinds, kind).map((k) => (
          <option key={k} value={k}>
            {k}
          </option>
        ))}
      </select>
      <label htmlFor={textId}>{strings.events.textLabel}</label>
      <input
        id={textId}
        className="tks-text-input"
        type="search"
        value={draft}
        placeholder={strings.events.textPlaceholder}
        onChange={(event) => onDraft(event.target.value)}
      />
    </div>
  );
}

// A kind from the address that this ledger lacks stays selectable, so the
// select shows what the table is filtered by.
function kindOptions(kinds: readonly KindCount[], selected: string | null): string[] {
  const names = kinds.map((k) => k.kind).sort();
  return selected === null || names.includes(selected) ? names : [selected, ...names];
}

function flush(pending: { timer: number; end: () => void } | null): void {
  if (pending !== null) {
    window.clearTimeout(pending.timer);
    pending.end();
  }
}
