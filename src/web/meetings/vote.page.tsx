import type { Localized } from '../../platform/i18n/localize.js';
import type { ResolutionView } from '../../meetings/resolutions/resolution.views.js';
import type { ResultView, RoundResultView, VoteView } from '../../meetings/votes/vote.views.js';
import { COMPARISON_PHRASES, THRESHOLD_BASE_PHRASES } from '../../meetings/votes/vote-rule-set.js';
import { acceptsBallots, takesBallotCodes } from '../../meetings/votes/vote.state.js';
import { usePage } from '../layout/page-context.js';
import { DECLARED_FORM_LABELS, FALLBACK_LABELS, MEETING_PAGES as M, VOTE_METHOD_LABELS, VOTE_SUBJECT_LABELS } from './meetings.messages.js';
import type { Locale, LocalizedText } from '../../platform/i18n/locale.js';
import { formatNumber } from '../layout/format.js';
import type { FormState } from '../http/forms.js';
import { Form, SubmitButton, TextArea } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { ReceiptsSection, type ReceiptsProps } from './receipts.page.js';
import { ActionButton } from './page-parts.js';

type Vote = Localized<VoteView>;
type Result = Localized<ResultView>;

/** The round now open or last opened, with its turnout. */
export function currentRound(vote: Vote): Vote['rounds'][number] | null {
  return vote.rounds.find((round) => round.round === vote.currentRound) ?? null;
}

/** Rules of counting, as the conference hears them before it votes. */
export function RulesList({ vote }: { vote: Vote }) {
  const { t } = usePage();
  const { quorum, threshold, maxRounds, fallback } = vote.rules;
  return (
    <section aria-labelledby="rules-heading" id="rules">
      <h2 id="rules-heading">{t(M.rulesShown)}</h2>
      <dl class="facts">
        <dt>{t(M.quorumRule)}</dt>
        <dd>
          {t(COMPARISON_PHRASES[quorum.comparison])} {quorum.numerator}/{quorum.denominator} {t(M.quorumOf)}
        </dd>
        <dt>{t(M.thresholdRule)}</dt>
        <dd>
          {t(COMPARISON_PHRASES[threshold.comparison])} {threshold.numerator}/{threshold.denominator}{' '}
          {t(THRESHOLD_BASE_PHRASES[threshold.base])}
        </dd>
        {vote.quota !== null && (
          <>
            <dt>{t(M.quota)}</dt>
            <dd>
              {vote.quota}
              {vote.quotaBasis && <small class="hint"> — {vote.quotaBasis}</small>}
            </dd>
          </>
        )}
        <dt>{t(M.maxRounds)}</dt>
        <dd>{maxRounds}</dd>
        <dt>{t(M.fallbackRule)}</dt>
        <dd>{t(FALLBACK_LABELS[fallback])}</dd>
        <dt>{t(M.basis)}</dt>
        <dd>
          {vote.rulesBasis} <a href="/vote-rule-sets">{t(M.ruleSets)}</a>
        </dd>
      </dl>
    </section>
  );
}

/** Live turnout of the open round: a count, never who voted what. Polls itself every few seconds with htmx. */
export function Turnout({ vote, big = false }: { vote: Vote; big?: boolean }) {
  const { t } = usePage();
  const round = currentRound(vote);
  const open = acceptsBallots(vote.state);
  const cast = round?.ballotsCast ?? 0;
  const electors = round?.electorCount ?? 0;
  const poll = open
    ? { 'hx-get': `/votes/${vote.id}/turnout${big ? '?big=1' : ''}`, 'hx-trigger': 'every 3s', 'hx-swap': 'outerHTML' }
    : {};
  return (
    <div id="turnout" class={big ? 'turnout turnout-big' : 'turnout'} aria-live="polite" {...poll}>
      <p class="turnout-count">
        <strong>{t(M.turnoutCount(cast, electors))}</strong>
      </p>
      <progress value={cast} max={Math.max(electors, 1)} aria-label={t(M.turnout)} />
      {!big && (
        <p class="hint">
          {t(M.turnoutSecret)}{' '}
          {open && (
            <a href={`/votes/${vote.id}`} class="refresh-link">
              {t(M.refresh)}
            </a>
          )}
        </p>
      )}
    </div>
  );
}

/** One closed round's count: each candidate (or answer) with votes, share and the reasons it passed or not. */
/** 87,5% in Vietnamese, 87.5% in English; a dash when nothing was counted. */
function percentCell(percent: number | null, locale: Locale): string {
  return percent === null ? '—' : `${formatNumber(percent, locale)}%`;
}

