import type { FormValues } from '../http/forms.js';
import { Form, HiddenFields, SubmitButton } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { accountText } from '../web.messages.js';

/**
 * After signing in again: the form the expired session refused, ready to be sent again with a
 * fresh token by one click (nothing is sent without the user seeing it).
 */
export function ContinuePage({ action, pending }: { action: string; pending: FormValues }) {
  const { t } = usePage();
  return (
    <Layout title={t(accountText.continueTitle)}>
      <p>{t(accountText.continueLead)}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(accountText.pendingField)}</th>
            <th scope="col">{t(accountText.pendingValue)}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(pending).map(([name, value]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{Array.isArray(value) ? value.join(', ') : value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Form action={action}>
        <HiddenFields values={pending} />
        <SubmitButton label={accountText.continueButton} />
      </Form>
      <p>
        <a href="/">{t(accountText.discard)}</a>
      </p>
    </Layout>
  );
}
