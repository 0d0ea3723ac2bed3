/**
 * One colour per operation, the same in every chart. Chosen to read on the
 * light and the dark background alike.
 */
import type { RunOp } from '../../../core/profiling/run-file/types';

const colors: Record<RunOp, string> = {
  'full-read': '#d1495b',
  'tail-read': '#edae49',
  'read-after-id': '#00798c',
  'read-after-ts': '#30638e',
  'max-id': '#8d6a9f',
  'cache-hit': '#66a182',
  'cache-miss': '#e07a5f',
  'snapshot-hit': '#3d9970',
  'projection-fold': '#5b8def',
  'metrics-pass': '#c77dff',
  'stage-inference': '#f4a259',
  'chain-verification': '#8c8c8c',
};

export function opColor(op: RunOp): string {
  return colors[op];
}

const palette = [
  '#5b8def',
  '#d1495b',
  '#66a182',
  '#edae49',
  '#8d6a9f',
  '#00798c',
  '#e07a5f',
];

/** A colour per series index (strategies, phases). */
export function seriesColor(index: number): string {
  return palette[index % palette.length] ?? '#888888';
}
