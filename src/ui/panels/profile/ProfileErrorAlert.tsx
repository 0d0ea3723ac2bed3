import { EngineError } from '../../../engine/protocol';
import { StorageError } from '../../storage/storage-error';
import { strings } from '../../strings';

const text = strings.profiling.form;

/** Why the last profile did not finish; a cancel is said quietly, not as an alert. */
export function ProfileErrorAlert({ error }: { error: Error | null }) {
  if (error === null) {
    return null;
  }
  if (error instanceof EngineError && error.code === 'cancelled') {
    return (
      <p className="tks-panel-note" role="status">
        {text.cancelled}
      </p>
    );
  }
  return (
    <div className="tks-alert" role="alert">
      <p>
        {error instanceof StorageError && error.code === 'quota'
          ? strings.profiling.history.quota
          : text.failed}
      </p>
      <p className="tks-alert-detail">{error.message}</p>
    </div>
  );
}
