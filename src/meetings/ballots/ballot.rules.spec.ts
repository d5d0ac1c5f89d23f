import { describe, expect, it } from '@jest/globals';
import { ballotOptions, voterProblem, type VoterFacts } from './ballot.rules.js';

const present: VoterFacts = {
  unitName: 'LHH Phú Thọ',
  clusterName: 'Cụm thi đua số 3',
  year: 2023,
  isMember: true,
  present: true,
  votingDelegatePresent: true,
  onRoll: null,
};

describe('who has a ballot', () => {
  it('gives one to a member unit present with its voting delegate', () => {
    expect(voterProblem(present)).toBeNull();
    expect(voterProblem({ ...present, onRoll: true })).toBeNull();
  });

  it('says why the others have none', () => {
    expect(voterProblem({ ...present, isMember: false })?.vi).toBe(
      'LHH Phú Thọ không có quyền bỏ phiếu: không phải thành viên của Cụm thi đua số 3 năm 2023.',
    );
    expect(voterProblem({ ...present, present: false, votingDelegatePresent: false })?.en).toBe(
      'LHH Phú Thọ has no right to vote: the unit is absent from the meeting.',
    );
    expect(voterProblem({ ...present, votingDelegatePresent: false })?.vi).toContain('không có đại biểu được quyền biểu quyết');
    expect(voterProblem({ ...present, onRoll: false })?.vi).toContain('không có trong danh sách bỏ phiếu lập khi mở vòng bỏ phiếu');
  });

  it('lets the roll of the open round decide, even if the delegate stepped out after receiving the ballot', () => {
    expect(voterProblem({ ...present, present: false, votingDelegatePresent: false, onRoll: true })).toBeNull();
  });
});

describe('what a ballot counts for', () => {
  const round = { candidateIds: ['son-la', 'hoa-binh', 'phu-tho'], places: 2 };

  it('counts up to K names, or none (a blank ballot)', () => {
    expect(ballotOptions('flag_proposal', round, { choices: ['son-la', 'hoa-binh'] })).toEqual({
      options: ['son-la', 'hoa-binh'],
      problems: [],
    });
    expect(ballotOptions('flag_proposal', round, {})).toEqual({ options: [], problems: [] });
  });

  it('refuses too many names, names off the ballot, and an answer', () => {
    expect(ballotOptions('flag_proposal', round, { choices: ['son-la', 'hoa-binh', 'phu-tho'] }).problems.map((p) => p.field)).toEqual([
      'choices',
    ]);
    expect(ballotOptions('flag_proposal', round, { choices: ['ha-noi'] }).problems.map((p) => p.field)).toEqual(['choices[0]']);
    const answered = ballotOptions('vice_chair_election', round, { answer: 'yes' });
    expect(answered).toMatchObject({ options: [], problems: [{ field: 'answer' }] });
  });

  it('counts one answer on a yes / no vote, and nothing else', () => {
    expect(ballotOptions('chair_handover', { candidateIds: ['lao-cai'], places: 1 }, { answer: 'abstain' })).toEqual({
      options: ['abstain'],
      problems: [],
    });
    expect(ballotOptions('question', { candidateIds: [], places: 1 }, { answer: 'maybe' }).problems.map((p) => p.field)).toEqual([
      'answer',
    ]);
    expect(ballotOptions('question', { candidateIds: [], places: 1 }, { choices: [], answer: 'yes' }).problems.map((p) => p.field)).toEqual(
      ['choices'],
    );
  });
});
