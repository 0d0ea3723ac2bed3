/** One `tickscope <name>` subcommand. */
export interface CliCommand {
  readonly name: string;
  /** One line for `tickscope --help`. */
  readonly summary: string;
  /** Full usage text with exit codes, printed for `tickscope <name> --help`. */
  readonly help?: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  readonly run: (args: readonly string[]) => Promise<number>;
}
