import type { OpRequest } from '../instrument/recorder';
import type { ReadOp } from '../instrument/types';
import type { PyObject } from '../json/py-value';
import { appendEvent } from '../ledger/append';
import { rowsToEvents } from '../ledger/events';
import type { LedgerEvent, StoredRow } from '../ledger/types';
import { verifyRows } from '../ledger/verify/chain-verifier';
import type { VerifyResult } from '../ledger/verify/verify-result';
import { LedgerIndex, type EventsView } from '../runtime/derive/ledger-index';
import { MetricsFold } from '../runtime/derive/metrics';
import { ProjectionFold } from '../runtime/derive/projection';
import { StageFold } from '../runtime/derive/stage';
import { siteSpec } from '../runtime/sites';
import type { StrategyDeps } from './types';

/** The request for an op at a site, its group and kind from the inventory. */
export function request(
  site: string,
  op: ReadOp,
  args: string,
  maxId: number,
): OpRequest {
  // A fold counts as a derivation even where a strategy runs it at a read site.
  const siteKind = isReadOp(op) ? 'read' : 'derive';
  return { site, group: siteSpec(site).group, siteKind, op, args, maxIdAtRead: maxId };
}

function isReadOp(op: ReadOp): boolean {
  return ![
    'projection-fold',
    'metrics-pass',
    'stage-inference',
    'chain-verification',
  ].includes(op);
}

/** Bytes of row text touched: ts + kind + content + meta. */
export function rowBytes(rows: readonly StoredRow[]): number {
  let n = 0;
  for (const r of rows) {
    n += r.ts.length + r.kind.length + r.content.length + r.metaText.length;
  }
  return n;
}

export function parseRows(deps: StrategyDeps, rows: readonly StoredRow[]): LedgerEvent[] {
  return rowsToEvents(rows, deps.file).events;
}

/** A full SQL read with meta parsing, indexed fresh: PMM's cold `read_all()`. */
export function fullRead(deps: StrategyDeps, site: string): EventsView {
  const req = request(site, 'full-read', '', deps.store.maxId());
  return deps.recorder.measure(req, () => {
    const rows = deps.store.readAll();
    const view = LedgerIndex.of(parseRows(deps, rows)).view();
    return { value: view, rows: rows.length, bytes: rowBytes(rows) };
  });
}

/** A SQL tail read, indexed fresh. */
export function tailRead(deps: StrategyDeps, site: string, limit: number): EventsView {
  const req = request(site, 'tail-read', `limit=${limit}`, deps.store.maxId());
  return deps.recorder.measure(req, () => {
    const rows = deps.store.readTail(limit);
    const view = LedgerIndex.of(parseRows(deps, rows)).view();
    return { value: view, rows: rows.length, bytes: rowBytes(rows) };
  });
}

/** A view handed out again from memory: a hit costs no rows. */
export function hit(deps: StrategyDeps, site: string, view: EventsView, op: ReadOp) {
  // A hit at a derive site is a derivation served from memory, not a read.
  const req = { ...request(site, op, '', view.maxId), siteKind: siteSpec(site).kind };
  return deps.recorder.measure(req, () => ({ value: view, rows: 0, bytes: 0 }));
}

export function foldProjection(deps: StrategyDeps, site: string, view: EventsView) {
  const req = request(site, 'projection-fold', 'from-scratch', view.maxId);
  return deps.recorder.measure(req, () => {
    const all = view.all();
    return { value: ProjectionFold.over(all), rows: all.length, bytes: 0 };
  });
}

export function foldMetrics(deps: StrategyDeps, site: string, view: EventsView) {
  const req = request(site, 'metrics-pass', 'from-scratch', view.maxId);
  return deps.recorder.measure(req, () => {
    const all = view.all();
    return { value: MetricsFold.over(all), rows: all.length, bytes: 0 };
  });
}

export function foldStage(deps: StrategyDeps, site: string, view: EventsView) {
  const req = request(site, 'stage-inference', 'from-scratch', view.maxId);
  return deps.recorder.measure(req, () => {
    const all = view.all();
    return { value: StageFold.over(all), rows: all.length, bytes: 0 };
  });
}

/** PMM's `verify_chain()`: every row from SQL, bypassing any cache. */
export function verifyFull(deps: StrategyDeps, site: string): VerifyResult {
  const req = request(site, 'chain-verification', 'full', deps.store.maxId());
  return deps.recorder.measure(req, () => {
    const rows = deps.store.readAll();
    return { value: verifyRows(rows), rows: rows.length, bytes: rowBytes(rows) };
  });
}

/** Appends through the ledger layer with the virtual clock's ts. */
export function appendVia(
  deps: StrategyDeps,
  kind: string,
  content: string,
  meta: PyObject,
) {
  return appendEvent(deps.store, deps.era, { kind, content, meta, ts: deps.nextTs() });
}
