import type { PactView } from '../../emulation/pacts/pact.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { FormState } from '../http/forms.js';
import { formatDate, formatDateTime } from '../layout/format.js';
import { DateField, Form, Hidden, SelectField, SubmitButton, TextArea, TextField } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';
import { formText } from '../web.messages.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { ActionLink, type ClusterYearRef, YearLayout } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

export interface PactPageProps {
  at: ClusterYearRef;
  pact: PactView | null;
  manages: boolean;
  /** The members whose signature the user may record (all for the secretariat, its own unit for a member). */
  signers: readonly UnitView[];
  /** The unit the signature form is for (from `?organizationId=`), else the first unsigned one. */
  signFor?: string;
  signForm?: FormState;
}

/** Giao ước thi đua: its content and each member's signature, with the form to record one. */
export function PactPage({ at, pact, manages, signers, signFor, signForm }: PactPageProps) {
  const { t, locale } = usePage();
  const { clusterId, year } = at;
  if (!pact) {
    return (
      <YearLayout at={at} title={t(M.pactTitle(year))}>
        <p class="empty-state">{t(M.noPact(year))}</p>
        {manages && <ActionLink href={R.pactEdit(clusterId, year)}>{t(M.createPact)}</ActionLink>}
      </YearLayout>
    );
  }
  const unsigned = pact.members.filter((member) => !member.signature).map((member) => member.unit.id);
  const chosen = signFor ?? signers.find((unit) => unsigned.includes(unit.id))?.id ?? signers[0]?.id;
  return (
    <YearLayout at={at} title={pact.title}>
      <dl class="facts stack-on-phone">
        <dt>{t(M.signedOn)}</dt>
        <dd>{pact.signedOn ? formatDate(pact.signedOn, locale) : t(M.notYet)}</dd>
        <dt>{t(M.signingMeeting)}</dt>
        <dd>
          {pact.signingMeeting ? (
            <a href={`/meetings/${pact.signingMeeting.id}`}>
              {pact.signingMeeting.title} ({formatDateTime(pact.signingMeeting.startsAt, locale)})
            </a>
          ) : (
            t(M.notYet)
          )}
        </dd>
      </dl>
      <details>
        <summary>{t(M.pactContent)}</summary>
        <div class="pact-content">
          {pact.content.split(/\r?\n/).map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </div>
      </details>
      {manages && (
        <p>
          <ActionLink href={R.pactEdit(clusterId, year)} secondary>
            {t(M.editPact)}
          </ActionLink>
        </p>
      )}

      <section aria-labelledby="signatures-title" id="signatures">
        <h2 id="signatures-title">{t(M.signatures)}</h2>
        <p>
          <strong>{t(M.signedCount(pact.signedCount, pact.memberCount))}</strong>
        </p>
        <div class="table-scroll">
          <table class="stacked">
            <thead>
              <tr>
                <th scope="col">{t(M.unit)}</th>
                <th scope="col">{t(M.status)}</th>
                <th scope="col">{t(M.signatory)}</th>
                <th scope="col">{t(M.signedOn)}</th>
              </tr>
            </thead>
            <tbody>
              {pact.members.map((member) => (
                <tr key={member.unit.id}>
                  <th scope="row">{member.unit.shortName}</th>
                  <td data-label={t(M.status)}>
                    <mark class={`state state-${member.status}`}>{t(member.statusLabel)}</mark>
                  </td>
                  <td data-label={t(M.signatory)}>
                    {member.signature ? (
                      <>
                        {member.signature.signatoryName}
                        <br />
                        <small>{member.signature.signatoryTitle}</small>
                      </>
                    ) : signers.some((unit) => unit.id === member.unit.id) ? (
                      <a href={`${R.pact(clusterId, year)}?organizationId=${member.unit.id}#sign`}>{t(M.recordSignature)}</a>
                    ) : (
                      '—'
                    )}
                  </td>
                  <td data-label={t(M.signedOn)}>
                    {member.signature ? formatDate(member.signature.signedOn, locale) : '—'}
                    {member.signature?.signedLater && <small> ({t(M.signedLater)})</small>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {signers.length > 0 && (
        <section aria-labelledby="sign-title" id="sign">
          <h2 id="sign-title">{t(M.recordSignature)}</h2>
          <Form action={R.pactSign(clusterId, year)} form={signForm}>
            <SelectField
              form={signForm}
              name="organizationId"
              label={M.unit}
              value={chosen}
              choices={signers.map((unit) => ({ value: unit.id, label: unit.shortName }))}
              required
            />
            <TextField form={signForm} name="signatoryName" label={M.signatoryName} required />
            <TextField form={signForm} name="signatoryTitle" label={M.signatoryTitle} required />
            <DateField form={signForm} name="signedOn" label={M.signedOn} hint={formText.dateHint} value={pact.signedOn} required />
            <SubmitButton label={M.recordSignature} />
          </Form>
        </section>
      )}
    </YearLayout>
  );
}

export interface PactFormPageProps {
  at: ClusterYearRef;
  pact: PactView | null;
  meetings: readonly { id: string; title: string }[];
  form?: FormState;
}

/** Lập or sửa the pact (the secretariat). */
export function PactFormPage({ at, pact, meetings, form }: PactFormPageProps) {
  const { t } = usePage();
  const { clusterId, year } = at;
  return (
    <YearLayout at={at} title={t(pact ? M.editPact : M.createPact)}>
      <Form action={R.pactEdit(clusterId, year)} form={form}>
        {pact && <Hidden name="version" value={pact.version} />}
        <TextField form={form} name="title" label={M.pactName} value={pact?.title ?? t(M.pactTitle(year))} required />
        <TextArea form={form} name="content" label={M.pactContent} value={pact?.content} rows={12} required />
        <SelectField
          form={form}
          name="signingMeetingId"
          label={M.signingMeeting}
          value={pact?.signingMeeting?.id}
          placeholder={M.noSigningMeeting}
          choices={meetings.map((meeting) => ({ value: meeting.id, label: meeting.title }))}
        />
        <DateField form={form} name="signedOn" label={M.signedOn} hint={formText.dateHint} value={pact?.signedOn} />
        <div class="actions">
          <SubmitButton label={M.save} />
          <a href={R.pact(clusterId, year)}>{t(M.back)}</a>
        </div>
      </Form>
    </YearLayout>
  );
}
