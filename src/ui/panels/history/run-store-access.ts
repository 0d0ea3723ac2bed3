/**
 * The page's one run history. It opens on first use; runs a previous page
 * left `running` (a reload or a crash mid-run) are marked failed then.
 */
import type { RunStore } from '../../storage/run-store';
import { openRunStore } from '../../storage/run-store';
import { strings } from '../../strings';

let store: Promise<RunStore> | null = null;

export function getRunStore(): Promise<RunStore> {
  store ??= openRunStore().then(async (opened) => {
    await opened.failInterrupted(strings.profiling.history.interrupted);
    return opened;
  });
  // A failed open is retried on the next call rather than cached forever.
  store.catch(() => {
    store = null;
  });
  return store;
}
