import { describe, expect, it } from '@jest/globals';
import type { QuotaRule } from '../../nominations/award-types/quota.rules.js';
import { percent } from '../../platform/numbers/ratio.js';
import { type BallotInput, checkBallot } from '../ballots/ballot.rules.js';
import { countBallots } from './ballot-count.spec-support.js';
import { checkQuorum, meetsProportion, minimumToMeet } from './vote-quorum.rules.js';
import { tallyInputFor } from './vote-rounds.rules.js';
import { DEFAULT_VOTE_RULE_SET, type Proportion, type ThresholdBase, type VoteRuleSet, type VoteSubject } from './vote-rule-set.js';
import { checkVoteRuleSet, flagQuota } from './vote-settings.rules.js';
import { tally, type FlagProposalTally, type TallyResult } from './vote.rules.js';

/** The VUSTA flag's quota in the award catalog (UNVERIFIED, domain notes 1.9): 25 % of the members, rounded down. */
const quarterRoundedDown: QuotaRule = { kind: 'share_of_members', share: percent(25), rounding: 'down' };

const CLUSTER_3 = ['son-la', 'dien-bien', 'lai-chau', 'lao-cai', 'yen-bai', 'vinh-phuc', 'phu-tho', 'hoa-binh'];

/** Eight member units, all present, first round, default rules. */
const allPresent = { rules: DEFAULT_VOTE_RULE_SET, round: 1, memberCount: 8, presentCount: 8 };

function votes(counts: Record<string, number>) {
  return Object.entries(counts).map(([candidateId, count]) => ({ candidateId, votes: count }));
}

/** A flag round of Cluster 3: all 8 present, every ballot valid, 2 places, unless `overrides` say otherwise. */
function flagRound(counts: Record<string, number>, overrides: Partial<FlagProposalTally> = {}): TallyResult {
  return tally({
    ...allPresent,
    subject: 'flag_proposal',
    places: 2,
    ballotsValid: 8,
    ballotsInvalid: 0,
    votes: votes(counts),
    ...overrides,
  });
}

/** The tally of a first round of Cluster 3 with all 8 present, as closing the round computes it. */
function tallyRound(subject: VoteSubject, round: { candidateIds: string[]; places: number }, ballots: readonly BallotInput[]) {
  const { count } = countBallots(subject, round, ballots);
  return {
    count,
    result: tally(tallyInputFor(subject, DEFAULT_VOTE_RULE_SET, { ...round, round: 1, memberCount: 8, presentCount: 8 }, count)),
  };
}

function byId(result: TallyResult, id: string) {
  const candidate = result.candidates.find((c) => c.candidateId === id);
  if (!candidate) throw new Error(`no result for ${id}`);
  return candidate;
}

function reasonCodes(result: TallyResult, id: string) {
  return byId(result, id).reasons.map((r) => r.code);
}

