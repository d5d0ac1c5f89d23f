import type { FieldError } from '../../platform/errors/domain-error.js';
import type { MeetingDetail } from '../../meetings/meetings/meeting.dto.js';
import type { Localized } from '../../platform/i18n/localize.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { ResolutionView } from '../../meetings/resolutions/resolution.views.js';
import type { VoteView } from '../../meetings/votes/vote.views.js';
import { usePage } from '../layout/page-context.js';
import { AMENDABLE_FIELD_LABELS, MEETING_KIND_LABELS, MEETING_PAGES as M, VOTE_SUBJECT_LABELS } from './meetings.messages.js';
import { ActionButton } from './page-parts.js';
import { Layout } from '../layout/layout.js';
import { dateTimeText, valueText } from './texts.js';

export interface MeetingPageProps {
  meeting: MeetingDetail;
  votes: Localized<VoteView>[];
  /** What the closed votes decided, in the words the minutes give them. */
  resolutions: Localized<ResolutionView>[];
  /** The signed-in user runs this cluster's year: show the secretariat's actions. */
  manages: boolean;
  isDraft: boolean;
  stateLabel: string;
  /** Why finalizing was refused, when it just was. */
  finalizeProblems: { title: LocalizedText; items: readonly FieldError[] } | null;
}

/** Guests or speakers: one line each, agency or body first, then the name and title when recorded. */
function LinesSection(props: { id: string; heading: LocalizedText; empty: LocalizedText; lines: (string | null)[][]; ordered?: boolean }) {
  const { t } = usePage();
  const items = props.lines.map((line) => <li>{line.filter(Boolean).join(' — ')}</li>);
  return (
    <section aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{t(props.heading)}</h2>
      {items.length === 0 ? <p>{t(props.empty)}</p> : props.ordered ? <ol>{items}</ol> : <ul>{items}</ul>}
    </section>
  );
}

