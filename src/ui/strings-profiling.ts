/**
 * The profiling room's sentences (#6): part of the one strings table
 * (`strings.ts` re-exports it as `strings.profiling`), kept in its own file
 * so the two halves of the dashboard can grow without colliding.
 */
import { formatCount } from './format';

export const profilingStrings = {
  form: {
    heading: 'Profile the open ledger',
    strategies: 'Strategies',
    staleLabel: 'stale (the pitfall demonstration: wrong on purpose)',
    ticks: 'Ticks',
    turnEvery: 'User turn every K ticks',
    reps: 'Repetitions',
    seed: 'Seed',
    label: 'Run name (optional)',
    run: 'Run profile',
    cancel: 'Cancel',
    noStrategy: 'Choose at least one strategy.',
    copyNote:
      'Runs on a copy of the ledger in the worker; the opened ledger never changes.',
    needLedger: 'Open a ledger first: a profile runs the tick on the open ledger.',
    failed: 'The profile did not finish.',
    cancelled: 'The profile was cancelled; nothing was saved.',
    saved: (name: string) => `Saved "${name}" to the history.`,
  },
  progress: {
    label: (strategy: string) => `Progress of ${strategy}`,
    ticks: (done: number, total: number) =>
      `${formatCount(done)} / ${formatCount(total)} ticks`,
    left: (ms: number | null) =>
      ms === null ? 'estimating time left' : `about ${formatSeconds(ms)} left`,
    waiting: 'waiting',
    done: 'done',
  },
  run: {
    none: 'No run is selected: run a profile or pick one in the history.',
    loading: 'Loading the run…',
    strategy: 'Strategy',
    external: 'Recorded from an external runtime',
    externalDetail: (runtime: string) =>
      `These ticks ran in ${runtime}, not in tickscope's runtime; sites are its call sites.`,
    summary: (ticks: number, reps: number, input: string) =>
      `${formatCount(ticks)} ticks × ${formatCount(reps)} repetition${reps === 1 ? '' : 's'} on ${input}`,
    siteFilter: (site: string) => `Showing site ${site}`,
    clearSite: 'Show every site',
    staleWarning:
      'stale is the pitfall demonstration: its cache is not refreshed after an append, so its answers are wrong.',
  },
  readsPerTick: {
    heading: 'Reads per tick',
    metric: 'Measure',
    counts: 'Counts',
    bytes: 'Bytes',
    empty: 'No reads in these ticks.',
    tick: 'tick',
  },
  hotspots: {
    heading: 'Hotspots',
    tableLabel: 'Read sites of the run',
    columns: {
      site: 'Site',
      reads: 'Reads',
      duplicates: 'Duplicates',
      rows: 'Rows',
      bytes: 'Bytes',
      ms: 'Time',
      share: 'Share of tick time',
      savableMs: 'Estimated saving',
    },
    notAnalysed: 'n/a',
    empty: 'No read sites in this run.',
    perRep: 'Per repetition; times are means over repetitions.',
    siteChart: (site: string) => `${site} across ticks`,
    readsAxis: 'reads',
  },
  phases: {
    heading: 'Phase timings',
    tickTotal: (median: string, p95: string) =>
      `Tick total: median ${median}, p95 ${p95}`,
    columns: { phase: 'Phase', median: 'Median', iqr: 'IQR', p95: 'p95', range: 'Range' },
    boxLabel: 'Spread of each phase over every tick',
    empty: 'No phase timings in this run.',
  },
  derived: {
    heading: 'Derived work',
    columns: {
      op: 'Derivation',
      count: 'Runs',
      perTick: 'Per tick',
      events: 'Events processed',
      ms: 'Time',
    },
    ops: {
      'projection-fold': 'projection folds',
      'metrics-pass': 'IAS/GAS passes',
      'stage-inference': 'stage inference',
      'chain-verification': 'chain verification',
    },
    note: "Where the reference runtime's real cost hid: folds and verification over every event, every tick.",
  },
  findings: {
    heading: 'Findings',
    empty: 'No rule fired for this strategy.',
    more: (n: number) => `${formatCount(n)} more finding${n === 1 ? '' : 's'}`,
    evidence: (n: number) => `${formatCount(n)} aggregate${n === 1 ? '' : 's'} behind it`,
    showSite: 'Show these reads',
    evidenceRow: (tick: number, phase: string, op: string, count: number) =>
      `tick ${tick}, ${phase}, ${op} ×${count}`,
  },
  equivalence: {
    heading: 'Equivalence',
    baseline: (id: string) => `Baseline: ${id}`,
    identical: 'head hash matches the baseline on every tick',
    diverged: (eventId: number, tick: number) =>
      `diverges at event ${eventId} (tick ${tick})`,
    unchecked: 'not checked',
    isBaseline: 'baseline',
    cell: (tick: number, state: string) => `tick ${tick}: ${state}`,
    side: { baseline: 'Baseline', candidate: 'Candidate', none: '(no event)' },
    states: {
      baseline: 'baseline',
      match: 'matches',
      differ: 'differs',
      unknown: 'unknown',
    },
  },
  history: {
    heading: 'Run history',
    empty: 'No run saved yet: run a profile, or import a run file.',
    columns: {
      name: 'Name',
      input: 'Input',
      strategies: 'Strategies',
      date: 'Date',
      headline: 'Headline',
    },
    open: 'Open',
    rename: 'Rename',
    renameLabel: (name: string) => `New name for ${name}`,
    save: 'Save',
    delete: 'Delete',
    exportJson: 'Export run JSON',
    exportTrace: 'Export Chrome trace',
    compareWith: 'Compare',
    import: 'Import run',
    importHint:
      'Pick or drop a run file (.json) made here, by `tickscope profile` or by the Python recorder.',
    importFailed: 'Could not import the run; nothing was saved.',
    imported: (name: string) => `Imported "${name}".`,
    storageFailed:
      'Could not save to the run history; the runs saved before are unchanged.',
    quota:
      'The browser is out of storage for tickscope: delete old runs and try again. Saved runs are unchanged.',
    failed: 'failed',
    running: 'running',
    interrupted: 'The page was closed or reloaded while this run was in progress.',
    crashed: 'The engine worker stopped during this run; it was restarted.',
    external: 'external',
    headline: (strategy: string, ms: string, reads: number) =>
      `${strategy}: ${ms}/tick, ${formatCount(reads)} reads/tick`,
    tooNew: 'This run file was written by a newer tickscope.',
    bundle: {
      exportAll: 'Export all runs',
      importAll: 'Import all runs',
      hint: 'Move the history to another browser: export every finished run as one file, then import that file there.',
      nothingToExport: 'No finished run to export yet.',
      exported: (count: number) =>
        `Exported ${formatCount(count)} run${count === 1 ? '' : 's'}.`,
      imported: (saved: number, skipped: number) =>
        `Imported ${formatCount(saved)} run${saved === 1 ? '' : 's'}` +
        (skipped === 0
          ? '.'
          : `; skipped ${formatCount(skipped)} already saved (not overwritten).`),
      importFailed: 'Could not import the runs; nothing was saved.',
      tooNew:
        'This file, or a run in it, was written by a newer tickscope; nothing was saved.',
      exportFailed: 'Could not export the runs.',
    },
  },
  compare: {
    heading: 'Compare runs',
    baseline: 'Baseline',
    candidate: 'Candidate',
    choose: 'Choose a run and strategy',
    pickBoth:
      'Pick a baseline and a candidate (runs from the history or imported files).',
    identical: 'Ledgers identical',
    differAt: (eventId: number) => `Ledgers differ at event ${eventId}`,
    unknown: 'Equivalence unknown',
    speedup: (ratio: string, low: string, high: string) =>
      `Speedup ${ratio}× (95% CI ${low}× – ${high}×)`,
    differences: 'Differences between the runs',
    inputDiffers: 'The inputs differ: time differences are not called significant.',
    environmentDiffers: 'The environments differ:',
    deltas: 'Deltas',
    perSite: 'Per site',
    perPhase: 'Per phase',
    columns: {
      what: 'What',
      baseline: 'Baseline',
      candidate: 'Candidate',
      delta: 'Change',
    },
    readsSaved: (reads: string, bytes: string) =>
      `Reads per tick: ${reads}; bytes per tick: ${bytes}`,
  },
  scaling: {
    heading: 'Scaling',
    source: 'Ledger sizes from',
    prefixes: 'Prefixes of the open ledger',
    synthetic: 'Synthetic ledgers',
    sizes: 'Sizes (events, comma separated)',
    ticks: 'Ticks per size',
    run: 'Run scaling',
    timeChart: 'Tick time against ledger size',
    readsChart: 'Rows read + events derived per tick against ledger size',
    classOf: (strategy: string, cls: string) => `${strategy}: ${cls}`,
    slope: (slope: string, r2: string) => `slope ${slope}, fit R² ${r2}`,
    none: 'Run the scaling experiment to see how a tick grows with the ledger.',
  },
} as const;

function formatSeconds(ms: number): string {
  return ms < 1000 ? '1 s' : `${Math.round(ms / 1000)} s`;
}
