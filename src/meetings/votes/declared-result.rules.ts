import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { DECLARED_FORM_NAMES, MEETINGS_MESSAGES as M } from '../meetings.messages.js';
import { violation } from './paper-totals.rules.js';
import { nextStep } from './vote-next-step.rules.js';
import { checkQuorum, type Reason } from './vote-quorum.rules.js';
import type { RoundFacts } from './vote-rounds.rules.js';
import { answersYesNo } from './vote-rounds.rules.js';
import type { DeclaredForm, VoteRuleSet, VoteSubject } from './vote-rule-set.js';
import type { CandidateResult, TallyResult } from './vote.rules.js';

/*
 * A round whose result the meeting declares without counting (biểu quyết nhất trí, đồng thuận, giơ tay): what was
 * decided is recorded, and no count is invented for it, so no document can print figures that were never taken.
 */

/** What the secretariat records for such a round: who was chosen, or whether the question was approved. */
export interface DeclaredResult {
  readonly form: DeclaredForm;
  readonly chosenIds?: readonly string[];
  readonly approved?: boolean;
}

const FORMS: Readonly<Record<DeclaredForm, LocalizedText>> = DECLARED_FORM_NAMES;

/** "nhất trí" / "by unanimous decision": how the result was reached, for the minutes. */
export function declaredFormText(form: DeclaredForm): LocalizedText {
  return FORMS[form];
}

/** Why the declared result does not fit the round's ballot; an empty list means it can be recorded. */
export function checkDeclaredResult(
  subject: VoteSubject,
  round: { readonly candidateIds: readonly string[]; readonly places: number },
  declared: DeclaredResult,
): FieldError[] {
  if (answersYesNo(subject)) {
    const found: FieldError[] = [];
    if (declared.approved === undefined) {
      found.push(violation('approved', M.declaredApprovalMissing));
    }
    if (declared.chosenIds !== undefined) {
      found.push(violation('chosenIds', M.declaredQuestionWithUnits));
    }
    return found;
  }
  const chosen = declared.chosenIds ?? [];
  const found: FieldError[] = [];
  if (declared.chosenIds === undefined) {
    found.push(violation('chosenIds', M.declaredUnitsMissing));
  }
  if (declared.approved !== undefined) {
    found.push(violation('approved', M.declaredElectionWithAnswer));
  }
  if (chosen.length > round.places) {
    found.push(violation('chosenIds', M.declaredTooManyUnits(round.places, chosen.length)));
  }
  chosen.forEach((id, i) => {
    if (!round.candidateIds.includes(id)) {
      found.push(violation(`chosenIds[${i}]`, M.declaredNotACandidate));
    } else if (chosen.indexOf(id) < i) {
      found.push(violation(`chosenIds[${i}]`, M.declaredTwice));
    }
  });
  return found;
}

function declaredReason(form: DeclaredForm, passed: boolean): Reason {
  const how = FORMS[form];
  return passed ? { code: 'DECLARED', text: M.declaredChosen(how) } : { code: 'DECLARED', text: M.declaredNotChosen(how) };
}

/**
 * The round's result as declared: the quorum is still checked on the roll taken when it opened; every count, share
 * and ballot figure is 0 or null and marked `declared`, so that readers show none of them.
 */
export function declaredTally(subject: VoteSubject, rules: VoteRuleSet, round: RoundFacts, declared: DeclaredResult): TallyResult {
  const quorum = checkQuorum(rules.quorum, round.memberCount, round.presentCount);
  const how = FORMS[declared.form];
  const chosen = quorum.met && !answersYesNo(subject) ? [...(declared.chosenIds ?? [])] : [];
  const approved = quorum.met && answersYesNo(subject) ? declared.approved === true : null;
  const ids = subject === 'question' ? [] : round.candidateIds;
  const candidates = ids.map((candidateId): CandidateResult => {
    const passed = subject === 'chair_handover' ? approved === true : chosen.includes(candidateId);
    return {
      candidateId,
      votes: 0,
      share: null,
      percent: null,
      rank: passed ? 1 : 2,
      status: !quorum.met ? 'quorum_not_met' : passed ? 'chosen' : 'below_threshold',
      passed,
      reasons: quorum.met ? [declaredReason(declared.form, passed)] : [quorum.reason],
    };
  });
  const none = { votes: 0, share: null, percent: null };
  const outcome: Reason = approved
    ? { code: 'APPROVED', text: M.declaredApproved(how) }
    : { code: 'REJECTED', text: M.declaredRejected(how) };
  return {
    subject,
    round: round.round,
    quorum,
    threshold: {
      base: rules.threshold.base,
      baseCount: 0,
      minimumVotes: 0,
      text: M.declaredNotCounted(how),
    },
    ballotsValid: 0,
    ballotsInvalid: 0,
    candidates,
    answers: answersYesNo(subject)
      ? { yes: none, no: none, abstain: none, passed: approved === true, reasons: quorum.met ? [outcome] : [quorum.reason] }
      : null,
    chosen: subject === 'chair_handover' ? (approved ? [round.candidateIds[0]] : []) : chosen,
    next: nextStep(quorum.met, null, round.round, rules),
    declared: declared.form,
  };
}
