import type { FormState } from '../http/forms.js';
import { Form, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { accountText } from '../web.messages.js';

export function ChangePasswordPage({ form }: { form?: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t(accountText.changePasswordTitle)}>
      <article class="narrow">
        <Form action="/account/password" form={form}>
          <TextField
            form={form}
            name="currentPassword"
            label={accountText.currentPassword}
            type="password"
            autocomplete="current-password"
            required
          />
          <TextField
            form={form}
            name="newPassword"
            label={accountText.newPassword}
            hint={accountText.newPasswordHint}
            type="password"
            autocomplete="new-password"
            required
          />
          <SubmitButton label={accountText.changePasswordTitle} />
        </Form>
      </article>
    </Layout>
  );
}
