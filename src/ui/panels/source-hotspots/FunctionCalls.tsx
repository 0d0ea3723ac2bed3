import { callContext } from '../../../core/scanner/context';
import type { FunctionHotspot } from '../../../core/scanner/scan-types';
import { siteGroupOf } from '../../../core/scanner/site-groups';
import { SiteGroupSlot } from './SiteGroupSlot';
import { sourceHotspotsStrings as text } from './source-hotspots-strings';

const CONTEXT_LINES = 3;

interface Props {
  readonly fn: FunctionHotspot;
  /** The file's source; undefined if it is no longer known. */
  readonly source: string | undefined;
}

/** One function's call lines, each with a few lines around it, as plain text. */
export function FunctionCalls({ fn, source }: Props) {
  const group = siteGroupOf(fn.name);
  const snippets = callContext(source ?? '', fn.lines, CONTEXT_LINES);
  return (
    <div className="tks-source-calls">
      <p className="tks-source-calls-head">
        <strong>{fn.name}</strong> <span className="tks-source-path">{fn.file}</span>{' '}
        {fn.defLine === undefined ? text.moduleLevel : text.definedAt(fn.defLine)}
      </p>
      {group === undefined ? null : (
        <SiteGroupSlot group={group} staticCount={fn.count} />
      )}
      {snippets.map((snippet) => (
        <pre
          key={snippet[0]?.line ?? 0}
          className="tks-pre tks-source-snippet"
          data-testid="call-snippet"
        >
          {snippet.map((line) => (
            <span
              key={line.line}
              className={
                line.isCall ? 'tks-source-line tks-source-line-call' : 'tks-source-line'
              }
            >
              {`${String(line.line).padStart(5)}${line.isCall ? ' ▶ ' : '   '}${line.text}\n`}
            </span>
          ))}
        </pre>
      ))}
    </div>
  );
}
