import { useUrlState } from '../../address/address-state';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { parseSide } from './compare-sides';
import type { BeforeAfter } from './CompareBars';
import { CompareBars } from './CompareBars';
import { ComparePickers } from './ComparePickers';
import { CompareSummary } from './CompareSummary';
import { DeltasTable } from './DeltasTable';
import type { ComparisonData } from './useComparisonData';
import { useComparisonData } from './useComparisonData';

const text = strings.profiling.compare;
const siteBars = 15;

/** Baseline against candidate, both named in the address. */
export function ComparePanel() {
  const { base, cand } = useUrlState();
  const comparison = useComparisonData(parseSide(base), parseSide(cand));
  return (
    <Panel title={text.heading}>
      <ComparePickers base={base} cand={cand} />
      {comparison.fetchStatus === 'idle' && comparison.data === undefined ? (
        <StatusNote>{text.pickBoth}</StatusNote>
      ) : null}
      {comparison.error === null ? null : (
        <div className="tks-alert" role="alert">
          <p>{comparison.error.message}</p>
        </div>
      )}
      {comparison.isFetching ? (
        <StatusNote busy>{strings.panel.loading}</StatusNote>
      ) : null}
      {comparison.data === undefined ? null : <ComparisonBody data={comparison.data} />}
    </Panel>
  );
}

function ComparisonBody({ data }: { data: ComparisonData }) {
  const pair = data.pair;
  return (
    <div className="tks-comparison" data-testid="comparison">
      <p className="tks-panel-note">
        {text.baseline}: {data.baseName} · {text.candidate}: {data.candName}
      </p>
      <CompareSummary data={data} />
      {pair === null ? null : (
        <>
          <div className="tks-compare-charts">
            <CompareBars
              title={text.perPhase}
              rows={times(pair.phases)}
              unit="ms"
              testId="compare-phases"
            />
            <CompareBars
              title={text.perSite}
              rows={slowestSites(pair.sites).slice(0, siteBars)}
              unit="ms"
              testId="compare-sites"
            />
          </div>
          <h3 className="tks-subheading">{text.deltas}</h3>
          <h4 className="tks-subheading">{text.perSite}</h4>
          <DeltasTable label={`${text.deltas}: ${text.perSite}`} deltas={pair.sites} />
          <h4 className="tks-subheading">{text.perPhase}</h4>
          <DeltasTable label={`${text.deltas}: ${text.perPhase}`} deltas={pair.phases} />
        </>
      )}
    </div>
  );
}

function times(
  deltas: ComparisonData['run']['strategies'][number]['phases'],
): BeforeAfter[] {
  return deltas.map((d) => ({
    key: d.key,
    baseline: d.baseline.timeMs,
    candidate: d.candidate.timeMs,
  }));
}

/** Sites by time before or after, slowest first: where the time went and where it goes now. */
function slowestSites(
  deltas: ComparisonData['run']['strategies'][number]['sites'],
): BeforeAfter[] {
  return times(deltas).sort(
    (a, b) => Math.max(b.baseline, b.candidate) - Math.max(a.baseline, a.candidate),
  );
}
