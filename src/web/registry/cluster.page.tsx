import type { ClusterDetail } from '../../registry/clusters/cluster.dto.js';
import type { MemberView } from '../../registry/memberships/membership.dto.js';
import type { ProposalView } from '../../registry/terms/term.dto.js';
import type { TermView } from '../../registry/terms/term.repository.js';
import { formatDate } from '../layout/format.js';
import { Form, SelectField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { TermsTimelineRenderer } from '../../reports/renderers/terms-timeline.renderer.js';
import { calendarDateInVietnam } from '../../platform/time/calendar.js';
import { navText } from '../web.messages.js';
import { reportRoutes } from '../reports/report.routes.js';
import { reportText } from '../reports/reports.messages.js';
import { CLUSTER_KIND_LABELS, clustersText, ROTATION_RULE_LABELS, TERM_DECISION_LABELS } from './registry.messages.js';
import { MEETING_PAGES } from '../meetings/meetings.messages.js';
import { EMULATION_PAGES } from '../emulation/emulation.messages.js';
import { emulationRoutes } from '../emulation/emulation.routes.js';

export const CLUSTER_YEAR_ID = 'cluster-year';

const timelines = new TermsTimelineRenderer();

export interface ClusterPageProps {
  cluster: ClusterDetail;
  members: MemberView[];
  terms: TermView[];
  proposal: ProposalView | null;
  /** The years the selector offers, newest first. */
  years: number[];
}

/** A cluster: its members and term in the year chosen, its terms over the years, and next year's proposal. */
export function ClusterPage(props: ClusterPageProps) {
  const { t } = usePage();
  const { cluster, terms, years } = props;
  return (
    <Layout title={cluster.name} breadcrumbs={[{ href: '/clusters', label: t(navText.clusters) }]}>
      <p class="lead">
        {t(CLUSTER_KIND_LABELS[cluster.kind])} · {cluster.owner.shortName} · {t(ROTATION_RULE_LABELS[cluster.rotationRule])}
      </p>
      <Form
        action={`/clusters/${cluster.id}`}
        method="get"
        class="inline-fields"
        attributes={{
          'hx-get': `/clusters/${cluster.id}`,
          'hx-trigger': 'change, submit',
          'hx-target': `#${CLUSTER_YEAR_ID}`,
          'hx-push-url': 'true',
        }}
      >
        <SelectField
          name="year"
          label={clustersText.year}
          value={String(cluster.year)}
          choices={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <noscript>
          <button type="submit">{t(clustersText.showYear)}</button>
        </noscript>
      </Form>
      <ClusterYear {...props} />
      <section aria-labelledby="terms">
        <h2 id="terms">{t(clustersText.termsTitle)}</h2>
        <TermsOverTheYears cluster={cluster} terms={terms} />
      </section>
    </Layout>
  );
}

/** The part that changes with the year selector (an htmx fragment). */
export function ClusterYear({ cluster, members, proposal }: ClusterPageProps) {
  const { t, locale } = usePage();
  const term = cluster.term;
  return (
    <div id={CLUSTER_YEAR_ID}>
      <p>
        <a href={reportRoutes.report(cluster.id, cluster.year)}>{t(reportText.reportLink)}</a>
      </p>
      <section aria-labelledby="term-of-year">
        <h2 id="term-of-year">{t(clustersText.termOf(cluster.year))}</h2>
        {term ? (
          <dl class="facts">
            <dt>{t(clustersText.chair)}</dt>
            <dd>
              <a href={`/organizations/${term.chair.id}`}>{term.chair.shortName}</a>
            </dd>
            <dt>{t(clustersText.viceChair)}</dt>
            <dd>
              {term.viceChair ? <a href={`/organizations/${term.viceChair.id}`}>{term.viceChair.shortName}</a> : t(clustersText.none)}
            </dd>
            <dt>{t(clustersText.decidedBy)}</dt>
            <dd>{t(TERM_DECISION_LABELS[term.decidedBy])}</dd>
            <dt>{t(clustersText.yearStatus)}</dt>
            <dd>
              {term.closedAt
                ? t(clustersText.closed(formatDate(calendarDateInVietnam(new Date(term.closedAt)), locale)))
                : t(clustersText.open)}
            </dd>
            {cluster.supervisor && (
              <>
                <dt>{t(clustersText.supervisor)}</dt>
                <dd>
                  {cluster.supervisor.fullName}
                  {cluster.supervisor.position && <small> — {cluster.supervisor.position}</small>}
                </dd>
              </>
            )}
          </dl>
        ) : (
          <p>{t(clustersText.noTerm(cluster.year))}</p>
        )}
        <ul>
          <li>
            <a href={`/clusters/${cluster.id}/years/${cluster.year}`}>{t(MEETING_PAGES.yearPageLink(cluster.year))}</a>
          </li>
          <li>
            <a href={emulationRoutes.year(cluster.id, cluster.year)}>{t(EMULATION_PAGES.yearLink(cluster.year))}</a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="members">
        <h2 id="members">{t(clustersText.membersOf(cluster.year))}</h2>
        {members.length === 0 ? (
          <p class="empty-state">{t(clustersText.noMembers(cluster.year))}</p>
        ) : (
          <ol class="members">
            {members.map((member) => (
              <li key={member.organizationId}>
                <a href={`/organizations/${member.organizationId}`}>{member.shortName}</a> <small>{member.fullName}</small>
              </li>
            ))}
          </ol>
        )}
      </section>
      {proposal && (
        <section aria-labelledby="proposal">
          <h2 id="proposal">{t(clustersText.proposalTitle(proposal.year))}</h2>
          <p>{t(clustersText.proposalLead)}</p>
          <dl class="facts">
            <dt>{t(clustersText.chair)}</dt>
            <dd>{proposal.chair?.shortName ?? t(clustersText.none)}</dd>
            <dt>{t(clustersText.viceChair)}</dt>
            <dd>{proposal.viceChair?.shortName ?? t(clustersText.none)}</dd>
          </dl>
          <h3>{t(clustersText.reasons)}</h3>
          <ul>
            {proposal.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function TermsOverTheYears({ cluster, terms }: { cluster: ClusterDetail; terms: TermView[] }) {
  const { t, locale } = usePage();
  if (terms.length === 0) return <p>{t(clustersText.noTerms)}</p>;
  const picture = timelines.render(
    { years: terms.map((term) => ({ year: term.year, chair: term.chair.shortName, viceChair: term.viceChair?.shortName ?? null })) },
    { locale, title: t(clustersText.timelineLabel(cluster.name)) },
  );
  return (
    <>
      {/* Server-rendered SVG from the reports' renderer, which escapes every name. */}
      <figure class="timeline" dangerouslySetInnerHTML={{ __html: picture }} />
      <table>
        <thead>
          <tr>
            <th scope="col">{t(clustersText.year)}</th>
            <th scope="col">{t(clustersText.chair)}</th>
            <th scope="col">{t(clustersText.viceChair)}</th>
            <th scope="col">{t(clustersText.decidedBy)}</th>
          </tr>
        </thead>
        <tbody>
          {[...terms].reverse().map((term) => (
            <tr key={term.year}>
              <td>
                <a href={`/clusters/${cluster.id}?year=${term.year}`}>{term.year}</a>
              </td>
              <td>{term.chair.shortName}</td>
              <td>{term.viceChair?.shortName ?? '—'}</td>
              <td>{t(TERM_DECISION_LABELS[term.decidedBy])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
