import { describe, expect, it } from '@jest/globals';
import { checkPaperTotals, type PaperTotals, type PaperTotalsContext } from './paper-totals.rules.js';

const CLUSTER_3 = ['son-la', 'dien-bien', 'lai-chau', 'lao-cai', 'yen-bai', 'vinh-phuc', 'phu-tho', 'hoa-binh'];

/** The flag vote of 27/11/2023 on paper: 8 delegates present, each ballot approving up to 2 units. */
const flagVote: PaperTotalsContext = { presentCount: 8, ballot: { kind: 'candidates', candidateIds: CLUSTER_3, maxChoices: 2 } };

const consistent: PaperTotals = {
  ballotsIssued: 8,
  ballotsCollected: 8,
  ballotsValid: 8,
  ballotsInvalid: 0,
  votes: CLUSTER_3.map((candidateId) => ({
    candidateId,
    votes: { 'son-la': 7, 'hoa-binh': 6, 'phu-tho': 1, 'lao-cai': 1, 'yen-bai': 1 }[candidateId] ?? 0,
  })),
};

function withVotes(counts: Record<string, number>): PaperTotals {
  return { ...consistent, votes: consistent.votes?.map((v) => ({ ...v, votes: counts[v.candidateId] ?? v.votes })) };
}

function fields(totals: PaperTotals, context: PaperTotalsContext = flagVote) {
  return checkPaperTotals(totals, context).map((v) => v.field);
}

describe('accepts the counting committee totals of the Cluster 3 flag vote', () => {
  it('finds nothing to correct', () => {
    expect(checkPaperTotals(consistent, flagVote)).toEqual([]);
  });

  it('accepts fewer ballots collected than issued, and invalid ballots', () => {
    expect(
      fields({
        ...withVotes({ 'son-la': 6, 'hoa-binh': 5, 'lao-cai': 0, 'yen-bai': 0 }),
        ballotsCollected: 7,
        ballotsValid: 6,
        ballotsInvalid: 1,
      }),
    ).toEqual([]);
  });
});

describe('refuses paper totals that do not add up', () => {
  it('refuses more ballots issued than delegates present', () => {
    expect(checkPaperTotals({ ...consistent, ballotsIssued: 9 }, flagVote)).toEqual([
      {
        field: 'ballotsIssued',
        message: {
          vi: 'Số phiếu phát ra (9) không được lớn hơn số đại biểu có mặt được bỏ phiếu (8).',
          en: 'Ballots issued (9) cannot exceed the voters present (8).',
        },
      },
    ]);
  });

  it('refuses more ballots collected than issued', () => {
    expect(fields({ ...consistent, ballotsIssued: 7 })).toEqual(['ballotsCollected']);
  });

  it('refuses valid and invalid ballots that do not make up the ballots collected', () => {
    const found = checkPaperTotals({ ...consistent, ballotsInvalid: 1 }, flagVote);
    expect(found.map((v) => v.field)).toEqual(['ballotsValid']);
    expect(found[0].message.vi).toBe('Số phiếu hợp lệ (8) cộng số phiếu không hợp lệ (1) phải bằng số phiếu thu vào (8).');
  });

  it('refuses a candidate with more votes than valid ballots', () => {
    const found = checkPaperTotals(withVotes({ 'son-la': 9 }), flagVote);
    expect(found.map((v) => v.field)).toContain('votes[0].votes');
    expect(found.find((v) => v.field === 'votes[0].votes')?.message.vi).toBe(
      'Số phiếu của ứng viên (9) không được lớn hơn số phiếu hợp lệ (8).',
    );
  });

  it('refuses more approvals than 2 per valid ballot: some ballot approved more than K', () => {
    const found = checkPaperTotals(withVotes({ 'son-la': 8, 'hoa-binh': 8, 'lao-cai': 1, 'yen-bai': 0, 'phu-tho': 0 }), flagVote);
    expect(found).toEqual([
      {
        field: 'votes',
        message: {
          vi: 'Tổng số phiếu bầu cho các ứng viên (17) vượt quá số phiếu hợp lệ nhân số ứng viên được chọn tối đa trên một phiếu (8 × 2 = 16): có phiếu chọn quá 2 ứng viên.',
          en: 'The votes for all candidates (17) exceed the valid ballots times the choices allowed per ballot (8 × 2 = 16): some ballot chooses more than 2.',
        },
      },
    ]);
  });

  it('refuses numbers that are not whole and not negative, before anything else', () => {
    expect(fields({ ...withVotes({ 'son-la': 6.5 }), ballotsInvalid: -1 })).toEqual(['ballotsInvalid', 'votes[0].votes']);
    expect(checkPaperTotals({ ...consistent, ballotsIssued: 7.5 }, flagVote)[0].message.vi).toBe(
      'Số phiếu phát ra phải là số nguyên không âm.',
    );
  });

  it('refuses a unit that is not a candidate, a candidate counted twice and a candidate left out', () => {
    const votes = consistent.votes ?? [];
    expect(fields({ ...consistent, votes: [...votes.slice(1), { candidateId: 'ha-noi', votes: 0 }] })).toEqual([
      'votes[7].candidateId',
      'votes',
    ]);
    expect(fields({ ...consistent, votes: [...votes, { candidateId: 'son-la', votes: 0 }] })).toEqual(['votes[8].candidateId']);
    expect(fields({ ...consistent, votes: undefined })).toEqual(['votes']);
  });
});

describe('checks the yes / no totals of the chair handover on paper', () => {
  const handover: PaperTotalsContext = { presentCount: 8, ballot: { kind: 'answers' } };
  const counts = { ballotsIssued: 8, ballotsCollected: 8, ballotsValid: 7, ballotsInvalid: 1 };

  it('accepts yes, no and abstentions that make up the valid ballots', () => {
    expect(fields({ ...counts, answers: { yes: 6, no: 0, abstain: 1 } }, handover)).toEqual([]);
  });

  it('refuses answers that do not make up the valid ballots', () => {
    const found = checkPaperTotals({ ...counts, answers: { yes: 7, no: 0, abstain: 1 } }, handover);
    expect(found.map((v) => v.field)).toEqual(['answers']);
    expect(found[0].message.vi).toBe('Số phiếu tán thành, không tán thành và không biểu quyết cộng lại (8) phải bằng số phiếu hợp lệ (7).');
  });

  it('refuses candidate votes on a yes / no ballot and missing answers', () => {
    expect(fields({ ...counts, votes: [{ candidateId: 'lao-cai', votes: 6 }] }, handover)).toEqual(['votes']);
    expect(fields(counts, handover)).toEqual(['answers']);
    expect(fields({ ...consistent, answers: { yes: 8, no: 0, abstain: 0 } })).toEqual(['answers']);
  });
});