describe('Cluster 3 on 27/11/2023 proposes the Flag for Sơn La and Hòa Bình', () => {
  const quota = flagQuota(quarterRoundedDown, CLUSTER_3.length);
  const ballots = [
    ...Array.from({ length: 5 }, () => ['son-la', 'hoa-binh']),
    ['son-la', 'phu-tho'],
    ['son-la', 'lao-cai'],
    ['hoa-binh', 'yen-bai'],
  ];
  const { count: counted, result } = tallyRound(
    'flag_proposal',
    { candidateIds: CLUSTER_3, places: quota.quota },
    ballots.map((choices) => ({ choices })),
  );

  it('allows 2 flags: 25 % of 8 members, rounded down', () => {
    expect(quota.quota).toBe(2);
    expect(quota.explanation).toEqual({
      vi: '25% số thành viên (8), làm tròn xuống: 2 đề nghị',
      en: '25% of the members (8), rounded down: 2 nominations',
    });
  });

  it('counts the 8 ballots, all valid', () => {
    expect(counted.ballotsValid).toBe(8);
    expect(counted.ballotsInvalid).toBe(0);
    expect(counted.votes?.find((v) => v.candidateId === 'son-la')?.votes).toBe(7);
    expect(counted.votes?.find((v) => v.candidateId === 'hoa-binh')?.votes).toBe(6);
  });

  it('passes Sơn La and Hòa Bình with more than half of all 8 members', () => {
    expect(result.quorum.met).toBe(true);
    expect(result.chosen).toEqual(['son-la', 'hoa-binh']);
    expect(byId(result, 'son-la')).toMatchObject({
      votes: 7,
      share: { numerator: 7, denominator: 8 },
      percent: 87.5,
      rank: 1,
      status: 'chosen',
      passed: true,
    });
    expect(byId(result, 'hoa-binh')).toMatchObject({ votes: 6, percent: 75, rank: 2, status: 'chosen', passed: true });
    expect(reasonCodes(result, 'son-la')).toEqual(['THRESHOLD_MET', 'WITHIN_QUOTA']);
    expect(byId(result, 'son-la').reasons[0].text.vi).toBe(
      'Đạt ngưỡng: 7/8 phiếu (87,5%) so với tổng số đơn vị thành viên; yêu cầu trên 1/2.',
    );
    expect(byId(result, 'hoa-binh').reasons[1].text.vi).toBe('Trong chỉ tiêu 2 đơn vị: xếp thứ 2.');
  });

  it('explains why the others did not pass', () => {
    expect(byId(result, 'phu-tho')).toMatchObject({ votes: 1, percent: 12.5, rank: 3, status: 'below_threshold', passed: false });
    expect(byId(result, 'dien-bien')).toMatchObject({ votes: 0, percent: 0, rank: 6, passed: false });
    expect(byId(result, 'phu-tho').reasons).toEqual([
      {
        code: 'THRESHOLD_NOT_MET',
        text: {
          vi: 'Không đạt ngưỡng: 1/8 phiếu (12,5%) so với tổng số đơn vị thành viên; yêu cầu trên 1/2, tức ít nhất 5 phiếu.',
          en: 'Threshold not met: 1 of 8 votes (12.5%) against all member units; more than 1/2 required, that is at least 5 votes.',
        },
      },
    ]);
  });

  it('needs no further round', () => {
    expect(result.threshold).toMatchObject({ base: 'all_members', baseCount: 8, minimumVotes: 5 });
    expect(result.threshold.text.vi).toBe('Ngưỡng thông qua: trên 1/2 tổng số đơn vị thành viên (8), tức ít nhất 5 phiếu.');
    expect(result.next.kind).toBe('decided');
  });
});

describe('Cluster 3 elects Yên Bái vice-chair for 2024', () => {
  const ballots = [...Array.from({ length: 6 }, () => ['yen-bai']), ['phu-tho'], []];
  const { count: counted, result } = tallyRound(
    'vice_chair_election',
    { candidateIds: CLUSTER_3, places: 1 },
    ballots.map((choices) => ({ choices })),
  );

  it('elects Yên Bái with 6 of 8 votes', () => {
    expect(counted).toMatchObject({ ballotsValid: 8, ballotsInvalid: 0 });
    expect(result.chosen).toEqual(['yen-bai']);
    expect(byId(result, 'yen-bai')).toMatchObject({ votes: 6, percent: 75, status: 'chosen' });
    expect(reasonCodes(result, 'yen-bai')).toEqual(['THRESHOLD_MET', 'ELECTED']);
    expect(reasonCodes(result, 'phu-tho')).toEqual(['THRESHOLD_NOT_MET']);
    expect(result.next.kind).toBe('decided');
  });
});

