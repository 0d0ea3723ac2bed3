import { num, obj, str } from '../../json/py-value';
import type { LedgerEvent } from '../../ledger/types';

/** IAS and GAS as `compute_ias_gas` returns them, after feedback and clipping. */
export interface IasGas {
  readonly ias: number;
  readonly gas: number;
}

export interface MetricsView {
  /** The pair over every event folded so far. */
  value(): IasGas;
  /** IAS over the events up to and including the k-th autonomy_tick. */
  iasAtTick(k: number): number | undefined;
  readonly folded: number;
}

/**
 * PMM's `compute_ias_gas` (reference §14) as a forward fold: one pass with
 * no intermediate clipping; feedback and clipping are applied on read
 * without touching the running state, so the fold can continue. Trait
 * multipliers are always 1.0 (quirk Q2, kept). The finalized IAS is kept
 * after every autonomy_tick for the bandit reward's IAS(t).
 *
 * @example MetricsFold.over(events).value() // { ias: 0, gas: 0 } on a fresh ledger
 */
export class MetricsFold implements MetricsView {
  private ias = 0;
  private gas = 0;
  private tix = 0;
  private lastAdoptTick: number | null = null;
  private lastAdoptName = '';
  private lastValidAdoptTick: number | null = null;
  private readonly openTexts = new Map<string, number>();
  private readonly violations = new Set<string>();
  private readonly iasHistory: number[] = [];
  folded = 0;

  static over(events: readonly LedgerEvent[]): MetricsFold {
    const fold = new MetricsFold();
    for (const e of events) {
      fold.apply(e);
    }
    return fold;
  }

  apply(e: LedgerEvent): void {
    this.folded++;
    switch (e.kind) {
      case 'autonomy_tick':
        this.applyTick();
        break;
      case 'identity_adopt':
        this.applyAdopt(e);
        break;
      case 'commitment_open':
        this.applyOpen(e);
        break;
      case 'commitment_close':
        this.gas += 0.12;
        break;
      case 'reflection':
        this.applyReflection(e);
        break;
      case 'invariant_violation':
        this.applyViolation(e);
        break;
      default:
        break;
    }
  }

  value(): IasGas {
    const gasBefore = this.gas;
    const gas = this.gas + (this.ias - 0.5) * 0.1;
    const ias = this.ias + (gasBefore - 0.5) * 0.05;
    return { ias: clip01(ias), gas: clip01(gas) };
  }

  iasAtTick(k: number): number | undefined {
    return this.iasHistory[k - 1];
  }

  private applyTick(): void {
    this.tix++;
    this.ias *= 0.9995;
    this.gas *= 0.9995;
    if (this.lastValidAdoptTick !== null) {
      const dt = this.tix - this.lastValidAdoptTick;
      this.ias += dt > 0 && dt % 5 === 0 ? 0.03 : 0;
    }
    this.iasHistory.push(this.value().ias);
  }

  private applyAdopt(e: LedgerEvent): void {
    const nm = (str(e.meta.sanitized) || str(e.meta.name) || e.content).trim();
    if (nm !== '' && (num(e.meta.confidence) ?? 0) >= 0.9) {
      this.lastValidAdoptTick = this.tix;
    }
    if (this.lastAdoptTick !== null) {
      const delta = this.tix - this.lastAdoptTick;
      const differs = nm.toLowerCase() !== this.lastAdoptName.toLowerCase();
      const named = nm !== '' && this.lastAdoptName !== '';
      this.ias -= named && delta <= 5 && differs ? 0.08 : 0;
      this.ias += delta >= 5 ? 0.03 * Math.floor(delta / 5) : 0;
    }
    this.lastAdoptTick = this.tix;
    this.lastAdoptName = nm;
  }

  private applyOpen(e: LedgerEvent): void {
    const txt = (e.content || str(e.meta.text) || '').trim().toLowerCase();
    if (txt === '') {
      return;
    }
    const past = this.openTexts.get(txt);
    if (past === undefined || this.tix - past > 20) {
      this.gas += 0.07;
    }
    this.openTexts.set(txt, this.tix);
  }

  private applyReflection(e: LedgerEvent): void {
    const txt = e.content.trim().toLowerCase();
    const identity = txt.includes('identity') && txt.length > 20;
    this.ias += identity || txt.includes('my name') ? 0.01 : 0;
  }

  private applyViolation(e: LedgerEvent): void {
    const details = obj(e.meta.details);
    const cid = details?.commitment_id;
    const key = `${str(e.meta.code) ?? ''}\u0000${cid === undefined || cid === null ? '' : String(num(cid) ?? str(cid) ?? '')}`;
    if (!this.violations.has(key)) {
      this.violations.add(key);
      this.ias -= 0.005;
      this.gas -= 0.005;
    }
  }
}

function clip01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
