import { updateUrlState } from '../../address/address-state';
import { strings } from '../../strings';
import { useRunList } from '../history/useRuns';

const text = strings.profiling.compare;

/** Baseline and candidate: any strategy of any saved (or imported) run. */
export function ComparePickers({
  base,
  cand,
}: {
  base: string | null;
  cand: string | null;
}) {
  const runs = useRunList();
  const options = (runs.data ?? [])
    .filter((r) => r.status === 'complete')
    .flatMap((r) =>
      r.strategies.map((s) => ({ value: `${r.runId}~${s}`, label: `${r.name} · ${s}` })),
    );
  const picker = (label: string, value: string | null, key: 'base' | 'cand') => (
    <label className="tks-field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(e) => updateUrlState({ [key]: e.target.value || null })}
      >
        <option value="">{text.choose}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="tks-compare-pickers">
      {picker(text.baseline, base, 'base')}
      {picker(text.candidate, cand, 'cand')}
    </div>
  );
}
