import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { generateSyntheticRows } from '../../core/ledger/synthetic/generator';
import { createLedgerFromRows } from '../../engine/ledger-open';
import { loadSqlJs } from '../sqljs-node';

export const GENERATE_HELP = `usage: tickscope generate --events N --seed S --out FILE

Writes a deterministic synthetic PMM v1 ledger: N events (an identity
adoption, then autonomy ticks of about ten events each), a valid v1 hash
chain, SQLite with PMM's v1 schema. The same N and S give the same rows.

  --events N   number of events (1 to 10000000)
  --seed S     integer seed
  --out FILE   the file to create; an existing file is never overwritten

exit codes:
  0  written
  2  wrong arguments, FILE already exists, or it cannot be written
`;

/** `tickscope generate`; resolves to the exit code above. */
export async function generateCommand(args: readonly string[]): Promise<number> {
  const parsed = parseGenerateArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`tickscope generate: ${parsed}\n\n${GENERATE_HELP}`);
    return 2;
  }
  if (existsSync(parsed.out)) {
    process.stderr.write(
      `tickscope generate: refusing to overwrite ${parsed.out}: it already exists; choose another --out\n`,
    );
    return 2;
  }
  const SQL = await loadSqlJs();
  const rows = generateSyntheticRows({ events: parsed.events, seed: parsed.seed });
  const ledger = createLedgerFromRows(SQL, 'v1', parsed.out, rows);
  const head = ledger.readTail(1)[0]?.hash ?? null;
  const bytes = ledger.exportBytes();
  ledger.close();
  const written = writeNew(parsed.out, bytes);
  if (written !== null) {
    process.stderr.write(`tickscope generate: cannot write ${parsed.out}: ${written}\n`);
    return 2;
  }
  process.stdout.write(
    `wrote ${parsed.events} events (seed ${parsed.seed}) to ${parsed.out}, ${bytes.length} bytes, chain head ${head ?? '(none)'}\n`,
  );
  return 0;
}

/** Writes through a temporary file then renames, so FILE is never half-written. */
function writeNew(path: string, bytes: Uint8Array): string | null {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    const fd = openSync(tmp, 'wx');
    try {
      writeSync(fd, bytes);
    } finally {
      closeSync(fd);
    }
    if (existsSync(path)) {
      return 'it appeared while generating';
    }
    renameSync(tmp, path);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

interface GenerateArgs {
  readonly events: number;
  readonly seed: number;
  readonly out: string;
}

function parseGenerateArgs(args: readonly string[]): GenerateArgs | string {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        events: { type: 'string' },
        seed: { type: 'string' },
        out: { type: 'string' },
      },
    });
    if (positionals.length > 0) {
      return `unexpected argument ${positionals[0] ?? ''}`;
    }
    return checkGenerateValues(values);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function checkGenerateValues(v: {
  events?: string;
  seed?: string;
  out?: string;
}): GenerateArgs | string {
  const events = Number(v.events);
  const seed = Number(v.seed);
  if (
    v.events === undefined ||
    !Number.isInteger(events) ||
    events < 1 ||
    events > 10_000_000
  ) {
    return '--events must be an integer from 1 to 10000000';
  }
  if (v.seed === undefined || !Number.isSafeInteger(seed)) {
    return '--seed must be an integer';
  }
  if (v.out === undefined || v.out === '') {
    return '--out FILE is required';
  }
  return { events, seed, out: v.out };
}
