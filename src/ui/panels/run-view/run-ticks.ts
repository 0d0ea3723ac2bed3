/**
 * Small accessors every run panel shares: which strategy is shown, its
 * ticks, and how a site is named.
 */
import type {
  RunCallSite,
  RunFile,
  RunOpAggregate,
  RunStrategy,
  RunTick,
} from '../../../core/profiling/run-file/types';

/** The strategy the address names, or the run's first. */
export function pickStrategy(run: RunFile, id: string | null): RunStrategy | undefined {
  return run.strategies.find((s) => s.id === id) ?? run.strategies[0];
}

/** Every tick of every repetition, repetition by repetition. */
export function allTicks(strategy: RunStrategy): RunTick[] {
  return strategy.repetitions.flatMap((r) => r.ticks);
}

/** The first repetition's ticks: counts are the same in every repetition. */
export function firstTicks(strategy: RunStrategy): readonly RunTick[] {
  return strategy.repetitions[0]?.ticks ?? [];
}

/** Ticks grouped by tick number across repetitions. */
export function ticksByNumber(strategy: RunStrategy): Map<number, RunTick[]> {
  const out = new Map<number, RunTick[]>();
  for (const tick of allTicks(strategy)) {
    const list = out.get(tick.tick) ?? [];
    list.push(tick);
    out.set(tick.tick, list);
  }
  return out;
}

/** Whether a run was recorded from a runtime other than tickscope's. */
export function isExternalRun(run: RunFile): boolean {
  return run.environment.runtime === 'external' || run.strategies.some((s) => s.external);
}

/** The aggregates of one site (every site when `site` is null). */
export function ofSite<T extends RunOpAggregate>(
  aggregates: readonly T[],
  site: string | null,
): T[] {
  return site === null ? [...aggregates] : aggregates.filter((a) => a.site === site);
}

export interface SiteName {
  /** The function the site is in, e.g. `handle_identity_adopt`. */
  readonly fn: string;
  /** The site within it, e.g. `R5`; empty when the site is the function. */
  readonly name: string;
  /** `file:line` for external runs. */
  readonly location: string | null;
}

/** `handle_identity_adopt#R5` -> fn `handle_identity_adopt`, name `R5`. */
export function splitSite(site: string, callSite?: RunCallSite): SiteName {
  if (callSite !== undefined) {
    return {
      fn: callSite.function,
      name: site,
      location: `${callSite.file}:${callSite.line}`,
    };
  }
  const hash = site.indexOf('#');
  if (hash > 0) {
    return { fn: site.slice(0, hash), name: site.slice(hash + 1), location: null };
  }
  const colon = site.indexOf(':');
  if (colon > 0) {
    return { fn: site.slice(0, colon), name: site.slice(colon + 1), location: null };
  }
  return { fn: site, name: '', location: null };
}
