import { CLOSERS, HARD_KEYWORDS, isOp } from './tokens';
import type { Token } from './tokens';

/** One `.method(` call found in a token list. */
export interface RawCall {
  readonly method: string;
  /** Where the call expression starts (its receiver), as Python's ast reports it. */
  readonly line: number;
  /** Where the method name itself is written. */
  readonly methodLine: number;
  /** Index in the scanned list of the token the call belongs to. */
  readonly index: number;
}

/**
 * Finds every attribute call `<expr>.name(` whose name is in `methods`, in
 * `tokens` and in the replacement fields of the f-strings among them. A call
 * inside a field is reported at the index of its string token.
 *
 * @example
 * findCalls(lexPython('x = log.read_all()[-5:]\n', 'a.py').tokens, new Set(['read_all']))
 * // [{ method: 'read_all', line: 1, methodLine: 1, index: 3 }]
 */
export function findCalls(
  tokens: readonly Token[],
  methods: ReadonlySet<string>,
): RawCall[] {
  const calls: RawCall[] = [];
  tokens.forEach((token, index) => {
    if (token.fields !== undefined) {
      for (const field of token.fields) {
        calls.push(...findCalls(field, methods).map((call) => ({ ...call, index })));
      }
    } else if (isMethodCall(tokens, index, methods)) {
      calls.push(toCall(tokens, index));
    }
  });
  return calls;
}

function isMethodCall(
  tokens: readonly Token[],
  i: number,
  methods: ReadonlySet<string>,
): boolean {
  const name = tokens[i + 1];
  return (
    isOp(tokens[i], '.') &&
    name?.kind === 'name' &&
    methods.has(name.text) &&
    (isOp(tokens[i + 2], '(') || parenthesizedCallee(tokens, i) >= 0)
  );
}

/**
 * `(x.read_all)()` is also a call of the attribute: returns the index of the
 * `(` that wraps exactly the attribute expression and is followed by a call,
 * else -1. One level of parentheses only.
 */
function parenthesizedCallee(tokens: readonly Token[], dot: number): number {
  if (!isOp(tokens[dot + 2], ')') || !isOp(tokens[dot + 3], '(')) {
    return -1;
  }
  const open = matchingOpener(tokens, dot + 2);
  const before = tokens[open - 1];
  const isGroup = open >= 0 && (before === undefined || !endsAtom(before));
  return isGroup && callStart(tokens, dot) === open + 1 ? open : -1;
}

function toCall(tokens: readonly Token[], dot: number): RawCall {
  const name = tokens[dot + 1] as Token;
  const wrapped = parenthesizedCallee(tokens, dot);
  const start = tokens[wrapped >= 0 ? wrapped : callStart(tokens, dot)] as Token;
  return { method: name.text, line: start.line, methodLine: name.line, index: dot };
}

/**
 * Walks back from the `.` over the receiver (names, literals, attribute
 * chains, calls, subscripts and bracket groups) to the index of the token
 * where Python's ast starts the call expression.
 */
export function callStart(tokens: readonly Token[], dot: number): number {
  let start = dot;
  let j = dot - 1;
  while (j >= 0) {
    const token = tokens[j] as Token;
    if (token.kind === 'op' && CLOSERS.has(token.text)) {
      const open = matchingOpener(tokens, j);
      if (open < 0) {
        break;
      }
      // A bracket group is an atom of its own (ast starts it at the bracket,
      // even for a parenthesized expression) unless it is a call or subscript.
      start = open;
      const before = tokens[open - 1];
      j = before !== undefined && endsAtom(before) ? open - 1 : -1;
    } else if (endsAtom(token)) {
      start = j;
      j = atomPredecessor(tokens, j);
    } else {
      break;
    }
  }
  return start;
}

// Index to continue the walk from after atom `j`, or -1 to stop there.
function atomPredecessor(tokens: readonly Token[], j: number): number {
  const token = tokens[j] as Token;
  const before = tokens[j - 1];
  if (isOp(before, '.')) {
    return j - 2;
  }
  const concatenated = token.kind === 'string' && before?.kind === 'string';
  return concatenated ? j - 1 : -1;
}

/** Tokens after which a `(` or `[` is a call or subscript, not a new atom. */
function endsAtom(token: Token): boolean {
  switch (token.kind) {
    case 'name':
      return (
        !HARD_KEYWORDS.has(token.text) || ['None', 'True', 'False'].includes(token.text)
      );
    case 'number':
    case 'string':
      return true;
    case 'op':
      return CLOSERS.has(token.text);
    case 'newline':
    case 'indent':
    case 'dedent':
    case 'end':
      return false;
  }
}

function matchingOpener(tokens: readonly Token[], close: number): number {
  let depth = 0;
  for (let k = close; k >= 0; k -= 1) {
    const token = tokens[k] as Token;
    if (token.kind !== 'op') {
      continue;
    }
    if (CLOSERS.has(token.text)) {
      depth += 1;
    } else if ('([{'.includes(token.text) && token.text.length === 1) {
      depth -= 1;
    }
    if (depth === 0) {
      return k;
    }
  }
  return -1;
}
