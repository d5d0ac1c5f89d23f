import type { ComponentChildren } from 'preact';
import { CSRF_FIELD } from '../../platform/security/csrf.js';
import { layoutText } from '../web.messages.js';
import { isCurrent, NAV_ITEMS } from './navigation.js';
import { usePage } from './page-context.js';

/** htmx is configured here and not by an inline script (the CSP allows none). */
const HTMX_CONFIG = JSON.stringify({ includeIndicatorCSS: false, defaultSwap: 'outerHTML' });

export interface LayoutProps {
  /** The page's own title: the <h1> and the first part of the window title. */
  title: string;
  /** Links above the title, from the general to the particular. */
  breadcrumbs?: { href: string; label: string }[];
  children: ComponentChildren;
}

/**
 * Every page: header (who is signed in, for which unit; language; sign out), the navigation this
 * user may use, the flash message, the page, the footer. The CSRF token rides on <body> for htmx
 * requests (`hx-headers:inherited`, htmx 4 inherits only what says so).
 */
export function Layout({ title, breadcrumbs, children }: LayoutProps) {
  const { t, locale, asset, csrfToken, flash } = usePage();
  const bodyAttributes = { 'hx-headers:inherited': JSON.stringify({ 'X-CSRF-Token': csrfToken }) };
  return (
    <html lang={locale} data-theme="light">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="htmx-config" content={HTMX_CONFIG} />
        <title>{`${title} · ${t(layoutText.titleSuffix)}`}</title>
        <link rel="icon" href={asset('icon.svg')} type="image/svg+xml" />
        <link rel="stylesheet" href={asset('pico.css')} />
        <link rel="stylesheet" href={asset('thidua.css')} />
        <script src={asset('htmx.js')} defer />
        <script src={asset('thidua.js')} defer />
      </head>
      <body {...bodyAttributes}>
        <a class="skip-link" href="#main">
          {t(layoutText.skipToContent)}
        </a>
        <SiteHeader />
        <main id="main" class="container" tabIndex={-1}>
          {breadcrumbs && breadcrumbs.length > 0 && (
            <nav aria-label="breadcrumb" class="breadcrumbs">
              <ul>
                {breadcrumbs.map((crumb) => (
                  <li key={crumb.href}>
                    <a href={crumb.href}>{crumb.label}</a>
                  </li>
                ))}
                <li aria-current="page">{title}</li>
              </ul>
            </nav>
          )}
          {flash && (
            <p class={`flash flash-${flash.kind}`} role="status">
              {t(flash.text)}
            </p>
          )}
          <h1>{title}</h1>
          {children}
        </main>
        <footer class="container site-footer">
          <small>
            {t(layoutText.footer)} · <a href="/api/docs">{t(layoutText.apiDocs)}</a>
          </small>
        </footer>
      </body>
    </html>
  );
}

function SiteHeader() {
  const { t, user, currentUrl, csrfToken, locale } = usePage();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <header class="site-header">
      <div class="container">
        <nav class="site-bar" aria-label={t(layoutText.appName)}>
          <ul>
            <li>
              <a href="/" class="brand">
                <strong>{t(layoutText.appName)}</strong>
              </a>
            </li>
          </ul>
          <ul>
            {user && (
              <li class="who">
                <span class="who-name">{user.displayName}</span> <span class="who-unit">{user.unitName ?? t(layoutText.noUnit)}</span>
              </li>
            )}
            <li>
              <a href={`/language/${other}?next=${encodeURIComponent(currentUrl)}`} lang={other} hreflang={other}>
                {t(other === 'en' ? layoutText.switchToEnglish : layoutText.switchToVietnamese)}
              </a>
            </li>
            {user ? (
              <>
                <li>
                  <a href="/account/password">{t(layoutText.changePassword)}</a>
                </li>
                <li>
                  <form method="post" action="/sign-out" class="inline-form">
                    <input type="hidden" name={CSRF_FIELD} value={csrfToken} />
                    <button type="submit" class="secondary outline">
                      {t(layoutText.signOut)}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <li>
                <a href="/sign-in">{t(layoutText.signIn)}</a>
              </li>
            )}
          </ul>
        </nav>
        {user && (
          <nav class="main-nav" aria-label={t(layoutText.mainNavigation)}>
            <ul>
              {NAV_ITEMS.filter((item) => item.visibleTo(user.actor)).map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={isCurrent(item.href, currentUrl) ? 'page' : undefined}>
                    {t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}
