import { BOOTSTRAP_NAME } from './constants';
import { enter, type TickEnv, type TickFacts } from './context';
import { handleIdentityAdopt } from './identity/handle-identity-adopt';
import { takeSnapshot } from './phases/take-snapshot';

/**
 * `AutonomyLoop.__init__` (§9.3): one read, and when the folded name is None
 * the bootstrap adoption of "Persistent Mind Model Alpha" (sanitized
 * `Persistent`, quirk Q19) with its forced reflection.
 */
export function construct(env: TickEnv): void {
  enter(env, 'construct');
  const view = env.access.read('__init__');
  const name = env.access.projection('__init__:build_self_model', view).name;
  if (name !== null) {
    return;
  }
  const t: TickFacts = { ...takeSnapshot(env), tickNo: 0 };
  enter(env, 'construct');
  const meta = { bootstrap: true, reason: 'default_bootstrap', tick: 0 };
  handleIdentityAdopt(env, t, BOOTSTRAP_NAME, meta);
}