describe('Cluster 3 hands the 2024 chair to Lào Cai', () => {
  const ballots = Array.from({ length: 8 }, () => ({ answer: 'yes' }));
  const { count, result } = tallyRound('chair_handover', { candidateIds: ['lao-cai'], places: 1 }, ballots);

  it('confirms Lào Cai with all 8 yes votes', () => {
    expect(count.answers).toEqual({ yes: 8, no: 0, abstain: 0 });
    expect(result.chosen).toEqual(['lao-cai']);
    expect(byId(result, 'lao-cai')).toMatchObject({ votes: 8, percent: 100, status: 'chosen', passed: true });
    expect(reasonCodes(result, 'lao-cai')).toEqual(['THRESHOLD_MET', 'CONFIRMED']);
    expect(result.answers).toMatchObject({ yes: { votes: 8, percent: 100 }, no: { votes: 0 }, abstain: { votes: 0 }, passed: true });
    expect(result.next.kind).toBe('decided');
  });
});

describe('counts electronic ballots and refuses those approving more than K or a non-candidate', () => {
  const ballots = [['son-la', 'hoa-binh'], ['son-la', 'hoa-binh', 'lao-cai'], ['ha-noi'], ['son-la', 'son-la'], []];
  const { count: counted, refused } = countBallots(
    'flag_proposal',
    { candidateIds: CLUSTER_3, places: 2 },
    ballots.map((choices) => ({ choices })),
  );

  it('counts only the valid ones, a blank ballot included', () => {
    expect(counted.ballotsValid).toBe(2);
    expect(counted.ballotsInvalid).toBe(0);
    expect(counted.votes?.filter((v) => v.votes > 0)).toEqual([
      { candidateId: 'son-la', votes: 1 },
      { candidateId: 'hoa-binh', votes: 1 },
    ]);
    expect(refused).toEqual([1, 2, 3]);
  });

  it('says why a ballot is refused', () => {
    expect(checkBallot(['son-la', 'hoa-binh', 'lao-cai'], CLUSTER_3, 2)).toEqual([
      {
        field: 'choices',
        message: { vi: 'Mỗi phiếu chọn tối đa 2 ứng viên; phiếu này chọn 3.', en: 'A ballot may choose at most 2; this one chooses 3.' },
      },
    ]);
    expect(checkBallot(['ha-noi'], CLUSTER_3, 2).map((p) => p.field)).toEqual(['choices[0]']);
    expect(checkBallot(['son-la', 'son-la'], CLUSTER_3, 2)[0].message.vi).toBe('Ứng viên này đã được chọn ở trên.');
  });
});

describe('sets the flag quota per award type: a share of the members or a fixed number', () => {
  it('rounds 25 % of 6 members down to 1 or up to 2', () => {
    expect(flagQuota(quarterRoundedDown, 6).quota).toBe(1);
    expect(flagQuota({ ...quarterRoundedDown, rounding: 'up' }, 6).quota).toBe(2);
  });

  it('leaves a cluster of 3 no flag under 25 % rounded down', () => {
    expect(flagQuota(quarterRoundedDown, 3).quota).toBe(0);
  });

  it('keeps a fixed quota whatever the size of the cluster', () => {
    const fixed = flagQuota({ kind: 'at_most', count: 1 }, 9);
    expect(fixed.quota).toBe(1);
    expect(fixed.explanation.vi).toBe('tối đa 1 đề nghị');
  });
});

describe('refuses to decide when only 5 of 8 members are present', () => {
  const result = flagRound({ 'son-la': 5, 'hoa-binh': 5 }, { presentCount: 5, ballotsValid: 5 });

  it('reports the quorum as not met and passes no one, even with 5 votes each', () => {
    expect(result.quorum).toMatchObject({ met: false, present: 5, members: 8, minimumPresent: 6 });
    expect(result.quorum.reason.text.vi).toBe(
      'Không đủ số lượng đại biểu: 5/8 đơn vị thành viên có mặt (62,5%), yêu cầu ít nhất 2/3; kết quả biểu quyết không có giá trị.',
    );
    expect(result.chosen).toEqual([]);
    expect(byId(result, 'son-la')).toMatchObject({ votes: 5, status: 'quorum_not_met', passed: false });
    expect(reasonCodes(result, 'son-la')).toEqual(['QUORUM_NOT_MET']);
    expect(result.next.kind).toBe('no_quorum');
  });

  it('finds 6 of 8 enough', () => {
    expect(checkQuorum(DEFAULT_VOTE_RULE_SET.quorum, 8, 6).met).toBe(true);
  });
});

