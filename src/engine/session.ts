/**
 * The worker's state: the ledgers it holds open, by id, and the explorer
 * queries over them. Plain code over an initialized sql.js, so Node tests
 * call it directly; the worker only routes messages here.
 */
import type { Database, SqlJsStatic } from 'sql.js';

import type { Clock } from '../core/instrument/types';
import { hashStoredRow } from '../core/ledger/hash';
import type { VerifyResult } from '../core/ledger/verify/verify-result';
import { prettyJsonText } from './explorer-format';
import { collectMatchingIds, FilterCache, getEventPage } from './explorer-queries';
import type { LedgerInfo } from './ledger-info';
import { openLedgerFile } from './ledger-open';
import type { SqlLedger } from './ledger-sql';
import type {
  ChainSummary,
  EventDetail,
  EventFilter,
  EventPage,
  GenerateParams,
  KindCount,
  LedgerId,
  LedgerSource,
  LedgerSummary,
  OpenFileParams,
} from './protocol';
import { EngineError, generatedLedgerName } from './protocol';
import type { ProfileSource } from './profile-run';
import type { ScaleSource } from './scale-run';
import { databaseOf } from './session-database';
import type { TaskContext } from './session-host';
import { generateLedger } from './session-generate';
import { verifyInChunks } from './session-verify';

interface OpenLedger {
  readonly summary: LedgerSummary;
  readonly ledger: SqlLedger;
  readonly db: Database;
  readonly info: LedgerInfo;
  readonly filters: FilterCache;
  /** Id lists being collected, so two requests for one filter share the work. */
  readonly collecting: Map<string, Promise<Float64Array>>;
}

const defaultClock: Clock = { now: () => performance.now() };

export class EngineSession {
  private readonly ledgers = new Map<LedgerId, OpenLedger>();
  private readonly fileDigests = new Map<LedgerId, Promise<string | null>>();
  private nextId = 1;

  constructor(
    private readonly SQL: SqlJsStatic,
    private readonly clock: Clock = defaultClock,
  ) {}

  /** Opens a file's bytes (and `-wal` sidecar), verifies its chain, and keeps it open. */
  async openFile(params: OpenFileParams, ctx: TaskContext): Promise<LedgerSummary> {
    const started = this.clock.now();
    ctx.progress({ phase: 'opening', done: 0, total: 0 });
    const opened = openLedgerFile(this.SQL, new Uint8Array(params.bytes), {
      name: params.name,
      ...(params.wal === undefined ? {} : { wal: new Uint8Array(params.wal) }),
    });
    if (!opened.ok) {
      throw opened.error;
    }
    // Profiling (#6): run files name the input by the SHA-256 of the file's own bytes.
    const digest = fileDigest(params.bytes);
    const summary = await this.adopt(
      opened.value,
      'file',
      params.wal !== undefined,
      started,
      ctx,
    );
    this.fileDigests.set(summary.ledgerId, digest);
    return summary;
  }

  /** Generates a synthetic ledger with the core's generator, verifies it, keeps it open. */
  async generate(params: GenerateParams, ctx: TaskContext): Promise<LedgerSummary> {
    const started = this.clock.now();
    const ledger = await generateLedger(
      this.SQL,
      params,
      generatedLedgerName(params),
      ctx,
    );
    return this.adopt(ledger, params.source, false, started, ctx);
  }

  /** The open ledger and sql.js, so a profile can run on a copy of it (#6). */
  profileSource(ledgerId: LedgerId): ProfileSource {
    const open = this.get(ledgerId);
    const digest = this.fileDigests.get(ledgerId) ?? Promise.resolve(null);
    return {
      SQL: this.SQL,
      ledger: open.ledger,
      summary: open.summary,
      fileSha256: digest,
    };
  }

  /** sql.js and, when named, an open ledger whose prefixes a scaling run uses (#6). */
  scaleSource(ledgerId: LedgerId | null): ScaleSource {
    return {
      SQL: this.SQL,
      open: ledgerId === null ? null : this.profileSource(ledgerId),
    };
  }

  list(): LedgerSummary[] {
    return [...this.ledgers.values()].map((open) => open.summary);
  }

  close(ledgerId: LedgerId): null {
    this.ledgers.get(ledgerId)?.ledger.close();
    this.ledgers.delete(ledgerId);
    return null;
  }

  kinds(ledgerId: LedgerId): KindCount[] {
    return this.get(ledgerId).info.kinds.map((k) => ({ kind: k.kind, count: k.count }));
  }

  async countEvents(
    ledgerId: LedgerId,
    filter: EventFilter,
    ctx: TaskContext,
  ): Promise<number> {
    return (await this.matchingIds(this.get(ledgerId), filter, ctx)).length;
  }

