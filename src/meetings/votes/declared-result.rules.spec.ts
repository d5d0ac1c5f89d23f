import { describe, expect, it } from '@jest/globals';
import { checkDeclaredResult, declaredTally } from './declared-result.rules.js';
import { DEFAULT_VOTE_RULE_SET } from './vote-rule-set.js';

const CANDIDATES = ['son-la', 'hoa-binh', 'phu-tho'];
const allPresent = { round: 1, candidateIds: CANDIDATES, places: 2, memberCount: 8, presentCount: 8 };

describe('a result declared by show of hands records who was chosen and no count', () => {
  const result = declaredTally('flag_proposal', DEFAULT_VOTE_RULE_SET, allPresent, {
    form: 'show_of_hands',
    chosenIds: ['hoa-binh', 'son-la'],
  });

  it('chooses the units declared and says how, with every figure left at nothing', () => {
    expect(result).toMatchObject({ declared: 'show_of_hands', chosen: ['hoa-binh', 'son-la'], ballotsValid: 0, ballotsInvalid: 0 });
    expect(result.candidates.map((c) => [c.candidateId, c.passed, c.share, c.percent])).toEqual([
      ['son-la', true, null, null],
      ['hoa-binh', true, null, null],
      ['phu-tho', false, null, null],
    ]);
    expect(result.candidates[2].reasons[0].text.vi).toBe('Không được chọn, biểu quyết giơ tay, không ghi số phiếu.');
    expect(result.next.kind).toBe('decided');
  });

  it('still needs the quorum on the roll taken when the round opened', () => {
    const short = declaredTally(
      'flag_proposal',
      DEFAULT_VOTE_RULE_SET,
      { ...allPresent, presentCount: 5 },
      { form: 'unanimous', chosenIds: ['son-la'] },
    );
    expect(short.chosen).toEqual([]);
    expect(short.next.kind).toBe('no_quorum');
  });

  it('approves a chair handover declared unanimous', () => {
    const handover = declaredTally(
      'chair_handover',
      DEFAULT_VOTE_RULE_SET,
      { ...allPresent, candidateIds: ['lao-cai'], places: 1 },
      { form: 'unanimous', approved: true },
    );
    expect(handover.chosen).toEqual(['lao-cai']);
    expect(handover.answers).toMatchObject({ passed: true, yes: { votes: 0, share: null } });
  });
});

describe('refuses a declared result that does not fit the ballot', () => {
  it('says what is wrong, field by field', () => {
    expect(
      checkDeclaredResult('flag_proposal', allPresent, { form: 'consensus', chosenIds: ['son-la', 'ha-noi', 'son-la'] }).map(
        (p) => p.field,
      ),
    ).toEqual(['chosenIds', 'chosenIds[1]', 'chosenIds[2]']);
    expect(checkDeclaredResult('question', allPresent, { form: 'consensus', chosenIds: [] }).map((p) => p.field)).toEqual([
      'approved',
      'chosenIds',
    ]);
    expect(checkDeclaredResult('question', allPresent, { form: 'consensus', approved: false })).toEqual([]);
  });
});
