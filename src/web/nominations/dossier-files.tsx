import type { FieldError } from '../../platform/errors/domain-error.js';
import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { DOSSIER_DOCUMENT_NAMES } from '../../nominations/award-types/catalogue.js';
import type { AttachmentView } from '../../nominations/dossiers/dossier.dto.js';
import { ACCEPTED_FILE_TYPES, ATTACHMENT_KINDS, type AttachmentKind, documentOf } from '../../nominations/dossiers/dossier.rules.js';
import { CSRF_FIELD } from '../../platform/security/csrf.js';
import type { FormState } from '../http/forms.js';
import { formatDateTime } from '../layout/format.js';
import { Form, SelectField } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { fileSize } from './nomination.parts.js';

const OTHER_DOCUMENT = text('Tài liệu khác', 'Other document');

export function kindName(kind: AttachmentKind): LocalizedText {
  const document = documentOf(kind);
  return document ? DOSSIER_DOCUMENT_NAMES[document] : OTHER_DOCUMENT;
}

/** "tài liệu PDF" from the stored content type. */
function typeName(contentType: string): LocalizedText {
  return Object.values(ACCEPTED_FILE_TYPES).find((t) => t.contentType === contentType)?.name ?? text(contentType, contentType);
}

/** The content check's verdict on one upload: what the file was found to be, or why it was refused. */
export function FileVerdict({ file, refusal }: { file?: AttachmentView; refusal?: FieldError }) {
  const { t, locale } = usePage();
  if (file) {
    return (
      <div class="verdict verdict-accepted" role="status" data-verdict tabIndex={-1}>
        <strong>
          ✓ {t(M.fileAccepted)}: {file.fileName}
        </strong>
        <p>
          {t(M.checkedAs(t(typeName(file.contentType)), fileSize(file.sizeBytes, locale)))} SHA-256: <code class="hash">{file.sha256}</code>
        </p>
      </div>
    );
  }
  if (!refusal) return null;
  return (
    <div class="verdict verdict-refused" role="alert" data-verdict tabIndex={-1}>
      <strong>✗ {t(M.fileRefused)}</strong>
      <p>{t(refusal.message)}</p>
    </div>
  );
}

export function FilesTable({
  nominationId,
  files,
  editable,
}: {
  nominationId: string;
  files: readonly AttachmentView[];
  editable: boolean;
}) {
  const { t, locale } = usePage();
  if (files.length === 0) return <p class="empty-state">{t(M.noFiles)}</p>;
  return (
    <div class="table-scroll">
      <table id="dossier-files">
        <thead>
          <tr>
            <th scope="col">{t(M.fileKind)}</th>
            <th scope="col">{t(M.fileName)}</th>
            <th scope="col">{t(M.fileType)}</th>
            <th scope="col">{t(M.fileSize)}</th>
            <th scope="col">SHA-256</th>
            <th scope="col">{t(M.uploadedAt)}</th>
            {editable ? <th scope="col">{t(M.remove)}</th> : null}
          </tr>
        </thead>
        <tbody>
          {files.map((f) => (
            <tr>
              <td>{t(kindName(f.kind))}</td>
              <td>
                <a href={`/nominations/files/${f.id}`} target="_blank" rel="noopener">
                  {f.fileName}
                </a>
              </td>
              <td>{t(typeName(f.contentType))}</td>
              <td>{fileSize(f.sizeBytes, locale)}</td>
              <td>
                <code class="hash" title={f.sha256}>
                  {f.sha256.slice(0, 12)}…
                </code>
              </td>
              <td>{formatDateTime(f.uploadedAt, locale)}</td>
              {editable ? (
                <td>
                  <Form action={`/nominations/${nominationId}/files/${f.id}/delete`} class="inline-form">
                    <button type="submit" class="secondary outline" aria-label={t(M.removeFile(f.fileName))}>
                      {t(M.remove)}
                    </button>
                  </Form>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One file with its kind, as a plain multipart POST (the CSRF token rides in the address: the body is
 * read after the check). The served upload script sends the same form with a progress bar and shows
 * the verdict without leaving the page.
 */
export function UploadForm({ nominationId, form }: { nominationId: string; form?: FormState }) {
  const { t, csrfToken } = usePage();
  const fileErrors = form?.errors.filter((e) => e.field === 'file') ?? [];
  return (
    <form
      method="post"
      action={`/nominations/${nominationId}/files?${CSRF_FIELD}=${encodeURIComponent(csrfToken)}`}
      enctype="multipart/form-data"
      id="upload-form"
      data-upload-progress="upload-progress"
      data-upload-verdict="upload-verdict"
    >
      <SelectField
        form={form}
        name="kind"
        label={M.fileKind}
        choices={ATTACHMENT_KINDS.map((kind) => ({
          value: kind,
          label: t(kindName(kind)),
        }))}
      />
      <div class={fileErrors.length > 0 ? 'field field-error' : 'field'}>
        <label for="f-file">{t(M.chooseFile)}</label>
        {fileErrors.length > 0 && (
          <small id="f-file-error" class="error-message">
            {fileErrors.map((e) => t(e.message)).join(' ')}
          </small>
        )}
        <input
          id="f-file"
          name="file"
          type="file"
          required
          accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
          aria-invalid={fileErrors.length > 0 ? 'true' : undefined}
          aria-describedby={fileErrors.length > 0 ? 'f-file-error' : undefined}
        />
      </div>
      <progress id="upload-progress" max={100} value={0} hidden aria-label={t(M.uploading)} />
      <button type="submit">{t(M.upload)}</button>
    </form>
  );
}
