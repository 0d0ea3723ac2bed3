import type { ChainSummary } from '../../../engine/protocol';
import { strings } from '../../strings';

/** The chain verdict in words: "Chain verified", "Chain broken at event 12"... */
export function chainHeadline(chain: ChainSummary): string {
  switch (chain.status) {
    case 'ok':
      return strings.chain.ok;
    case 'broken':
      return strings.chain.broken(chain.firstBadId);
    case 'absent':
      return strings.chain.absent;
    case 'unverifiable':
      return strings.chain.unverifiable;
  }
}

/** Why the chain is not verified, in words: the first bad row's reason, else the core's sentence. */
export function chainReason(chain: ChainSummary): string {
  const reason = chain.reason === null ? undefined : strings.chain.reasons[chain.reason];
  return reason ?? chain.message;
}
