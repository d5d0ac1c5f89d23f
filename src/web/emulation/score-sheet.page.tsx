import type { FieldError } from '../../platform/errors/domain-error.js';
import type { EvidenceView, ScoreChangeView, ScoreColumn, ScoreSheetRow, ScoreSheetView } from '../../emulation/scores/score.dto.js';
import type { ImportReport } from '../../emulation/emulation.dto.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { CSRF_FIELD } from '../../platform/security/csrf.js';
import { fieldId, type FormState } from '../http/forms.js';
import { formatDateTime } from '../layout/format.js';
import { FieldNotes, Form, SelectField, SubmitButton, valueOf } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';
import { fileSize } from '../nominations/nomination.parts.js';
import { ImportForm, ImportReportTable } from './criteria.page.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { FileField, type ClusterYearRef, pointsText, pointsValue, YearLayout } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

export const COLUMN_LABELS: Record<ScoreColumn, typeof M.selfColumn> = {
  self: M.selfColumn,
  cross: M.crossColumn,
  agreed: M.agreedColumn,
};

const SAVE_LABELS: Record<ScoreColumn, typeof M.saveSelf> = { self: M.saveSelf, cross: M.saveCross, agreed: M.saveAgreed };

/** The field of a row's comment: the self-score's explanation, or the reason of an adjusted or agreed score. */
export function commentField(column: ScoreColumn): 'note' | 'reason' {
  return column === 'self' ? 'note' : 'reason';
}

export interface ScoreSheetPageProps {
  at: ClusterYearRef;
  sheet: ScoreSheetView;
  history: readonly ScoreChangeView[];
  /** The columns the signed-in user may write now, and the one the form edits. */
  columns: readonly ScoreColumn[];
  editing: ScoreColumn | null;
  form?: FormState;
  /** The verdict of an evidence upload just made. */
  upload?: { file?: EvidenceView; refusal?: FieldError };
  uploadForm?: FormState;
  importReport?: ImportReport;
  importForm?: FormState;
}

