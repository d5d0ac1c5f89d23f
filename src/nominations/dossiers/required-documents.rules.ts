import { joinTexts, text } from '../../platform/i18n/locale.js';
import { DOSSIER_DOCUMENT_NAMES, type DossierDocumentKind } from '../award-types/catalogue.js';
import { checkResult, COMMA, type EligibilityCheck } from '../nominations/eligibility-check.js';

/** Every document the rule set requires is attached to the dossier. */
export function checkRequiredDocuments(input: {
  required: readonly DossierDocumentKind[];
  attached: readonly DossierDocumentKind[];
}): EligibilityCheck {
  const missing = input.required.filter((kind) => !input.attached.includes(kind));
  if (missing.length > 0) {
    const names = joinTexts(
      missing.map((kind) => DOSSIER_DOCUMENT_NAMES[kind]),
      COMMA,
    );
    return checkResult('REQUIRED_DOCUMENTS', false, text(`Hồ sơ còn thiếu: ${names.vi}.`, `The dossier is missing: ${names.en}.`));
  }
  if (input.required.length === 0) {
    return checkResult('REQUIRED_DOCUMENTS', true, text('Không yêu cầu tài liệu kèm theo.', 'No documents are required.'));
  }
  const names = joinTexts(
    input.required.map((kind) => DOSSIER_DOCUMENT_NAMES[kind]),
    COMMA,
  );
  return checkResult('REQUIRED_DOCUMENTS', true, text(`Hồ sơ có đủ: ${names.vi}.`, `The dossier holds: ${names.en}.`));
}
