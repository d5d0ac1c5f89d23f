import { describe, expect, it } from '@jest/globals';
import { fullDossier } from '../nominations/eligibility.spec-support.js';
import { checkRequiredDocuments } from './required-documents.rules.js';

describe('checkRequiredDocuments', () => {
  it('passes a dossier with every required document', () => {
    expect(checkRequiredDocuments({ required: fullDossier, attached: [...fullDossier, 'initiative_certificate'] }).passed).toBe(true);
  });

  it('fails a dossier without the minutes and names what is missing', () => {
    const check = checkRequiredDocuments({ required: fullDossier, attached: ['proposal_letter', 'achievement_report'] });
    expect(check.passed).toBe(false);
    expect(check.reason.vi).toBe('Hồ sơ còn thiếu: Biên bản bình xét thi đua kèm kết quả bỏ phiếu.');
  });

  it('fails an empty dossier, listing every part', () => {
    const check = checkRequiredDocuments({ required: fullDossier, attached: [] });
    expect(check.reason.vi).toBe(
      'Hồ sơ còn thiếu: Tờ trình đề nghị khen thưởng, Báo cáo thành tích, Biên bản bình xét thi đua kèm kết quả bỏ phiếu.',
    );
  });

  it('passes when nothing is required', () => {
    expect(checkRequiredDocuments({ required: [], attached: [] }).passed).toBe(true);
  });
});
