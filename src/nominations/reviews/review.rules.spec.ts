import { describe, expect, it } from '@jest/globals';
import { AWAITING_REVIEW, reviewComment } from './review.rules.js';

describe('AWAITING_REVIEW', () => {
  it('holds the states staff may forward from: submitted and resubmitted', () => {
    expect(AWAITING_REVIEW).toEqual(['submitted', 'resubmitted']);
  });
});

describe('reviewComment', () => {
  it('returns a dossier for its reasons and the documents it lacks', () => {
    expect(
      reviewComment({
        outcome: 'return',
        reasons: 'Bổ sung trước ngày 31/01/2024',
        missingDocuments: ['Biên bản kiểm phiếu', 'Bảng tự chấm điểm'],
      }),
    ).toEqual({ comment: 'Bổ sung trước ngày 31/01/2024. Hồ sơ còn thiếu: Biên bản kiểm phiếu; Bảng tự chấm điểm.' });
    expect(reviewComment({ outcome: 'return', reasons: null, missingDocuments: ['Biên bản kiểm phiếu'] })).toEqual({
      comment: 'Hồ sơ còn thiếu: Biên bản kiểm phiếu.',
    });
    expect(reviewComment({ outcome: 'return', reasons: 'Số liệu chưa khớp!', missingDocuments: [] })).toEqual({
      comment: 'Số liệu chưa khớp!',
    });
  });

  it('refuses a return that says nothing', () => {
    const outcome = reviewComment({ outcome: 'return', reasons: null, missingDocuments: [] });
    expect('refusal' in outcome && outcome.refusal.field).toBe('reasons');
  });

  it('forwards with or without a comment, never with documents missing', () => {
    expect(reviewComment({ outcome: 'forward_to_council', reasons: null, missingDocuments: [] })).toEqual({ comment: null });
    expect(reviewComment({ outcome: 'forward_to_council', reasons: 'Hồ sơ đầy đủ', missingDocuments: [] })).toEqual({
      comment: 'Hồ sơ đầy đủ.',
    });
    const outcome = reviewComment({ outcome: 'forward_to_council', reasons: null, missingDocuments: ['Tờ trình'] });
    expect('refusal' in outcome && outcome.refusal.message.vi).toBe(
      'Hồ sơ còn thiếu tài liệu thì không trình Hội đồng; hãy trả lại để đơn vị bổ sung.',
    );
  });
});