describe('does not pass a unit with 4 of 8 votes: that is not more than half', () => {
  const result = flagRound({ 'son-la': 5, 'hoa-binh': 4, 'phu-tho': 4 });

  it('passes Sơn La alone and sends the open place to a second round among the units short of the threshold', () => {
    expect(result.chosen).toEqual(['son-la']);
    expect(byId(result, 'hoa-binh')).toMatchObject({ votes: 4, percent: 50, status: 'below_threshold', passed: false });
    expect(byId(result, 'hoa-binh').reasons[0].text.en).toBe(
      'Threshold not met: 4 of 8 votes (50%) against all member units; more than 1/2 required, that is at least 5 votes.',
    );
    expect(result.next).toMatchObject({ kind: 'runoff', round: 2, cause: 'short', candidateIds: ['hoa-binh', 'phu-tho'], places: 1 });
  });

  it('passes with 4 of 8 when the rule is "at least half"', () => {
    const atLeastHalf: VoteRuleSet = {
      ...DEFAULT_VOTE_RULE_SET,
      threshold: { ...DEFAULT_VOTE_RULE_SET.threshold, comparison: 'at_least' },
    };
    const lenient = flagRound({ 'son-la': 5, 'hoa-binh': 4, 'phu-tho': 3 }, { rules: atLeastHalf });
    expect(lenient.chosen).toEqual(['son-la', 'hoa-binh']);
    expect(lenient.threshold.minimumVotes).toBe(4);
  });
});

describe('reports a tie at the quota cut-off as unresolved and holds the second round only among the tied', () => {
  const first = flagRound({ 'son-la': 6, 'hoa-binh': 5, 'phu-tho': 5 });

  it('chooses the clear leader and leaves the 2nd and 3rd, tied, unresolved', () => {
    expect(first.chosen).toEqual(['son-la']);
    expect(byId(first, 'hoa-binh')).toMatchObject({ rank: 2, status: 'tied', passed: false });
    expect(byId(first, 'phu-tho')).toMatchObject({ rank: 2, status: 'tied', passed: false });
    expect(reasonCodes(first, 'hoa-binh')).toEqual(['THRESHOLD_MET', 'TIED_AT_CUT_OFF']);
    expect(byId(first, 'phu-tho').reasons[1].text.vi).toBe(
      'Bằng phiếu tại vị trí cuối của chỉ tiêu: 2 đơn vị cùng 5 phiếu cho 1 vị trí còn lại; chưa phân định.',
    );
  });

  it('calls round 2 among Hòa Bình and Phú Thọ only, for the one place left', () => {
    expect(first.next).toMatchObject({ kind: 'runoff', round: 2, cause: 'tie', candidateIds: ['hoa-binh', 'phu-tho'], places: 1 });
    expect(first.next.text.vi).toBe('Bỏ phiếu vòng 2 chỉ giữa 2 ứng viên bằng phiếu, cho 1 vị trí còn lại.');
  });

  it('chooses Hòa Bình in round 2', () => {
    const second = flagRound({ 'hoa-binh': 5, 'phu-tho': 3 }, { round: 2, places: 1 });
    expect(second.chosen).toEqual(['hoa-binh']);
    expect(reasonCodes(second, 'hoa-binh')).toEqual(['THRESHOLD_MET', 'WITHIN_QUOTA']);
    expect(second.next.kind).toBe('decided');
  });

  it('puts a third unit passing the threshold over the quota when there is no tie (a cluster of 9)', () => {
    const ofNine = { memberCount: 9, presentCount: 9, ballotsValid: 9 };
    const noTie = flagRound({ 'son-la': 7, 'hoa-binh': 6, 'phu-tho': 5 }, ofNine);
    expect(noTie.chosen).toEqual(['son-la', 'hoa-binh']);
    expect(byId(noTie, 'phu-tho')).toMatchObject({ status: 'over_quota', passed: false });
    expect(byId(noTie, 'phu-tho').reasons[1]).toEqual({
      code: 'OVER_QUOTA',
      text: { vi: 'Vượt chỉ tiêu 2 đơn vị: xếp thứ 3.', en: 'Over the quota of 2: rank 3.' },
    });
    expect(noTie.next.kind).toBe('decided');
  });
});

