import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { fieldId, formState } from '../http/forms.js';
import { DateField, Form, Hidden, SelectField, TextArea, TextField } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { attendanceName, type MeetingFormValues } from './meeting-form.js';
import { MEETING_KIND_LABELS, MEETING_PAGES as M } from './meetings.messages.js';
import { FieldMessage, FormActions, invalidAttributes, TableFieldset, UnitSelect } from './page-parts.js';

export interface MeetingFormProps {
  heading: LocalizedText;
  breadcrumbs: { href: string; label: string }[];
  action: string;
  submitLabel: LocalizedText;
  values: MeetingFormValues;
  members: readonly UnitView[];
  errors: FieldError[];
  formError?: LocalizedText;
  backHref: string;
  /** Hidden fields: the version read, the cluster and year of a new meeting. */
  hidden: Record<string, string>;
  /** The amendment form asks why. */
  reason?: string;
  lead?: LocalizedText;
  /** The kind is chosen once, when the meeting is recorded. */
  kindEditable: boolean;
}

type AttendancePart = 'present' | 'fullName' | 'position' | 'votes';

function AttendanceTable({ values, errors }: { values: MeetingFormValues; errors: readonly FieldError[] }) {
  const { t } = usePage();
  return (
    <TableFieldset name="attendance" legend={M.attendance} hint={M.attendanceHint} errors={errors}>
      <table class="attendance-table stacked">
        <thead>
          <tr>
            <th scope="col">{t(M.unit)}</th>
            <th scope="col">{t(M.present)}</th>
            <th scope="col">{t(M.votesForUnit)}</th>
            <th scope="col">{t(M.delegateName)}</th>
            <th scope="col">{t(M.position)}</th>
          </tr>
        </thead>
        <tbody>
          {values.attendance.map((row) => {
            const name = (part: AttendancePart) => attendanceName(row.unit.id, part);
            const box = (part: 'present' | 'votes', label: LocalizedText) => (
              <input
                type="checkbox"
                name={name(part)}
                id={fieldId(name(part))}
                value="on"
                checked={row[part]}
                aria-label={`${t(label)}: ${row.unit.shortName}`}
                {...invalidAttributes(errors, name(part))}
              />
            );
            const line = (part: 'fullName' | 'position', label: LocalizedText, maxLength: number) => (
              <input
                type="text"
                name={name(part)}
                id={fieldId(name(part))}
                value={row[part]}
                maxLength={maxLength}
                aria-label={`${t(label)}: ${row.unit.shortName}`}
                {...invalidAttributes(errors, name(part))}
              />
            );
            return (
              <tr key={row.unit.id}>
                <th scope="row">{row.unit.shortName}</th>
                <td data-label={t(M.present)}>{box('present', M.present)}</td>
                <td data-label={t(M.votesForUnit)}>{box('votes', M.votesForUnit)}</td>
                <td data-label={t(M.delegateName)}>{line('fullName', M.delegateName, 200)}</td>
                <td data-label={t(M.position)}>
                  {line('position', M.position, 300)}
                  {(['present', 'votes', 'fullName', 'position'] as const).map((part) => (
                    <FieldMessage errors={errors} name={name(part)} />
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableFieldset>
  );
}

/** The columns of each list the form shows as a table of lines, the first naming the agency or body. */
const LIST_COLUMNS = {
  guests: { agency: M.agency, fullName: M.fullName, position: M.position },
  speakers: { body: M.speakerBody, fullName: M.fullName, position: M.speakerPosition },
} as const;

/** Khách mời, người phát biểu: one line per agency or body, blank lines ignored. */
function LinesTable({ list, values, errors }: { list: 'guests' | 'speakers'; values: MeetingFormValues; errors: readonly FieldError[] }) {
  const { t } = usePage();
  const columns: Record<string, LocalizedText> = LIST_COLUMNS[list];
  const parts = Object.keys(columns);
  const rows: Record<string, string>[] = values[list].map((row) => ({ ...row }));
  const name = (row: number, part: string) => `${list}.${row}.${part}`;
  return (
    <TableFieldset
      name={list}
      legend={list === 'guests' ? M.guests : M.speakers}
      hint={list === 'guests' ? M.guestsHint : M.speakersHint}
      errors={errors}
    >
      <table class={`${list}-table stacked`}>
        <thead>
          <tr>
            {parts.map((part) => (
              <th scope="col">{t(columns[part])}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((line, row) => (
            <tr key={row}>
              {parts.map((part) => (
                <td data-label={`${t(columns[part])} (${row + 1})`}>
                  <input
                    type="text"
                    name={name(row, part)}
                    id={fieldId(name(row, part))}
                    value={line[part]}
                    maxLength={300}
                    aria-label={`${t(columns[part])} (${row + 1})`}
                    {...invalidAttributes(errors, name(row, part))}
                  />
                  <FieldMessage errors={errors} name={name(row, part)} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableFieldset>
  );
}

/** Ghi hội nghị: details, attendance of every member unit, guests, speakers, agenda and minutes in one form. */
export function MeetingFormPage(props: MeetingFormProps) {
  const { t } = usePage();
  const { values, errors, members } = props;
  const form = formState({}, errors, props.formError);
  const time = { type: 'time' };
  return (
    <Layout title={t(props.heading)} breadcrumbs={props.breadcrumbs}>
      {props.lead && <p>{t(props.lead)}</p>}
      <Form action={props.action} form={form} class="meeting-form">
        {Object.entries(props.hidden).map(([name, value]) => (
          <Hidden name={name} value={value} />
        ))}
        {props.kindEditable ? (
          <SelectField
            form={form}
            name="kind"
            label={M.kind}
            value={values.kind}
            choices={Object.entries(MEETING_KIND_LABELS).map(([kind, label]) => ({ value: kind, label: t(label) }))}
          />
        ) : (
          <p>
            {t(M.kind)}: <strong>{MEETING_KIND_LABELS[values.kind] ? t(MEETING_KIND_LABELS[values.kind]) : values.kind}</strong>
          </p>
        )}
        <TextField form={form} name="title" label={M.title} value={values.title} required />
        <div class="grid">
          <DateField form={form} name="date" label={M.date} value={values.date} required />
          <TextField form={form} name="startTime" label={M.startTime} value={values.startTime} inputAttributes={time} required />
          <TextField form={form} name="endTime" label={M.endTime} value={values.endTime} inputAttributes={time} />
        </div>
        <TextField form={form} name="place" label={M.place} value={values.place} required />
        <UnitSelect
          form={form}
          name="hostOrganizationId"
          label={M.host}
          value={values.hostOrganizationId}
          placeholder={M.noHost}
          units={members}
        />
        <div class="grid">
          <TextField form={form} name="presiding" label={M.presiding} value={values.presiding} />
          <TextField form={form} name="secretary" label={M.secretary} value={values.secretary} />
        </div>
        <AttendanceTable values={values} errors={errors} />
        <LinesTable list="guests" values={values} errors={errors} />
        <LinesTable list="speakers" values={values} errors={errors} />
        <TextArea form={form} name="agenda" label={M.agenda} value={values.agenda} rows={4} />
        <TextArea form={form} name="minutes" label={M.minutes} value={values.minutes} rows={6} />
        {props.reason !== undefined && <TextArea form={form} name="reason" label={M.reason} value={props.reason} rows={2} required />}
        <FormActions submit={props.submitLabel} back={props.backHref} />
      </Form>
    </Layout>
  );
}
