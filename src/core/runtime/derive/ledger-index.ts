import { isTruthy, num, type PyValue } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';

/** What the ledger said about one commitment id at a view's horizon (§18). */
export interface CommitmentStatus {
  readonly cid: string;
  /** Only the first `commitment_open` of a cid counts for its age. */
  readonly firstOpen: LedgerEvent;
  readonly lastOpenId: number;
  /** A close or expire exists (sweep #1 skips the cid). */
  readonly resolved: boolean;
  /** Id of the last `commitment_expire`, 0 when none. */
  readonly lastExpireId: number;
  /** Max `until_tick` over its snoozes, 0 when none. */
  readonly snoozeUntil: number;
}

interface CidLog {
  readonly firstOpen: LedgerEvent;
  readonly opens: number[];
  readonly resolutions: { readonly id: number; readonly expire: boolean }[];
  readonly snoozes: { readonly id: number; readonly until: number }[];
}

/**
 * An append-only fold of "all events so far": the events in id order,
 * per-kind lists, autonomy_tick ids and per-commitment logs. A strategy
 * either builds a fresh index on every read (what scanning a fresh
 * `read_all()` list costs a caller) or keeps one and feeds it only new
 * events. Readers never query the index directly: they get an `EventsView`
 * bounded at the id where they read, so a kept index that grows later never
 * changes an answer already handed out.
 *
 * @example LedgerIndex.of(events).view().lastOfKind('autonomy_tick')?.id
 */
export class LedgerIndex {
  readonly events: LedgerEvent[] = [];
  readonly byKind = new Map<string, LedgerEvent[]>();
  readonly tickIds: number[] = [];
  /** Bandit events per arm, keyed `kind|arm`, for the reward's per-arm matching. */
  readonly byArm = new Map<string, LedgerEvent[]>();
  readonly cids = new Map<string, CidLog>();
  /** Cids never resolved, in first-open order. */
  readonly unresolved = new Set<string>();
  /** The first resolution of each cid, in id order. */
  readonly resolvedLog: { readonly id: number; readonly cid: string }[] = [];

  static of(events: readonly LedgerEvent[]): LedgerIndex {
    const index = new LedgerIndex();
    for (const e of events) {
      index.apply(e);
    }
    return index;
  }

  /** Folds one event in; events must arrive in ascending id order. */
  apply(e: LedgerEvent): void {
    this.events.push(e);
    let list = this.byKind.get(e.kind);
    if (list === undefined) {
      list = [];
      this.byKind.set(e.kind, list);
    }
    list.push(e);
    if (e.kind === 'autonomy_tick') {
      this.tickIds.push(e.id);
    } else if (e.kind === 'bandit_arm_chosen' || e.kind === 'bandit_reward') {
      pushTo(
        this.byArm,
        `${e.kind}|${typeof e.meta.arm === 'string' ? e.meta.arm : ''}`,
        e,
      );
    } else if (e.kind.startsWith('commitment_')) {
      this.applyCommitment(e);
    }
  }

  get maxId(): number {
    return this.events.at(-1)?.id ?? 0;
  }

  /** A view of everything folded so far. */
  view(): EventsView {
    return new EventsView(this, this.events.length);
  }

  private applyCommitment(e: LedgerEvent): void {
    const cid = cidOf(e.meta.cid);
    if (cid === undefined) {
      return;
    }
    const log = this.cids.get(cid);
    if (e.kind === 'commitment_open') {
      this.applyOpen(cid, e, log);
    } else if (log === undefined) {
      return;
    } else if (e.kind === 'commitment_close' || e.kind === 'commitment_expire') {
      this.resolve(cid, log, e);
    } else if (e.kind === 'commitment_snooze') {
      log.snoozes.push({ id: e.id, until: num(e.meta.until_tick) ?? 0 });
    }
  }

  private applyOpen(cid: string, e: LedgerEvent, log: CidLog | undefined): void {
    if (log !== undefined) {
      log.opens.push(e.id);
      return;
    }
    this.cids.set(cid, { firstOpen: e, opens: [e.id], resolutions: [], snoozes: [] });
    this.unresolved.add(cid);
  }

  private resolve(cid: string, log: CidLog, e: LedgerEvent): void {
    if (log.resolutions.length === 0) {
      this.unresolved.delete(cid);
      this.resolvedLog.push({ id: e.id, cid });
    }
    log.resolutions.push({ id: e.id, expire: e.kind === 'commitment_expire' });
  }
}

/**
 * The events of a ledger as one read saw them: a `LedgerIndex` bounded at
 * the first `size` events. Queries are binary searches or small slices, so
 * a kept index answers in time independent of the ledger's size.
 */
export class EventsView {
  readonly maxId: number;

  constructor(
    private readonly index: LedgerIndex,
    readonly size: number,
  ) {
    this.maxId = index.events[size - 1]?.id ?? 0;
  }

  /** Every event of the view (a copy: O(n), for from-scratch folds). */
  all(): readonly LedgerEvent[] {
    return this.size === this.index.events.length
      ? this.index.events
      : this.index.events.slice(0, this.size);
  }

  /** Every event with id > `afterId`. */
  after(afterId: number): readonly LedgerEvent[] {
    const ev = this.index.events;
    return ev.slice(firstAbove(ev, afterId), this.size);
  }

  ofKind(kind: string): readonly LedgerEvent[] {
    return this.ofKindAfter(kind, 0);
  }

  /** Events of `kind` with id > `afterId`, oldest first. */
  ofKindAfter(kind: string, afterId: number): readonly LedgerEvent[] {
    const list = this.index.byKind.get(kind) ?? EMPTY;
    return list.slice(firstAbove(list, afterId), firstAbove(list, this.maxId));
  }

