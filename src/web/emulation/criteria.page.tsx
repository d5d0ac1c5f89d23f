import type { CriteriaTreeView, CriterionView } from '../../emulation/criteria/criterion.dto.js';
import { CRITERION_NATURES, NATURE_LABELS } from '../../emulation/criteria/criteria.rules.js';
import type { ImportReport } from '../../emulation/emulation.dto.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { CSRF_FIELD } from '../../platform/security/csrf.js';
import { fieldId, type FormState } from '../http/forms.js';
import { ErrorSummary, FieldNotes, Form, SubmitButton, valueOf } from '../layout/forms.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { FileField, ActionLink, type ClusterYearRef, pointsText, pointsValue, YearLayout } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

/** Every node of the tree, parents first, as one list. */
export function flatten(groups: readonly CriterionView[]): CriterionView[] {
  return groups.flatMap((node) => [node, ...flatten(node.children)]);
}

export interface CriteriaPageProps {
  at: ClusterYearRef;
  tree: CriteriaTreeView;
  manages: boolean;
  /** The report of the import just made. */
  report?: ImportReport;
  importForm?: FormState;
  copyForm?: FormState;
}

/** Bảng tiêu chí of the cluster-year: the tree, and while scoring has not started, its edit, copy and import. */
export function CriteriaPage({ at, tree, manages, report, importForm, copyForm }: CriteriaPageProps) {
  const { t } = usePage();
  const { clusterId, year } = at;
  const editable = manages && !tree.locked;
  return (
    <YearLayout at={at} title={`${t(M.criteria)} ${year}`}>
      <p class="lead">{t(M.criteriaLead)}</p>
      {tree.locked && <p class="flash flash-info">{t(M.criteriaLocked)}</p>}
      {report && <ImportReportTable report={report} />}
      <CriteriaTree tree={tree} empty={M.noCriteria} />
      {editable && (
        <section aria-labelledby="change-title">
          <h2 id="change-title">{t(M.editCriteria)}</h2>
          <div class="actions">
            <ActionLink href={R.criteriaEdit(clusterId, year)}>{t(M.editCriteria)}</ActionLink>
            <Form action={R.criteriaCopy(clusterId, year)} form={copyForm} class="inline-form">
              <SubmitButton label={M.copyTemplate} secondary />
            </Form>
          </div>
          <ImportForm action={R.criteriaImport(clusterId, year)} form={importForm} />
        </section>
      )}
    </YearLayout>
  );
}

/** A criteria tree with its totals, or what to say when it has no item. */
export function CriteriaTree({ tree, empty }: { tree: CriteriaTreeView; empty: LocalizedText }) {
  const { t, locale } = usePage();
  if (tree.groups.length === 0) return <p class="empty-state">{t(empty)}</p>;
  return (
    <>
      <p>
        <strong>
          {t(M.treeTotals(pointsText(tree.maxPoints, locale), pointsText(tree.maxBonus, locale), pointsText(tree.maxPenalty, locale)))}
        </strong>
      </p>
      <CriteriaTable nodes={flatten(tree.groups)} />
    </>
  );
}

