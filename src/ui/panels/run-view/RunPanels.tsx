import { updateUrlState } from '../../address/address-state';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { DerivedWorkPanel } from '../derived-work/DerivedWorkPanel';
import { EquivalencePanel } from '../equivalence/EquivalencePanel';
import { FindingsPanel } from '../findings/FindingsPanel';
import { HotspotsPanel } from '../hotspots/HotspotsPanel';
import { PhaseTimingsPanel } from '../phase-timings/PhaseTimingsPanel';
import { ReadsPerTickPanel } from '../reads-per-tick/ReadsPerTickPanel';
import type { RunHeader } from './useRunHeaderData';
import { useRunHeaderData } from './useRunHeaderData';

const text = strings.profiling.run;

interface Props {
  readonly runId: string;
  readonly strategy: string | null;
  readonly site: string | null;
}

/** Every panel of one run, for the strategy and site the address names. */
export function RunPanels({ runId, strategy, site }: Props) {
  const header = useRunHeaderData(runId);
  if (header.data === undefined) {
    return (
      <StatusNote busy={header.isPending}>
        {header.error?.message ?? text.loading}
      </StatusNote>
    );
  }
  const shown =
    header.data.strategies.find((s) => s.id === strategy)?.id ??
    header.data.strategies[0]?.id ??
    null;
  const props = { runId, strategy: shown, site };
  return (
    <div className="tks-run-panels" data-run={runId}>
      <RunHeading header={header.data} strategy={shown} site={site} />
      <EquivalencePanel runId={runId} />
      <ReadsPerTickPanel {...props} />
      <HotspotsPanel {...props} />
      <PhaseTimingsPanel {...props} />
      <DerivedWorkPanel {...props} />
      <FindingsPanel {...props} />
    </div>
  );
}

function RunHeading({
  header,
  strategy,
  site,
}: {
  header: RunHeader;
  strategy: string | null;
  site: string | null;
}) {
  return (
    <div className="tks-run-heading">
      <h2 className="tks-run-title">{header.label ?? header.input}</h2>
      <p className="tks-panel-note">
        {text.summary(header.ticks, header.reps, header.input)}
      </p>
      {header.external ? (
        <p className="tks-external-badge" role="note">
          <strong>{text.external}</strong> {text.externalDetail(header.runtimeLabel)}
        </p>
      ) : null}
      <label className="tks-field tks-field-inline">
        <span>{text.strategy}</span>
        <select
          value={strategy ?? ''}
          onChange={(e) => updateUrlState({ strategy: e.target.value, site: null })}
        >
          {header.strategies.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      {strategy === 'stale' ? (
        <p className="tks-warning" role="note">
          {text.staleWarning}
        </p>
      ) : null}
      {site === null ? null : (
        <p className="tks-site-filter">
          {text.siteFilter(site)}{' '}
          <button
            type="button"
            className="tks-button"
            onClick={() => updateUrlState({ site: null })}
          >
            {text.clearSite}
          </button>
        </p>
      )}
    </div>
  );
}
