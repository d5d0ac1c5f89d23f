import type { BallotPaper } from '../../meetings/ballots/ballots.service.js';
import { ballotOptions } from '../../meetings/ballots/ballot.rules.js';
import { answersYesNo } from '../../meetings/votes/vote-rounds.rules.js';
import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { FormReader, postedValues } from '../http/forms.js';
import type { Response } from 'express';
import { DomainError } from '../../platform/errors/domain-error.js';
import type { WebPages } from '../http/web-pages.js';
import { MEETING_PAGES } from './meetings.messages.js';
import { type BallotChoices, BallotClosedPage, BallotPage, type BallotRoute } from './ballot.page.js';

/** What the delegate ticked, as posted. */
export function pickedOf(body: unknown): BallotChoices {
  const form = new FormReader(postedValues(body));
  return { choices: form.list('choices'), answer: form.text('answer') ?? '' };
}

/** The ballot as the service takes it: names to approve, or one answer. */
export function ballotBody(paper: Localized<BallotPaper>, picked: BallotChoices): { choices?: string[]; answer?: string } {
  return answersYesNo(paper.vote.subject) ? { answer: picked.answer } : { choices: picked.choices };
}

/** The errors put where the ballot form shows them: every problem of a choice next to the list of choices. */
export function ballotErrors(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => ({ ...error, field: error.field.replace(/^choices(\[\d+\]|\.\d+)$/, 'choices') }));
}

/** Checked by the same rule the service counts by, before the delegate is asked to confirm. */
export function ballotProblems(paper: Localized<BallotPaper>, picked: BallotChoices): FieldError[] {
  if (!paper.round) return [];
  const round = { candidateIds: paper.round.candidates.map((unit) => unit.id), places: paper.round.places };
  return ballotErrors(ballotOptions(paper.vote.subject, round, ballotBody(paper, picked)).problems);
}

/** A ballot the service refused: its problems next to the choices, or why it cannot be cast at all; anything else goes on. */
export async function showRefusedBallot(
  web: WebPages,
  response: Response,
  error: unknown,
  ballot: { paper: Localized<BallotPaper>; picked: BallotChoices; route: BallotRoute },
): Promise<void> {
  if (!(error instanceof DomainError) || error.kind === 'not_found' || error.kind === 'unauthorized') throw error;
  if (error.fieldErrors.length > 0) {
    return web.page(response, BallotPage, { ...ballot, errors: ballotErrors(error.fieldErrors) }, { status: 422 });
  }
  await web.page(
    response,
    BallotClosedPage,
    { paper: ballot.paper, message: error.text },
    { status: error.kind === 'forbidden' ? 403 : 409 },
  );
}

/** Why the ballot cannot be filled in now, or null when it can. */
export function closedBecause(paper: Localized<BallotPaper>): LocalizedText | null {
  if (paper.alreadyVoted) return MEETING_PAGES.alreadyVoted(paper.unit.shortName);
  if (!paper.round) return MEETING_PAGES.voteNotOpen;
  return null;
}
