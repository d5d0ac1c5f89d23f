import { isStaff } from '../../access/policies/access.rules.js';
import type { Page } from '../../platform/pagination/page.js';
import type { ListOrganizationsQuery, OrganizationView } from '../../registry/organizations/organization.dto.js';
import { formatDate } from '../layout/format.js';
import { Form, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Pagination, withQuery } from '../layout/pagination.js';
import { ORGANIZATION_KIND_LABELS, organizationsText } from './registry.messages.js';

export const ORGANIZATION_RESULTS_ID = 'organization-results';

export interface OrganizationsPageProps {
  page: Page<OrganizationView>;
  query: ListOrganizationsQuery;
}

/**
 * The units, searched as you type: the form asks htmx for `#organization-results` only (and
 * puts the search in the address); without JavaScript the same form is a plain GET.
 */
export function OrganizationsPage(props: OrganizationsPageProps) {
  const { t, user } = usePage();
  return (
    <Layout title={t(organizationsText.listTitle)}>
      {user && isStaff(user.actor) && (
        <p>
          <a href="/organizations/new" role="button">
            {t(organizationsText.newUnit)}
          </a>{' '}
          <a href="/mergers/new" role="button" class="secondary">
            {t(organizationsText.merger)}
          </a>
        </p>
      )}
      <Form
        action="/organizations"
        method="get"
        class="search-form"
        attributes={{
          role: 'search',
          'hx-get': '/organizations',
          'hx-trigger': 'input delay:300ms, submit',
          'hx-target': `#${ORGANIZATION_RESULTS_ID}`,
          'hx-push-url': 'true',
          'hx-sync': 'this:replace',
        }}
      >
        <TextField
          name="q"
          type="search"
          label={organizationsText.searchLabel}
          hint={organizationsText.searchHint}
          value={props.query.q}
          autocomplete="off"
        />
      </Form>
      <OrganizationResults {...props} />
    </Layout>
  );
}

/** The table and its pagination: the fragment the search swaps in. */
export function OrganizationResults({ page, query }: OrganizationsPageProps) {
  const { t, locale } = usePage();
  const baseUrl = withQuery('/organizations', { q: query.q });
  return (
    <div id={ORGANIZATION_RESULTS_ID} aria-live="polite">
      {page.items.length === 0 ? (
        <p class="empty-state">{query.q ? t(organizationsText.noResults(query.q)) : t(organizationsText.empty)}</p>
      ) : (
        <div class="table-scroll">
          <table class="striped">
            <thead>
              <tr>
                <th scope="col">{t(organizationsText.name)}</th>
                <th scope="col">{t(organizationsText.code)}</th>
                <th scope="col">{t(organizationsText.kind)}</th>
                <th scope="col">{t(organizationsText.province)}</th>
                <th scope="col">{t(organizationsText.activeFrom)}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((unit) => (
                <tr key={unit.id}>
                  <td>
                    <a href={`/organizations/${unit.id}`}>{unit.shortName}</a>
                    <br />
                    <small>{unit.fullName}</small>
                  </td>
                  <td>
                    <code>{unit.code}</code>
                  </td>
                  <td>{t(ORGANIZATION_KIND_LABELS[unit.kind])}</td>
                  <td>{unit.province ?? ''}</td>
                  <td>
                    {formatDate(unit.activeFrom, locale)}
                    {unit.activeTo && (
                      <>
                        <br />
                        <small>{t(organizationsText.ended(formatDate(unit.activeTo, locale)))}</small>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} baseUrl={withQuery(baseUrl, { pageSize: query.pageSize === 20 ? undefined : query.pageSize })} />
    </div>
  );
}