export function RoundResult({ round, chart }: { round: Localized<RoundResultView>; chart?: string | null }) {
  const { t, locale } = usePage();
  // Declared without a count (nhất trí, giơ tay): no column of figures, since none was taken.
  const counted = round.counting === 'ballots';
  return (
    <section class="round-result" aria-label={t(M.round(round.round))}>
      <h3>{t(M.round(round.round))}</h3>
      <p>{round.quorum.reason.text}</p>
      {round.threshold && <p>{round.threshold.text}</p>}
      {round.counting !== 'ballots' && (
        <p>
          <strong>{t(DECLARED_FORM_LABELS[round.counting])}</strong>
        </p>
      )}
      {chart && <figure class="vote-chart" tabIndex={0} dangerouslySetInnerHTML={{ __html: chart }} />}
      {round.answers && counted ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t(M.subject)}</th>
              <th scope="col">{t(M.votesCol)}</th>
              <th scope="col">{t(M.shareCol)}</th>
            </tr>
          </thead>
          <tbody>
            {(['yes', 'no', 'abstain'] as const).map((answer) => (
              <tr>
                <th scope="row">{t(M[answer])}</th>
                <td>{round.answers?.[answer]?.votes ?? '—'}</td>
                <td>{percentCell(round.answers?.[answer]?.percent ?? null, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {round.candidates.length > 0 && (
        <div class="table-scroll">
          <table class="result-table">
            <thead>
              <tr>
                <th scope="col">{t(M.unit)}</th>
                {counted && <th scope="col">{t(M.votesCol)}</th>}
                {counted && <th scope="col">{t(M.shareCol)}</th>}
                <th scope="col">{t(M.result)}</th>
                <th scope="col">{t(M.reasonsCol)}</th>
              </tr>
            </thead>
            <tbody>
              {round.candidates.map((candidate) => (
                <tr class={candidate.passed ? 'passed' : undefined}>
                  <th scope="row">{candidate.unit?.shortName ?? '—'}</th>
                  {counted && <td>{candidate.votes ?? '—'}</td>}
                  {counted && <td>{percentCell(candidate.percent, locale)}</td>}
                  <td>{candidate.passed ? <strong>{t(M.passed)}</strong> : t(M.notPassed)}</td>
                  <td>
                    {candidate.reasons.map((reason) => (
                      <span class="reason">{reason.text}</span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {round.answers && (
        <ul>
          {round.answers.reasons.map((reason) => (
            <li>{reason.text}</li>
          ))}
        </ul>
      )}
      <p>
        <strong>{round.next.text}</strong>
      </p>
    </section>
  );
}

export function ResultSection({ result, charts }: { result: Result; charts: (string | null)[] }) {
  const { t } = usePage();
  return (
    <section aria-labelledby="result-heading" id="result">
      <h2 id="result-heading">{t(M.result)}</h2>
      {result.outcome && (
        <p class="outcome">
          {t(M.chosen)}: <strong>{result.outcome.chosen.map((unit) => unit.shortName).join(', ') || '—'}</strong>
        </p>
      )}
      {result.rounds.map((round, i) => (
        <RoundResult round={round} chart={charts[i]} />
      ))}
    </section>
  );
}

export interface VotePageProps {
  vote: Vote;
  meeting: { id: string; title: string };
  result: Result | null;
  /** What the closed vote decided, and what it leaves to the chair and vice-chair. */
  resolution: Localized<ResolutionView> | null;
  charts: (string | null)[];
  manages: boolean;
  /** A unit officer while the vote is open: the ballot page says whether the unit has a ballot. */
  canVote: boolean;
  /** An electronic vote's published receipts, per round (what GET /votes/:id/receipts gives). */
  receipts: ReceiptsProps | null;
  /** The cancel form as posted, when it was refused. */
  cancelForm?: FormState;
  cancelNeedsReason: boolean;
  /** Why the step just asked for (open, close, next round) was refused. */
  actionError?: LocalizedText;
}

function CancelVote({ vote, form, needsReason }: { vote: Vote; form?: FormState; needsReason: boolean }) {
  return (
    <details class="cancel-vote" open={form !== undefined}>
      <summary>{usePage().t(M.cancelVote)}</summary>
      <Form action={`/votes/${vote.id}/cancel`} form={form}>
        <TextArea form={form} name="reason" label={M.cancelReason} rows={2} required={needsReason} />
        <SubmitButton label={M.cancelVote} secondary />
      </Form>
    </details>
  );
}

/** The places the last round left to the chair and vice-chair: waiting for their decision, or decided by them. */
function FallbackPart({ vote, resolution, manages }: { vote: Vote; resolution: Localized<ResolutionView> | null; manages: boolean }) {
  const { t } = usePage();
  const fallback = resolution?.fallback;
  if (!fallback) return null;
  if (fallback.decided) {
    return (
      <p class="outcome">
        {t(M.fallbackDecided)}: <strong>{fallback.decided.map((unit) => unit.shortName).join(', ') || '—'}</strong>
        {fallback.note && <small class="hint"> — {fallback.note}</small>}
      </p>
    );
  }
  return (
    <div class="notice">
      <p>{t(M.fallbackAwaiting(fallback.places))}</p>
      {manages && (
        <a href={`/votes/${vote.id}/fallback-decision`} role="button">
          {t(M.fallbackDecision)}
        </a>
      )}
    </div>
  );
}

/** Một cuộc biểu quyết: its rules, its rounds, the secretariat's buttons, the live turnout and the result. */
export function VotePage({
  vote,
  meeting,
  result,
  resolution,
  charts,
  manages,
  canVote,
  receipts,
  cancelForm,
  cancelNeedsReason,
  actionError,
}: VotePageProps) {
  const { t } = usePage();
  const allowed = new Set<string>(vote.allowedActions);
  const electronic = vote.method === 'electronic';
  const canIssueCodes = electronic && takesBallotCodes(vote.state);
  const open = acceptsBallots(vote.state) ? currentRound(vote) : null;
  const declaredPending = open && open.counting !== 'ballots' ? open.counting : null;
  return (
    <Layout title={vote.title} breadcrumbs={[{ href: `/meetings/${meeting.id}`, label: meeting.title }]}>
      <p>
        <mark>{vote.stateLabel}</mark> {t(VOTE_SUBJECT_LABELS[vote.subject])} — {t(VOTE_METHOD_LABELS[vote.method])}
      </p>
      {vote.proposedOrganization && (
        <p>
          {t(M.proposed)}: <strong>{vote.proposedOrganization.shortName}</strong>
        </p>
      )}
      {vote.question && <p>{vote.question}</p>}
      {vote.cancellation?.reason && <p class="notice">{t(M.cancelledBecause(vote.cancellation.reason))}</p>}
      {vote.candidates.length > 0 && vote.subject !== 'chair_handover' && (
        <p>
          {t(M.candidates)}: {vote.candidates.map((unit) => unit.shortName).join(', ')}
        </p>
      )}
      {canVote && (
        <p>
          <a href={`/votes/${vote.id}/ballot`} role="button" class="vote-button">
            {t(M.castForUnit)}
          </a>
        </p>
      )}
      {actionError && (
        <div class="error-summary" role="alert">
          <h2>{t(M.actionRefused)}</h2>
          <p>{t(actionError)}</p>
        </div>
      )}
      <RulesList vote={vote} />
      {declaredPending && <p class="notice">{t(M.declaredPending(t(DECLARED_FORM_LABELS[declaredPending]).toLowerCase()))}</p>}

      {manages && (
        <section aria-labelledby="actions-heading" class="vote-actions">
          <h2 id="actions-heading" class="visually-hidden">
            {t(M.actions)}
          </h2>
          <div class="actions">
            {allowed.has('open') && <ActionButton action={`/votes/${vote.id}/open`} label={t(M.open)} />}
            {allowed.has('close') && <ActionButton action={`/votes/${vote.id}/close`} label={t(M.close)} kind="contrast" />}
            {allowed.has('open_runoff') && (
              <ActionButton action={`/votes/${vote.id}/next-round`} label={t(M.nextRound(vote.currentRound + 1))} />
            )}
            {vote.method === 'paper' && acceptsBallots(vote.state) && (
              <>
                <a href={`/votes/${vote.id}/paper-totals`} role="button">
                  {t(M.paperTotals)}
                </a>
                <a href={`/votes/${vote.id}/declared-result`} role="button" class="secondary">
                  {t(M.declaredResult)}
                </a>
              </>
            )}
            <a href={`/votes/${vote.id}/projector`} role="button" class="outline">
              {t(M.projector)}
            </a>
          </div>
          {allowed.has('cancel') && <CancelVote vote={vote} form={cancelForm} needsReason={cancelNeedsReason} />}
          {canIssueCodes && (
            <Form action={`/votes/${vote.id}/ballot-codes`} class="codes-form">
              <p class="hint">{t(M.issueCodesHint)}</p>
              <button type="submit" class="secondary">
                {t(M.issueCodes)}
              </button>
            </Form>
          )}
        </section>
      )}

      {acceptsBallots(vote.state) && electronic && (
        <section aria-labelledby="turnout-heading">
          <h2 id="turnout-heading">{t(M.turnout)}</h2>
          <Turnout vote={vote} />
        </section>
      )}

      {result ? <ResultSection result={result} charts={charts} /> : vote.rounds.length > 0 && <p>{t(M.resultHidden)}</p>}
      <FallbackPart vote={vote} resolution={resolution} manages={manages} />
      {receipts && <ReceiptsSection {...receipts} withPrintLink />}
    </Layout>
  );
}
