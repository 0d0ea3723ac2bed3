import type { VerifyResult } from '../../core/ledger/verify/verify-result';
import type { LedgerInfo } from '../../engine/ledger-info';

/** The --json object of `tickscope verify`. */
export function verifyJson(
  file: string,
  r: VerifyResult,
  info: LedgerInfo,
  walPath: string | null,
): Record<string, unknown> {
  return {
    file,
    events: r.events,
    scheme: r.scheme,
    status: r.status,
    firstBadId: r.firstBadId,
    reason: r.reason,
    message: r.message,
    hashMismatches: r.hashMismatches,
    brokenLinks: r.brokenLinks,
    nullHashes: r.nullHashes,
    lastVerifiedId: r.lastVerifiedId,
    headHash: r.headHash,
    era: info.era,
    walMode: info.walMode,
    wal:
      walPath === null
        ? null
        : {
            path: walPath,
            framesApplied: info.walFramesApplied,
            commitsApplied: info.walCommitsApplied,
          },
  };
}

/** Plain text for people: the verdict first, then the counts. */
export function verifyText(file: string, r: VerifyResult, info: LedgerInfo): string {
  const lines = [`${file}: ${r.status.toUpperCase()} - ${r.message}`];
  if (r.status === 'ok' || r.status === 'broken') {
    lines.push(
      `  scheme ${r.scheme ?? 'none'}, era ${info.era}, ${r.events} events, ids ${info.minId}..${info.maxId}`,
    );
    lines.push(`  chain head ${r.headHash ?? '(none)'}`);
  }
  if (r.status === 'broken') {
    lines.push(
      `  first bad event ${r.firstBadId ?? '?'} (${r.reason ?? '?'}); ${r.nullHashes} NULL hash(es)`,
    );
  }
  return `${lines.join('\n')}\n`;
}
