import type { FieldError } from '../../platform/errors/domain-error.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { fieldId, formState } from '../http/forms.js';
import { CheckboxGroup, Form, Hidden, TextArea, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { MEETING_PAGES as M, VOTE_METHOD_LABELS, VOTE_SUBJECT_LABELS } from './meetings.messages.js';
import { FieldMessage, FormActions, UnitSelect } from './page-parts.js';

export interface VoteSetupValues {
  subject: string;
  title: string;
  method: string;
  candidateIds: string[];
  quota: string;
  proposedOrganizationId: string;
  question: string;
  countingCommittee: string;
  /** Why a unit that does not lead the fixed emulation ranking is on a flag vote's ballot, by unit id. */
  candidateReasons: Record<string, string>;
}

/** The fixed emulation ranking of the meeting's year (issue 17): its leaders are the flag vote's default candidates. */
export interface RankingCandidates {
  leaders: readonly UnitView[];
  ranks: Readonly<Record<string, number>>;
}

export interface VoteSetupProps {
  meeting: { id: string; title: string; year: number };
  /** Null: choose what to vote on first. */
  values: VoteSetupValues | null;
  members: readonly UnitView[];
  errors: FieldError[];
  formError?: LocalizedText;
  /** Null while the year's ranking is not fixed. */
  ranking?: RankingCandidates | null;
}

const TAKES_CANDIDATES = new Set(['flag_proposal', 'vice_chair_election']);

/** What the form offers first for each subject of the year-end conference. */
export function defaultVoteSetup(
  subject: string,
  year: number,
  members: readonly UnitView[],
  ranking: RankingCandidates | null = null,
): VoteSetupValues {
  const titles: Record<string, string> = {
    flag_proposal: `Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm ${year}`,
    vice_chair_election: `Bầu Cụm phó năm ${year + 1}`,
    chair_handover: `Chuyển trao nhiệm vụ Cụm trưởng năm ${year + 1}`,
    question: '',
  };
  return {
    subject,
    title: titles[subject] ?? '',
    method: 'electronic',
    // A fixed ranking proposes its leaders by itself (none ticked); otherwise every member is a candidate.
    candidateIds: TAKES_CANDIDATES.has(subject) && !(subject === 'flag_proposal' && ranking) ? members.map((unit) => unit.id) : [],
    quota: '',
    proposedOrganizationId: '',
    question: '',
    countingCommittee: '',
    candidateReasons: {},
  };
}

function SubjectChoice({ meetingId }: { meetingId: string }) {
  const { t } = usePage();
  return (
    <nav aria-label={t(M.subject)}>
      <ul class="choice-list">
        {Object.entries(VOTE_SUBJECT_LABELS).map(([subject, label]) => (
          <li>
            <a href={`/meetings/${meetingId}/votes/new?subject=${subject}`} role="button" class="secondary">
              {t(label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Tạo cuộc biểu quyết: what is voted on, how, among whom; the rules it is counted by are shown before it opens. */
export function VoteSetupPage({ meeting, values, members, errors, formError, ranking }: VoteSetupProps) {
  const { t } = usePage();
  // The candidates ticked travel in the form's values: a checkbox group reads what was posted, or nothing.
  const form = formState({ candidateIds: values?.candidateIds ?? [] }, errors, formError);
  const crumbs = [{ href: `/meetings/${meeting.id}`, label: meeting.title }];
  const units = members.map((unit) => ({ value: unit.id, label: unit.shortName }));
  return (
    <Layout title={values ? t(VOTE_SUBJECT_LABELS[values.subject]) : t(M.setUpVote)} breadcrumbs={crumbs}>
      {!values ? (
        <SubjectChoice meetingId={meeting.id} />
      ) : (
        <Form action={`/meetings/${meeting.id}/votes`} form={form}>
          <Hidden name="subject" value={values.subject} />
          <TextField form={form} name="title" label={M.voteTitle} value={values.title} required />
          <fieldset id={fieldId('method')}>
            <legend>{t(M.method)}</legend>
            {Object.entries(VOTE_METHOD_LABELS).map(([method, label]) => (
              <label>
                <input type="radio" name="method" value={method} checked={values.method === method} /> {t(label)}
              </label>
            ))}
            <FieldMessage errors={errors} name="method" />
          </fieldset>
          {TAKES_CANDIDATES.has(values.subject) && (
            <>
              <CheckboxGroup form={form} name="candidateIds" legend={M.candidates} choices={units} checked={values.candidateIds} />
              <small class="hint">
                {values.subject === 'flag_proposal' && ranking
                  ? t(M.rankingCandidatesHint(ranking.leaders.map((unit) => unit.shortName).join(', ')))
                  : t(M.candidatesHint)}
              </small>
            </>
          )}
          {values.subject === 'flag_proposal' && ranking && (
            <fieldset id={fieldId('candidateReasons')}>
              <legend>{t(M.candidateReasons)}</legend>
              <FieldMessage errors={errors} name="candidateReasons" />
              {members
                .filter((unit) => !ranking.leaders.some((leader) => leader.id === unit.id))
                .map((unit) => (
                  <TextField
                    key={unit.id}
                    name={`candidateReasons.${unit.id}`}
                    label={M.candidateReason(unit.shortName, ranking.ranks[unit.id] ?? members.length)}
                    value={values.candidateReasons[unit.id] ?? ''}
                  />
                ))}
            </fieldset>
          )}
          {values.subject === 'flag_proposal' && (
            <TextField form={form} name="quota" label={M.quota} hint={M.quotaHint} value={values.quota} type="number" />
          )}
          {values.subject === 'chair_handover' && (
            <UnitSelect
              form={form}
              name="proposedOrganizationId"
              label={M.proposed}
              value={values.proposedOrganizationId}
              placeholder={M.proposedDefault}
              units={members}
            />
          )}
          {values.subject === 'question' && <TextArea form={form} name="question" label={M.question} value={values.question} rows={3} />}
          <TextArea form={form} name="countingCommittee" label={M.countingCommittee} value={values.countingCommittee} rows={3} />
          <FormActions submit={M.createVote} back={`/meetings/${meeting.id}`} />
        </Form>
      )}
    </Layout>
  );
}