describe('leaves the choice to the chair and vice-chair after the last round', () => {
  const evenSecondRound = (overrides: Partial<FlagProposalTally> = {}) =>
    flagRound({ 'hoa-binh': 4, 'phu-tho': 4 }, { round: 2, places: 1, ...overrides });

  it('hands the last place to the chair and vice-chair, recorded as their decision', () => {
    const result = evenSecondRound();
    expect(result.chosen).toEqual([]);
    expect(result.next).toMatchObject({
      kind: 'fallback',
      fallback: 'chair_and_vice_chair_decide',
      cause: 'short',
      candidateIds: ['hoa-binh', 'phu-tho'],
      places: 1,
    });
    expect(result.next.text.vi).toBe(
      'Đã hết 2 vòng bỏ phiếu: Cụm trưởng và Cụm phó quyết định 1 vị trí còn lại trong số 2 ứng viên chưa đạt ngưỡng; biên bản ghi rõ là do Cụm trưởng và Cụm phó quyết định.',
    );
  });

  it('leaves the place empty when the rule set says so', () => {
    const result = evenSecondRound({ rules: { ...DEFAULT_VOTE_RULE_SET, fallback: 'places_left_empty' } });
    expect(result.next).toMatchObject({ kind: 'fallback', fallback: 'places_left_empty' });
    expect(result.next.text.en).toBe('All 2 rounds are used: the 1 remaining place stays empty.');
  });

  it('falls back at once when the rule set allows a single round', () => {
    const result = evenSecondRound({ round: 1, rules: { ...DEFAULT_VOTE_RULE_SET, maxRounds: 1 } });
    expect(result.next.kind).toBe('fallback');
  });
});

describe('breaks no tie for vice-chair: two candidates with half the valid ballots each go to round 2', () => {
  const halfOfValid: VoteRuleSet = {
    ...DEFAULT_VOTE_RULE_SET,
    threshold: { numerator: 1, denominator: 2, comparison: 'at_least', base: 'valid_ballots' },
  };
  const result = tally({
    ...allPresent,
    rules: halfOfValid,
    subject: 'vice_chair_election',
    ballotsValid: 8,
    ballotsInvalid: 0,
    votes: votes({ 'yen-bai': 4, 'phu-tho': 4, 'lao-cai': 0 }),
  });

  it('reports the tie and elects no one', () => {
    expect(result.chosen).toEqual([]);
    expect(reasonCodes(result, 'yen-bai')).toEqual(['THRESHOLD_MET', 'TIED_FOR_ELECTION']);
    expect(byId(result, 'yen-bai').reasons[1].text.en).toBe('Tied for the most votes: 2 candidates with 4 votes each; no winner yet.');
    expect(result.next).toMatchObject({ kind: 'runoff', round: 2, cause: 'tie', candidateIds: ['yen-bai', 'phu-tho'], places: 1 });
  });
});

