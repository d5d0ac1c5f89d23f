import { describe, expect, it } from '@jest/globals';
import { percent } from '../../platform/numbers/ratio.js';
import {
  CouncilVoteInvalidError,
  sessionDateRefusal,
  tallyCouncilVote,
  type CouncilBallot,
  type CouncilChoice,
} from './council-vote.rules.js';

/** A council of 9 (m1 … m9). */
const council = Array.from({ length: 9 }, (_, i) => `m${i + 1}`);

/** Ballots of the first members with these choices; from index `writtenFrom` on they are written opinions. */
function ballots(choices: CouncilChoice[], writtenFrom = choices.length): CouncilBallot[] {
  return choices.map((choice, i) => ({
    memberId: council[i],
    choice,
    recordedAs: i < writtenFrom ? 'at_meeting' : 'written_opinion',
  }));
}

const inFavour = (n: number): CouncilChoice[] => Array.from({ length: n }, () => 'for');

describe('tallyCouncilVote at 80 % of a council of 9', () => {
  const threshold = percent(80);

  it('passes with 8 in favour, all present', () => {
    const tally = tallyCouncilVote({ threshold, councilMemberIds: council, ballots: ballots([...inFavour(8), 'against']) });
    expect(tally).toMatchObject({ totalMembers: 9, votesNeeded: 8, inFavour: 8, against: 1, passed: true });
  });

  it('passes with 6 present and 2 written opinions in favour, one member silent', () => {
    const tally = tallyCouncilVote({ threshold, councilMemberIds: council, ballots: ballots(inFavour(8), 6) });
    expect(tally).toMatchObject({
      inFavour: 8,
      inFavourInWriting: 2,
      atMeeting: 6,
      writtenOpinions: 2,
      notVoted: ['m9'],
      passed: true,
    });
    expect(tally.reason.vi).toBe(
      '8/9 thành viên Hội đồng đồng ý (6 tại cuộc họp, 2 bằng văn bản), đạt ngưỡng 80% tổng số thành viên (cần ít nhất 8).',
    );
  });

  it('fails with 7 in favour even when all 9 are present', () => {
    const tally = tallyCouncilVote({
      threshold,
      councilMemberIds: council,
      ballots: ballots([...inFavour(7), 'against', 'abstain']),
    });
    expect(tally).toMatchObject({ inFavour: 7, against: 1, abstaining: 1, notVoted: [], passed: false });
    expect(tally.reason.vi).toBe(
      '7/9 thành viên Hội đồng đồng ý (7 tại cuộc họp, 0 bằng văn bản), không đạt ngưỡng 80% tổng số thành viên (cần ít nhất 8).',
    );
  });

  it('fails with 7 in favour when only 7 took part, though all of them agreed', () => {
    const tally = tallyCouncilVote({ threshold, councilMemberIds: council, ballots: ballots(inFavour(7), 5) });
    expect(tally).toMatchObject({ inFavour: 7, notVoted: ['m8', 'm9'], passed: false });
  });

  it('counts votes against or abstentions in writing as recorded, not in favour', () => {
    const tally = tallyCouncilVote({
      threshold,
      councilMemberIds: council,
      ballots: ballots([...inFavour(7), 'against', 'abstain'], 7),
    });
    expect(tally).toMatchObject({ writtenOpinions: 2, inFavourInWriting: 0, passed: false });
  });
});

describe('tallyCouncilVote at 90 % (the higher individual titles)', () => {
  it('needs all 9 of a council of 9', () => {
    const threshold = percent(90);
    expect(tallyCouncilVote({ threshold, councilMemberIds: council, ballots: ballots(inFavour(8)) }).passed).toBe(false);
    const all = tallyCouncilVote({ threshold, councilMemberIds: council, ballots: ballots(inFavour(9), 7) });
    expect(all).toMatchObject({ votesNeeded: 9, passed: true });
  });

  it('counts the threshold in whole members: 9.9 of 11 means 10', () => {
    const eleven = [...council, 'm10', 'm11'];
    const tenFor = inFavour(10).map((choice, i) => ({ memberId: eleven[i], choice, recordedAs: 'at_meeting' as const }));
    const tally = tallyCouncilVote({ threshold: percent(90), councilMemberIds: eleven, ballots: tenFor });
    expect(tally).toMatchObject({ votesNeeded: 10, passed: true });
    expect(tallyCouncilVote({ threshold: percent(90), councilMemberIds: eleven, ballots: tenFor.slice(1) }).passed).toBe(false);
  });
});

