import type { FormEvent } from 'react';
import { useState } from 'react';

import { STRATEGY_IDS } from '../../../core/strategies/types';
import type { LedgerSummary } from '../../../engine/protocol';
import { strings } from '../../strings';
import { cancelProfile, useProfileProgress } from './profile-progress';
import { ProfileProgressBars } from './ProfileProgressBars';
import type { ProfileRequest } from './useProfileRun';

const text = strings.profiling.form;

interface Props {
  readonly ledger: LedgerSummary | null;
  readonly onRun: (request: ProfileRequest) => void;
}

interface FormValues {
  readonly strategies: readonly string[];
  readonly ticks: number;
  readonly turnEvery: number;
  readonly reps: number;
  readonly seed: number;
  readonly label: string;
}

const initial: FormValues = {
  strategies: ['naive', 'incremental'],
  ticks: 20,
  turnEvery: 3,
  reps: 1,
  seed: 1,
  label: '',
};

/** Strategies, ticks, user turns, repetitions and seed; "Run profile" and "Cancel". */
export function ProfileForm({ ledger, onRun }: Props) {
  const [values, setValues] = useState<FormValues>(initial);
  const { running } = useProfileProgress();
  const set = (patch: Partial<FormValues>) => setValues((v) => ({ ...v, ...patch }));
  const toggle = (id: string) =>
    set({
      strategies: values.strategies.includes(id)
        ? values.strategies.filter((s) => s !== id)
        : STRATEGY_IDS.filter((s) => s === id || values.strategies.includes(s)),
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ledger === null || values.strategies.length === 0) {
      return;
    }
    const label = values.label.trim();
    onRun({
      ledgerId: ledger.ledgerId,
      ledgerName: ledger.name,
      ledgerEvents: ledger.events,
      strategies: values.strategies,
      ticks: values.ticks,
      turnEvery: values.turnEvery,
      reps: values.reps,
      seed: values.seed,
      ...(label === '' ? {} : { label }),
    });
  };

  return (
    <form className="tks-profile-form" onSubmit={submit}>
      <fieldset className="tks-fieldset">
        <legend>{text.strategies}</legend>
        {STRATEGY_IDS.map((id) => (
          <label
            key={id}
            className={id === 'stale' ? 'tks-check tks-check-pitfall' : 'tks-check'}
          >
            <input
              type="checkbox"
              checked={values.strategies.includes(id)}
              onChange={() => toggle(id)}
            />
            {id === 'stale' ? text.staleLabel : id}
          </label>
        ))}
      </fieldset>
      <div className="tks-form-grid">
        <NumberField
          label={text.ticks}
          value={values.ticks}
          min={1}
          max={1000}
          onChange={(ticks) => set({ ticks })}
        />
        <NumberField
          label={text.turnEvery}
          value={values.turnEvery}
          min={0}
          max={1000}
          onChange={(turnEvery) => set({ turnEvery })}
        />
        <NumberField
          label={text.reps}
          value={values.reps}
          min={1}
          max={50}
          onChange={(reps) => set({ reps })}
        />
        <NumberField
          label={text.seed}
          value={values.seed}
          min={0}
          max={2 ** 31}
          onChange={(seed) => set({ seed })}
        />
        <label className="tks-field">
          <span>{text.label}</span>
          <input
            type="text"
            value={values.label}
            onChange={(e) => set({ label: e.target.value })}
          />
        </label>
      </div>
      <p className="tks-panel-note">
        {ledger === null ? text.needLedger : text.copyNote}
      </p>
      {values.strategies.length === 0 ? (
        <p className="tks-panel-note">{text.noStrategy}</p>
      ) : null}
      <div className="tks-form-actions">
        <button
          type="submit"
          className="tks-button tks-button-primary"
          disabled={running || ledger === null || values.strategies.length === 0}
        >
          {text.run}
        </button>
        <button
          type="button"
          className="tks-button"
          disabled={!running}
          onClick={cancelProfile}
        >
          {text.cancel}
        </button>
      </div>
      <ProfileProgressBars />
    </form>
  );
}

function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  return (
    <label className="tks-field">
      <span>{props.label}</span>
      <input
        type="number"
        value={props.value}
        min={props.min}
        max={props.max}
        step={1}
        required
        onChange={(e) => {
          const n = Math.trunc(Number(e.target.value));
          props.onChange(
            Number.isFinite(n) ? Math.min(props.max, Math.max(props.min, n)) : props.min,
          );
        }}
      />
    </label>
  );
}
