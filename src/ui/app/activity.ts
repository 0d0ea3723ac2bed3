/**
 * Work the page has scheduled but not yet handed to a query (a debounced
 * filter, a file being read). The test API's `whenIdle` waits for it.
 */
let busy = 0;

/** Marks one piece of work as started; call the returned function once when it ends. */
export function beginActivity(): () => void {
  busy += 1;
  let ended = false;
  return () => {
    if (!ended) {
      ended = true;
      busy -= 1;
    }
  };
}

export function activityCount(): number {
  return busy;
}
