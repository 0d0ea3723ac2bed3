import { strings } from '../../strings';
import { useProfileProgress } from './profile-progress';

const text = strings.profiling.progress;

/** One progress bar per strategy: ticks done and the time left. */
export function ProfileProgressBars() {
  const { running, strategies } = useProfileProgress();
  if (!running) {
    return null;
  }
  return (
    <ul className="tks-profile-progress">
      {strategies.map((s) => (
        <li key={s.strategy} className="tks-profile-progress-row">
          <span className="tks-profile-progress-name">{s.strategy}</span>
          <progress
            className="tks-progress"
            aria-label={text.label(s.strategy)}
            max={s.total}
            value={s.done}
          />
          <span className="tks-profile-progress-text">
            {text.ticks(s.done, s.total)}
            {', '}
            {s.done === 0 ? text.waiting : null}
            {s.done > 0 && s.done < s.total ? text.left(s.etaMs) : null}
            {s.done >= s.total ? text.done : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
