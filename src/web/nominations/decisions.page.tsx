import { isStaff } from '../../access/policies/access.rules.js';
import { amountText } from '../../platform/numbers/ratio.js';
import type { Page } from '../../platform/pagination/page.js';
import type { AwardDecisionSummaryView, AwardDecisionView } from '../../nominations/decisions/decision.dto.js';
import type { NominationView } from '../../nominations/nominations/nomination.dto.js';
import type { FormState } from '../http/forms.js';
import { formatDate } from '../layout/format.js';
import { CheckboxGroup, DateField, Form, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { nomineeName } from './nomination.parts.js';
import { RegisterTable } from './register.page.js';
import { PagedTable } from './ui.js';

export function DecisionListPage({ decisions }: { decisions: Page<AwardDecisionSummaryView> }) {
  const { t, locale, user } = usePage();
  return (
    <Layout title={t(M.decisions)}>
      {/* Only VUSTA's staff issue decisions: a union's officer is not offered a form that would answer "not allowed". */}
      {user && isStaff(user.actor) && (
        <p>
          <a href="/award-decisions/new" role="button">
            {t(M.newDecision)}
          </a>
        </p>
      )}
      <PagedTable
        page={decisions}
        empty={M.noDecisions}
        columns={[M.decisionNumber, M.decidedOn, M.summary, M.recipients, M.totalCash]}
        row={(d) => (
          <>
            <td>
              <a href={`/award-decisions/${d.id}`}>{d.reference}</a>
            </td>
            <td>{formatDate(d.decidedOn, locale)}</td>
            <td>{d.summary}</td>
            <td>{d.recipientCount}</td>
            <td>{t(amountText(d.totalCashVnd))} đ</td>
          </>
        )}
      />
    </Layout>
  );
}

/** Quyết định khen thưởng: number, date, signer, and the approved nominations it awards. */
export function NewDecisionPage({ approved, form }: { approved: readonly NominationView[]; form?: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t(M.newDecision)} breadcrumbs={[{ href: '/award-decisions', label: t(M.decisions) }]}>
      <Form action="/award-decisions" form={form}>
        <TextField form={form} name="number" label={M.decisionNumber} hint={M.decisionNumberHint} required />
        <DateField form={form} name="decidedOn" label={M.decidedOn} required />
        <TextField form={form} name="signerName" label={M.signerName} required />
        <TextField form={form} name="signerPosition" label={M.signerPosition} required />
        <TextField form={form} name="summary" label={M.summary} hint={M.summaryHint} />
        {approved.length === 0 ? (
          <p class="empty-state">{t(M.noApproved)}</p>
        ) : (
          <CheckboxGroup
            form={form}
            name="nominationIds"
            legend={M.includedNominations}
            choices={approved.map((n) => ({
              value: n.id,
              label: `${nomineeName(n)} — ${t(n.awardType.name)} ${n.year}`,
            }))}
          />
        )}
        <SubmitButton label={M.issue} />
      </Form>
    </Layout>
  );
}

export function DecisionPage({ decision: d }: { decision: AwardDecisionView }) {
  const { t, locale } = usePage();
  return (
    <Layout title={`${t(M.decision)} ${d.reference}`} breadcrumbs={[{ href: '/award-decisions', label: t(M.decisions) }]}>
      <dl class="facts">
        <dt>{t(M.decidedOn)}</dt>
        <dd>{formatDate(d.decidedOn, locale)}</dd>
        <dt>{t(M.signerName)}</dt>
        <dd>
          {d.signer.name}, {d.signer.position}
        </dd>
        <dt>{t(M.summary)}</dt>
        <dd>{d.summary}</dd>
        <dt>{t(M.totalCash)}</dt>
        <dd>{t(amountText(d.totalCashVnd))} đ</dd>
      </dl>
      <p class="actions">
        <a href={`/api/v1/award-decisions/${d.id}/export?format=xlsx`} download>
          {t(M.downloadXlsx)}
        </a>{' '}
        <a href={`/api/v1/award-decisions/${d.id}/export?format=csv`} download>
          {t(M.downloadCsv)}
        </a>
      </p>
      <h2>{t(M.recipients)}</h2>
      <RegisterTable
        entries={{ items: d.recipients, total: d.recipients.length, page: 1, pageSize: Math.max(1, d.recipients.length) }}
        empty={M.noEntries}
      />
    </Layout>
  );
}