describe('counts abstentions against a yes/no question', () => {
  const question = { ...allPresent, subject: 'question', ballotsValid: 8, ballotsInvalid: 0 } as const;

  it('rejects 4 yes, 1 no and 3 abstentions: 4 of 8 is not more than half', () => {
    const result = tally({ ...question, answers: { yes: 4, no: 1, abstain: 3 } });
    expect(result.candidates).toEqual([]);
    expect(result.answers).toMatchObject({
      yes: { votes: 4, percent: 50 },
      no: { votes: 1, percent: 12.5 },
      abstain: { votes: 3, percent: 37.5 },
      passed: false,
    });
    expect(result.answers?.reasons.map((r) => r.code)).toEqual(['THRESHOLD_NOT_MET', 'REJECTED']);
    expect(result.answers?.reasons[0].text.vi).toBe(
      'Không đạt ngưỡng: 4/8 phiếu tán thành (50%) so với tổng số đơn vị thành viên; yêu cầu trên 1/2, tức ít nhất 5 phiếu tán thành. Phiếu không biểu quyết (3) không được tính là tán thành.',
    );
    expect(result.next.kind).toBe('decided');
  });

  it('approves 5 yes and 3 abstentions', () => {
    const result = tally({ ...question, answers: { yes: 5, no: 0, abstain: 3 } });
    expect(result.answers?.passed).toBe(true);
    expect(result.answers?.reasons.map((r) => r.code)).toEqual(['THRESHOLD_MET', 'APPROVED']);
  });

  it('sends a chair handover that is not confirmed to a second vote on the same unit', () => {
    const result = tally({
      ...allPresent,
      subject: 'chair_handover',
      proposedId: 'lao-cai',
      answers: { yes: 4, no: 1, abstain: 3 },
      ballotsValid: 8,
      ballotsInvalid: 0,
    });
    expect(reasonCodes(result, 'lao-cai')).toEqual(['THRESHOLD_NOT_MET', 'NOT_CONFIRMED']);
    expect(result.next).toMatchObject({ kind: 'runoff', round: 2, candidateIds: ['lao-cai'], places: 1 });
  });
});

describe('gives different results for the same votes when the threshold is a share of those present rather than of all members', () => {
  /** 6 of 8 present, 5 valid ballots and 1 invalid: Sơn La 4 votes, Hòa Bình 3. */
  const sixPresent = (base: ThresholdBase, overrides: Partial<FlagProposalTally> = {}) =>
    flagRound(
      { 'son-la': 4, 'hoa-binh': 3 },
      {
        presentCount: 6,
        ballotsValid: 5,
        ballotsInvalid: 1,
        rules: { ...DEFAULT_VOTE_RULE_SET, threshold: { ...DEFAULT_VOTE_RULE_SET.threshold, base } },
        ...overrides,
      },
    );

  it('does not pass 4 votes against all 8 members', () => {
    const result = sixPresent('all_members');
    expect(result.quorum.met).toBe(true);
    expect(result.chosen).toEqual([]);
    expect(byId(result, 'son-la')).toMatchObject({ share: { numerator: 4, denominator: 8 }, percent: 50 });
  });

  it('passes 4 votes against the 6 members present', () => {
    const result = sixPresent('members_present');
    expect(result.chosen).toEqual(['son-la']);
    expect(byId(result, 'son-la')).toMatchObject({ share: { numerator: 4, denominator: 6 }, percent: 66.67 });
    expect(byId(result, 'son-la').reasons[0].text.vi).toBe(
      'Đạt ngưỡng: 4/6 phiếu (66,67%) so với số đơn vị thành viên có mặt; yêu cầu trên 1/2.',
    );
  });

  it('passes 3 votes against the 5 valid ballots', () => {
    const result = sixPresent('valid_ballots');
    expect(result.chosen).toEqual(['son-la', 'hoa-binh']);
    expect(result.threshold).toMatchObject({ baseCount: 5, minimumVotes: 3 });
  });

  it('passes no one when every ballot is invalid and the base is the valid ballots', () => {
    const result = sixPresent('valid_ballots', { ballotsValid: 0, ballotsInvalid: 6, votes: votes({ 'son-la': 0 }) });
    expect(byId(result, 'son-la')).toMatchObject({ share: null, percent: null, passed: false });
    expect(byId(result, 'son-la').reasons[0].text).toEqual({
      vi: 'Không đạt ngưỡng: số phiếu hợp lệ bằng 0.',
      en: 'Threshold not met: the valid ballots number 0.',
    });
  });
});

