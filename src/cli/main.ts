/** The CLI entry: parses the command and hands it to a subcommand. */
export function main(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    process.stdout.write('usage: tickscope <command> [options]\n');
    return Promise.resolve(0);
  }
  process.stderr.write(`tickscope: unknown command ${argv[0]}\n`);
  return Promise.resolve(2);
}
