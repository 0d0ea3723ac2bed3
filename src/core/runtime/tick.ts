import { type TickEnv } from './context';
import { adoptIdentity } from './phases/adopt';
import { checkInvariants, introspect, triage } from './phases/check-invariants';
import { driftTraits } from './phases/drift-traits';
import { bridgeCurriculum, evaluate, ratchetTraits } from './phases/evaluate';
import { evolve } from './phases/evolve';
import { followUp } from './phases/follow-up';
import { beat, rewardBandit } from './phases/heartbeat-reward';
import { markInsight } from './phases/mark-insight';
import { reevaluateIdentity } from './phases/reevaluate-identity';
import { reflect } from './phases/reflect';
import { remind } from './phases/remind';
import { setPolicies } from './phases/set-policies';
import { prioritize, suggest } from './phases/suggest-prioritize';
import { sweepTtl, sweepTtlAgain } from './phases/sweep-ttl';
import { readArmMeans, takeSnapshot } from './phases/take-snapshot';
import { trackStage } from './phases/track-stage';

/**
 * One `AutonomyLoop.tick()` in the reference order (§9.4):
 *
 *   snapshot → policies → TTL #1 → reflect → follow-up → re-evaluate identity
 *   → insight → evolve → suggest → prioritize → stage → adopt → drift
 *   → remind → TTL #2 → heartbeat → reward → evaluate → bridge → ratchet
 *   → invariants → triage → introspect
 *
 * Every event it needs comes through `env.access` at a named site.
 */
export function runTick(env: TickEnv): void {
  const snap = takeSnapshot(env);
  setPolicies(env, snap);
  const t = { ...snap, armMeans: readArmMeans(env) };
  sweepTtl(env, t);
  const outcome = reflect(env, t);
  followUp(env, t);
  reevaluateIdentity(env, t);
  if (outcome.did) {
    markInsight(env, t);
  }
  evolve(env, t);
  suggest(env, t);
  prioritize(env, t);
  trackStage(env, t);
  adoptIdentity(env, t);
  driftTraits(env, t, outcome);
  remind(env);
  sweepTtlAgain(env);
  beat(env, t, outcome);
  rewardBandit(env);
  evaluate(env, t);
  bridgeCurriculum(env, t);
  ratchetTraits(env, t);
  checkInvariants(env);
  triage(env);
  introspect(env, t);
}
