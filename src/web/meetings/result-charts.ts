import type { ResultView } from '../../meetings/votes/vote.views.js';
import type { Locale } from '../../platform/i18n/locale.js';
import type { Localized } from '../../platform/i18n/localize.js';
import type { VoteResultChart } from '../../reports/renderers/vote-result-chart.renderer.js';
import { MEETING_PAGES } from './meetings.messages.js';

type Round = Localized<ResultView>['rounds'][number];

/**
 * One closed round as the bar chart draws it: a bar per candidate (or per answer) against the pass mark; null for a
 * result declared without a count (unanimous, by consensus, by show of hands), which has no bars to draw.
 */
export function roundChart(title: string, round: Round, locale: Locale): VoteResultChart | null {
  if (!round.threshold) return null;
  const counted = (votes: number | null) => votes ?? 0;
  const candidates = round.answers
    ? (['yes', 'no', 'abstain'] as const).map((answer) => ({
        name: MEETING_PAGES[answer][locale],
        votes: counted(round.answers?.[answer]?.votes ?? null),
        passed: answer === 'yes' && (round.answers?.passed ?? false),
      }))
    : round.candidates.map((candidate) => ({
        name: candidate.unit?.shortName ?? '—',
        votes: counted(candidate.votes),
        passed: candidate.passed,
      }));
  return {
    title: `${title} — ${MEETING_PAGES.round(round.round)[locale]}`,
    candidates,
    threshold: { votes: round.threshold.minimumVotes, label: MEETING_PAGES.passMark(round.threshold.minimumVotes)[locale] },
    totalVoters: round.quorum.present,
  };
}
