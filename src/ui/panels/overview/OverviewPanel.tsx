import type { LedgerId } from '../../../engine/protocol';
import { Panel } from '../../components/Panel';
import { StatusNote } from '../../components/StatusNote';
import { strings } from '../../strings';
import { OverviewView } from './OverviewView';
import { useOverviewData } from './useOverviewData';

export function OverviewPanel({ ledgerId }: { ledgerId: LedgerId }) {
  const ledger = useOverviewData(ledgerId);
  return (
    <Panel title={strings.overview.heading}>
      {ledger === undefined ? (
        <StatusNote busy>{strings.panel.loading}</StatusNote>
      ) : (
        <OverviewView ledger={ledger} />
      )}
    </Panel>
  );
}
