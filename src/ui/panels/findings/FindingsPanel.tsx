import type { Finding } from '../../../core/profiling/findings';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { updateUrlState } from '../../address/address-state';
import type { RunPanelProps } from '../run-view/run-context';
import { useFindingsData } from './useFindingsData';

const text = strings.profiling.findings;
const shownEvidence = 12;
// The biggest savings first; the long tail stays one click away.
const shownFindings = 8;

export function FindingsPanel({ runId, strategy, site }: RunPanelProps) {
  const data = useFindingsData(runId, strategy, site);
  return (
    <Panel title={text.heading}>
      {data.data === undefined ? (
        <StatusNote busy={data.isPending}>
          {data.error?.message ?? strings.panel.loading}
        </StatusNote>
      ) : null}
      {data.data?.length === 0 ? <StatusNote>{text.empty}</StatusNote> : null}
      {data.data !== undefined && data.data.length > 0 ? (
        <>
          <ol className="tks-findings">
            {data.data.slice(0, shownFindings).map((finding) => (
              <FindingItem key={finding.id} finding={finding} />
            ))}
          </ol>
          {data.data.length > shownFindings ? (
            <details className="tks-findings-more">
              <summary>{text.more(data.data.length - shownFindings)}</summary>
              <ol className="tks-findings" start={shownFindings + 1}>
                {data.data.slice(shownFindings).map((finding) => (
                  <FindingItem key={finding.id} finding={finding} />
                ))}
              </ol>
            </details>
          ) : null}
        </>
      ) : null}
    </Panel>
  );
}

/** One finding: the sentence, then the aggregates behind it, each a link to its site. */
function FindingItem({ finding }: { finding: Finding }) {
  const select = (next: string) => updateUrlState({ site: next });
  return (
    <li className="tks-finding" data-rule={finding.rule}>
      <p className="tks-finding-message">{finding.message}</p>
      <details className="tks-finding-evidence">
        <summary>{text.evidence(finding.evidence.length)}</summary>
        <ul className="tks-evidence-list">
          {finding.evidence.slice(0, shownEvidence).map((e) => (
            <li key={`${e.tick}:${e.phase}:${e.site}:${e.op}`}>
              <button
                type="button"
                className="tks-link-button"
                onClick={() => select(e.site)}
              >
                {e.site}
              </button>{' '}
              {text.evidenceRow(e.tick, e.phase, e.op, e.count)}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
