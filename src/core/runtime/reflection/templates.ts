import type { TickFacts } from '../context';

/**
 * Template text where PMM asked an LLM. The words are fixed; the tick and
 * stage vary, so commitment texts are novel for IAS/GAS, and every fourth
 * reflection speaks of identity (the IAS reflection bonus, §14).
 */
export function reflectionText(t: TickFacts, template: string, n: number): string {
  const who = t.persona ?? 'this assistant';
  const identity = n % 4 === 0 ? ` My identity as ${who} stays steady.` : '';
  return (
    `Reflection (${template}) at tick ${t.tickNo}, stage ${t.stage}.${identity}\n` +
    `I will review the open commitments and follow up before tick ${t.tickNo + 3}.`
  );
}

/** The last non-empty line: what a reflection commits to. */
export function commitmentTextOf(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  return (lines.at(-1) ?? '').trim();
}
