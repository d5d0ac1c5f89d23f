import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, LocalizedText } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';

/** Who is signed in, as the page header shows it. */
export interface SignedInUser {
  actor: Actor;
  displayName: string;
  /** The unit's short name today ("LHH Sơn La"), or null for an account without a unit. */
  unitName: string | null;
}

/** A one-time message shown on the page after a redirect ("Đã lưu."). */
export interface Flash {
  kind: 'success' | 'info';
  text: LocalizedText;
}

/**
 * What every component may need about the request it renders for, without threading it through
 * props: the locale (and `t` to pick a text in it), who is signed in, the CSRF token for forms,
 * the flash message, and the current address (for the language switch and "come back here").
 */
export interface PageContext {
  locale: Locale;
  t: (text: LocalizedText) => string;
  user: SignedInUser | null;
  csrfToken: string;
  flash: Flash | null;
  /** Path and query of the page, e.g. `/organizations?q=hoa`. */
  currentUrl: string;
  /** Long-lived asset URLs by logical name (`pico.css`), with their content hash. */
  asset: (name: string) => string;
}

export const PageContextProvider = createContext<PageContext | null>(null);

/** The context of the page being rendered; components call it instead of taking props for it. */
export function usePage(): PageContext {
  const page = useContext(PageContextProvider);
  if (!page) throw new Error('usePage() outside a page render: render through WebPages');
  return page;
}