  async eventPage(
    ledgerId: LedgerId,
    filter: EventFilter,
    offset: number,
    limit: number,
    ctx: TaskContext,
  ): Promise<EventPage> {
    const open = this.get(ledgerId);
    const ids = await this.matchingIds(open, filter, ctx);
    return getEventPage(open.db, ids, offset, Math.min(limit, 1000));
  }

  event(ledgerId: LedgerId, id: number): EventDetail | null {
    const open = this.get(ledgerId);
    const row = open.ledger.byId(id);
    if (row === undefined) {
      return null;
    }
    const scheme = open.summary.chain.scheme;
    return {
      id: row.id,
      ts: row.ts,
      kind: row.kind,
      content: row.content,
      metaText: row.metaText,
      metaPretty: prettyJsonText(row.metaText),
      prevHash: row.prevHash,
      storedHash: row.hash,
      recomputedHash: scheme === null ? null : hashStoredRow(scheme, row),
      scheme,
    };
  }

  private async adopt(
    ledger: SqlLedger,
    source: LedgerSource,
    walSupplied: boolean,
    started: number,
    ctx: TaskContext,
  ): Promise<LedgerSummary> {
    try {
      await ctx.checkpoint();
      const info = ledger.info();
      const chain = await verifyInChunks(ledger, info.count, ctx);
      const ledgerId = `L${this.nextId++}`;
      const db = databaseOf(ledger);
      const summary = toSummary(
        ledgerId,
        source,
        walSupplied,
        info,
        chain,
        this.clock.now() - started,
      );
      const sized =
        source === 'file' ? summary : { ...summary, sizeBytes: databaseBytes(db) };
      this.ledgers.set(ledgerId, {
        summary: sized,
        ledger,
        db,
        info,
        filters: new FilterCache(),
        collecting: new Map(),
      });
      return sized;
    } catch (error) {
      ledger.close();
      throw error;
    }
  }

  private get(ledgerId: LedgerId): OpenLedger {
    const open = this.ledgers.get(ledgerId);
    if (open === undefined) {
      throw new EngineError({
        code: 'unknown-ledger',
        message: `No open ledger has the id ${ledgerId}; it was closed or the page reloaded.`,
      });
    }
    return open;
  }

  private matchingIds(
    open: OpenLedger,
    filter: EventFilter,
    ctx: TaskContext,
  ): Promise<Float64Array> {
    const cached = open.filters.get(filter);
    if (cached !== undefined) {
      return Promise.resolve(cached);
    }
    const key = FilterCache.keyOf(filter);
    const running = open.collecting.get(key);
    if (running !== undefined) {
      // Shared work cancelled by its first asker is redone for a live one.
      return running.catch((error: unknown) => {
        if (isCancelled(error) && !ctx.isCancelled()) {
          return this.matchingIds(open, filter, ctx);
        }
        throw error;
      });
    }
    const total = open.info.count;
    const work = collectMatchingIds(open.db, filter, async (done) => {
      ctx.progress({ phase: 'indexing', done, total });
      await ctx.checkpoint();
    }).finally(() => open.collecting.delete(key));
    open.collecting.set(key, work);
    return work.then((ids) => {
      open.filters.set(filter, ids);
      return ids;
    });
  }
}

/** Hex SHA-256 of a file's bytes (WebCrypto: native, off the JS thread); null if unavailable. */
function fileDigest(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    return Promise.resolve(null);
  }
  return subtle.digest('SHA-256', bytes).then(
    (hash) =>
      [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join(''),
    () => null,
  );
}

function isCancelled(error: unknown): boolean {
  return error instanceof EngineError && error.code === 'cancelled';
}

/** The size the database would have as a file (a generated ledger has no file). */
function databaseBytes(db: Database): number {
  const pages = Number(db.exec('PRAGMA page_count')[0]?.values[0]?.[0] ?? 0);
  const pageSize = Number(db.exec('PRAGMA page_size')[0]?.values[0]?.[0] ?? 0);
  return pages * pageSize;
}

function toSummary(
  ledgerId: LedgerId,
  source: LedgerSource,
  walSupplied: boolean,
  info: LedgerInfo,
  chain: VerifyResult,
  openMs: number,
): LedgerSummary {
  return {
    ledgerId,
    name: info.name,
    source,
    sizeBytes: info.sizeBytes,
    events: info.count,
    firstTs: info.firstTs,
    lastTs: info.lastTs,
    era: info.era,
    kindCount: info.kinds.length,
    walMode: info.walMode,
    walSupplied,
    chain: toChainSummary(chain),
    openMs,
  };
}

function toChainSummary(chain: VerifyResult): ChainSummary {
  return {
    status: chain.status,
    scheme: chain.scheme,
    checked: chain.events,
    firstBadId: chain.firstBadId,
    reason: chain.reason,
    message: chain.message,
  };
}
