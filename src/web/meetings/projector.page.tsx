import type { Localized } from '../../platform/i18n/localize.js';
import type { ResultView, VoteView } from '../../meetings/votes/vote.views.js';
import { layoutText } from '../web.messages.js';
import { acceptsBallots, takesBallotCodes } from '../../meetings/votes/vote.state.js';
import { usePage } from '../layout/page-context.js';
import { DECLARED_FORM_LABELS, MEETING_PAGES as M } from './meetings.messages.js';
import { Turnout } from './vote.page.js';

export interface ProjectorProps {
  vote: Localized<VoteView>;
  meetingTitle: string;
  result: Localized<ResultView> | null;
  charts: (string | null)[];
}

/**
 * Màn hình hội trường: the vote for the projector, in big type and high contrast, with no navigation. While a round
 * is open it shows the turnout and refreshes itself; once closed, the result of the last round and who was chosen.
 */
export function ProjectorPage({ vote, meetingTitle, result, charts }: ProjectorProps) {
  const { t, locale, asset } = usePage();
  const last = result?.rounds[result.rounds.length - 1];
  const open = acceptsBallots(vote.state);
  // Waiting for a round to open: look again every few seconds (the turnout polls itself once it is open).
  const waiting = takesBallotCodes(vote.state) && !open;
  const refresh = waiting
    ? { 'hx-get': `/votes/${vote.id}/projector`, 'hx-trigger': 'every 5s', 'hx-select': '#projector', 'hx-target': '#projector' }
    : {};
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${vote.title} · ${t(layoutText.titleSuffix)}`}</title>
        <link rel="stylesheet" href={asset('pico.css')} />
        <link rel="stylesheet" href={asset('thidua.css')} />
        <script src={asset('htmx.js')} defer />
      </head>
      <body class="projector" data-theme="dark">
        <main id="projector" class="container-fluid" {...refresh}>
          <p class="projector-meeting">{meetingTitle}</p>
          <h1>{vote.title}</h1>
          {open && <Turnout vote={vote} big />}
          {last ? (
            <section class="projector-result" aria-label={t(M.result)}>
              {result?.outcome && (
                <p class="projector-chosen">
                  {t(M.chosen)}: <strong>{result.outcome.chosen.map((unit) => unit.shortName).join(', ') || '—'}</strong>
                </p>
              )}
              {charts.at(-1) && <figure class="vote-chart" dangerouslySetInnerHTML={{ __html: charts.at(-1) ?? '' }} />}
              {last.counting !== 'ballots' && <p class="projector-next">{t(DECLARED_FORM_LABELS[last.counting])}</p>}
              <ul class="projector-lines">
                {last.candidates.map((candidate) => (
                  <li class={candidate.passed ? 'passed' : undefined}>
                    <span class="projector-name">{candidate.unit?.shortName}</span>{' '}
                    {last.counting === 'ballots' && <span class="projector-votes">{candidate.votes ?? '—'}</span>}{' '}
                    <span class="projector-verdict">{candidate.passed ? t(M.passed) : t(M.notPassed)}</span>
                  </li>
                ))}
                {last.answers &&
                  last.counting === 'ballots' &&
                  (['yes', 'no', 'abstain'] as const).map((answer) => (
                    <li>
                      <span class="projector-name">{t(M[answer])}</span>{' '}
                      <span class="projector-votes">{last.answers?.[answer]?.votes ?? '—'}</span>
                    </li>
                  ))}
              </ul>
              <p class="projector-next">{last.next.text}</p>
            </section>
          ) : (
            !open && <p class="projector-wait">{vote.stateLabel}</p>
          )}
          <p class="projector-back">
            <a href={`/votes/${vote.id}`}>{t(M.cancel)}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