/** Bảng chấm điểm of one unit: the criteria with the three columns side by side, the evidence and the history. */
export function ScoreSheetPage(props: ScoreSheetPageProps) {
  const { t, locale, asset } = usePage();
  const { at, sheet, history, columns, editing, form } = props;
  const { clusterId, year } = at;
  const unitId = sheet.unit.id;
  const mayUpload = columns.includes('self');
  return (
    <YearLayout at={at} title={t(M.sheetTitle(sheet.unit.shortName, year))}>
      <dl class="facts stack-on-phone">
        <dt>{t(M.tableState)}</dt>
        <dd>
          <mark class={`state state-${sheet.table.state}`}>{t(sheet.table.stateLabel)}</mark>
        </dd>
        <dt>{t(M.finalColumn)}</dt>
        <dd>
          <strong>{pointsText(sheet.totals.final.total, locale)}</strong> {t(M.outOf(pointsText(sheet.maxPoints, locale)))} · {t(M.band)}:{' '}
          {t(sheet.bandLabel)}
        </dd>
      </dl>
      {columns.length > 1 && (
        <nav class="column-switch" aria-label={t(M.column)}>
          <ul>
            {columns.map((column) => (
              <li key={column}>
                <a href={`${R.sheet(clusterId, year, unitId)}?column=${column}`} aria-current={column === editing ? 'page' : undefined}>
                  {t(COLUMN_LABELS[column])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {editing ? (
        <Form
          action={R.sheetColumn(clusterId, year, unitId, editing)}
          form={form}
          id="score-form"
          fieldLabel={(field) => scoreFieldLabel(field, sheet.rows, editing, t)}
        >
          <SheetTable sheet={sheet} editing={editing} form={form} />
          {editing === 'cross' && <p class="hint">{t(M.reasonHint)}</p>}
          <SubmitButton label={SAVE_LABELS[editing]} />
        </Form>
      ) : (
        <SheetTable sheet={sheet} editing={null} />
      )}

      <section id="evidence" aria-labelledby="evidence-title">
        <h2 id="evidence-title">{t(M.evidence)}</h2>
        <EvidenceList rows={sheet.rows} back={mayUpload ? R.sheet(clusterId, year, unitId) : undefined} />
        {mayUpload && <EvidenceUpload {...props} />}
      </section>
      {mayUpload && <script src={asset('dossier-upload.js')} defer />}

      {mayUpload && (
        <section aria-labelledby="self-import-title">
          <h2 id="self-import-title" class="visually-hidden">
            {t(M.importSelfScores)}
          </h2>
          {props.importReport && <ImportReportTable report={props.importReport} />}
          <ImportForm
            action={R.sheetImport(clusterId, year, unitId)}
            form={props.importForm}
            label={M.importSelfScores}
            hint={M.importSelfHint}
          />
        </section>
      )}

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t(M.history)}</h2>
        <History changes={history} />
      </section>
    </YearLayout>
  );
}

function SheetTable({ sheet, editing, form }: { sheet: ScoreSheetView; editing: ScoreColumn | null; form?: FormState }) {
  const { t, locale } = usePage();
  return (
    <div class="table-scroll">
      <table class="score-sheet stacked">
        <thead>
          <tr>
            <th scope="col">{t(M.code)}</th>
            <th scope="col">{t(M.criterion)}</th>
            <th scope="col" class="number">
              {t(M.maxPoints)}
            </th>
            {(['self', 'cross', 'agreed'] as const).map((column) => (
              <th key={column} scope="col" class={column === editing ? 'number editing' : 'number'}>
                {t(COLUMN_LABELS[column])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sheet.rows.map((row) => (
            <tr key={row.criterion.id} class={`level-${row.criterion.level}${row.criterion.scorable ? ' scorable' : ''}`}>
              <td>{row.criterion.code}</td>
              <th scope="row">
                {row.criterion.title}
                {row.criterion.nature !== 'standard' && (
                  <small> ({t(row.criterion.nature === 'bonus' ? M.bonusTotal : M.penaltyTotal)})</small>
                )}
              </th>
              <td class="number" data-label={t(M.maxPoints)}>
                {pointsText(row.criterion.maxPoints, locale)}
              </td>
              {(['self', 'cross', 'agreed'] as const).map((column) =>
                row.criterion.scorable && column === editing ? (
                  <td key={column} class="number editing" data-label={t(COLUMN_LABELS[column])}>
                    <ScoreInput row={row} column={column} form={form} />
                  </td>
                ) : (
                  <td key={column} class="number" data-label={t(COLUMN_LABELS[column])}>
                    {row.criterion.scorable ? pointsText(row[column].points, locale) : ''}
                    {row.criterion.scorable && row[column].comment && <small class="score-comment">{row[column].comment}</small>}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <Totals sheet={sheet} label={M.standardTotal} part="standard" />
          <Totals sheet={sheet} label={M.bonusTotal} part="bonus" />
          <Totals sheet={sheet} label={M.penaltyTotal} part="penalty" />
          <Totals sheet={sheet} label={M.total} part="total" />
        </tfoot>
      </table>
    </div>
  );
}

function Totals({
  sheet,
  label,
  part,
}: {
  sheet: ScoreSheetView;
  label: typeof M.total;
  part: 'standard' | 'bonus' | 'penalty' | 'total';
}) {
  const { t, locale } = usePage();
  // A column nobody has written in yet has no total (a dash, not 0).
  const written = (column: ScoreColumn) => sheet.rows.some((row) => row[column].points !== null);
  return (
    <tr class={`totals totals-${part}`}>
      <td />
      <th scope="row">{t(label)}</th>
      <td class="number" data-label={t(M.maxPoints)}>
        {part === 'standard' || part === 'total' ? pointsText(sheet.maxPoints, locale) : ''}
      </td>
      {(['self', 'cross', 'agreed'] as const).map((column) => (
        <td key={column} class="number" data-label={t(COLUMN_LABELS[column])}>
          {written(column) ? pointsText(sheet.totals[column][part], locale) : '—'}
        </td>
      ))}
    </tr>
  );
}

/** Where a field of the score form is: "Tiêu chí 2.1 – Tự chấm" for its points, "Tiêu chí 2.1 – Lý do điều chỉnh" for its reason. */
export function scoreFieldLabel(
  field: string,
  rows: readonly { readonly criterion: { readonly id: string; readonly code: string } }[],
  column: ScoreColumn,
  t: (text: LocalizedText) => string,
): string | undefined {
  const dot = field.indexOf('.');
  const name = field.slice(0, dot);
  const row = rows.find((candidate) => candidate.criterion.id === field.slice(dot + 1));
  if (dot < 0 || !row) return undefined;
  const comment = column === 'self' ? M.selfNote : M.reason;
  const what = name === commentField(column) ? comment : name === 'points' || name === 'criterionId' ? COLUMN_LABELS[column] : null;
  return what ? t(M.criterionField(row.criterion.code, t(what))) : undefined;
}

/** The points of one criterion in the column being edited, with its explanation or reason. */
function ScoreInput({ row, column, form }: { row: ScoreSheetRow; column: ScoreColumn; form?: FormState }) {
  const { t, locale } = usePage();
  const code = row.criterion.code;
  const pointsName = `points.${row.criterion.id}`;
  const commentName = `${commentField(column)}.${row.criterion.id}`;
  const pointsId = fieldId(pointsName);
  const commentId = fieldId(commentName);
  const pointErrors = form?.errors.filter((e) => e.field === pointsName || e.field === `criterionId.${row.criterion.id}`) ?? [];
  const commentErrors = form?.errors.filter((e) => e.field === commentName) ?? [];
  const columnName = t(COLUMN_LABELS[column]).toLowerCase();
  return (
    <div class={pointErrors.length + commentErrors.length > 0 ? 'field-error score-input' : 'score-input'}>
      <label for={pointsId} class="visually-hidden">
        {t(M.pointsOf(code, columnName))}
      </label>
      <FieldNotes id={pointsId} errors={pointErrors} />
      <input
        id={pointsId}
        name={pointsName}
        inputMode="decimal"
        size={5}
        value={valueOf(form, pointsName, pointsValue(row[column].points, locale))}
        aria-invalid={pointErrors.length > 0 ? 'true' : undefined}
        aria-describedby={pointErrors.length > 0 ? `${pointsId}-error` : undefined}
      />
      <label for={commentId} class="visually-hidden">
        {t(column === 'self' ? M.noteOf(code) : M.reasonOf(code))}
      </label>
      <FieldNotes id={commentId} errors={commentErrors} />
      <textarea
        id={commentId}
        name={commentName}
        rows={1}
        placeholder={t(column === 'self' ? M.selfNote : M.reason)}
        aria-invalid={commentErrors.length > 0 ? 'true' : undefined}
        aria-describedby={commentErrors.length > 0 ? `${commentId}-error` : undefined}
      >
        {valueOf(form, commentName, row[column].comment)}
      </textarea>
    </div>
  );
}

/** The evidence of each criterion; with `back` (the sheet's address), each file has its remove button. */
function EvidenceList({ rows, back }: { rows: readonly ScoreSheetRow[]; back?: string }) {
  const { t, locale } = usePage();
  const withFiles = rows.filter((row) => row.evidence.length > 0 || (row.criterion.evidenceRequired && row.criterion.scorable));
  if (withFiles.length === 0) return <p class="empty-state">{t(M.noEvidence)}</p>;
  return (
    <ul class="evidence-list">
      {withFiles.map((row) => (
        <li key={row.criterion.id}>
          <strong>{row.criterion.code}</strong> {row.criterion.title}:{' '}
          {row.evidence.length === 0 ? (
            <mark class="state state-missing">{t(M.evidenceMissing)}</mark>
          ) : (
            row.evidence.map((file, index) => (
              <span key={file.id}>
                {index > 0 && ', '}
                <a href={R.evidenceFile(file.id)} target="_blank" rel="noopener">
                  {file.fileName}
                </a>{' '}
                <small>
                  ({fileSize(file.sizeBytes, locale)}, {formatDateTime(file.uploadedAt, locale)})
                </small>
                {back && (
                  <Form action={`${R.evidenceFile(file.id)}/delete?back=${encodeURIComponent(back)}`} class="inline-form">
                    <button type="submit" class="secondary outline" aria-label={t(M.removeEvidence(file.fileName))}>
                      {t(M.remove)}
                    </button>
                  </Form>
                )}
              </span>
            ))
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * One evidence file for one criterion, as a plain multipart POST (the CSRF token in the address). The dossier's
 * upload script sends the same form with a progress bar and swaps this section in place.
 */
function EvidenceUpload({ at, sheet, upload, uploadForm }: ScoreSheetPageProps) {
  const { t, csrfToken } = usePage();
  const fileErrors = uploadForm?.errors.filter((e) => e.field !== 'criterionId') ?? [];
  const scorable = sheet.rows.filter((row) => row.criterion.scorable);
  // Those still waiting for evidence first.
  const ordered = [
    ...scorable.filter((row) => row.criterion.evidenceRequired && row.evidence.length === 0),
    ...scorable.filter((row) => !(row.criterion.evidenceRequired && row.evidence.length === 0)),
  ];
  return (
    <form
      method="post"
      action={`${R.evidence(at.clusterId, at.year, sheet.unit.id)}?${CSRF_FIELD}=${encodeURIComponent(csrfToken)}`}
      enctype="multipart/form-data"
      id="evidence-form"
      data-upload-progress="evidence-progress"
    >
      <h3>{t(M.addEvidence)}</h3>
      {upload?.file && (
        <p class="verdict verdict-accepted" role="status" data-verdict tabIndex={-1}>
          ✓ {t(M.evidenceAdded)} {upload.file.fileName}
        </p>
      )}
      {upload?.refusal && (
        <p class="verdict verdict-refused" role="alert" data-verdict tabIndex={-1}>
          ✗ {t(upload.refusal.message)}
        </p>
      )}
      <SelectField
        form={uploadForm}
        name="criterionId"
        label={M.evidenceFor}
        choices={ordered.map((row) => ({ value: row.criterion.id, label: `${row.criterion.code} ${row.criterion.title}` }))}
        required
      />
      <FileField id="f-evidence-file" label={M.chooseFile} errors={fileErrors} />
      <progress id="evidence-progress" max={100} value={0} hidden aria-label={t(M.uploading)} />
      <button type="submit">{t(M.upload)}</button>
    </form>
  );
}

/** The fragment the upload script swaps in: the evidence section alone. */
export function EvidenceFragment(props: ScoreSheetPageProps) {
  const { t } = usePage();
  return (
    <section id="evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">{t(M.evidence)}</h2>
      <EvidenceList rows={props.sheet.rows} back={R.sheet(props.at.clusterId, props.at.year, props.sheet.unit.id)} />
      <EvidenceUpload {...props} />
    </section>
  );
}

function History({ changes }: { changes: readonly ScoreChangeView[] }) {
  const { t, locale } = usePage();
  if (changes.length === 0) return <p class="empty-state">{t(M.noHistory)}</p>;
  return (
    <div class="table-scroll">
      <table class="stacked score-history">
        <thead>
          <tr>
            <th scope="col">{t(M.changedAt)}</th>
            <th scope="col">{t(M.code)}</th>
            <th scope="col">{t(M.column)}</th>
            <th scope="col" class="number">
              {t(M.oldPoints)}
            </th>
            <th scope="col" class="number">
              {t(M.newPoints)}
            </th>
            <th scope="col">{t(M.reasons)}</th>
            <th scope="col">{t(M.changedBy)}</th>
          </tr>
        </thead>
        <tbody>
          {[...changes].reverse().map((change, index) => (
            <tr key={index}>
              <td data-label={t(M.changedAt)}>{formatDateTime(change.changedAt, locale)}</td>
              <td data-label={t(M.code)}>{change.criterionCode}</td>
              <td data-label={t(M.column)}>{t(change.columnLabel)}</td>
              <td class="number" data-label={t(M.oldPoints)}>
                {pointsText(change.oldPoints, locale)}
              </td>
              <td class="number" data-label={t(M.newPoints)}>
                {pointsText(change.newPoints, locale)}
              </td>
              <td data-label={t(M.reasons)}>{change.reason ?? '—'}</td>
              <td data-label={t(M.changedBy)}>{change.changedBy ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
