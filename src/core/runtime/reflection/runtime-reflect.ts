import { append, f, type TickEnv, type TickFacts } from '../context';
import { reflectionText } from './templates';

export interface ReflectInput {
  readonly ias: number;
  readonly gas: number;
  readonly level: number;
  readonly template: string;
}

/**
 * `Runtime.reflect` as `emit_reflection`'s `llm_generate` (quirk Q13, kept):
 * it appends its own `reflection` (source `reflect`) and `reflection_check`
 * before returning the text, so one accepted attempt writes two
 * reflections. Its other telemetry appends are dropped (docs/runtime.md).
 */
export function runtimeReflect(env: TickEnv, t: TickFacts, r: ReflectInput): string {
  const n = t.view.countOfKind('reflection');
  const text = reflectionText(t, r.template, n);
  const meta = {
    source: 'reflect',
    telemetry: { IAS: f(r.ias), GAS: f(r.gas) },
    style: r.template,
    novelty: f(1),
    refs: [],
    stage_level: r.level,
    prompt_template: r.template,
    text,
  };
  const id = append(env, 'reflection', text, meta).id;
  append(env, 'reflection_check', '', {
    ref: id,
    ok: true,
    reason: 'last_line_nonempty',
  });
  return text;
}
