import type { Page } from '../../platform/pagination/page.js';
import { ROLES } from '../../platform/request-context/request-context.js';
import type { UserListQuery } from '../../access/users/user.dto.js';
import { Form, SelectField, SubmitButton } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Pagination } from '../layout/pagination.js';
import { ROLE_LABELS, usersText } from './access.messages.js';
import type { UserRow } from './users.pages.controller.js';

export interface UsersPageProps {
  page: Page<UserRow>;
  query: UserListQuery;
  unitNames: Record<string, string>;
  mayEdit: boolean;
}

export function UsersPage({ page, query, unitNames, mayEdit }: UsersPageProps) {
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
      {page.items.length === 0 ? (
        <p class="empty-state">{t(usersText.empty)}</p>
      ) : (
        <div class="table-scroll">
          <table class="striped">
            <thead>
              <tr>
                <th scope="col">{t(usersText.username)}</th>
                <th scope="col">{t(usersText.displayName)}</th>
                <th scope="col">{t(usersText.unit)}</th>
                <th scope="col">{t(usersText.roles)}</th>
                <th scope="col">{t(usersText.status)}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((user) => (
                <tr key={user.id}>
                  <td>{mayEdit ? <a href={`/users/${user.id}`}>{user.username}</a> : user.username}</td>
                  <td>{user.displayName}</td>
                  <td>{user.organizationId ? (unitNames[user.organizationId] ?? '') : ''}</td>
                  <td>{user.roles.map((role) => t(ROLE_LABELS[role])).join(', ')}</td>
                  <td>{t(user.active ? usersText.active : usersText.inactive)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} />
    </Layout>
  );
}
