import type { CliCommand } from './commands/command';
import { COMMANDS } from './commands/index';

/** The CLI entry: finds the subcommand in the registry and runs it. */
export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    return printHelp(rest[0]);
  }
  const command = findCommand(name);
  if (command === undefined) {
    process.stderr.write(`tickscope: unknown command ${name}\n${overview()}`);
    return 2;
  }
  if (command.help !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(command.help);
    return 0;
  }
  return command.run(rest);
}

function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}

function printHelp(topic: string | undefined): number {
  const help = topic === undefined ? undefined : findCommand(topic)?.help;
  process.stdout.write(help ?? overview());
  return 0;
}

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'usage: tickscope <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    "Run 'tickscope <command> --help' for a command's options and exit codes.",
    '',
  ].join('\n');
}
