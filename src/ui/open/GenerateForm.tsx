import type { FormEvent } from 'react';
import { useId } from 'react';

import { strings } from '../strings';
import type { OpenInput } from './open-ledger';

interface Props {
  readonly disabled: boolean;
  readonly onGenerate: (input: OpenInput) => void;
}

const minEvents = 1000;
const maxEvents = 1_000_000;

/** Size and seed of a synthetic ledger; the worker generates it with the core's generator. */
export function GenerateForm({ disabled, onGenerate }: Props) {
  const eventsId = useId();
  const seedId = useId();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const events = clamp(Math.round(Number(data.get('events'))), minEvents, maxEvents);
    const seed = Math.max(0, Math.round(Number(data.get('seed'))) || 0);
    onGenerate({ kind: 'generate', params: { events, seed, source: 'synthetic' } });
  };

  return (
    <form
      className="tks-generate"
      aria-label={strings.open.generateHeading}
      onSubmit={onSubmit}
    >
      <label htmlFor={eventsId}>{strings.open.generateEvents}</label>
      <input
        id={eventsId}
        name="events"
        className="tks-number-input"
        type="number"
        min={minEvents}
        max={maxEvents}
        step={1}
        defaultValue={10_000}
        required
      />
      <label htmlFor={seedId}>{strings.open.generateSeed}</label>
      <input
        id={seedId}
        name="seed"
        className="tks-number-input tks-number-input-short"
        type="number"
        min={0}
        step={1}
        defaultValue={1}
        required
      />
      <button type="submit" className="tks-button" disabled={disabled}>
        {strings.open.generateButton}
      </button>
    </form>
  );
}

function clamp(value: number, low: number, high: number): number {
  return Number.isFinite(value) ? Math.min(high, Math.max(low, value)) : low;
}