function CriteriaTable({ nodes }: { nodes: readonly CriterionView[] }) {
  const { t, locale } = usePage();
  return (
    <div class="table-scroll">
      <table class="criteria-tree">
        <thead>
          <tr>
            <th scope="col">{t(M.code)}</th>
            <th scope="col">{t(M.criterion)}</th>
            <th scope="col">{t(M.nature)}</th>
            <th scope="col" class="number">
              {t(M.maxPoints)}
            </th>
            <th scope="col">{t(M.evidenceNote)}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((node) => (
            <tr key={node.id} class={`level-${node.level}`}>
              <td>{node.code}</td>
              <td>{node.title}</td>
              <td>{t(node.natureLabel)}</td>
              <td class="number">{pointsText(node.maxPoints, locale)}</td>
              <td>{node.evidenceRequired ? (node.evidenceNote ?? t(M.evidenceRequired)) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An XLSX file sent as a plain multipart POST (the CSRF token in the address: the body is read after the check). */
export function ImportForm({
  action,
  form,
  label = M.importCriteria,
  hint = M.importHint,
}: {
  action: string;
  form?: FormState;
  label?: LocalizedText;
  hint?: LocalizedText;
}) {
  const { t, csrfToken } = usePage();
  const errors = form?.errors ?? [];
  return (
    <form
      method="post"
      action={`${action}?${CSRF_FIELD}=${encodeURIComponent(csrfToken)}`}
      enctype="multipart/form-data"
      class="import-form"
    >
      <h3>{t(label)}</h3>
      {form && <ErrorSummary form={form} />}
      <FileField label={M.chooseXlsx} hint={hint} errors={errors} accept=".xlsx" />
      <button type="submit">{t(M.import)}</button>
    </form>
  );
}

/** What an import did, row by row: accepted, or refused with the reasons. */
export function ImportReportTable({ report }: { report: ImportReport }) {
  const { t } = usePage();
  return (
    <section aria-labelledby="import-report-title" id="import-report" class="import-report">
      <h2 id="import-report-title">{t(M.importReport)}</h2>
      <p role="status">
        <strong>{t(M.importSummary(report.accepted, report.refused))}</strong>
      </p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t(M.row)}</th>
              <th scope="col">{t(M.code)}</th>
              <th scope="col">{t(M.status)}</th>
              <th scope="col">{t(M.reasons)}</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.row} class={`import-${row.status}`}>
                <td>{row.row}</td>
                <td>{row.code ?? '—'}</td>
                <td>
                  <mark class={`state state-${row.status}`}>{t(row.status === 'accepted' ? M.accepted : M.refused)}</mark>
                </td>
                <td>{row.reasons.map((reason) => t(reason)).join(' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One row of the edit form, keyed so that its errors find it again. */
export interface CriterionRow {
  key: string;
  code: string;
  title: string;
  nature: string;
  maxPoints: number | null;
  evidenceRequired: boolean;
  evidenceNote: string;
}

export interface CriteriaFormPageProps {
  at: ClusterYearRef;
  rows: readonly CriterionRow[];
  form?: FormState;
}

/** The whole tree as one form, a row per item (parents first), with empty rows to add items. */
export function CriteriaFormPage({ at, rows, form }: CriteriaFormPageProps) {
  const { t } = usePage();
  const { clusterId, year } = at;
  return (
    <YearLayout at={at} title={t(M.editCriteria)}>
      <p class="lead">{t(M.editCriteriaLead)}</p>
      <CriteriaForm action={R.criteriaEdit(clusterId, year)} back={R.criteria(clusterId, year)} rows={rows} form={form} />
    </YearLayout>
  );
}

export interface TemplatePageProps {
  year: number;
  tree: CriteriaTreeView;
  /** Years to switch to. */
  years: readonly number[];
}

/** Bảng tiêu chí mẫu of a year (national staff): the tree, a link to its edit, the other years. */
export function CriteriaTemplatePage({ year, tree, years }: TemplatePageProps) {
  const { t } = usePage();
  return (
    <Layout title={t(M.criteriaTemplate(year))} breadcrumbs={[{ href: R.movements, label: t(M.movements) }]}>
      <p class="lead">{t(M.templateLead)}</p>
      <CriteriaTree tree={tree} empty={M.noTemplate} />
      <p class="actions">
        <ActionLink href={R.criteriaTemplateEdit(year)}>{t(M.editTemplate)}</ActionLink>
      </p>
      <nav aria-label={t(M.otherYears)}>
        <ul class="inline-list">
          {years.map((other) => (
            <li key={other}>
              <a href={R.criteriaTemplate(other)} aria-current={other === year ? 'page' : undefined}>
                {other}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </Layout>
  );
}

/** The template's edit form: the same form as a cluster-year's tree. */
export function CriteriaTemplateFormPage({ year, rows, form }: { year: number; rows: readonly CriterionRow[]; form?: FormState }) {
  const { t } = usePage();
  const template = { href: R.criteriaTemplate(year), label: t(M.criteriaTemplate(year)) };
  return (
    <Layout title={t(M.editTemplate)} breadcrumbs={[{ href: R.movements, label: t(M.movements) }, template]}>
      <p class="lead">{t(M.editCriteriaLead)}</p>
      <CriteriaForm action={R.criteriaTemplateEdit(year)} back={R.criteriaTemplate(year)} rows={rows} form={form} />
    </Layout>
  );
}

/** The edit form of a criteria tree (a cluster-year's, or the owner's template): a row per item, parents first. */
export function CriteriaForm({
  action,
  back,
  rows,
  form,
}: {
  action: string;
  back: string;
  rows: readonly CriterionRow[];
  form?: FormState;
}) {
  const { t } = usePage();
  return (
    <Form action={action} form={form} fieldLabel={(field) => criterionFieldLabel(field, rows, form, t)}>
      <div class="table-scroll">
        <table class="criteria-form stacked">
          <thead>
            <tr>
              <th scope="col">{t(M.code)}</th>
              <th scope="col">{t(M.criterion)}</th>
              <th scope="col">{t(M.nature)}</th>
              <th scope="col">{t(M.maxPoints)}</th>
              <th scope="col">{t(M.evidenceRequired)}</th>
              <th scope="col">{t(M.evidenceNote)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <CriterionFormRow key={row.key} row={row} number={index + 1} form={form} />
            ))}
          </tbody>
        </table>
      </div>
      <div class="actions">
        <SubmitButton label={M.save} />
        <a href={back}>{t(M.back)}</a>
      </div>
    </Form>
  );
}

const COLUMNS: Readonly<Record<string, LocalizedText>> = {
  code: M.code,
  title: M.criterionTitle,
  nature: M.nature,
  maxPoints: M.maxPoints,
  evidenceRequired: M.evidenceRequired,
  evidenceNote: M.evidenceNote,
};

/** Where a field of the criteria form is: "Tiêu chí 2.1 – Điểm tối đa" (the code as typed), or "Dòng 7 – Mã" without one. */
export function criterionFieldLabel(
  field: string,
  rows: readonly CriterionRow[],
  form: FormState | undefined,
  t: (text: LocalizedText) => string,
): string | undefined {
  const dot = field.indexOf('.');
  const column = COLUMNS[field.slice(0, dot)];
  const index = rows.findIndex((row) => row.key === field.slice(dot + 1));
  const row = rows[index];
  if (dot < 0 || !column || !row) return undefined;
  const code = valueOf(form, `code.${row.key}`, row.code).trim();
  return t(code ? M.criterionField(code, t(column)) : M.lineField(index + 1, t(column)));
}

function CriterionFormRow({ row, number, form }: { row: CriterionRow; number: number; form?: FormState }) {
  const { t, locale } = usePage();
  const cell = (field: string) => {
    const name = `${field}.${row.key}`;
    const errors = form?.errors.filter((e) => e.field === name) ?? [];
    return { name, id: fieldId(name), errors, invalid: errors.length > 0 ? ('true' as const) : undefined };
  };
  const code = cell('code');
  const title = cell('title');
  const nature = cell('nature');
  const max = cell('maxPoints');
  const evidence = cell('evidenceRequired');
  const note = cell('evidenceNote');
  const label = (text: typeof M.code) => t(M.rowLabel(t(text), number));
  const described = (c: ReturnType<typeof cell>) => (c.errors.length > 0 ? `${c.id}-error` : undefined);
  const posted = form?.values[code.name] !== undefined;
  const checked = posted ? form?.values[evidence.name] !== undefined : row.evidenceRequired;
  return (
    <tr>
      <td data-label={t(M.code)}>
        <FieldNotes id={code.id} errors={code.errors} />
        <input
          id={code.id}
          name={code.name}
          value={valueOf(form, code.name, row.code)}
          size={6}
          aria-label={label(M.code)}
          aria-invalid={code.invalid}
          aria-describedby={described(code)}
        />
      </td>
      <td data-label={t(M.criterion)}>
        <FieldNotes id={title.id} errors={title.errors} />
        <textarea
          id={title.id}
          name={title.name}
          rows={2}
          aria-label={label(M.criterion)}
          aria-invalid={title.invalid}
          aria-describedby={described(title)}
        >
          {valueOf(form, title.name, row.title)}
        </textarea>
      </td>
      <td data-label={t(M.nature)}>
        <FieldNotes id={nature.id} errors={nature.errors} />
        <select
          id={nature.id}
          name={nature.name}
          aria-label={label(M.nature)}
          aria-invalid={nature.invalid}
          aria-describedby={described(nature)}
        >
          {CRITERION_NATURES.map((value) => (
            <option key={value} value={value} selected={valueOf(form, nature.name, row.nature) === value}>
              {t(NATURE_LABELS[value])}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t(M.maxPoints)}>
        <FieldNotes id={max.id} errors={max.errors} />
        <input
          id={max.id}
          name={max.name}
          inputMode="decimal"
          size={5}
          value={valueOf(form, max.name, pointsValue(row.maxPoints, locale))}
          aria-label={label(M.maxPoints)}
          aria-invalid={max.invalid}
          aria-describedby={described(max)}
        />
      </td>
      <td data-label={t(M.evidenceRequired)}>
        <input
          type="checkbox"
          id={evidence.id}
          name={evidence.name}
          value="true"
          checked={checked}
          aria-label={label(M.evidenceRequired)}
        />
      </td>
      <td data-label={t(M.evidenceNote)}>
        <FieldNotes id={note.id} errors={note.errors} />
        <input
          id={note.id}
          name={note.name}
          value={valueOf(form, note.name, row.evidenceNote)}
          aria-label={label(M.evidenceNote)}
          aria-invalid={note.invalid}
          aria-describedby={described(note)}
        />
      </td>
    </tr>
  );
}
