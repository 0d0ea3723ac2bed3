import type { SiteGroup } from '../instrument/types';

// The PMM functions whose read sites tickscope's runtime names as groups
// (reference §9.5, §10, §11, §12).
const GROUP_BY_FUNCTION: ReadonlyMap<string, SiteGroup> = new Map<string, SiteGroup>([
  ['tick', 'tick'],
  ['handle_identity_adopt', 'handle_identity_adopt'],
  ['emit_reflection', 'emit_reflection'],
  ['maybe_reflect', 'maybe_reflect'],
  ['_rebind_commitments_on_identity_adopt', 'rebind'],
]);

/**
 * Maps a scanned function to the runtime site group whose reads it stands
 * for, by its own (innermost) name: `AutonomyLoop.tick` → `tick`,
 * `CommitmentTracker._rebind_commitments_on_identity_adopt` → `rebind`. A
 * closure inside one of them (`AutonomyLoop.tick._helper`), module or class
 * body code and every other function → undefined (never `other`).
 *
 * @example
 * siteGroupOf('AutonomyLoop.handle_identity_adopt') // 'handle_identity_adopt'
 * siteGroupOf('Runtime.reflect._events')            // undefined
 */
export function siteGroupOf(functionName: string): SiteGroup | undefined {
  const own = functionName.slice(functionName.lastIndexOf('.') + 1);
  return GROUP_BY_FUNCTION.get(own);
}
