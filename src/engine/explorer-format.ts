/**
 * Text helpers for showing events: re-indenting a stored meta column
 * without re-parsing its numbers (so `0.0` stays `0.0`, and a big int keeps
 * every digit), and a short content preview.
 */

const indentUnit = '  ';

/**
 * Re-indents JSON text two spaces per level, keeping every token's exact
 * text. Text that is not an object or array comes back unchanged.
 *
 * @example prettyJsonText('{"a": [1, 0.0]}') // '{\n  "a": [\n    1,\n    0.0\n  ]\n}'
 */
export function prettyJsonText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
    return text;
  }
  const out: string[] = [];
  let depth = 0;
  let i = 0;
  while (i < trimmed.length) {
    const ch = trimmed.charAt(i);
    if (ch === '"') {
      const end = stringEnd(trimmed, i);
      out.push(trimmed.slice(i, end));
      i = end;
      continue;
    }
    depth = emitStructural(out, trimmed, i, depth);
    i += 1;
  }
  return out.join('');
}

function emitStructural(out: string[], text: string, i: number, depth: number): number {
  const ch = text.charAt(i);
  switch (ch) {
    case '{':
    case '[':
      if (isEmptyContainer(text, i)) {
        out.push(ch);
        return depth;
      }
      out.push(ch, newline(depth + 1));
      return depth + 1;
    case '}':
    case ']':
      if (isEmptyContainer(text, previousNonSpace(text, i))) {
        out.push(ch);
        return depth;
      }
      out.push(newline(depth - 1), ch);
      return depth - 1;
    case ',':
      out.push(',', newline(depth));
      return depth;
    case ':':
      out.push(': ');
      return depth;
    default:
      if (!/\s/.test(ch)) {
        out.push(ch);
      }
      return depth;
  }
}

/** Index just past the closing quote of the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const ch = text.charAt(i);
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '"') {
      return i + 1;
    }
    i += 1;
  }
  return text.length;
}

function isEmptyContainer(text: string, openIndex: number): boolean {
  const open = text.charAt(openIndex);
  if (open !== '{' && open !== '[') {
    return false;
  }
  const next = text.charAt(nextNonSpace(text, openIndex));
  return (open === '{' && next === '}') || (open === '[' && next === ']');
}

function nextNonSpace(text: string, from: number): number {
  let i = from + 1;
  while (i < text.length && /\s/.test(text.charAt(i))) {
    i += 1;
  }
  return i;
}

function previousNonSpace(text: string, from: number): number {
  let i = from - 1;
  while (i > 0 && /\s/.test(text.charAt(i))) {
    i -= 1;
  }
  return i;
}

function newline(depth: number): string {
  return `\n${indentUnit.repeat(Math.max(0, depth))}`;
}

/** Characters of content shown in a table row. */
export const previewLength = 160;

/** The first line-ish of content for a table row: whitespace runs folded to one space. */
export function contentPreview(content: string): string {
  return content.replace(/\s+/g, ' ').trim().slice(0, previewLength);
}