describe('tallyCouncilVote where the law sets no threshold', () => {
  it('takes more than half of all members: 5 of 9, 6 of 10', () => {
    expect(tallyCouncilVote({ threshold: null, councilMemberIds: council, ballots: ballots(inFavour(5)) })).toMatchObject({
      votesNeeded: 5,
      passed: true,
    });
    const ten = [...council, 'm10'];
    const fiveOfTen = inFavour(5).map((choice, i) => ({ memberId: ten[i], choice, recordedAs: 'at_meeting' as const }));
    const tally = tallyCouncilVote({ threshold: null, councilMemberIds: ten, ballots: fiveOfTen });
    expect(tally).toMatchObject({ votesNeeded: 6, passed: false });
    expect(tally.reason.vi).toBe(
      '5/10 thành viên Hội đồng đồng ý (5 tại cuộc họp, 0 bằng văn bản), không đạt quá nửa tổng số thành viên (cần ít nhất 6).',
    );
  });
});

describe('ballots that do not fit the council', () => {
  const threshold = percent(80);

  it('refuses a ballot from someone outside the council', () => {
    const stranger: CouncilBallot = { memberId: 'x', choice: 'for', recordedAs: 'at_meeting' };
    try {
      tallyCouncilVote({ threshold, councilMemberIds: council, ballots: [...ballots(inFavour(2)), stranger] });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(CouncilVoteInvalidError);
      const invalid = error as CouncilVoteInvalidError;
      expect(invalid.code).toBe('COUNCIL_VOTE.INVALID');
      expect(invalid.fieldErrors).toEqual([
        {
          field: 'ballots[2].memberId',
          message: { vi: 'Người bỏ phiếu không phải là thành viên Hội đồng.', en: 'The voter is not a member of the council.' },
        },
      ]);
    }
  });

  it('refuses two ballots from one member, even one at the meeting and one in writing', () => {
    const twice: CouncilBallot[] = [
      { memberId: 'm1', choice: 'for', recordedAs: 'at_meeting' },
      { memberId: 'm1', choice: 'for', recordedAs: 'written_opinion' },
    ];
    expect(() => tallyCouncilVote({ threshold, councilMemberIds: council, ballots: twice })).toThrow(CouncilVoteInvalidError);
  });

  it('refuses a council without members', () => {
    expect(() => tallyCouncilVote({ threshold, councilMemberIds: [], ballots: [] })).toThrow(CouncilVoteInvalidError);
  });

  it('refuses a threshold above 100 %', () => {
    expect(() => tallyCouncilVote({ threshold: percent(101), councilMemberIds: council, ballots: [] })).toThrow(RangeError);
  });
});

describe('sessionDateRefusal', () => {
  it('takes a session from the day of submission up to today', () => {
    expect(sessionDateRefusal({ heldOn: '2024-01-10', today: '2024-02-21', submittedOn: '2024-01-10' })).toBeNull();
    expect(sessionDateRefusal({ heldOn: '2024-02-21', today: '2024-02-21', submittedOn: '2024-01-10' })).toBeNull();
  });

  it('refuses a day still to come, or one before the dossier was submitted', () => {
    expect(sessionDateRefusal({ heldOn: '2024-02-22', today: '2024-02-21', submittedOn: '2024-01-10' })?.message.vi).toBe(
      'Ngày họp 22/02/2024 chưa đến.',
    );
    expect(sessionDateRefusal({ heldOn: '2024-01-09', today: '2024-02-21', submittedOn: '2024-01-10' })).toEqual({
      field: 'heldOn',
      message: {
        vi: 'Ngày họp không được trước ngày nộp hồ sơ (10/01/2024).',
        en: 'The session cannot precede the submission of the dossier (2024-01-10).',
      },
    });
  });
});
