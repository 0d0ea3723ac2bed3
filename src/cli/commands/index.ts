import { CHECK_HELP, checkCommand } from './check';
import type { CliCommand } from './command';
import { COMPARE_HELP, compareCommand } from './compare';
import { EXPORT_HELP, exportCommand } from './export';
import { PROFILE_HELP, profileCommand } from './profile';
import { SCALE_HELP, scaleCommand } from './scale';
import { GENERATE_HELP, generateCommand } from './generate';
import { RUN_HELP, runCommand } from './run';
import { SCAN_HELP, scanCommand } from './scan';
import { VALIDATE_HELP, validateCommand } from './validate';
import { VERIFY_HELP, verifyCommand } from './verify';

/** Every subcommand. Adding one is one line here. */
export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'verify',
    summary: "check a ledger's hash chain",
    help: VERIFY_HELP,
    run: verifyCommand,
  },
  {
    name: 'generate',
    summary: 'write a synthetic PMM v1 ledger',
    help: GENERATE_HELP,
    run: generateCommand,
  },
  {
    name: 'validate',
    summary: 'check profiling run files',
    help: VALIDATE_HELP,
    run: validateCommand,
  },
  {
    name: 'scan',
    summary: 'count read_all calls per function in Python sources',
    help: SCAN_HELP,
    run: scanCommand,
  },
  {
    name: 'run',
    summary: 'continue a ledger under read strategies',
    help: RUN_HELP,
    run: runCommand,
  },
  {
    name: 'profile',
    summary: 'profile read strategies and write a run file',
    help: PROFILE_HELP,
    run: profileCommand,
  },
  {
    name: 'compare',
    summary: 'compare two run files',
    help: COMPARE_HELP,
    run: compareCommand,
  },
  {
    name: 'scale',
    summary: 'fit per-tick cost against ledger size',
    help: SCALE_HELP,
    run: scaleCommand,
  },
  {
    name: 'check',
    summary: 'check a run against a budget file',
    help: CHECK_HELP,
    run: checkCommand,
  },
  {
    name: 'export',
    summary: 'export a run as a Chrome trace or benchmark JSON',
    help: EXPORT_HELP,
    run: exportCommand,
  },
];
