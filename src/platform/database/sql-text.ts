/** Escapes `%`, `_` and `\` so that user text is matched literally inside a LIKE pattern. */
export function likePattern(value: string): string {
  return value.replace(/[\\%_]/g, '\\$&');
}