  /** Bandit events of `kind` ('bandit_arm_chosen' or 'bandit_reward') for one arm. */
  ofArm(kind: string, arm: string): readonly LedgerEvent[] {
    const list = this.index.byArm.get(`${kind}|${arm}`) ?? EMPTY;
    return list.slice(0, firstAbove(list, this.maxId));
  }

  /** How many bandit events of `kind` name `arm`. */
  countOfArm(kind: string, arm: string): number {
    return firstAbove(this.index.byArm.get(`${kind}|${arm}`) ?? EMPTY, this.maxId);
  }

  /** The n-th (0-based) bandit event of `kind` for `arm`, if within the view. */
  nthOfArm(kind: string, arm: string, n: number): LedgerEvent | undefined {
    const e = this.index.byArm.get(`${kind}|${arm}`)?.[n];
    return e !== undefined && e.id <= this.maxId ? e : undefined;
  }

  /**
   * Whether an event of `kind` with afterId < id <= uptoId satisfies `pred`,
   * scanning oldest first without copying (stops at the first match).
   */
  someOfKind(
    kind: string,
    pred: (e: LedgerEvent) => boolean,
    afterId = 0,
    uptoId = this.maxId,
  ) {
    const list = this.index.byKind.get(kind) ?? EMPTY;
    const end = firstAbove(list, Math.min(uptoId, this.maxId));
    for (let i = firstAbove(list, afterId); i < end; i++) {
      if (pred(list[i] as LedgerEvent)) {
        return true;
      }
    }
    return false;
  }

  /** The newest event of `kind` satisfying `pred`, scanning backwards without copying. */
  lastOfKindWhere(
    kind: string,
    pred: (e: LedgerEvent) => boolean,
  ): LedgerEvent | undefined {
    const list = this.index.byKind.get(kind) ?? EMPTY;
    for (let i = firstAbove(list, this.maxId) - 1; i >= 0; i--) {
      const e = list[i] as LedgerEvent;
      if (pred(e)) {
        return e;
      }
    }
    return undefined;
  }

  lastOfKind(kind: string): LedgerEvent | undefined {
    const list = this.index.byKind.get(kind) ?? EMPTY;
    return list[firstAbove(list, this.maxId) - 1];
  }

  countOfKind(kind: string): number {
    return firstAbove(this.index.byKind.get(kind) ?? EMPTY, this.maxId);
  }

  /** The last `n` events. */
  tail(n: number): readonly LedgerEvent[] {
    return this.index.events.slice(Math.max(0, this.size - n), this.size);
  }

  /** The id of the first of the last `limit` events (a tail's horizon). */
  tailStartId(limit: number): number {
    const start = Math.max(0, this.size - limit);
    return this.index.events[start]?.id ?? this.maxId + 1;
  }

  get tickCount(): number {
    return this.ticksUpTo(this.maxId);
  }

  /** Autonomy ticks with id <= `id` (an event's tick index, §14). */
  ticksUpTo(id: number): number {
    return firstAboveIds(this.index.tickIds, Math.min(id, this.maxId));
  }

  /** The id of the k-th autonomy_tick (1-based), undefined past the view. */
  tickId(k: number): number | undefined {
    return k >= 1 && k <= this.tickCount ? this.index.tickIds[k - 1] : undefined;
  }

  commitment(cid: string): CommitmentStatus | undefined {
    const log = this.index.cids.get(cid);
    if (log === undefined || log.firstOpen.id > this.maxId) {
      return undefined;
    }
    return statusAt(cid, log, this.maxId);
  }

  /** Cids opened and not closed or expired at this view, in first-open order. */
  unresolvedCids(): readonly string[] {
    const cids = this.index.cids;
    const live = [...this.index.unresolved].filter(
      (c) => (cids.get(c) as CidLog).firstOpen.id <= this.maxId,
    );
    const log = this.index.resolvedLog;
    const later = log.slice(firstAbove(log, this.maxId));
    if (later.length === 0) {
      return live;
    }
    const extra = later.map((r) => r.cid).filter((c) => this.commitment(c) !== undefined);
    const firstId = (c: string) => (cids.get(c) as CidLog).firstOpen.id;
    return [...live, ...extra].sort((a, b) => firstId(a) - firstId(b));
  }
}

function statusAt(cid: string, log: CidLog, bound: number): CommitmentStatus {
  const opens = log.opens.filter((id) => id <= bound);
  const res = log.resolutions.filter((r) => r.id <= bound);
  const expires = res.filter((r) => r.expire);
  const snoozes = log.snoozes.filter((s) => s.id <= bound).map((s) => s.until);
  return {
    cid,
    firstOpen: log.firstOpen,
    lastOpenId: opens.at(-1) ?? log.firstOpen.id,
    resolved: res.length > 0,
    lastExpireId: expires.at(-1)?.id ?? 0,
    snoozeUntil: Math.max(0, ...snoozes),
  };
}

const EMPTY: readonly LedgerEvent[] = [];

function pushTo(map: Map<string, LedgerEvent[]>, key: string, e: LedgerEvent): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [e]);
  } else {
    list.push(e);
  }
}

/** A commitment id as PMM compares it: any truthy value, as text. */
export function cidOf(value: PyValue | undefined): string | undefined {
  if (!isTruthy(value)) {
    return undefined;
  }
  return typeof value === 'string' ? value : String(num(value) ?? 'object');
}

function firstAbove(list: readonly { readonly id: number }[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as { id: number }).id <= id) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

function firstAboveIds(ids: readonly number[], id: number): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ids[mid] as number) <= id) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
