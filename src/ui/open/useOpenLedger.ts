import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';

import type { LedgerId, LedgerSummary } from '../../engine/protocol';
import { EngineError } from '../../engine/protocol';
import { useEngine } from '../engine/engine-context';
import { mutationKeys } from '../query-keys';
import type { OpenInput } from './open-ledger';
import { openLedger } from './open-ledger';
import { adoptLedger } from './useLedgers';

/** Opens a ledger (file, sample or synthetic) and makes it current on success. */
export function useOpenLedger() {
  const engine = useEngine();
  const queryClient = useQueryClient();
  const close = useMutation<null, EngineError, LedgerId>({
    mutationKey: mutationKeys.close(),
    mutationFn: (ledgerId) => engine.query('closeLedger', { ledgerId }),
  });
  const closeLedger = close.mutate;
  return useMutation<LedgerSummary, EngineError, OpenInput>({
    mutationKey: mutationKeys.open(),
    mutationFn: (input) => openLedger(engine, input).catch(asEngineError),
    onSuccess: (ledger) => adoptLedger(queryClient, closeLedger, ledger),
  });
}

/** The error of the latest open, unless it was cancelled or a later open succeeded. */
export function useLatestOpenError(): EngineError | null {
  const states = useMutationState({
    filters: { mutationKey: mutationKeys.open() },
    select: (mutation) => mutation.state.error,
  });
  const latest = states.at(-1);
  if (!(latest instanceof EngineError) || latest.code === 'cancelled') {
    return null;
  }
  return latest;
}

/** Whether an open is running. */
export function useIsOpening(): boolean {
  const states = useMutationState({
    filters: { mutationKey: mutationKeys.open(), status: 'pending' },
    select: (mutation) => mutation.state.status,
  });
  return states.length > 0;
}

function asEngineError(error: unknown): never {
  if (error instanceof EngineError) {
    throw error;
  }
  const message = error instanceof Error ? error.message : String(error);
  throw new EngineError({ code: 'internal', message });
}
