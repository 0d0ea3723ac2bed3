import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { isLedgerError } from '../../core/ledger/errors';
import { nullHashError, type VerifyStatus } from '../../core/ledger/verify/verify-result';
import { hintFor } from '../diagnostics';
import { verifyJson, verifyText } from '../format/verify-format';
import { openLedgerPath, type OpenedLedgerFile } from '../ledger-files';
import { loadSqlJs } from '../sqljs-node';

export const VERIFY_HELP = `usage: tickscope verify FILE [--wal FILE] [--json]

Recomputes the hash chain of a PMM ledger (v1_id_ts or v2_no_ts, detected
from the file) and reports the first bad event. The file is only read.

  --wal FILE   apply this -wal sidecar's committed frames first. Without it,
               an existing non-empty FILE-wal beside the ledger is used, and
               the output says so.
  --json       print one JSON object (events, scheme, status, firstBadId,
               reason, message, counts, headHash, wal)

exit codes:
  0  ok (or absent: the table has no hash columns)
  1  broken (a hash mismatch or a broken link)
  2  the file cannot be read, or the arguments are wrong (message on stderr)
  3  unverifiable (a hash rule tickscope does not implement)
`;

const EXIT: Readonly<Record<VerifyStatus, number>> = {
  ok: 0,
  absent: 0,
  broken: 1,
  unverifiable: 3,
};

/** `tickscope verify`; resolves to the exit code above. */
export async function verifyCommand(args: readonly string[]): Promise<number> {
  const parsed = parseVerifyArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`tickscope verify: ${parsed}\n\n${VERIFY_HELP}`);
    return 2;
  }
  const opened = openLedgerPath(await loadSqlJs(), parsed.file, parsed.wal);
  if (!opened.ok) {
    return reportUnreadable(opened.error);
  }
  try {
    return verifyOpened(opened.value, parsed);
  } catch (e) {
    // A damaged page can pass the open and fail while the rows are read (#7):
    // that is "cannot be read" (2), never a crash or "broken" (1).
    if (isLedgerError(e)) {
      return reportUnreadable(e);
    }
    throw e;
  } finally {
    opened.value.ledger.close();
  }
}

function reportUnreadable(e: Error): number {
  const hint = isLedgerError(e) ? `\n  hint: ${hintFor(e.code)}` : '';
  process.stderr.write(`tickscope verify: ${e.message}${hint}\n`);
  return 2;
}

function verifyOpened(opened: OpenedLedgerFile, parsed: VerifyArgs): number {
  const { ledger, walPath, walAutoDetected } = opened;
  const file = basename(parsed.file);
  const result = ledger.verify();
  const info = ledger.info();
  if (walPath !== null) {
    const how = walAutoDetected ? 'found beside the file and applied' : 'applied';
    process.stderr.write(
      `using sidecar ${walPath} (${how}: ${info.walCommitsApplied} committed transaction(s), ${info.walFramesApplied} frame(s))\n`,
    );
  }
  const nullError = nullHashError(result, file);
  if (nullError !== null && !parsed.json) {
    process.stderr.write(`note: ${nullError.message}\n`);
  }
  process.stdout.write(
    parsed.json
      ? `${JSON.stringify(verifyJson(file, result, info, walPath))}\n`
      : verifyText(file, result, info),
  );
  return EXIT[result.status];
}

interface VerifyArgs {
  readonly file: string;
  readonly wal?: string;
  readonly json: boolean;
}

function parseVerifyArgs(args: readonly string[]): VerifyArgs | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { wal: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    if (positionals.length !== 1) {
      return positionals.length === 0 ? 'missing FILE' : 'give exactly one FILE';
    }
    return { file: positionals[0] as string, wal: values.wal, json: values.json };
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
