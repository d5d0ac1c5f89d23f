import { describe, expect, it } from '@jest/globals';
import { flagBasisSnapshot, planFlagNomination, refusalReason, type FlagProposalFacts } from './flag-nomination.rules.js';

const proposal: FlagProposalFacts = {
  id: 'proposal',
  voteId: 'vote',
  voteTitle: 'Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023',
  awardRuleSetId: 'nd-98',
  meetingTitle: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023',
  meetingDate: '2023-11-27',
  clusterId: 'c3',
  clusterName: 'Cụm thi đua số 3',
  year: 2023,
  organizationId: 'hoa-binh',
  awardTypeCode: 'LHHVN_CO_THI_DUA',
  awardTypeId: 'flag',
  chairId: 'son-la',
  decidedBy: 'vote',
  votes: 6,
  votesCast: 8,
  nomination: null,
};

describe('flagBasisSnapshot', () => {
  it('keeps the vote that chose the unit, with its count and where it was held', () => {
    expect(flagBasisSnapshot(proposal)).toEqual({
      reference:
        'Biểu quyết "Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023", Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 ngày 27/11/2023',
      organizationId: 'hoa-binh',
      clusterId: 'c3',
      year: 2023,
      passed: true,
      votesInFavour: 6,
      votesCast: 8,
      flagProposalId: 'proposal',
      decidedBy: 'vote',
      heldOn: '2023-11-27',
      ruleSetId: 'nd-98',
    });
  });

  it('cites no rule set when the vote took its quota from the meeting rather than the catalog', () => {
    expect(flagBasisSnapshot({ ...proposal, awardRuleSetId: null })).not.toHaveProperty('ruleSetId');
  });

  it('says so when the chair and vice-chair decided the place', () => {
    const snapshot = flagBasisSnapshot({ ...proposal, decidedBy: 'chair_and_vice_chair', votes: null });
    expect(snapshot.reference).toMatch(/; Cụm trưởng và Cụm phó quyết định các vị trí còn lại$/);
    expect(snapshot).toMatchObject({ passed: true, votesInFavour: null, decidedBy: 'chair_and_vice_chair' });
  });
});

describe('planFlagNomination', () => {
  it("makes a draft in the name of the year's chair", () => {
    expect(planFlagNomination(proposal, null)).toEqual({ kind: 'create', awardTypeId: 'flag', proposingOrganizationId: 'son-la' });
  });

  it('keeps the nomination already made from the proposal (idempotent)', () => {
    const made = { ...proposal, nomination: { id: 'n1', state: 'submitted' as const } };
    expect(planFlagNomination(made, { id: 'n1', state: 'submitted', basisVoteId: 'vote' })).toEqual({ kind: 'keep', nominationId: 'n1' });
  });

  it('makes another once the first was withdrawn', () => {
    const withdrawn = { ...proposal, nomination: { id: 'n1', state: 'withdrawn' as const } };
    expect(planFlagNomination(withdrawn, null).kind).toBe('create');
  });

  it('takes over a nomination made by hand, and gives it the vote as basis while it is editable', () => {
    expect(planFlagNomination(proposal, { id: 'n2', state: 'draft', basisVoteId: null })).toEqual({
      kind: 'link',
      nominationId: 'n2',
      setBasis: true,
    });
    expect(planFlagNomination(proposal, { id: 'n2', state: 'returned', basisVoteId: 'vote' })).toEqual({
      kind: 'link',
      nominationId: 'n2',
      setBasis: false,
    });
    expect(planFlagNomination(proposal, { id: 'n2', state: 'submitted', basisVoteId: null })).toEqual({
      kind: 'link',
      nominationId: 'n2',
      setBasis: false,
    });
  });

  it('refuses without the award type in the catalog, or without a chair that year', () => {
    expect(planFlagNomination({ ...proposal, awardTypeId: null }, null)).toEqual({ kind: 'refused', refusal: 'unknown_award_type' });
    expect(planFlagNomination({ ...proposal, chairId: null }, null)).toEqual({ kind: 'refused', refusal: 'no_chair' });
    expect(refusalReason(proposal, 'no_chair').vi).toBe(
      'Chưa có nhiệm kỳ Cụm trưởng của Cụm thi đua số 3 năm 2023, nên chưa xác định được đơn vị trình đề nghị.',
    );
    expect(refusalReason(proposal, 'unknown_award_type').vi).toContain('"LHHVN_CO_THI_DUA"');
  });
});
