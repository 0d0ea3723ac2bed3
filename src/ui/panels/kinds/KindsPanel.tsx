import { useCallback } from 'react';

import type { LedgerId } from '../../../engine/protocol';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { updateUrlState, useUrlState } from '../../address/address-state';
import { KindsChart } from './KindsChart';
import { useKindsData } from './useKindsData';

export function KindsPanel({ ledgerId }: { ledgerId: LedgerId }) {
  const kinds = useKindsData(ledgerId);
  const { kind } = useUrlState();
  const onSelect = useCallback(
    (next: string) => updateUrlState({ kind: next === kind ? null : next, event: null }),
    [kind],
  );
  return (
    <Panel title={strings.kinds.heading}>
      {kinds.data === undefined ? (
        <StatusNote busy={kinds.isPending}>
          {kinds.error?.message ?? strings.panel.loading}
        </StatusNote>
      ) : null}
      {kinds.data?.length === 0 ? <StatusNote>{strings.kinds.empty}</StatusNote> : null}
      {kinds.data !== undefined && kinds.data.length > 0 ? (
        <KindsChart kinds={kinds.data} selected={kind} onSelect={onSelect} />
      ) : null}
    </Panel>
  );
}
