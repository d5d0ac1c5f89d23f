import type { Page } from '../../platform/pagination/page.js';
import { paginationText } from '../web.messages.js';
import { usePage } from './page-context.js';

/** The same address with `page` (and any other parameter) replaced; `page=1` is left out. */
export function withQuery(url: string, changes: Record<string, string | number | undefined>): string {
  const [path, query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === '' || (key === 'page' && Number(value) === 1)) params.delete(key);
    else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * "1–20 of 63" with previous / next links that keep the other parameters (search, filters). Plain
 * links, so that paging works without JavaScript; `baseUrl` defaults to the current address.
 */
export function Pagination({ page, baseUrl }: { page: Page<unknown>; baseUrl?: string }) {
  const { t, currentUrl } = usePage();
  const url = baseUrl ?? currentUrl;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (page.total === 0) return null;
  const from = (page.page - 1) * page.pageSize + 1;
  const to = Math.min(page.total, page.page * page.pageSize);
  return (
    <nav class="pagination" aria-label={t(paginationText.label)}>
      <ul>
        <li>{t(paginationText.showing(from, to, page.total))}</li>
      </ul>
      {pages > 1 && (
        <ul>
          <li>
            {page.page > 1 ? (
              <a href={withQuery(url, { page: page.page - 1 })} rel="prev">
                {t(paginationText.previous)}
              </a>
            ) : (
              <span aria-disabled="true">{t(paginationText.previous)}</span>
            )}
          </li>
          <li aria-current="page">{t(paginationText.page(page.page, pages))}</li>
          <li>
            {page.page < pages ? (
              <a href={withQuery(url, { page: page.page + 1 })} rel="next">
                {t(paginationText.next)}
              </a>
            ) : (
              <span aria-disabled="true">{t(paginationText.next)}</span>
            )}
          </li>
        </ul>
      )}
    </nav>
  );
}
