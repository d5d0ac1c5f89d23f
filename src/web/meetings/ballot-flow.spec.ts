import { describe, expect, it } from '@jest/globals';
import type { BallotPaper } from '../../meetings/ballots/ballots.service.js';
import type { Localized } from '../../platform/i18n/localize.js';
import { ballotBody, ballotProblems, closedBecause, pickedOf } from './ballot-flow.js';

const unit = (id: string, shortName: string) => ({ id, code: id.toUpperCase(), fullName: shortName, shortName });
const sonLa = unit('son-la', 'LHH Sơn La');
const hoaBinh = unit('hoa-binh', 'LHH Hòa Bình');
const phuTho = unit('phu-tho', 'LHH Phú Thọ');

/** The flag proposal's ballot of Điện Biên: up to 2 of 3 candidates, in round 1. */
function paper(subject: string, overrides: Partial<Localized<BallotPaper>> = {}): Localized<BallotPaper> {
  return {
    vote: { subject } as Localized<BallotPaper>['vote'],
    unit: unit('dien-bien', 'LHH Điện Biên'),
    round: { round: 1, candidates: [sonLa, hoaBinh, phuTho], places: 2 },
    alreadyVoted: false,
    ...overrides,
  };
}

describe('a delegate’s ballot before it is confirmed', () => {
  it('reads the ticked names, or the one answer, as posted', () => {
    expect(pickedOf({ choices: ['son-la', 'hoa-binh'], code: 'X' })).toEqual({ choices: ['son-la', 'hoa-binh'], answer: '' });
    expect(pickedOf({ choices: 'son-la' })).toEqual({ choices: ['son-la'], answer: '' });
    expect(pickedOf({ answer: 'yes' })).toEqual({ choices: [], answer: 'yes' });
  });

  it('sends names for a flag proposal and an answer for a chair handover', () => {
    expect(ballotBody(paper('flag_proposal'), { choices: ['son-la'], answer: 'yes' })).toEqual({ choices: ['son-la'] });
    expect(ballotBody(paper('chair_handover'), { choices: ['son-la'], answer: 'yes' })).toEqual({ answer: 'yes' });
  });

  it('refuses more names than the quota next to the list of choices, by the rule the count uses', () => {
    const problems = ballotProblems(paper('flag_proposal'), { choices: ['son-la', 'hoa-binh', 'phu-tho'], answer: '' });
    expect(problems.map((p) => [p.field, p.message.vi])).toEqual([['choices', 'Mỗi phiếu chọn tối đa 2 ứng viên; phiếu này chọn 3.']]);
    expect(ballotProblems(paper('flag_proposal'), { choices: [], answer: '' })).toEqual([]);
    expect(ballotProblems(paper('chair_handover'), { choices: [], answer: '' }).map((p) => p.field)).toEqual(['answer']);
  });

  it('says why a ballot cannot be filled in: already cast, or no round open', () => {
    expect(closedBecause(paper('flag_proposal'))).toBeNull();
    expect(closedBecause(paper('flag_proposal', { alreadyVoted: true }))?.vi).toBe(
      'LHH Điện Biên đã bỏ phiếu ở vòng này. Mỗi đơn vị chỉ bỏ một phiếu.',
    );
    expect(closedBecause(paper('flag_proposal', { round: null }))?.vi).toBe('Cuộc biểu quyết hiện không nhận phiếu.');
  });
});
