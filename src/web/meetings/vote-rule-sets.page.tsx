import type { VoteRuleSetView } from '../../meetings/votes/vote-rule-set.repository.js';
import {
  COMPARISON_PHRASES,
  COMPARISONS,
  DEFAULT_VOTE_RULE_SET,
  NO_CHOICE_FALLBACKS,
  THRESHOLD_BASE_PHRASES,
  THRESHOLD_BASES,
} from '../../meetings/votes/vote-rule-set.js';
import type { Page } from '../../platform/pagination/page.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { FormState } from '../http/forms.js';
import { formatDate } from '../layout/format.js';
import { DateField, Form, SelectField, SubmitButton, TextArea, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { PagedTable } from '../nominations/ui.js';
import { FALLBACK_LABELS, MEETING_PAGES as M } from './meetings.messages.js';

/** Quy tắc biểu quyết of the clusters' organizers, dated; staff add a new set when a regulation changes them. */
export function VoteRuleSetsPage({
  ruleSets,
  owners,
  staff,
}: {
  ruleSets: Page<VoteRuleSetView>;
  owners: readonly UnitView[];
  staff: boolean;
}) {
  const { t, locale } = usePage();
  const ownerName = (id: string) => owners.find((owner) => owner.id === id)?.shortName ?? id;
  return (
    <Layout title={t(M.ruleSets)}>
      <p>{t(M.ruleSetsLead)}</p>
      {staff && (
        <p>
          <a href="/vote-rule-sets/new" role="button">
            {t(M.newRuleSet)}
          </a>
        </p>
      )}
      <PagedTable
        page={ruleSets}
        empty={M.noRuleSets}
        columns={[M.ruleSetOwner, M.effectiveFrom, M.effectiveTo, M.quorumRule, M.thresholdRule, M.maxRounds, M.fallbackRule, M.basis]}
        row={({ ownerId, effectiveFrom, effectiveTo, rules, legalBasis }) => (
          <>
            <td>{ownerName(ownerId)}</td>
            <td>{formatDate(effectiveFrom, locale)}</td>
            <td>{effectiveTo ? formatDate(effectiveTo, locale) : t(M.untilNext)}</td>
            <td>
              {t(COMPARISON_PHRASES[rules.quorum.comparison])} {rules.quorum.numerator}/{rules.quorum.denominator}
            </td>
            <td>
              {t(COMPARISON_PHRASES[rules.threshold.comparison])} {rules.threshold.numerator}/{rules.threshold.denominator}{' '}
              {t(THRESHOLD_BASE_PHRASES[rules.threshold.base])}
            </td>
            <td>{rules.maxRounds}</td>
            <td>{t(FALLBACK_LABELS[rules.fallback])}</td>
            <td>{legalBasis ?? '—'}</td>
          </>
        )}
      />
    </Layout>
  );
}

/** A share as three fields (numerator, denominator, "more than" or "at least"), named as the API's body nests them. */
function ProportionFields({ form, name }: { form?: FormState; name: 'quorum' | 'threshold' }) {
  const { t } = usePage();
  const defaults = DEFAULT_VOTE_RULE_SET[name];
  return (
    <div class="grid">
      <SelectField
        form={form}
        name={`${name}.comparison`}
        label={M.comparison}
        value={defaults.comparison}
        choices={COMPARISONS.map((comparison) => ({ value: comparison, label: t(COMPARISON_PHRASES[comparison]) }))}
      />
      <TextField form={form} name={`${name}.numerator`} label={M.numerator} type="number" value={defaults.numerator} required />
      <TextField form={form} name={`${name}.denominator`} label={M.denominator} type="number" value={defaults.denominator} required />
    </div>
  );
}

/** The form starts from the defaults every vote applies today, so that staff change only what their regulation says. */
export function NewVoteRuleSetPage({ owners, form }: { owners: readonly UnitView[]; form?: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t(M.newRuleSet)} breadcrumbs={[{ href: '/vote-rule-sets', label: t(M.ruleSets) }]}>
      <Form action="/vote-rule-sets" form={form}>
        <SelectField
          form={form}
          name="ownerId"
          label={M.ruleSetOwner}
          value={owners.length === 1 ? owners[0].id : undefined}
          choices={owners.map((owner) => ({ value: owner.id, label: owner.fullName }))}
          required
        />
        <div class="grid">
          <DateField form={form} name="effectiveFrom" label={M.effectiveFrom} required />
          <DateField form={form} name="effectiveTo" label={M.effectiveTo} hint={M.effectiveToHint} />
        </div>
        <fieldset>
          <legend>{t(M.quorumRule)}</legend>
          <ProportionFields form={form} name="quorum" />
        </fieldset>
        <fieldset>
          <legend>{t(M.thresholdRule)}</legend>
          <ProportionFields form={form} name="threshold" />
          <SelectField
            form={form}
            name="threshold.base"
            label={M.thresholdBase}
            value={DEFAULT_VOTE_RULE_SET.threshold.base}
            choices={THRESHOLD_BASES.map((base) => ({ value: base, label: t(THRESHOLD_BASE_PHRASES[base]) }))}
          />
        </fieldset>
        <TextField form={form} name="maxRounds" label={M.maxRounds} type="number" value={DEFAULT_VOTE_RULE_SET.maxRounds} required />
        <SelectField
          form={form}
          name="fallback"
          label={M.fallbackRule}
          value={DEFAULT_VOTE_RULE_SET.fallback}
          choices={NO_CHOICE_FALLBACKS.map((fallback) => ({ value: fallback, label: t(FALLBACK_LABELS[fallback]) }))}
        />
        <TextField form={form} name="legalBasis" label={M.legalBasisOfRules} />
        <TextArea form={form} name="note" label={M.ruleSetNote} rows={2} />
        <SubmitButton label={M.newRuleSet} />
      </Form>
    </Layout>
  );
}
