import { CLUSTER_DOCUMENTS } from '../../reports/cluster-year/cluster-year.dto.js';
import type { ClusterYearReport } from '../../reports/cluster-year/cluster-year.model.js';
import { EMULATION_PAGES } from '../emulation/emulation.messages.js';
import { emulationRoutes } from '../emulation/emulation.routes.js';
import { formatDate } from '../layout/format.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { DOCUMENT_LABELS, MEETING_KIND_LABELS, MEETING_PAGES as M, VOTE_SUBJECT_LABELS } from './meetings.messages.js';

export interface ClusterYearPageProps {
  report: ClusterYearReport;
  /** The signed-in user runs this cluster's year. */
  manages: boolean;
  voteStateLabels: Record<string, string>;
  meetingStateLabels: Record<string, string>;
}

/** Trang năm của cụm: who is in it, who chairs it, its meetings and votes, its documents and what the report still lacks. */
export function ClusterYearPage({ report, manages, voteStateLabels, meetingStateLabels }: ClusterYearPageProps) {
  const { t, locale } = usePage();
  const { cluster, year } = report;
  const base = `/api/v1/reports/clusters/${cluster.id}/years/${year}/documents`;
  return (
    <Layout title={t(M.clusterYearTitle(cluster.name, year))} breadcrumbs={[{ href: `/clusters/${cluster.id}`, label: cluster.name }]}>
      <div class="grid cluster-year-summary">
        <section aria-labelledby="term-heading">
          <h2 id="term-heading">{t(M.term)}</h2>
          <dl class="facts">
            <dt>{t(M.chair)}</dt>
            <dd>{report.chair?.shortName ?? t(M.notRecorded)}</dd>
            <dt>{t(M.viceChair)}</dt>
            <dd>{report.viceChair?.shortName ?? t(M.notRecorded)}</dd>
            <dt>{t(M.supervisor)}</dt>
            <dd>
              {report.supervisor ? [report.supervisor.fullName, report.supervisor.position].filter(Boolean).join(', ') : t(M.notRecorded)}
            </dd>
            <dt>{t(M.nextYear(report.nextYear.year))}</dt>
            <dd>
              {t(M.chair)}: {report.nextYear.chair?.shortName ?? '—'}; {t(M.viceChair)}: {report.nextYear.viceChair?.shortName ?? '—'}
            </dd>
          </dl>
        </section>
        <section aria-labelledby="members-heading">
          <h2 id="members-heading">
            {t(M.members)} ({report.members.length})
          </h2>
          <ul class="columns">
            {report.members.map((unit) => (
              <li>
                <a href={`/organizations/${unit.id}`}>{unit.shortName}</a>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section aria-labelledby="meetings-heading">
        <h2 id="meetings-heading">{t(M.meetings)}</h2>
        {report.meetings.length === 0 ? (
          <p>{t(M.noMeetings)}</p>
        ) : (
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(M.date)}</th>
                  <th scope="col">{t(M.title)}</th>
                  <th scope="col">{t(M.kind)}</th>
                  <th scope="col">{t(M.place)}</th>
                  <th scope="col">{t(M.state)}</th>
                </tr>
              </thead>
              <tbody>
                {report.meetings.map((meeting) => (
                  <tr>
                    <td>
                      {formatDate(meeting.starts.date, locale)} {meeting.starts.time}
                    </td>
                    <td>
                      <a href={`/meetings/${meeting.id}`}>{meeting.title}</a>
                    </td>
                    <td>{MEETING_KIND_LABELS[meeting.kind] ? t(MEETING_KIND_LABELS[meeting.kind]) : meeting.kindName}</td>
                    <td>{meeting.place}</td>
                    <td>{meetingStateLabels[meeting.state] ?? meeting.state}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {manages && (
          <p>
            <a href={`/meetings/new?clusterId=${cluster.id}&year=${year}`} role="button">
              {t(M.recordMeeting)}
            </a>
          </p>
        )}
      </section>

      <section aria-labelledby="votes-heading">
        <h2 id="votes-heading">{t(M.votes)}</h2>
        {!report.conference || report.conference.votes.length === 0 ? (
          <p>{t(M.noVotes)}</p>
        ) : (
          <ul class="vote-list">
            {report.conference.votes.map((vote) => {
              const last = vote.rounds[vote.rounds.length - 1];
              return (
                <li>
                  <a href={`/votes/${vote.id}`}>{vote.title}</a> — {t(VOTE_SUBJECT_LABELS[vote.subject])} —{' '}
                  <mark>{voteStateLabels[vote.state] ?? vote.state}</mark>
                  {last && last.chosen.length > 0 && (
                    <>
                      {' '}
                      — {t(M.chosen)}: <strong>{last.chosen.map((unit) => unit.shortName).join(', ')}</strong>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <p>
        <a href={emulationRoutes.year(cluster.id, year)}>{t(EMULATION_PAGES.yearLink(year))}</a>
      </p>

      <section aria-labelledby="documents-heading">
        <h2 id="documents-heading">{t(M.documents)}</h2>
        <ul class="documents">
          {CLUSTER_DOCUMENTS.map((document) => (
            <li>
              {t(DOCUMENT_LABELS[document])}: <a href={`${base}/${document}?format=pdf`}>PDF</a> ·{' '}
              <a href={`${base}/${document}?format=docx`}>DOCX</a> · <a href={`${base}/${document}?format=html`}>HTML</a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="missing-heading" id="missing">
        <h2 id="missing-heading">{t(M.missing)}</h2>
        {report.missing.length === 0 ? (
          <p>{t(M.nothingMissing)}</p>
        ) : (
          <ul class="missing-list">
            {report.missing.map((fact) => (
              <li>{fact.text}</li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
