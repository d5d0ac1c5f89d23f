import type { Localized } from '../../platform/i18n/localize.js';
import type { ResolutionView } from '../../meetings/resolutions/resolution.views.js';
import type { VoteView } from '../../meetings/votes/vote.views.js';
import type { FormState } from '../http/forms.js';
import { CheckboxGroup, Form, SubmitButton, TextArea } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { MEETING_PAGES as M } from './meetings.messages.js';

export interface FallbackDecisionProps {
  vote: Localized<VoteView>;
  /** The vote's resolution, awaiting the decision: the places left open and the units that may take them. */
  fallback: NonNullable<Localized<ResolutionView>['fallback']>;
  form?: FormState;
}

/** Cụm trưởng và Cụm phó quyết định: the places the last round left open, decided and recorded as theirs. */
export function FallbackDecisionPage({ vote, fallback, form }: FallbackDecisionProps) {
  const { t } = usePage();
  return (
    <Layout title={t(M.fallbackDecision)} breadcrumbs={[{ href: `/votes/${vote.id}`, label: vote.title }]}>
      <p>{t(M.fallbackLead(fallback.places))}</p>
      <Form action={`/votes/${vote.id}/fallback-decision`} form={form}>
        <CheckboxGroup
          form={form}
          name="organizationIds"
          legend={M.fallbackUnits(fallback.places)}
          choices={fallback.candidates.map((unit) => ({ value: unit.id, label: unit.shortName }))}
        />
        <TextArea form={form} name="note" label={M.fallbackNote} rows={3} />
        <SubmitButton label={M.saveFallback} />
      </Form>
    </Layout>
  );
}
