/** Vietnamese first; English is the second locale, chosen by Accept-Language. */
export type Locale = 'vi' | 'en';

export interface LocalizedText {
  vi: string;
  en: string;
}

export function localeFrom(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export function text(vi: string, en: string): LocalizedText {
  return { vi, en };
}

/** Joins localized fragments with a separator per locale. */
export function joinTexts(parts: readonly LocalizedText[], separator = text(', ', ', ')): LocalizedText {
  return text(parts.map((p) => p.vi).join(separator.vi), parts.map((p) => p.en).join(separator.en));
}
