import { fromScratchParts } from './from-scratch';
import { fullRead } from './kit';
import type { ReadStrategy, StrategyDeps } from './types';

/**
 * `naive`: every read site is a full SQL read with meta parsing, every derive
 * site a fold from scratch: the post-refactor picture of PMM's fix guide.
 *
 * @example createNaive(deps).read('tick#2').size
 */
export function createNaive(deps: StrategyDeps): ReadStrategy {
  return {
    id: 'naive',
    label: 'naive: full read at every site',
    wrong: false,
    beginTick: () => undefined,
    endTick: () => undefined,
    read: (site) => fullRead(deps, site),
    ...fromScratchParts(deps),
  };
}
