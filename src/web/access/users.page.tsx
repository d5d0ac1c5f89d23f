import type { Page } from '../../platform/pagination/page.js';
import { ROLES } from '../../platform/request-context/request-context.js';
import type { UserListQuery } from '../../access/users/user.dto.js';
import { Form, SelectField, SubmitButton } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Pagination } from '../layout/pagination.js';
import { DataTable } from '../layout/table.js';
import { ROLE_LABELS, usersText } from './access.messages.js';
import type { UserRow } from './users.pages.controller.js';

export interface UsersPageProps {
  page: Page<UserRow>;
  query: UserListQuery;
  unitNames: Record<string, string>;
  mayEdit: boolean;
  /** Users whom wrong passwords (from some address) are holding back: each gets an unlock button. */
  heldBack: Set<string>;
}

export function UsersPage({ page, query, unitNames, mayEdit, heldBack }: UsersPageProps) {
  const { t } = usePage();
  return (
    <Layout title={t(usersText.listTitle)}>
      {mayEdit && (
        <p>
          <a href="/users/new" role="button">
            {t(usersText.newUser)}
          </a>
        </p>
      )}
      <Form action="/users" method="get" class="inline-fields">
        <SelectField
          name="role"
          label={usersText.role}
          value={query.role}
          placeholder={usersText.allRoles}
          choices={ROLES.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) }))}
        />
        <SubmitButton label={usersText.filter} secondary />
      </Form>
      <DataTable
        rows={page.items}
        rowKey={(user) => user.id}
        empty={usersText.empty}
        columns={[
          { label: usersText.username, cell: (user) => (mayEdit ? <a href={`/users/${user.id}`}>{user.username}</a> : user.username) },
          { label: usersText.displayName, cell: (user) => user.displayName },
          { label: usersText.unit, cell: (user) => (user.organizationId ? (unitNames[user.organizationId] ?? '') : '') },
          { label: usersText.roles, cell: (user) => user.roles.map((role) => t(ROLE_LABELS[role])).join(', ') },
          { label: usersText.status, cell: (user) => t(user.active ? usersText.active : usersText.inactive) },
          ...(mayEdit
            ? [
                {
                  label: usersText.signIn,
                  cell: (user: UserRow) =>
                    heldBack.has(user.username) && (
                      <Form action={`/users/${user.id}/unlock`} class="inline-form">
                        <span>{t(usersText.heldBack)} </span>
                        <button type="submit" class="secondary">
                          {t(usersText.unlock)}
                          <span class="visually-hidden"> {user.username}</span>
                        </button>
                      </Form>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Pagination page={page} />
    </Layout>
  );
}
