import { strings } from '../strings';
import { formatCount } from '../format';
import { cancelOpen, useOpenProgress } from './open-progress';

/** Progress of the open in flight, with a way to cancel it. */
export function OpenProgressBar() {
  const { running, progress } = useOpenProgress();
  if (!running) {
    return null;
  }
  const label =
    progress === null
      ? strings.open.progress.reading
      : strings.open.progress[progress.phase];
  const known = progress !== null && progress.total > 0;
  return (
    <div className="tks-open-progress">
      <progress
        className="tks-progress"
        aria-label={label}
        max={known ? progress.total : undefined}
        value={known ? progress.done : undefined}
      />
      <span className="tks-open-progress-text">
        {label}
        {known ? ` ${formatCount(progress.done)} / ${formatCount(progress.total)}` : '…'}
      </span>
      <button type="button" className="tks-button" onClick={cancelOpen}>
        {strings.open.cancel}
      </button>
    </div>
  );
}
