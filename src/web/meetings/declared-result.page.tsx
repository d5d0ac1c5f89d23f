import type { Localized } from '../../platform/i18n/localize.js';
import type { VoteView } from '../../meetings/votes/vote.views.js';
import { DECLARED_FORMS } from '../../meetings/votes/vote-rule-set.js';
import type { FormState } from '../http/forms.js';
import { CheckboxGroup, Form, SubmitButton } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { RadioGroup } from '../nominations/ui.js';
import { DECLARED_FORM_LABELS, MEETING_PAGES as M } from './meetings.messages.js';
import { currentRound } from './vote.page.js';

export interface DeclaredResultProps {
  vote: Localized<VoteView>;
  /** The vote answers yes or no (chair handover, a question) rather than choosing units. */
  yesNo: boolean;
  form?: FormState;
}

/**
 * Kết quả không kiểm phiếu: how the open paper round was decided (nhất trí, đồng thuận, giơ tay) and what was
 * decided (the units chosen, or approved or not), with no count, since none was taken.
 */
export function DeclaredResultPage({ vote, yesNo, form }: DeclaredResultProps) {
  const { t } = usePage();
  const round = currentRound(vote);
  return (
    <Layout title={t(M.declaredResult)} breadcrumbs={[{ href: `/votes/${vote.id}`, label: vote.title }]}>
      <p>{t(M.declaredLead)}</p>
      <Form action={`/votes/${vote.id}/declared-result`} form={form}>
        <RadioGroup
          form={form}
          name="form"
          legend={M.declaredForm}
          choices={DECLARED_FORMS.map((declared) => ({ value: declared, label: t(DECLARED_FORM_LABELS[declared]) }))}
        />
        {yesNo ? (
          <RadioGroup
            form={form}
            name="approved"
            legend={
              vote.proposedOrganization
                ? `${t(M.proposed)}: ${vote.proposedOrganization.shortName}`
                : (vote.question ?? t(M.declaredApproved))
            }
            choices={[
              { value: 'true', label: t(M.approvedYes) },
              { value: 'false', label: t(M.approvedNo) },
            ]}
          />
        ) : (
          <CheckboxGroup
            form={form}
            name="chosenIds"
            legend={M.declaredChosen(round?.places ?? 0)}
            choices={(round?.candidates ?? []).map((unit) => ({ value: unit.id, label: unit.shortName }))}
          />
        )}
        <SubmitButton label={M.saveDeclared} />
      </Form>
    </Layout>
  );
}
