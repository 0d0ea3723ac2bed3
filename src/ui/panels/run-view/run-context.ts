/** What every run panel is told: the run, the strategy shown, the selected site. */
export interface RunPanelProps {
  readonly runId: string;
  readonly strategy: string | null;
  readonly site: string | null;
}
