import type { CouncilMemberView } from '../../nominations/reviews/council-member.dto.js';
import type { Page } from '../../platform/pagination/page.js';
import type { FormState } from '../http/forms.js';
import { formatDate } from '../layout/format.js';
import { DateField, Form, Hidden, SubmitButton, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { PagedTable } from './ui.js';

export interface CouncilMemberFilters {
  q?: string | null;
  on?: string;
}

/** Hội đồng Thi đua – Khen thưởng: its dated seats, and the way to add one or end one (staff). */
export function CouncilMembersPage({ members, filters }: { members: Page<CouncilMemberView>; filters: CouncilMemberFilters }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t(M.council)} breadcrumbs={[{ href: '/reviews', label: t(M.reviewQueue) }]}>
      <p>{t(M.councilLead)}</p>
      <p>
        <a href="/council-members/new" role="button">
          {t(M.addCouncilMember)}
        </a>
      </p>
      <Form method="get" action="/council-members" class="filters">
        <div class="grid">
          <TextField name="q" label={M.searchMember} value={filters.q} />
          <DateField name="on" label={M.sittingOn} value={filters.on} />
        </div>
        <SubmitButton label={M.filter} secondary />
      </Form>
      <PagedTable
        page={members}
        empty={M.noCouncilMembers}
        columns={[M.member, M.councilPosition, M.memberFrom, M.memberTo, M.action]}
        row={(member) => (
          <>
            <th scope="row">{member.fullName}</th>
            <td>{member.position}</td>
            <td>{formatDate(member.memberFrom, locale)}</td>
            <td>{member.memberTo ? formatDate(member.memberTo, locale) : t(M.sitting)}</td>
            <td>
              {member.memberTo === null && (
                <a href={`/council-members/${member.id}/end`} aria-label={t(M.endMembershipOf(member.fullName))}>
                  {t(M.endMembership)}
                </a>
              )}
            </td>
          </>
        )}
      />
    </Layout>
  );
}

export function NewCouncilMemberPage({ form }: { form?: FormState }) {
  const { t } = usePage();
  return (
    <Layout title={t(M.addCouncilMember)} breadcrumbs={[{ href: '/council-members', label: t(M.council) }]}>
      <Form action="/council-members" form={form}>
        <TextField form={form} name="fullName" label={M.fullNameRequired} required />
        <TextField form={form} name="position" label={M.councilPosition} hint={M.councilPositionHint} required />
        <DateField form={form} name="memberFrom" label={M.memberFrom} required />
        <DateField form={form} name="memberTo" label={M.memberTo} hint={M.memberToHint} />
        <SubmitButton label={M.save} />
      </Form>
    </Layout>
  );
}

/** One thing on the page: the last day of one member's seat. */
export function EndCouncilMembershipPage({ member, form }: { member: CouncilMemberView; form?: FormState }) {
  const { t, locale } = usePage();
  return (
    <Layout title={t(M.endMembershipOf(member.fullName))} breadcrumbs={[{ href: '/council-members', label: t(M.council) }]}>
      <p class="subtitle">
        {member.position} · {t(M.memberFrom)} {formatDate(member.memberFrom, locale)}
      </p>
      <Form action={`/council-members/${member.id}/end`} form={form}>
        <Hidden name="version" value={member.version} />
        <DateField form={form} name="memberTo" label={M.lastDay} hint={M.lastDayHint} required />
        <SubmitButton label={M.endMembership} />
      </Form>
    </Layout>
  );
}
