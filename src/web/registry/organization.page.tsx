import { isStaff } from '../../access/policies/access.rules.js';
import type { HistoryView, OrganizationDetail } from '../../registry/organizations/organization.dto.js';
import { formatDate } from '../layout/format.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Timeline, type TimelineMark } from '../layout/timeline.js';
import { navText } from '../web.messages.js';
import { clustersText, LINEAGE_EVENT_LABELS, ORGANIZATION_KIND_LABELS, organizationsText } from './registry.messages.js';

export interface OrganizationPageProps {
  unit: OrganizationDetail;
  history: HistoryView;
}

/** One unit: what it is, the names it bore, what it merged from or into, and its clusters year by year. */
export function OrganizationPage({ unit, history }: OrganizationPageProps) {
  const { t, locale, user } = usePage();
  return (
    <Layout title={unit.shortName} breadcrumbs={[{ href: '/organizations', label: t(navText.organizations) }]}>
      <p class="lead">{unit.fullName}</p>
      {user && isStaff(user.actor) && (
        <p>
          <a href={`/organizations/${unit.id}/edit`} role="button" class="secondary">
            {t(organizationsText.edit)}
          </a>{' '}
          <a href={`/mergers/new?sourceIds=${unit.id}`} role="button" class="secondary outline">
            {t(organizationsText.mergeThis)}
          </a>
        </p>
      )}
      <section aria-labelledby="details">
        <h2 id="details">{t(organizationsText.details)}</h2>
        <dl class="facts">
          <dt>{t(organizationsText.code)}</dt>
          <dd>
            <code>{unit.code}</code>
          </dd>
          <dt>{t(organizationsText.kind)}</dt>
          <dd>{t(ORGANIZATION_KIND_LABELS[unit.kind])}</dd>
          {unit.province && (
            <>
              <dt>{t(organizationsText.province)}</dt>
              <dd>{unit.province}</dd>
            </>
          )}
          <dt>{t(organizationsText.activeFrom)}</dt>
          <dd>
            {formatDate(unit.activeFrom, locale)}
            {unit.activeTo ? ` – ${formatDate(unit.activeTo, locale)}` : ` (${t(organizationsText.active).toLowerCase()})`}
          </dd>
        </dl>
      </section>

      <section aria-labelledby="names">
        <h2 id="names">{t(organizationsText.names)}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t(organizationsText.name)}</th>
              <th scope="col">{t(organizationsText.shortName)}</th>
              <th scope="col">{t(organizationsText.validFrom)}</th>
              <th scope="col">{t(organizationsText.validTo)}</th>
            </tr>
          </thead>
          <tbody>
            {unit.names.map((name) => (
              <tr key={name.validFrom}>
                <td>{name.fullName}</td>
                <td>{name.shortName}</td>
                <td>{formatDate(name.validFrom, locale)}</td>
                <td>{name.validTo ? formatDate(name.validTo, locale) : t(organizationsText.current)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="lineage">
        <h2 id="lineage">{t(organizationsText.lineage)}</h2>
        {unit.predecessors.length === 0 && unit.successors.length === 0 ? (
          <p>{t(organizationsText.noLineage)}</p>
        ) : (
          <>
            <LinkedUnits title={t(organizationsText.predecessors)} units={unit.predecessors} />
            <LinkedUnits title={t(organizationsText.successors)} units={unit.successors} />
          </>
        )}
      </section>

      <section aria-labelledby="history">
        <h2 id="history">{t(organizationsText.history)}</h2>
        <YearByYear history={history} />
      </section>
    </Layout>
  );
}

function LinkedUnits({ title, units }: { title: string; units: OrganizationDetail['predecessors'] }) {
  const { t, locale } = usePage();
  if (units.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {units.map((link) => (
          <li key={link.id}>
            <a href={`/organizations/${link.id}`}>{link.shortName}</a> — {t(LINEAGE_EVENT_LABELS[link.event])},{' '}
            {t(organizationsText.effective).toLowerCase()} {formatDate(link.effectiveDate, locale)}
            {link.legalBasis && ` (${t(organizationsText.legalBasis).toLowerCase()}: ${link.legalBasis})`}
          </li>
        ))}
      </ul>
    </>
  );
}

function YearByYear({ history }: { history: HistoryView }) {
  const { t } = usePage();
  if (history.years.length === 0) return <p>{t(organizationsText.noHistory)}</p>;
  const marks = new Map<number, TimelineMark>();
  for (const year of history.years) {
    const role = year.terms.find((term) => term.unit.depth === 0)?.role;
    if (year.memberships.some((m) => m.unit.depth === 0)) marks.set(year.year, role ?? 'member');
  }
  const years = history.years.map((y) => y.year);
  return (
    <>
      {marks.size > 0 && (
        <Timeline
          title={t(organizationsText.timelineTitle)}
          rows={[{ label: history.organization.shortName, marks }]}
          fromYear={Math.min(...years)}
          toYear={Math.max(...years)}
          legend={[
            { mark: 'chair', label: t(clustersText.chair) },
            { mark: 'vice_chair', label: t(clustersText.viceChair) },
            { mark: 'member', label: t(organizationsText.member) },
          ]}
        />
      )}
      <table>
        <thead>
          <tr>
            <th scope="col">{t(organizationsText.year)}</th>
            <th scope="col">{t(organizationsText.cluster)}</th>
            <th scope="col">{t(organizationsText.role)}</th>
          </tr>
        </thead>
        <tbody>
          {[...history.years].reverse().flatMap((year) =>
            year.memberships.map((membership) => {
              const term = year.terms.find((x) => x.unit.id === membership.unit.id && x.cluster.id === membership.cluster.id);
              return (
                <tr key={`${year.year}-${membership.cluster.id}-${membership.unit.id}`}>
                  <td>{year.year}</td>
                  <td>
                    <a href={`/clusters/${membership.cluster.id}?year=${year.year}`}>{membership.cluster.name}</a>
                    {membership.unit.depth > 0 && <small> {t(organizationsText.asPredecessor(membership.unit.shortName))}</small>}
                  </td>
                  <td>{term ? t(term.role === 'chair' ? clustersText.chair : clustersText.viceChair) : t(organizationsText.member)}</td>
                </tr>
              );
            }),
          )}
        </tbody>
      </table>
    </>
  );
}
