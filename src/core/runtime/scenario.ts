import type { TickEnv } from './context';
import type { SeededRng } from './rng';

/** What drives a run: how many ticks, a user turn every K ticks, a seed. */
export interface Scenario {
  readonly ticks: number;
  /** A `user` + `response` pair before every tick whose 0-based index is divisible by K. */
  readonly turnEvery: number;
  readonly seed: string;
  /** Every n-th turn's response ends with a signature line `— Name`. */
  readonly signatureEvery: number;
  /** Virtual seconds between ticks (1800: reflection commitments fall due in 4 ticks). */
  readonly tickSeconds: number;
  /**
   * A quiet spell: no user turns for `quietTicks` ticks from tick index
   * `quietFrom`, so the cadence gate fails, the last reflection commitment
   * ages past the 10-tick TTL and the sweeps expire it.
   */
  readonly quietFrom: number;
  readonly quietTicks: number;
}

export const DEFAULT_SCENARIO: Scenario = {
  ticks: 50,
  turnEvery: 3,
  seed: '1',
  signatureEvery: 2,
  tickSeconds: 1800,
  quietFrom: 20,
  quietTicks: 15,
};

const NAMES = ['Echo', 'Nova', 'Quill', 'Sable', 'Orion', 'Lumen'];

/** Appends the scenario's user turn before tick `index` (0-based), if due. */
export function injectTurn(
  env: TickEnv,
  s: Scenario,
  index: number,
  rng: SeededRng,
): void {
  const quiet = index >= s.quietFrom && index < s.quietFrom + s.quietTicks;
  if (s.turnEvery <= 0 || index % s.turnEvery !== 0 || quiet) {
    return;
  }
  const turn = index / s.turnEvery;
  const meta = { source: 'scenario' };
  env.access.append('user', `hello ${index}`, meta);
  const signed = s.signatureEvery > 0 && turn % s.signatureEvery === s.signatureEvery - 1;
  const text = signed ? `reply ${index}\n\u2014 ${rng.pick(NAMES)}` : `reply ${index}`;
  env.access.append('response', text, meta);
}