describe('compares shares exactly, in whole numbers', () => {
  const proportions: Proportion[] = [
    { numerator: 1, denominator: 2, comparison: 'more_than' },
    { numerator: 1, denominator: 2, comparison: 'at_least' },
    { numerator: 2, denominator: 3, comparison: 'at_least' },
    { numerator: 2, denominator: 3, comparison: 'more_than' },
    { numerator: 4, denominator: 5, comparison: 'at_least' },
    { numerator: 9, denominator: 10, comparison: 'at_least' },
  ];

  it('agrees with the minimum it announces, for every size up to 200', () => {
    for (const proportion of proportions) {
      for (let whole = 1; whole <= 200; whole++) {
        const least = minimumToMeet(whole, proportion);
        expect([whole, least, meetsProportion(least, whole, proportion)]).toEqual([whole, least, true]);
        expect([whole, least, meetsProportion(least - 1, whole, proportion)]).toEqual([whole, least, false]);
      }
    }
  });

  it('counts 6 of 9 as exactly 2/3', () => {
    expect(meetsProportion(6, 9, { numerator: 2, denominator: 3, comparison: 'at_least' })).toBe(true);
    expect(meetsProportion(6, 9, { numerator: 2, denominator: 3, comparison: 'more_than' })).toBe(false);
  });

  it('shows shares rounded half up to 2 decimals, with a decimal comma in Vietnamese', () => {
    const shares = [
      [2, 3],
      [1, 8],
      [1, 800],
      [3, 3],
    ].map(([part, whole]) => {
      const result = tally({
        ...allPresent,
        memberCount: whole,
        presentCount: whole,
        rules: { ...DEFAULT_VOTE_RULE_SET, quorum: { numerator: 0, denominator: 1, comparison: 'at_least' } },
        subject: 'question',
        ballotsValid: whole,
        ballotsInvalid: 0,
        answers: { yes: part, no: whole - part, abstain: 0 },
      });
      return [result.answers?.yes.percent, result.answers?.reasons[0].text.vi.match(/\(([^)]*)\)/)?.[1]];
    });
    expect(shares).toEqual([
      [66.67, '66,67%'],
      [12.5, '12,5%'],
      [0.13, '0,13%'],
      [100, '100%'],
    ]);
  });
});

describe('refuses a rule set that cannot be applied', () => {
  it('accepts the documented defaults', () => {
    expect(checkVoteRuleSet(DEFAULT_VOTE_RULE_SET)).toEqual([]);
  });

  it('names each setting that is wrong', () => {
    const broken: VoteRuleSet = {
      quorum: { numerator: 3, denominator: 2, comparison: 'at_least' },
      threshold: { numerator: 1, denominator: 1, comparison: 'more_than', base: 'all_members' },
      maxRounds: 0,
      fallback: 'chair_and_vice_chair_decide',
    };
    expect(checkVoteRuleSet(broken).map((v) => v.field)).toEqual(['quorum', 'threshold', 'maxRounds']);
    expect(
      checkVoteRuleSet({ ...DEFAULT_VOTE_RULE_SET, threshold: { ...DEFAULT_VOTE_RULE_SET.threshold, numerator: 0 } })[0].message.vi,
    ).toBe('Tỉ lệ phải lớn hơn 0.');
  });
});

describe('refuses a tally whose totals contradict each other', () => {
  it('throws when a candidate has more votes than valid ballots', () => {
    expect(() => flagRound({ 'son-la': 9 })).toThrow(/votes\[0\]\.votes/);
  });

  it('throws when more ballots are cast than members present', () => {
    expect(() => flagRound({ 'son-la': 7 }, { presentCount: 7 })).toThrow(/ballotsIssued/);
  });

  it('throws on a round beyond the rule set', () => {
    expect(() => flagRound({ 'son-la': 7 }, { round: 3 })).toThrow(/round/);
  });
});
