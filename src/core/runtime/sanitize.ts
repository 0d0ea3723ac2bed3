const BANNED = new Set([
  'admin',
  'root',
  'null',
  'void',
  'test',
  'dumb',
  'idiot',
  'stupid',
  'hitler',
  'nazi',
  'satan',
  'devil',
  'porn',
  'xxx',
  'god',
  'jesus',
  'ass',
  'bastard',
  'bitch',
  'cunt',
  'dick',
  'fuck',
  'piss',
  'shit',
  'slut',
  'whore',
]);

const EDGE = /^["'`,.()[\]{}<>]+|["'`,.()[\]{}<>]+$/gu;

/**
 * PMM's `_sanitize_name` (reference §17): the first token, edge punctuation
 * stripped, at most 12 code points, a letter first, then letters, digits,
 * `_` or `-`, not ending in `-`/`_`, not banned. Null when any rule fails.
 * The three slurs of PMM's list are not reproduced here.
 *
 * @example sanitizeName('Persistent Mind Model Alpha') === 'Persistent'
 */
export function sanitizeName(raw: string): string | null {
  const token = raw.trim().split(/\s+/u)[0] ?? '';
  const stripped = token.replace(EDGE, '');
  const name = [...stripped].slice(0, 12).join('');
  if (name === '' || !/^\p{L}/u.test(name) || !/^[\p{L}\p{N}_-]+$/u.test(name)) {
    return null;
  }
  if (/^[-_]|[-_]$/u.test(name) || BANNED.has(name.toLowerCase())) {
    return null;
  }
  return name;
}
