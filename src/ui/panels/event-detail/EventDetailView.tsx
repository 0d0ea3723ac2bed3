import type { EventDetail } from '../../../engine/protocol';
import { strings } from '../../strings';

/** All of one event, as text: content, meta re-indented, and both hashes. */
export function EventDetailView({ event }: { event: EventDetail }) {
  const d = strings.detail;
  const matches = event.storedHash !== null && event.storedHash === event.recomputedHash;
  return (
    <article
      className="tks-detail"
      data-testid="event-detail"
      aria-label={`${d.heading} ${event.id}`}
    >
      <p className="tks-detail-title">
        <span className="tks-detail-id">#{event.id}</span>{' '}
        <span className="tks-detail-kind">{event.kind}</span>{' '}
        <span className="tks-detail-ts">{event.ts}</span>
      </p>
      <h3 className="tks-detail-heading">{d.content}</h3>
      <pre className="tks-pre" data-testid="event-content">
        {event.content === '' ? d.emptyContent : event.content}
      </pre>
      <h3 className="tks-detail-heading">{d.meta}</h3>
      <pre className="tks-pre" data-testid="event-meta">
        {event.metaPretty}
      </pre>
      <dl className="tks-hashes">
        <Hash term={d.prevHash} value={event.prevHash} />
        <Hash term={d.storedHash} value={event.storedHash} testId="stored-hash" />
        <Hash
          term={d.recomputedHash}
          value={event.recomputedHash}
          testId="recomputed-hash"
        />
      </dl>
      <p
        className={
          matches
            ? 'tks-hash-verdict tks-hash-verdict-ok'
            : 'tks-hash-verdict tks-hash-verdict-bad'
        }
      >
        {matches ? d.hashMatches : d.hashDiffers}
      </p>
    </article>
  );
}

function Hash({
  term,
  value,
  testId,
}: {
  term: string;
  value: string | null;
  testId?: string;
}) {
  return (
    <div className="tks-hash">
      <dt>{term}</dt>
      <dd>
        <code className="tks-code" data-testid={testId}>
          {value ?? strings.detail.noHash}
        </code>
      </dd>
    </div>
  );
}
