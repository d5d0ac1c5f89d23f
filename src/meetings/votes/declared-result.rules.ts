import type { FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
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

const FORMS: Readonly<Record<DeclaredForm, LocalizedText>> = {
  unanimous: text('biểu quyết nhất trí', 'by unanimous decision'),
  consensus: text('biểu quyết đồng thuận', 'by consensus'),
  show_of_hands: text('biểu quyết giơ tay, không ghi số phiếu', 'by show of hands, the count not recorded'),
};

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
      found.push(violation('approved', 'Phải ghi biểu quyết có được thông qua hay không.', 'Say whether it was approved.'));
    }
    if (declared.chosenIds !== undefined) {
      found.push(violation('chosenIds', 'Biểu quyết tán thành / không tán thành không chọn đơn vị.', 'A yes / no vote chooses no unit.'));
    }
    return found;
  }
  const chosen = declared.chosenIds ?? [];
  const found: FieldError[] = [];
  if (declared.chosenIds === undefined) {
    found.push(violation('chosenIds', 'Phải ghi các đơn vị được chọn.', 'Say which units were chosen.'));
  }
  if (declared.approved !== undefined) {
    found.push(
      violation('approved', 'Biểu quyết này chọn đơn vị, không trả lời tán thành.', 'This vote chooses units; it has no yes / no answer.'),
    );
  }
  if (chosen.length > round.places) {
    found.push(
      violation(
        'chosenIds',
        `Chỉ được chọn tối đa ${round.places} đơn vị; đã ghi ${chosen.length}.`,
        `At most ${round.places} may be chosen; ${chosen.length} are given.`,
      ),
    );
  }
  chosen.forEach((id, i) => {
    if (!round.candidateIds.includes(id)) {
      found.push(violation(`chosenIds[${i}]`, 'Đơn vị này không có trong danh sách ứng viên.', 'This unit is not a candidate.'));
    } else if (chosen.indexOf(id) < i) {
      found.push(violation(`chosenIds[${i}]`, 'Đơn vị này đã được ghi ở trên.', 'This unit is already given above.'));
    }
  });
  return found;
}

function declaredReason(form: DeclaredForm, passed: boolean): Reason {
  const how = FORMS[form];
  return passed
    ? { code: 'DECLARED', text: text(`Được chọn, ${how.vi}.`, `Chosen, ${how.en}.`) }
    : { code: 'DECLARED', text: text(`Không được chọn, ${how.vi}.`, `Not chosen, ${how.en}.`) };
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
    ? { code: 'APPROVED', text: text(`Được thông qua, ${how.vi}.`, `Approved, ${how.en}.`) }
    : { code: 'REJECTED', text: text(`Không được thông qua, ${how.vi}.`, `Rejected, ${how.en}.`) };
  return {
    subject,
    round: round.round,
    quorum,
    threshold: {
      base: rules.threshold.base,
      baseCount: 0,
      minimumVotes: 0,
      text: text(`Không kiểm phiếu: ${how.vi}.`, `Not counted: ${how.en}.`),
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
