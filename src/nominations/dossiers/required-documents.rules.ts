import { joinTexts } from '../../platform/i18n/locale.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
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
    return checkResult('REQUIRED_DOCUMENTS', false, M.documentsMissing(names));
  }
  if (input.required.length === 0) {
    return checkResult('REQUIRED_DOCUMENTS', true, M.noDocumentsRequired);
  }
  const names = joinTexts(
    input.required.map((kind) => DOSSIER_DOCUMENT_NAMES[kind]),
    COMMA,
  );
  return checkResult('REQUIRED_DOCUMENTS', true, M.documentsComplete(names));
}
