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
