import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Localized } from '../../platform/i18n/localize.js';
import type { VoteView } from '../../meetings/votes/vote.views.js';
import { formState, type FormValues } from '../http/forms.js';
import { Form, SubmitButton, TextArea, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { MEETING_PAGES as M } from './meetings.messages.js';
import { currentRound } from './vote.page.js';

/** The form name of a candidate's count: by the unit's id, whatever order the committee types them in. */
export const candidateVotesName = (unitId: string) => `votes.${unitId}`;

export interface PaperTotalsProps {
  vote: Localized<VoteView>;
  values: FormValues;
  errors: FieldError[];
  formError?: LocalizedText;
  yesNo: boolean;
}

/** Biên bản kiểm phiếu: the counting committee's figures, each inconsistency shown next to its field. */
export function PaperTotalsPage({ vote, values, errors, formError, yesNo }: PaperTotalsProps) {
  const { t } = usePage();
  const form = formState(values, errors, formError);
  const round = currentRound(vote);
  return (
    <Layout title={t(M.paperTotals)} breadcrumbs={[{ href: `/votes/${vote.id}`, label: vote.title }]}>
      {round && (
        <p>
          {t(M.round(round.round))}: {t(M.attendanceCount(round.electorCount, round.memberCount, round.electorCount))}
        </p>
      )}
      <Form action={`/votes/${vote.id}/paper-totals`} form={form}>
        <TextArea
          form={form}
          name="countingCommittee"
          label={M.countingCommittee}
          value={vote.countingCommittee.join('\n')}
          rows={3}
          required
        />
        <div class="grid">
          <TextField form={form} name="ballotsIssued" label={M.ballotsIssued} type="number" required />
          <TextField form={form} name="ballotsCollected" label={M.ballotsCollected} type="number" required />
        </div>
        <div class="grid">
          <TextField form={form} name="ballotsValid" label={M.ballotsValid} type="number" required />
          <TextField form={form} name="ballotsInvalid" label={M.ballotsInvalid} type="number" required />
        </div>
        {yesNo ? (
          <fieldset>
            <legend>
              {vote.proposedOrganization ? `${t(M.proposed)}: ${vote.proposedOrganization.shortName}` : (vote.question ?? t(M.question))}
            </legend>
            <div class="grid">
              {(['yes', 'no', 'abstain'] as const).map((answer) => (
                <TextField form={form} name={`answers.${answer}`} label={M[answer]} type="number" required />
              ))}
            </div>
          </fieldset>
        ) : (
          <fieldset>
            <legend>{t(M.candidates)}</legend>
            {(round?.candidates ?? []).map((unit) => (
              <TextField form={form} name={candidateVotesName(unit.id)} label={M.votesFor(unit.shortName)} type="number" required />
            ))}
          </fieldset>
        )}
        <SubmitButton label={M.saveTotals} />
      </Form>
    </Layout>
  );
}
