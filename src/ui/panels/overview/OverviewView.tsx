import type { LedgerSummary } from '../../../engine/protocol';
import { formatBytes, formatCount } from '../../format';
import { strings } from '../../strings';
import { chainHeadline, chainReason } from './chain-words';

/** File facts and the chain verdict of one ledger. */
export function OverviewView({ ledger }: { ledger: LedgerSummary }) {
  const { chain } = ledger;
  const s = strings.overview;
  return (
    <div className="tks-overview">
      <p
        className={
          chain.status === 'ok' ? 'tks-chain tks-chain-ok' : 'tks-chain tks-chain-bad'
        }
        data-testid="chain-status"
      >
        <span className="tks-chain-headline">{chainHeadline(chain)}</span>
        {chain.status === 'ok' ? null : (
          <span className="tks-chain-reason">{chainReason(chain)}</span>
        )}
      </p>
      <dl className="tks-facts">
        <Fact term={s.file} value={ledger.name} testId="overview-file" />
        <Fact term={s.size} value={formatBytes(ledger.sizeBytes)} />
        <Fact
          term={s.events}
          value={s.eventCount(ledger.events)}
          testId="overview-events"
        />
        <Fact term={s.timeSpan} value={timeSpan(ledger)} />
        <Fact term={s.era} value={ledger.era ?? s.unknown} />
        <Fact term={s.scheme} value={chain.scheme ?? s.unknown} />
        <Fact term={s.kinds} value={formatCount(ledger.kindCount)} />
        <Fact term={s.journal} value={journal(ledger)} />
        <Fact term={s.chain} value={chain.message} />
      </dl>
      <p className="tks-overview-timing">{s.openedIn(ledger.openMs)}</p>
    </div>
  );
}

function Fact({ term, value, testId }: { term: string; value: string; testId?: string }) {
  return (
    <div className="tks-fact">
      <dt className="tks-fact-term">{term}</dt>
      <dd className="tks-fact-value" data-testid={testId}>
        {value}
      </dd>
    </div>
  );
}

function timeSpan(ledger: LedgerSummary): string {
  if (ledger.firstTs === null || ledger.lastTs === null) {
    return strings.overview.noTimes;
  }
  return `${ledger.firstTs} → ${ledger.lastTs}`;
}

function journal(ledger: LedgerSummary): string {
  if (!ledger.walMode) {
    return strings.overview.rollbackMode;
  }
  return ledger.walSupplied ? strings.overview.walWithSidecar : strings.overview.walMode;
}
