import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';

/**
 * Lập đề nghị, one question per page: the award and year, then who is nominated, then the achievements.
 * The answers of the earlier steps travel as hidden fields, so the form needs no session state and no script.
 */
export const WIZARD_STEPS = [
  ['awardTypeId', 'year'],
  ['nomineeKind', 'nomineeOrganizationId', 'fullName', 'gender', 'birthYear', 'position'],
  ['achievementsSummary'],
] as const;

export type WizardField = (typeof WIZARD_STEPS)[number][number];
export type WizardAnswers = Partial<Record<WizardField, string>>;
export const WIZARD_FIELDS: readonly WizardField[] = WIZARD_STEPS.flat();

/** The steps are numbered from 1; anything else is the first. */
export function stepOf(value: unknown): 1 | 2 | 3 {
  return value === '2' ? 2 : value === '3' ? 3 : 1;
}

/** The answers the form carries, trimmed; unknown fields are dropped. */
export function answersOf(fields: Record<string, unknown>): WizardAnswers {
  return Object.fromEntries(
    WIZARD_FIELDS.flatMap((field) => {
      const value = fields[field];
      return typeof value === 'string' && value.trim() !== '' ? [[field, value.trim()]] : [];
    }),
  );
}

const asNumber = (value: string | undefined) => (value === undefined || !/^\d+$/.test(value) ? value : Number(value));

/**
 * The API's CreateNominationBody from the answers, so that the same validation and the same service judge
 * it; the proposing unit and its cluster come from the signed-in officer.
 */
export function nominationBodyOf(
  answers: WizardAnswers,
  unit: { proposingOrganizationId: string; clusterId: string },
): Record<string, unknown> {
  const individual = answers.nomineeKind === 'individual';
  return {
    awardTypeId: answers.awardTypeId,
    year: asNumber(answers.year),
    nominee: {
      organizationId: answers.nomineeOrganizationId,
      person: individual
        ? {
            fullName: answers.fullName,
            gender: answers.gender,
            birthYear: asNumber(answers.birthYear),
            position: answers.position ?? null,
          }
        : null,
    },
    proposingOrganizationId: unit.proposingOrganizationId,
    clusterId: unit.clusterId,
    achievementsSummary: answers.achievementsSummary ?? null,
  };
}

/** The body's field paths as the form names them. */
const FORM_FIELD: Readonly<Record<string, WizardField>> = {
  awardTypeId: 'awardTypeId',
  year: 'year',
  clusterId: 'year',
  nominee: 'nomineeKind',
  'nominee.organizationId': 'nomineeOrganizationId',
  'nominee.person': 'fullName',
  'nominee.person.fullName': 'fullName',
  'nominee.person.gender': 'gender',
  'nominee.person.birthYear': 'birthYear',
  'nominee.person.position': 'position',
  achievementsSummary: 'achievementsSummary',
};

/** The errors as the form's fields, each with the step that asks for it; errors of other fields stay on the last step. */
export function formErrors(errors: readonly FieldError[]): { field: WizardField; step: 1 | 2 | 3; message: FieldError['message'] }[] {
  return errors.map(({ field, message }) => {
    const formField = FORM_FIELD[field] ?? 'achievementsSummary';
    const step = (WIZARD_STEPS.findIndex((fields) => (fields as readonly string[]).includes(formField)) + 1) as 1 | 2 | 3;
    return { field: formField, step, message };
  });
}

/** A nominee kind is required on step 2. */
export function kindMissing(answers: WizardAnswers): boolean {
  return answers.nomineeKind !== 'collective' && answers.nomineeKind !== 'individual';
}

/** What to say of a question left unanswered, in the words of the page rather than of the API. */
const UNANSWERED: Partial<Record<WizardField, LocalizedText>> = {
  awardTypeId: M.awardTypeMissing,
  year: M.yearMissing,
  nomineeOrganizationId: M.nomineeUnitMissing,
  fullName: M.fullNameMissing,
  gender: M.genderMissing,
  birthYear: M.birthYearMissing,
};

type StepError = ReturnType<typeof formErrors>[number];

/**
 * One message per field: "Chọn giới tính." for a question left unanswered, else the first thing the
 * validation says of what was typed.
 */
export function plainErrors(errors: readonly StepError[], answers: WizardAnswers): StepError[] {
  const seen = new Set<WizardField>();
  return errors.flatMap((error) => {
    if (seen.has(error.field)) return [];
    seen.add(error.field);
    const unanswered = answers[error.field] === undefined ? UNANSWERED[error.field] : undefined;
    return [unanswered ? { ...error, message: unanswered } : error];
  });
}
