import { ROLES } from '../../platform/request-context/request-context.js';
import type { FormState } from '../http/forms.js';
import { CheckboxGroup, type Choice, Form, Hidden, SelectField, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { ROLE_LABELS, usersText } from './access.messages.js';
import type { UserRow } from './users.pages.controller.js';

function useRoleChoices(): Choice[] {
  const { t } = usePage();
  return ROLES.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) }));
}

/** A new account: the same fields and checks as POST /api/v1/users. */
export function NewUserPage({ form, units }: { form?: FormState; units: Choice[] }) {
  const { t } = usePage();
  return (
    <Layout title={t(usersText.newUser)} breadcrumbs={[{ href: '/users', label: t(usersText.listTitle) }]}>
      <Form action="/users" form={form}>
        <TextField form={form} name="username" label={usersText.username} hint={usersText.usernameHint} autocomplete="off" required />
        <TextField form={form} name="displayName" label={usersText.displayName} autocomplete="off" required />
        <TextField form={form} name="email" type="email" label={usersText.email} autocomplete="off" />
        <SelectField
          form={form}
          name="organizationId"
          label={usersText.unit}
          hint={usersText.unitHint}
          choices={units}
          placeholder={usersText.noUnit}
        />
        <CheckboxGroup form={form} name="roles" legend={usersText.roles} choices={useRoleChoices()} />
        <TextField
          form={form}
          name="password"
          type="password"
          label={usersText.password}
          hint={usersText.passwordHint}
          autocomplete="new-password"
          required
        />
        <SubmitButton label={usersText.create} />
      </Form>
    </Layout>
  );
}

/** Change an account's name, roles, or deactivate it (PATCH /api/v1/users/{id}), guarded by its version. */
export function EditUserPage({ user, unitName, form }: { user: UserRow; unitName: string | null; form?: FormState }) {
  const { t } = usePage();
  const activeChecked = form ? form.values.active !== undefined : user.active;
  return (
    <Layout title={t(usersText.editTitle(user.username))} breadcrumbs={[{ href: '/users', label: t(usersText.listTitle) }]}>
      <dl class="facts">
        <dt>{t(usersText.username)}</dt>
        <dd>{user.username}</dd>
        <dt>{t(usersText.unit)}</dt>
        <dd>{unitName ?? t(usersText.noUnit)}</dd>
      </dl>
      <Form action={`/users/${user.id}`} form={form}>
        <Hidden name="version" value={user.version} />
        <TextField form={form} name="displayName" label={usersText.displayName} value={user.displayName} required />
        <CheckboxGroup form={form} name="roles" legend={usersText.roles} choices={useRoleChoices()} checked={user.roles} />
        <label>
          <input type="checkbox" name="active" value="true" checked={activeChecked} /> {t(usersText.activeLabel)}
        </label>
        <SubmitButton label={usersText.save} />
      </Form>
    </Layout>
  );
}
