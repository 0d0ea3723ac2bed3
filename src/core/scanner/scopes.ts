import { findCalls } from './calls';
import type { RawCall } from './calls';
import { CLOSERS, OPENERS, isName, isOp } from './tokens';
import type { Token } from './tokens';

/** A `def` or `class` whose body is open. */
interface Scope {
  readonly kind: 'def' | 'class';
  /** Dotted path from the module, as Python's __qualname__ without `<locals>`. */
  readonly path: string;
  readonly defLine: number;
  /** INDENT depth of the header line; lines at this depth or less close it. */
  readonly level: number;
}

/** Where a call is attributed. */
export interface CallOwner {
  /** `Class.method`, `outer.inner`, `<module>`, or `Class.<body>` for class-level code. */
  readonly name: string;
  /** Line of the owning `def`/`class` header; undefined for `<module>`. */
  readonly defLine: number | undefined;
}

export interface OwnedCall extends RawCall {
  readonly owner: CallOwner;
}

export const MODULE_OWNER: CallOwner = { name: '<module>', defLine: undefined };

/**
 * Attributes each method call to the innermost enclosing `def`/`async def`,
 * qualified through its classes and functions. Lambdas and comprehensions are
 * not scopes. A header's own expressions (decorators, defaults, annotations,
 * base classes) run in the enclosing scope and are attributed there.
 */
export function attributeCalls(
  tokens: readonly Token[],
  methods: ReadonlySet<string>,
): OwnedCall[] {
  const stack: Scope[] = [];
  const out: OwnedCall[] = [];
  let level = 0;
  let line: Token[] = [];
  for (const token of tokens) {
    if (token.kind === 'indent' || token.kind === 'dedent') {
      level += token.kind === 'indent' ? 1 : -1;
    } else if (token.kind === 'newline' || token.kind === 'end') {
      out.push(...attributeLine(line, level, stack, methods));
      line = [];
    } else {
      line.push(token);
    }
  }
  return out;
}

function attributeLine(
  line: readonly Token[],
  level: number,
  stack: Scope[],
  methods: ReadonlySet<string>,
): OwnedCall[] {
  if (line.length === 0) {
    return [];
  }
  while (stack.length > 0 && (stack[stack.length - 1] as Scope).level >= level) {
    stack.pop();
  }
  const outer = ownerOf(stack);
  const header = readHeader(line, level, stack);
  const calls = findCalls(line, methods);
  if (header === undefined) {
    return calls.map((call) => ({ ...call, owner: outer }));
  }
  stack.push(header.scope);
  const inner = ownerOf(stack);
  return calls.map((call) => ({
    ...call,
    owner: call.index > header.colon ? inner : outer,
  }));
}

function ownerOf(stack: readonly Scope[]): CallOwner {
  const top = stack[stack.length - 1];
  if (top === undefined) {
    return MODULE_OWNER;
  }
  const name = top.kind === 'class' ? `${top.path}.<body>` : top.path;
  return { name, defLine: top.defLine };
}

/** Recognizes `def NAME`, `async def NAME` and `class NAME` headers. */
function readHeader(
  line: readonly Token[],
  level: number,
  stack: readonly Scope[],
): { readonly scope: Scope; readonly colon: number } | undefined {
  const first = isName(line[0], 'async') ? 1 : 0;
  const keyword = line[first];
  const name = line[first + 1];
  const isDef = isName(keyword, 'def');
  if (!(isDef || (first === 0 && isName(keyword, 'class'))) || name?.kind !== 'name') {
    return undefined;
  }
  const parent = stack[stack.length - 1];
  const path = parent === undefined ? name.text : `${parent.path}.${name.text}`;
  const kind = isDef ? 'def' : 'class';
  const scope: Scope = { kind, path, defLine: (keyword as Token).line, level };
  return { scope, colon: headerColon(line, first + 2) };
}

// The `:` that ends the header: the first one outside brackets.
function headerColon(line: readonly Token[], from: number): number {
  let depth = 0;
  for (let k = from; k < line.length; k += 1) {
    const token = line[k] as Token;
    if (depth === 0 && isOp(token, ':')) {
      return k;
    }
    if (token.kind === 'op' && OPENERS.has(token.text)) {
      depth += 1;
    } else if (token.kind === 'op' && CLOSERS.has(token.text)) {
      depth = Math.max(0, depth - 1);
    }
  }
  return line.length;
}
