import { useMutation, useMutationState } from '@tanstack/react-query';

import type { ScaleOutcome, ScaleParams } from '../../../engine/protocol';
import type { EngineError } from '../../../engine/protocol';
import { useEngine } from '../../engine/engine-context';
import { mutationKeys } from '../../query-keys';
import {
  endScaleProgress,
  reportScaleProgress,
  startScaleProgress,
} from './scale-progress';

/** Runs the scaling experiment in the worker. */
export function useRunScaling() {
  const engine = useEngine();
  return useMutation<ScaleOutcome, EngineError, ScaleParams>({
    mutationKey: mutationKeys.scaling(),
    mutationFn: async (params) => {
      const signal = startScaleProgress();
      try {
        return await engine.query('scale', params, {
          signal,
          onProgress: reportScaleProgress,
        });
      } finally {
        endScaleProgress(signal);
      }
    },
  });
}

/** The latest finished experiment of this page, kept by the mutation cache across views. */
export function useLatestScaling(): ScaleOutcome | undefined {
  const results = useMutationState({
    filters: { mutationKey: mutationKeys.scaling(), status: 'success' },
    select: (mutation) => mutation.state.data as ScaleOutcome | undefined,
  });
  return results.at(-1);
}
