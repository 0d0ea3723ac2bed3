import '../panels/profiling.css';

import type { ViewProps } from '../app/view-registry';
import { useUrlState } from '../address/address-state';
import { Panel } from '../components/Panel';
import { StatusNote } from '../components/StatusNote';
import { useRunList } from '../panels/history/useRuns';
import { ProfileForm } from '../panels/profile/ProfileForm';
import { useProfileRun } from '../panels/profile/useProfileRun';
import { ProfileErrorAlert } from '../panels/profile/ProfileErrorAlert';
import { RunPanels } from '../panels/run-view/RunPanels';
import { strings } from '../strings';

const text = strings.profiling;

/** The profiling room: the form and its progress, then every panel of the run shown. */
export function ProfileView({ current }: ViewProps) {
  const { run, strategy, site } = useUrlState();
  const profile = useProfileRun();
  const runs = useRunList();
  const latest = runs.data?.find((r) => r.status === 'complete')?.runId ?? null;
  const shown = run ?? latest;

  return (
    <div className="tks-profile-view">
      <div className="tks-profile-side">
        <Panel title={text.form.heading}>
          <ProfileForm
            ledger={current.state === 'open' ? current.ledger : null}
            onRun={(request) => profile.mutate(request)}
          />
          <ProfileErrorAlert error={profile.error} />
        </Panel>
      </div>
      <div className="tks-profile-main">
        {shown === null ? (
          <StatusNote>{text.run.none}</StatusNote>
        ) : (
          <RunPanels runId={shown} strategy={strategy} site={site} />
        )}
      </div>
    </div>
  );
}
