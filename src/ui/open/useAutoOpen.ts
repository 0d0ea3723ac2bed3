import { useEffect, useRef } from 'react';

import { parseGeneratedName } from '../../engine/protocol';
import type { OpenInput } from './open-ledger';
import { sampleInput } from './open-ledger';
import type { CurrentLedger } from './useLedgers';
import { useIsOpening, useOpenLedger } from './useOpenLedger';

/**
 * Opens the sample when no ledger is chosen, and regenerates a generated
 * ledger the address names after a reload (a picked file cannot come back:
 * the page asks for it instead). Each name is tried once.
 */
export function useAutoOpen(current: CurrentLedger): void {
  const open = useOpenLedger();
  const opening = useIsOpening();
  const tried = useRef(new Set<string>());
  const input = autoOpenInput(current);
  const key = current.state === 'missing' ? current.name : current.state;
  const { mutate } = open;

  useEffect(() => {
    if (input === null || opening || tried.current.has(key)) {
      return;
    }
    tried.current.add(key);
    mutate(input);
  }, [input, key, opening, mutate]);
}

function autoOpenInput(current: CurrentLedger): OpenInput | null {
  if (current.state === 'none') {
    return sampleInput;
  }
  if (current.state !== 'missing') {
    return null;
  }
  const params = parseGeneratedName(current.name);
  return params === null ? null : { kind: 'generate', params };
}