export function MeetingPage({ meeting, votes, resolutions, manages, isDraft, stateLabel, finalizeProblems }: MeetingPageProps) {
  const { t, locale } = usePage();
  const byUnit = new Map(meeting.delegates.map((d) => [d.unit.id, d]));
  const crumbs = [
    { href: `/clusters/${meeting.cluster.id}/years/${meeting.year}`, label: t(M.clusterYearTitle(meeting.cluster.name, meeting.year)) },
  ];
  return (
    <Layout title={meeting.title} breadcrumbs={crumbs}>
      <p>
        <mark>{stateLabel}</mark> {t(MEETING_KIND_LABELS[meeting.kind])}
      </p>
      <dl class="facts">
        <dt>{t(M.date)}</dt>
        <dd>
          {dateTimeText(meeting.startsAt, locale)}
          {meeting.endsAt && ` – ${dateTimeText(meeting.endsAt, locale).split(' ').pop()}`}
        </dd>
        <dt>{t(M.place)}</dt>
        <dd>{meeting.place}</dd>
        <dt>{t(M.host)}</dt>
        <dd>{meeting.host?.shortName ?? '—'}</dd>
        <dt>{t(M.presiding)}</dt>
        <dd>{meeting.presiding ?? '—'}</dd>
        <dt>{t(M.secretary)}</dt>
        <dd>{meeting.secretary ?? '—'}</dd>
      </dl>

      {finalizeProblems && (
        <div class="error-summary" role="alert" id="finalize-refused">
          <h2>{t(M.finalizeRefused)}</h2>
          {finalizeProblems.items.length === 0 ? (
            <p>{t(finalizeProblems.title)}</p>
          ) : (
            <ul>
              {finalizeProblems.items.map((item) => (
                <li>{t(item.message)}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      {manages && (
        <div class="actions">
          {isDraft ? (
            <>
              <a href={`/meetings/${meeting.id}/edit`} role="button">
                {t(M.edit)}
              </a>
              <a href={`/meetings/${meeting.id}/votes/new`} role="button" class="secondary">
                {t(M.setUpVote)}
              </a>
              <ActionButton
                action={`/meetings/${meeting.id}/finalize`}
                label={t(M.finalize)}
                kind="contrast"
                hidden={{ version: String(meeting.version) }}
              />
            </>
          ) : (
            <a href={`/meetings/${meeting.id}/amend`} role="button">
              {t(M.amendMeetingTitle)}
            </a>
          )}
        </div>
      )}

      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading">{t(M.attendance)}</h2>
        <p>{t(M.attendanceCount(meeting.attendance.presentCount, meeting.attendance.memberCount, meeting.attendance.votingCount))}</p>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t(M.unit)}</th>
                <th scope="col">{t(M.present)}</th>
                <th scope="col">{t(M.delegateName)}</th>
                <th scope="col">{t(M.votesForUnit)}</th>
              </tr>
            </thead>
            <tbody>
              {meeting.attendance.units.map((seat) => {
                const delegate = byUnit.get(seat.unit.id);
                return (
                  <tr>
                    <th scope="row">{seat.unit.shortName}</th>
                    <td>{seat.present ? t(M.present) : t(M.absent)}</td>
                    <td>{[delegate?.fullName, delegate?.position].filter(Boolean).join(', ') || '—'}</td>
                    <td>{seat.voting ? '✓' : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <LinesSection
        id="guests"
        heading={M.guests}
        empty={M.noGuests}
        lines={meeting.guests.map((g) => [g.agency, g.fullName, g.position])}
      />
      <LinesSection
        id="speakers"
        heading={M.speakers}
        empty={M.noSpeakers}
        lines={meeting.speakers.map((s) => [s.body, s.fullName, s.position])}
        ordered
      />

      <section aria-labelledby="agenda-heading">
        <h2 id="agenda-heading">{t(AMENDABLE_FIELD_LABELS.agenda)}</h2>
        {meeting.agenda.length === 0 ? (
          <p>{t(M.noAgenda)}</p>
        ) : (
          <ol>
            {meeting.agenda.map((item) => (
              <li>{item}</li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="votes-heading">
        <h2 id="votes-heading">{t(M.votes)}</h2>
        {votes.length === 0 ? (
          <p>{t(M.noVotes)}</p>
        ) : (
          <ul class="vote-list">
            {votes.map((vote) => (
              <li>
                <a href={`/votes/${vote.id}`}>{vote.title}</a> — {t(VOTE_SUBJECT_LABELS[vote.subject])} — <mark>{vote.stateLabel}</mark>
              </li>
            ))}
          </ul>
        )}
      </section>

      {resolutions.length > 0 && (
        <section aria-labelledby="resolutions-heading">
          <h2 id="resolutions-heading">{t(M.resolutions)}</h2>
          <ol>
            {resolutions.map((resolution) => (
              <li>
                <a href={`/votes/${resolution.voteId}`}>{resolution.summary}</a>
                {resolution.status === 'awaiting_fallback' && <mark> {t(M.resolutionAwaiting)}</mark>}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="minutes-heading">
        <h2 id="minutes-heading">{t(M.minutes)}</h2>
        {meeting.minutes ? <div class="minutes">{meeting.minutes}</div> : <p>{t(M.noMinutes)}</p>}
      </section>

      {meeting.amendments.length > 0 && (
        <section aria-labelledby="amendments-heading">
          <h2 id="amendments-heading">{t(M.amendments)}</h2>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t(M.amendedAt)}</th>
                  <th scope="col">{t(M.amendedBy)}</th>
                  <th scope="col">{t(M.amendedField)}</th>
                  <th scope="col">{t(M.before)}</th>
                  <th scope="col">{t(M.after)}</th>
                  <th scope="col">{t(M.reason)}</th>
                </tr>
              </thead>
              <tbody>
                {meeting.amendments.map((amendment) => (
                  <tr>
                    <td>{dateTimeText(amendment.amendedAt, locale)}</td>
                    <td>{amendment.amendedBy.username ?? '—'}</td>
                    <td>{AMENDABLE_FIELD_LABELS[amendment.field] ? t(AMENDABLE_FIELD_LABELS[amendment.field]) : amendment.field}</td>
                    <td>{valueText(amendment.before, locale)}</td>
                    <td>{valueText(amendment.after, locale)}</td>
                    <td>{amendment.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {manages && isDraft && <p class="hint">{t(M.finalizeHint)}</p>}
    </Layout>
  );
}
