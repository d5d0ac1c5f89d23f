import { errorPageText } from '../web.messages.js';
import { Layout } from './layout.js';
import { usePage } from './page-context.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';

export interface ErrorPageProps {
  title: LocalizedText;
  message: LocalizedText;
  requestId?: string;
}

/** 403, 404, 409, 500…: what happened in plain words, and a way on. */
export function ErrorPage({ title, message, requestId }: ErrorPageProps) {
  const { t, user } = usePage();
  return (
    <Layout title={t(title)}>
      <p class="lead">{t(message)}</p>
      <p>
        <a href={user ? '/' : '/sign-in'}>{t(errorPageText.backHome)}</a>
      </p>
      {requestId && (
        <p>
          <small>{t(errorPageText.requestId(requestId))}</small>
        </p>
      )}
    </Layout>
  );
}
