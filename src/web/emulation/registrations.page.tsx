import type { RegistrationBoardView, RegistrationView } from '../../emulation/registrations/registration.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { fieldId, type FormState } from '../http/forms.js';
import { formatDate } from '../layout/format.js';
import { DateField, FieldNotes, Form, Hidden, SubmitButton, TextArea, TextField, valueOf } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';
import { formText } from '../web.messages.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { type ClusterYearRef, YearLayout } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

export interface RegistrationsPageProps {
  at: ClusterYearRef;
  board: RegistrationBoardView;
  manages: boolean;
  /** The signed-in user's own unit (may register for it). */
  ownUnitId: string | null;
  deadlineForm?: FormState;
}

/** The chair's view: every member's registration against the deadline, late and missing ones marked. */
export function RegistrationsPage({ at, board, manages, ownUnitId, deadlineForm }: RegistrationsPageProps) {
  const { t, locale } = usePage();
  const { clusterId, year } = at;
  return (
    <YearLayout at={at} title={`${t(M.registrations)} ${year}`}>
      <p class="lead">{t(M.registrationsLead)}</p>
      <dl class="facts stack-on-phone">
        <dt>{t(M.deadline)}</dt>
        <dd>{board.deadline ? formatDate(board.deadline, locale) : t(M.noDeadline)}</dd>
      </dl>
      <p>
        <strong>{t(M.registrationCounts(board.counts.on_time, board.counts.late, board.counts.missing, board.counts.pending))}</strong>
      </p>
      <div class="table-scroll">
        <table class="stacked">
          <thead>
            <tr>
              <th scope="col">{t(M.unit)}</th>
              <th scope="col">{t(M.status)}</th>
              <th scope="col">{t(M.submittedOn)}</th>
              <th scope="col">{t(M.titles)}</th>
              <th scope="col">
                <span class="visually-hidden">{t(M.open)}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {board.members.map((row) => {
              const mayAct = manages || row.unit.id === ownUnitId;
              return (
                <tr key={row.unit.id} class={`registration-${row.status}`}>
                  <th scope="row">{row.unit.shortName}</th>
                  <td data-label={t(M.status)}>
                    <mark class={`state state-${row.status}`}>{t(row.statusLabel)}</mark>
                  </td>
                  <td data-label={t(M.submittedOn)}>{row.registration ? formatDate(row.registration.submittedOn, locale) : '—'}</td>
                  <td data-label={t(M.titles)}>{row.registration ? row.registration.titles.join('; ') : '—'}</td>
                  <td>
                    {row.registration || mayAct ? (
                      <a href={R.registration(clusterId, year, row.unit.id)}>
                        {row.registration ? t(mayAct ? M.editRegistration : M.viewRegistration) : t(M.register)}
                        <span class="visually-hidden"> – {row.unit.shortName}</span>
                      </a>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {manages && (
        <section aria-labelledby="deadline-title">
          <h2 id="deadline-title">{t(M.setDeadline)}</h2>
          <Form action={R.registrationDeadline(clusterId, year)} form={deadlineForm} class="inline-fields">
            <DateField form={deadlineForm} name="deadline" label={M.deadline} hint={formText.dateHint} value={board.deadline} required />
            <SubmitButton label={M.setDeadline} />
          </Form>
        </section>
      )}
    </YearLayout>
  );
}

/** One row of the targets table: a content area and the unit's target in it. */
export interface TargetRow {
  key: string;
  contentArea: string;
  target: string;
  /** A content area of the year's movements: shown as text, not typed. */
  fixedArea: boolean;
}

export interface RegistrationPageProps {
  at: ClusterYearRef;
  unit: UnitView;
  registration: RegistrationView | null;
  deadline: string | null;
  rows: readonly TargetRow[];
  mayEdit: boolean;
  form?: FormState;
}

/** Bản đăng ký thi đua of one member: targets per content area, the titles aimed for, a note. */
export function RegistrationPage({ at, unit, registration, deadline, rows, mayEdit, form }: RegistrationPageProps) {
  const { t, locale } = usePage();
  const { clusterId, year } = at;
  const action = R.registration(clusterId, year, unit.id);
  return (
    <YearLayout at={at} title={t(M.registrationOf(unit.shortName, year))}>
      <dl class="facts stack-on-phone">
        <dt>{t(M.deadline)}</dt>
        <dd>{deadline ? formatDate(deadline, locale) : t(M.noDeadline)}</dd>
        <dt>{t(M.submittedOn)}</dt>
        <dd>
          {registration ? formatDate(registration.submittedOn, locale) : t(M.notYet)}
          {registration?.late && (
            <>
              {' '}
              <mark class="state state-late">{t(M.registeredLate)}</mark>
            </>
          )}
        </dd>
      </dl>
      {!mayEdit && registration && (
        <>
          <h2>{t(M.targets)}</h2>
          <dl class="facts stack-on-phone">
            {registration.targets.map((target) => (
              <>
                <dt>{target.contentArea}</dt>
                <dd>{target.target}</dd>
              </>
            ))}
          </dl>
          <h2>{t(M.titles)}</h2>
          <ul>
            {registration.titles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
          {registration.note && <p>{registration.note}</p>}
        </>
      )}
      {mayEdit && (
        <Form action={action} form={form}>
          {registration && <Hidden name="version" value={registration.version} />}
          <fieldset>
            <legend>{t(M.targets)}</legend>
            <small class="hint">{t(M.targetsHint)}</small>
            {rows.map((row) => (
              <TargetField key={row.key} row={row} form={form} />
            ))}
          </fieldset>
          <TextArea form={form} name="titles" label={M.titles} hint={M.titlesHint} value={registration?.titles.join('\n')} rows={3} />
          <TextArea form={form} name="note" label={M.note} value={registration?.note} rows={3} />
          <div class="actions">
            <SubmitButton label={M.register} />
            <a href={R.registrations(clusterId, year)}>{t(M.back)}</a>
          </div>
        </Form>
      )}
    </YearLayout>
  );
}

function TargetField({ row, form }: { row: TargetRow; form?: FormState }) {
  const { t } = usePage();
  const areaName = `contentArea.${row.key}`;
  const targetName = `target.${row.key}`;
  const id = fieldId(targetName);
  const errors = form?.errors.filter((e) => e.field === targetName || e.field === `row.${row.key}`) ?? [];
  return (
    <div class={errors.length > 0 ? 'field field-error target-row' : 'field target-row'}>
      {row.fixedArea ? (
        <>
          <Hidden name={areaName} value={row.contentArea} />
          <label for={id}>{row.contentArea}</label>
        </>
      ) : (
        <>
          <TextField form={form} name={areaName} label={M.otherContentArea} value={row.contentArea} />
          <label for={id}>{t(M.target)}</label>
        </>
      )}
      <FieldNotes id={id} errors={errors} />
      <textarea id={id} name={targetName} rows={2} aria-invalid={errors.length > 0 ? 'true' : undefined}>
        {valueOf(form, targetName, row.target)}
      </textarea>
    </div>
  );
}
