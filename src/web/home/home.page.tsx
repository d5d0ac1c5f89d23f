import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { layoutText, navText } from '../web.messages.js';
import { EMULATION_PAGES } from '../emulation/emulation.messages.js';
import { emulationRoutes } from '../emulation/emulation.routes.js';
import { homeText } from './home.messages.js';
import type { MyWork } from './my-work.js';

/** What needs the signed-in user now; each block only when it has something in it. */
export function HomePage({ work }: { work: MyWork }) {
  const { t, user } = usePage();
  const empty =
    work.returned.length === 0 &&
    work.openVotes.length === 0 &&
    work.openYears.length === 0 &&
    work.emulationYears.length === 0 &&
    !work.reviewQueue;
  return (
    <Layout title={t(homeText.title)}>
      {user && <p class="lead">{t(homeText.greeting(user.displayName, user.unitName ?? t(layoutText.noUnit)))}</p>}
      {empty && <p class="empty-state">{t(homeText.nothing)}</p>}

      {work.reviewQueue !== null && work.reviewQueue > 0 && (
        <article aria-labelledby="review-queue">
          <h2 id="review-queue">{t(homeText.reviewQueue)}</h2>
          <p>{t(homeText.reviewQueueCount(work.reviewQueue))}</p>
          <a href="/reviews" role="button">
            {t(homeText.openReviewQueue)}
          </a>
        </article>
      )}

      {work.openVotes.length > 0 && (
        <article aria-labelledby="open-votes">
          <h2 id="open-votes">{t(homeText.openVotes)}</h2>
          <p>{t(homeText.openVotesLead)}</p>
          <ul>
            {work.openVotes.map(({ vote, meetingTitle, clusterName }) => (
              <li key={vote.id}>
                <strong>{vote.title}</strong> — {meetingTitle} ({clusterName}) · <a href={`/votes/${vote.id}`}>{t(homeText.vote)}</a>
              </li>
            ))}
          </ul>
        </article>
      )}

      {work.returned.length > 0 && (
        <article aria-labelledby="returned">
          <h2 id="returned">{t(homeText.returned)}</h2>
          <p>{t(homeText.returnedLead)}</p>
          <ul>
            {work.returned.map(({ nomination, reasons }) => (
              <li key={nomination.id}>
                <strong>{t(nomination.awardType.name)}</strong> —{' '}
                {nomination.nominee.person?.fullName ?? nomination.nominee.organization.shortName} ({nomination.year})
                <br />
                {t(homeText.reasons)}: {reasons ?? t(homeText.noReasons)} ·{' '}
                <a href={`/nominations/${nomination.id}`}>{t(homeText.openNomination)}</a>
              </li>
            ))}
          </ul>
        </article>
      )}

      {work.openYears.length > 0 && (
        <article aria-labelledby="open-years">
          <h2 id="open-years">{t(homeText.openYears)}</h2>
          <p>
            {t(user?.actor.organizationId && work.reviewQueue === null ? homeText.openYearsLeadSecretariat : homeText.openYearsLeadStaff)}
          </p>
          <ul>
            {work.openYears.map((item) => (
              <li key={`${item.clusterId}-${item.year}`}>
                <a href={`/clusters/${item.clusterId}?year=${item.year}`}>{t(homeText.clusterYear(item.clusterName, item.year))}</a> ·{' '}
                <a href={emulationRoutes.year(item.clusterId, item.year)}>{t(EMULATION_PAGES.nav)}</a>
              </li>
            ))}
          </ul>
        </article>
      )}

      {work.emulationYears.length > 0 && (
        <article aria-labelledby="emulation-years">
          <h2 id="emulation-years">{t(homeText.emulation)}</h2>
          <p>{t(homeText.emulationLead)}</p>
          <ul>
            {work.emulationYears.map((item) => (
              <li key={`${item.clusterId}-${item.year}`}>
                <a href={emulationRoutes.year(item.clusterId, item.year)}>{t(EMULATION_PAGES.yearTitle(item.clusterName, item.year))}</a>
              </li>
            ))}
          </ul>
        </article>
      )}

      <nav aria-labelledby="shortcuts">
        <h2 id="shortcuts">{t(homeText.shortcuts)}</h2>
        <ul>
          <li>
            <a href="/organizations">{t(navText.organizations)}</a>
          </li>
          <li>
            <a href="/clusters">{t(navText.clusters)}</a>
          </li>
        </ul>
      </nav>
    </Layout>
  );
}
