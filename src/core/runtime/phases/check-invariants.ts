import { cidOf } from '../derive/ledger-index';
import { append, enter, type TickEnv, type TickFacts } from '../context';

/**
 * INV: `read_tail(500)` and the full chain verification, then the
 * candidate-before-close check over the tail. Reflection-driven closes never
 * have an `evidence_candidate`, so the violation is re-emitted every tick
 * while the close stays within the last 500 events (quirk Q12, kept).
 */
export function checkInvariants(env: TickEnv): void {
  enter(env, 'check-invariants');
  const tail = env.access.readTail('invariants.read_tail', 500);
  const chain = env.access.verifyChain('invariants:verify_chain');
  const from = tail.tailStartId(500) - 1;
  const evidence = new Set(
    tail.ofKindAfter('evidence_candidate', from).map((e) => cidOf(e.meta.cid)),
  );
  for (const close of tail.ofKindAfter('commitment_close', from)) {
    const cid = cidOf(close.meta.cid);
    if (cid !== undefined && !evidence.has(cid)) {
      append(env, 'invariant_violation', '', {
        code: 'CANDIDATE_BEFORE_CLOSE',
        message: 'commitment closed without a prior evidence_candidate',
        details: { commitment_id: cid },
      });
    }
  }
  if (chain.status === 'broken') {
    append(env, 'invariant_violation', '', {
      code: 'CHAIN_BROKEN',
      message: chain.message,
      details: { commitment_id: null },
    });
  }
}

/** Step 19: `read_tail(500)` (retried after a TypeError); the triage call is a no-op (Q8). */
export function triage(env: TickEnv): void {
  enter(env, 'triage');
  env.access.readTail('triage.read_tail', 500);
}

/** Step 20 (every 5 ticks): one `introspection_query` (other introspection output dropped). */
export function introspect(env: TickEnv, t: TickFacts): void {
  if (t.tickNo % 5 !== 0) {
    return;
  }
  enter(env, 'introspect');
  append(env, 'introspection_query', `Introspection at tick ${t.tickNo}.`, {
    tick: t.tickNo,
    query: 'status',
  });
}
