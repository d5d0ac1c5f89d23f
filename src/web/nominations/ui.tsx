import type { ComponentChildren } from 'preact';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Page } from '../../platform/pagination/page.js';
import type { AwardTypeView } from '../../nominations/award-types/award-type.dto.js';
import { fieldId, type FormState } from '../http/forms.js';
import { FieldNotes, SelectField, valueOf } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';
import { Pagination } from '../layout/pagination.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';

/** A titled part of a page, labelled by its heading. */
export function Section({ title, children, id }: { title: string; children: ComponentChildren; id: string }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * One choice among a few, as radios under a legend, with its hint and error (the group has the
 * field's id, so the error summary's link lands on it).
 */
export function RadioGroup(props: {
  form?: FormState;
  name: string;
  legend: LocalizedText | string;
  hint?: LocalizedText;
  choices: readonly { value: string; label: string }[];
  value?: string | null;
  /** The legend visible only to screen readers (a table row already names it). */
  hiddenLegend?: boolean;
  inline?: boolean;
}) {
  const { t } = usePage();
  const { form, name, legend, hint, choices, value, hiddenLegend, inline } = props;
  const id = fieldId(name);
  const errors = form?.errors.filter((e) => e.field === name) ?? [];
  const selected = valueOf(form, name, value);
  const describedBy = [hint && `${id}-hint`, errors.length > 0 && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      class={['field', errors.length > 0 && 'field-error', inline && 'inline-choices'].filter(Boolean).join(' ')}
      aria-describedby={describedBy}
    >
      <legend class={hiddenLegend ? 'visually-hidden' : undefined}>{typeof legend === 'string' ? legend : t(legend)}</legend>
      <FieldNotes id={id} hint={hint} errors={errors} />
      {choices.map((choice) => (
        <label key={choice.value}>
          <input type="radio" name={name} value={choice.value} checked={choice.value === selected} /> {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/** The year filter of a list: any year, or one of `years`. */
export function YearFilter({ years, value, label = M.year }: { years: readonly number[]; value?: number; label?: LocalizedText }) {
  return (
    <SelectField
      name="year"
      label={label}
      placeholder={M.anyYear}
      value={value?.toString()}
      choices={years.map((y) => ({ value: String(y), label: String(y) }))}
    />
  );
}

/** The award filter of a list: any award, or one of the catalog's. */
export function AwardTypeFilter({ awardTypes, value }: { awardTypes: readonly AwardTypeView[]; value?: string }) {
  const { t } = usePage();
  return (
    <SelectField
      name="awardTypeId"
      label={M.awardType}
      placeholder={M.anyAwardType}
      value={value}
      choices={awardTypes.map((a) => ({ value: a.id, label: t(a.name) }))}
    />
  );
}

/** A page of a list as a table with its paging, or what to say when it is empty. */
export function PagedTable<T extends { id: string }>(props: {
  page: Page<T>;
  empty: LocalizedText;
  columns: readonly LocalizedText[];
  row: (item: T) => ComponentChildren;
}) {
  const { t } = usePage();
  const { page, empty, columns, row } = props;
  if (page.items.length === 0) return <p class="empty-state">{t(empty)}</p>;
  return (
    <>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.vi} scope="col">
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.items.map((item) => (
              <tr key={item.id}>{row(item)}</tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} />
    </>
  );
}
