import type { FormEvent } from 'react';
import { useState } from 'react';

import { STRATEGY_IDS } from '../../../core/strategies/types';
import type { LedgerSummary } from '../../../engine/protocol';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { formatCount } from '../../format';
import { strings } from '../../strings';
import { formatMs } from '../run-view/format-run';
import { cancelScaling, useScaleProgress } from './scale-progress';
import { scalingSeries } from './scaling-model';
import { ScalingChart } from './ScalingChart';
import { useLatestScaling, useRunScaling } from './useScaling';

const text = strings.profiling.scaling;

/** Runs the scaling experiment and shows how each strategy's tick grows with the ledger. */
export function ScalingPanel({ ledger }: { ledger: LedgerSummary | null }) {
  const run = useRunScaling();
  const latest = useLatestScaling();
  return (
    <Panel title={text.heading}>
      <ScalingForm ledger={ledger} busy={run.isPending} onRun={(p) => run.mutate(p)} />
      {run.error === null || run.error.code === 'cancelled' ? null : (
        <div className="tks-alert" role="alert">
          <p>{run.error.message}</p>
        </div>
      )}
      {latest === undefined ? (
        <StatusNote>{text.none}</StatusNote>
      ) : (
        <ScalingResult outcome={latest} />
      )}
    </Panel>
  );
}

interface FormProps {
  readonly ledger: LedgerSummary | null;
  readonly busy: boolean;
  readonly onRun: (
    params: Parameters<ReturnType<typeof useRunScaling>['mutate']>[0],
  ) => void;
}

function ScalingForm({ ledger, busy, onRun }: FormProps) {
  const [source, setSource] = useState<'prefix' | 'synthetic'>(
    ledger === null ? 'synthetic' : 'prefix',
  );
  const [sizes, setSizes] = useState('500, 1000, 2000, 3000');
  const [ticks, setTicks] = useState(4);
  const [chosen, setChosen] = useState<readonly string[]>(['naive', 'incremental']);
  const progress = useScaleProgress();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = sizes
      .split(/[\s,]+/)
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
    onRun({
      ledgerId: source === 'prefix' ? (ledger?.ledgerId ?? null) : null,
      source: source === 'prefix' && ledger !== null ? 'prefix' : 'synthetic',
      sizes: parsed,
      strategies: chosen,
      ticks,
      turnEvery: 3,
      seed: 1,
    });
  };
  return (
    <form className="tks-profile-form" onSubmit={submit}>
      <fieldset className="tks-fieldset">
        <legend>{text.source}</legend>
        <label className="tks-check">
          <input
            type="radio"
            checked={source === 'prefix'}
            disabled={ledger === null}
            onChange={() => setSource('prefix')}
          />
          {text.prefixes}
        </label>
        <label className="tks-check">
          <input
            type="radio"
            checked={source === 'synthetic'}
            onChange={() => setSource('synthetic')}
          />
          {text.synthetic}
        </label>
      </fieldset>
      <fieldset className="tks-fieldset">
        <legend>{strings.profiling.form.strategies}</legend>
        {STRATEGY_IDS.filter((id) => id !== 'stale').map((id) => (
          <label key={id} className="tks-check">
            <input
              type="checkbox"
              checked={chosen.includes(id)}
              onChange={() =>
                setChosen((c) =>
                  c.includes(id) ? c.filter((x) => x !== id) : [...c, id],
                )
              }
            />
            {id}
          </label>
        ))}
      </fieldset>
      <label className="tks-field">
        <span>{text.sizes}</span>
        <input type="text" value={sizes} onChange={(e) => setSizes(e.target.value)} />
      </label>
      <label className="tks-field">
        <span>{text.ticks}</span>
        <input
          type="number"
          min={1}
          max={100}
          value={ticks}
          onChange={(e) => setTicks(Math.max(1, Math.trunc(Number(e.target.value)) || 1))}
        />
      </label>
      <div className="tks-form-actions">
        <button
          type="submit"
          className="tks-button tks-button-primary"
          disabled={busy || chosen.length === 0}
        >
          {text.run}
        </button>
        <button
          type="button"
          className="tks-button"
          disabled={!busy}
          onClick={cancelScaling}
        >
          {strings.profiling.form.cancel}
        </button>
      </div>
      {progress === null ? null : (
        <div className="tks-profile-progress-row">
          <span className="tks-profile-progress-name">{progress.strategy ?? ''}</span>
          <progress
            className="tks-progress"
            aria-label={strings.open.progress.scaling}
            max={progress.total || undefined}
            value={progress.total > 0 ? progress.done : undefined}
          />
        </div>
      )}
    </form>
  );
}

function ScalingResult({
  outcome,
}: {
  outcome: NonNullable<ReturnType<typeof useLatestScaling>>;
}) {
  return (
    <div className="tks-scaling-result" data-testid="scaling-result">
      <ul className="tks-scaling-classes">
        {outcome.strategies.map((s) => (
          <li key={s.id}>
            <span className="tks-scaling-class">
              {text.classOf(s.id, s.headline.complexity)}
            </span>{' '}
            <span className="tks-panel-note">
              {text.slope(s.headline.slope.toFixed(2), s.headline.r2.toFixed(3))}
            </span>
          </li>
        ))}
      </ul>
      <p className="tks-panel-note">
        {outcome.sizes.map((s) => `${formatCount(s.n)} (${s.source})`).join(', ')}
      </p>
      <div className="tks-compare-charts">
        <ScalingChart
          title={text.timeChart}
          series={scalingSeries(outcome.strategies, 'tickMs')}
          format={formatMs}
          testId="scaling-time"
        />
        <ScalingChart
          title={text.readsChart}
          series={scalingSeries(outcome.strategies, 'workPerTick')}
          format={formatCount}
          testId="scaling-reads"
        />
      </div>
      {outcome.notes.map((n) => (
        <p key={n} className="tks-panel-note">
          {n}
        </p>
      ))}
    </div>
  );
}
