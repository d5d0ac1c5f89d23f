import type { NominationView } from '../../nominations/nominations/nomination.dto.js';
import type { CouncilMemberView } from '../../nominations/reviews/council-member.dto.js';
import type { FormState } from '../http/forms.js';
import { formatDate } from '../layout/format.js';
import { DateField, Form, Hidden, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { attendanceField, choiceField } from './council-vote.form.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { nomineeName } from './nomination.parts.js';
import { RadioGroup } from './ui.js';

export interface CouncilVotePageProps {
  nomination: NominationView;
  heldOn: string;
  /** The council on `heldOn`: every member, present or not, counts toward the threshold. */
  roll: readonly CouncilMemberView[];
  form?: FormState;
}

/**
 * Phiên họp Hội đồng: the session's date picks the roll (a GET form, so that changing it needs no script);
 * then each member's attendance and vote as the minutes record them.
 */
export function CouncilVotePage({ nomination: n, heldOn, roll, form }: CouncilVotePageProps) {
  const { t, locale } = usePage();
  const attendances = [
    { value: 'present', label: t(M.present) },
    { value: 'written_opinion', label: t(M.writtenOpinion) },
    { value: 'absent', label: t(M.absent) },
  ];
  const choices = [
    { value: 'for', label: t(M.choiceFor) },
    { value: 'against', label: t(M.choiceAgainst) },
    { value: 'abstain', label: t(M.choiceAbstain) },
  ];
  return (
    <Layout title={t(M.enterCouncilVote)} breadcrumbs={[{ href: `/nominations/${n.id}`, label: nomineeName(n) }]}>
      <p class="subtitle">
        {nomineeName(n)} · {t(n.awardType.name)} · {n.year}
      </p>
      <Form method="get" action={`/nominations/${n.id}/council-vote`} class="inline-form">
        <DateField name="heldOn" label={M.heldOn} value={heldOn} />
        <SubmitButton label={M.showRoll} secondary />
      </Form>
      {roll.length === 0 ? (
        <p class="empty-state">
          {t(M.noCouncil(formatDate(heldOn, locale)))} <a href="/council-members">{t(M.manageCouncil)}</a>
        </p>
      ) : (
        <Form action={`/nominations/${n.id}/council-vote`} form={form}>
          <Hidden name="heldOn" value={heldOn} />
          <TextField form={form} name="minutesReference" label={M.minutesReference} />
          <div class="table-scroll">
            <table class="council-roll">
              <caption>
                {t(M.totalMembers)}: {roll.length} · {t(M.heldOn)} {formatDate(heldOn, locale)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t(M.member)}</th>
                  <th scope="col">{t(M.attendance)}</th>
                  <th scope="col">{t(M.choice)}</th>
                </tr>
              </thead>
              <tbody>
                {roll.map((member) => (
                  <tr key={member.id}>
                    <th scope="row">
                      {member.fullName}
                      <br />
                      <small>{member.position}</small>
                    </th>
                    <td>
                      <RadioGroup
                        form={form}
                        name={attendanceField(member.id)}
                        legend={`${t(M.attendance)}: ${member.fullName}`}
                        hiddenLegend
                        choices={attendances}
                      />
                    </td>
                    <td>
                      <RadioGroup
                        form={form}
                        name={choiceField(member.id)}
                        legend={`${t(M.choice)}: ${member.fullName}`}
                        hiddenLegend
                        choices={choices}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <SubmitButton label={M.recordVote} />
        </Form>
      )}
    </Layout>
  );
}
