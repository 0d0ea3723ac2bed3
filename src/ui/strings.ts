/**
 * Every user-facing sentence of the dashboard, in one table. Components
 * read from here; sentences with numbers are small functions.
 */
import { formatCount } from './format';
import { profilingStrings } from './strings-profiling';

export const strings = {
  appTitle: 'tickscope',
  appTagline: 'Open a PMM event ledger, verify its hash chain and browse its events.',
  nav: {
    label: 'Views',
    explorer: 'Ledger explorer',
    profile: 'Profile',
    compare: 'Compare',
    scaling: 'Scaling',
    history: 'History',
  },
  open: {
    heading: 'Open a ledger',
    fileLabel: 'Open ledger',
    fileHint:
      'Pick or drop a .db file, with its -wal sidecar if it has one. The file stays in this browser.',
    sampleButton: 'Open the sample ledger',
    generateHeading: 'Generate a synthetic ledger',
    generateEvents: 'Events',
    generateSeed: 'Seed',
    generateButton: 'Generate',
    cancel: 'Cancel',
    dropHere: 'Drop the ledger to open it',
    onlyWal: 'Only a -wal sidecar was given: open the .db file together with it.',
    noFile: 'No file was given.',
    failedPrefix: 'Could not open the ledger.',
    progress: {
      reading: 'Reading the file',
      opening: 'Opening',
      verifying: 'Verifying the hash chain',
      generating: 'Generating events',
      indexing: 'Indexing',
      profiling: 'Profiling',
      scaling: 'Measuring scaling',
    },
  },
  ledger: {
    none: 'No ledger is open.',
    reopen: (name: string) =>
      `The view of "${name}" was restored from the address, but files are never stored: open ${name} again to see it.`,
    opening: 'Opening the ledger…',
  },
  overview: {
    heading: 'Overview',
    file: 'File',
    size: 'Size',
    events: 'Events',
    eventCount: (n: number) => `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`,
    timeSpan: 'Time span',
    era: 'Era',
    scheme: 'Hash scheme',
    kinds: 'Kinds',
    chain: 'Hash chain',
    journal: 'Journal',
    walMode: 'WAL mode',
    walWithSidecar: 'WAL mode, -wal sidecar given',
    rollbackMode: 'rollback journal',
    noTimes: 'no events',
    unknown: 'unknown',
    openedIn: (ms: number) => `opened and verified in ${formatCount(Math.round(ms))} ms`,
  },
  chain: {
    ok: 'Chain verified',
    broken: (id: number | null) =>
      id === null ? 'Chain broken' : `Chain broken at event ${id}`,
    absent: 'No hash chain',
    unverifiable: 'Chain unverifiable',
    reasons: {
      'hash-mismatch': 'Its stored hash does not match its contents.',
      'broken-link': "Its prev_hash is not the previous event's hash.",
      'hash-mismatch+broken-link':
        "Its stored hash does not match its contents, and its prev_hash is not the previous event's hash.",
    } as Record<string, string>,
  },
  kinds: {
    heading: 'Events per kind',
    empty: 'This ledger has no events.',
    countLabel: 'events',
  },
  events: {
    heading: 'Events',
    kindLabel: 'Kind',
    allKinds: 'All kinds',
    textLabel: 'Search text',
    textPlaceholder: 'content, meta or kind contains…',
    matching: (shown: number, total: number) =>
      shown === total
        ? `${formatCount(total)} events`
        : `${formatCount(shown)} of ${formatCount(total)} events match`,
    empty: 'No event matches these filters.',
    loadingRow: 'Loading…',
    columns: { id: 'id', ts: 'ts', kind: 'kind', content: 'content' },
    tableLabel: 'Events of the open ledger',
  },
  detail: {
    heading: 'Event',
    none: 'Select an event in the table to see all of it.',
    missing: (id: number) => `Event ${id} is not in this ledger.`,
    close: 'Close',
    content: 'Content',
    emptyContent: '(empty)',
    meta: 'Meta',
    prevHash: 'Previous hash',
    storedHash: 'Stored hash',
    recomputedHash: 'Recomputed hash',
    hashMatches: 'The stored hash matches the recomputed one.',
    hashDiffers: 'The stored hash differs from the recomputed one.',
    noHash: 'none',
  },
  panel: {
    failed: 'This panel failed to render.',
    retry: 'Try again',
    loading: 'Loading…',
  },
  profiling: profilingStrings,
} as const;
