/**
 * The facts a run file records about where it ran, read once in the worker
 * (or in Node, which has `navigator` too). The version comes from
 * package.json at build time.
 */
import packageJson from '../../package.json';
import type { ProfileHost } from './profile-run';

export function currentProfileHost(): ProfileHost {
  const nav = (
    globalThis as { navigator?: { userAgent?: string; hardwareConcurrency?: number } }
  ).navigator;
  return {
    clock: { now: () => performance.now() },
    platform: nav?.userAgent ?? 'unknown',
    cores: nav?.hardwareConcurrency ?? null,
    tickscopeVersion: packageJson.version,
  };
}
