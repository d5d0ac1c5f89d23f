/** Markup (HTML or SVG) that is already safe to emit: only `markup` and `trusted` make one. */
export class Markup {
  private constructor(readonly text: string) {}

  /** For literal markup written in our own code, never for text that came from a user. */
  static trusted(text: string): Markup {
    return new Markup(text);
  }

  toString(): string {
    return this.text;
  }
}

export type Interpolation = Markup | string | number | null | undefined | false | readonly Interpolation[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

function interpolate(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(interpolate).join('');
  return escapeMarkup(String(value));
}

/**
 * Tagged template that escapes every interpolated value unless it is itself `Markup`, so text from
 * the records (names, free-text sections) can never inject tags or attributes.
 */
export function markup(strings: TemplateStringsArray, ...values: readonly Interpolation[]): Markup {
  return Markup.trusted(strings.reduce((out, chunk, i) => out + chunk + (i < values.length ? interpolate(values[i]) : ''), ''));
}
