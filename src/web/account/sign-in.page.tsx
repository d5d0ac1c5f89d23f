import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { FormState, FormValues } from '../http/forms.js';
import { Form, Hidden, HiddenFields, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { accountText } from '../web.messages.js';

/** The form a session ran out on, carried through the sign-in in hidden fields. */
export const PENDING_FIELD = '_pending';

export interface SignInPageProps {
  form?: FormState;
  /** Where to go after signing in (a path of this site). */
  next: string;
  /** The fields of a form whose post found the session expired: kept, and offered again after sign-in. */
  pending?: FormValues;
  notice?: LocalizedText;
}

export function SignInPage({ form, next, pending, notice }: SignInPageProps) {
  const { t } = usePage();
  return (
    <Layout title={t(accountText.signInTitle)}>
      <article class="narrow">
        {notice && (
          <p class="notice" role="status">
            {t(notice)}
          </p>
        )}
        <p>{t(accountText.signInLead)}</p>
        <Form action="/sign-in" form={form}>
          <Hidden name="next" value={next} />
          <HiddenFields values={pending} prefix={PENDING_FIELD} />
          <TextField form={form} name="username" label={accountText.username} autocomplete="username" required />
          <TextField form={form} name="password" label={accountText.password} type="password" autocomplete="current-password" required />
          <SubmitButton label={accountText.signInButton} />
        </Form>
      </article>
    </Layout>
  );
}
