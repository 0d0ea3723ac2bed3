import type { StrategyComparison } from '../../../core/profiling/compare/compare';
import type { FieldDifference } from '../../../core/profiling/compare/differences';
import { strings } from '../../strings';
import { formatRatio } from '../run-view/format-run';
import type { ComparisonData } from './useComparisonData';

const text = strings.profiling.compare;

/** Differences first, then the equivalence verdict in words and the speedup. */
export function CompareSummary({ data }: { data: ComparisonData }) {
  const { run, pair } = data;
  return (
    <div className="tks-compare-summary">
      <Differences
        notes={run.notes}
        input={run.inputDifferences}
        environment={run.environmentDifferences}
      />
      {pair === null ? null : <PairSummary pair={pair} />}
    </div>
  );
}

function Differences(props: {
  notes: readonly string[];
  input: readonly FieldDifference[];
  environment: readonly FieldDifference[];
}) {
  const all = [...props.input, ...props.environment];
  if (all.length === 0 && props.notes.length === 0) {
    return null;
  }
  return (
    <section className="tks-compare-differences" aria-label={text.differences}>
      <h3 className="tks-subheading">{text.differences}</h3>
      {props.input.length > 0 ? <p className="tks-warning">{text.inputDiffers}</p> : null}
      <ul className="tks-difference-list">
        {props.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
        {all.map((d) => (
          <li key={d.field}>
            <code>{d.field}</code>: {d.baseline} → {d.candidate}
          </li>
        ))}
      </ul>
    </section>
  );
}

function PairSummary({ pair }: { pair: StrategyComparison }) {
  const { ratio, interval } = pair.speedup;
  return (
    <div className="tks-compare-verdicts">
      <p
        className="tks-verdict"
        data-testid="equivalence-verdict"
        data-verdict={pair.equivalence.verdict}
      >
        {verdictText(pair)}
      </p>
      <p className="tks-speedup" data-testid="speedup">
        {text.speedup(
          formatRatio(ratio),
          formatRatio(interval.low),
          formatRatio(interval.high),
        )}
      </p>
      <p className="tks-panel-note" data-testid="significance">
        {pair.summary}
      </p>
      {pair.warnings.map((w) => (
        <p key={w} className="tks-panel-note">
          {w}
        </p>
      ))}
    </div>
  );
}

function verdictText(pair: StrategyComparison): string {
  const eq = pair.equivalence;
  if (eq.verdict === 'identical') {
    return text.identical;
  }
  if (eq.verdict === 'diverged' && eq.firstDivergence !== undefined) {
    return text.differAt(eq.firstDivergence.eventId);
  }
  return eq.note === undefined ? text.unknown : `${text.unknown}: ${eq.note}`;
}
