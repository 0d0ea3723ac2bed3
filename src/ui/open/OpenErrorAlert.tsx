import { strings } from '../strings';
import { useLatestOpenError } from './useOpenLedger';

/** Why the last open failed, in the core's words; the open ledger stays as it was. */
export function OpenErrorAlert() {
  const error = useLatestOpenError();
  if (error === null) {
    return null;
  }
  return (
    <div className="tks-open-error" role="alert">
      <strong>{strings.open.failedPrefix}</strong> <span>{error.message}</span>
    </div>
  );
}
