import { describe, expect, it } from '@jest/globals';
import { DEFAULT_VOTE_RULE_SET } from '../votes/vote-rule-set.js';
import { voteOutcome } from '../votes/vote-rounds.rules.js';
import { tally, type TallyResult } from '../votes/vote.rules.js';
import { checkFallbackDecision, countBehind, planResolution, resolutionStatus, resolutionSummary } from './resolution.rules.js';

const common = { rules: DEFAULT_VOTE_RULE_SET, memberCount: 8, presentCount: 8, ballotsValid: 8, ballotsInvalid: 0 };

function flagRound(round: number, places: number, votes: Record<string, number>): TallyResult {
  const list = Object.entries(votes).map(([candidateId, count]) => ({ candidateId, votes: count }));
  return tally({ ...common, subject: 'flag_proposal', round, places, votes: list });
}

describe('what a closed vote resolves', () => {
  it('proposes the units its rounds chose', () => {
    const plan = planResolution(voteOutcome([flagRound(1, 2, { 'son-la': 7, 'hoa-binh': 6, 'phu-tho': 1 })]));
    expect(plan).toEqual({ adopted: true, chosenIds: ['son-la', 'hoa-binh'], fallback: null });
  });

  it('leaves places to the chair and vice-chair after the last round', () => {
    const rounds = [flagRound(1, 2, { 'son-la': 5, 'hoa-binh': 4, 'phu-tho': 4 }), flagRound(2, 1, { 'hoa-binh': 4, 'phu-tho': 4 })];
    expect(planResolution(voteOutcome(rounds))).toEqual({
      adopted: true,
      chosenIds: ['son-la'],
      fallback: { candidateIds: ['hoa-binh', 'phu-tho'], places: 1 },
    });
  });

  it('resolves nothing before the last round, and records a rejected question as not adopted', () => {
    expect(planResolution(voteOutcome([flagRound(1, 2, { 'son-la': 6, 'hoa-binh': 5, 'phu-tho': 5 })]))).toBeNull();
    const question = tally({ ...common, subject: 'question', round: 1, answers: { yes: 4, no: 1, abstain: 3 } });
    expect(planResolution(voteOutcome([question]))).toEqual({ adopted: false, chosenIds: [], fallback: null });
  });

  it('names the count each proposal rests on: the round that chose it, or the last round it stood in', () => {
    const rounds = [flagRound(1, 2, { 'son-la': 5, 'hoa-binh': 4, 'phu-tho': 4 }), flagRound(2, 1, { 'hoa-binh': 4, 'phu-tho': 4 })];
    expect(countBehind(rounds, 'son-la', 'vote')).toMatchObject({ round: 1, candidate: { votes: 5, rank: 1 } });
    expect(countBehind(rounds, 'hoa-binh', 'chair_and_vice_chair')).toMatchObject({ round: 2, candidate: { votes: 4 } });
    expect(countBehind(rounds, 'lao-cai', 'vote')).toBeNull();
  });
});

describe('the status of a resolution', () => {
  it('waits for the chair when a vice-chair is elected before next year has one', () => {
    expect(resolutionStatus('vice_chair_election', ['yen-bai'], false, false)).toBe('pending_chair');
    expect(resolutionStatus('vice_chair_election', ['yen-bai'], false, true)).toBe('applied');
  });

  it('awaits the fallback first, and applies nothing when nothing is decided', () => {
    expect(resolutionStatus('flag_proposal', ['son-la'], true, true)).toBe('awaiting_fallback');
    expect(resolutionStatus('chair_handover', [], false, true)).toBe('recorded');
    expect(resolutionStatus('question', [], false, true)).toBe('recorded');
    expect(resolutionStatus('chair_handover', ['lao-cai'], false, true)).toBe('applied');
  });
});

describe('the wording of a resolution', () => {
  const base = { year: 2023, title: 'Suy tôn', award: { vi: 'Cờ thi đua', en: 'Emulation Flag' }, adopted: true, awaitingFallback: false };

  it('reads as the news item of 27/11/2023 does', () => {
    expect(resolutionSummary({ ...base, subject: 'flag_proposal', names: ['LHH Sơn La', 'LHH Hòa Bình'] })).toEqual({
      vi: 'Hội nghị suy tôn, đề nghị tặng Cờ thi đua cho LHH Sơn La và LHH Hòa Bình.',
      en: 'The meeting proposes LHH Sơn La and LHH Hòa Bình for the Emulation Flag.',
    });
    expect(resolutionSummary({ ...base, subject: 'vice_chair_election', names: ['LHH Yên Bái'] }).vi).toBe(
      'Hội nghị bầu LHH Yên Bái làm Cụm phó năm 2024.',
    );
    expect(resolutionSummary({ ...base, subject: 'chair_handover', names: ['LHH Lào Cai'] }).en).toBe(
      'The meeting handed the 2024 chair to LHH Lào Cai.',
    );
  });

  it('says when places are left to the chair and vice-chair, or when no one was chosen', () => {
    expect(resolutionSummary({ ...base, subject: 'flag_proposal', names: ['A', 'B', 'C'], awaitingFallback: true }).vi).toBe(
      'Hội nghị suy tôn, đề nghị tặng Cờ thi đua cho A, B và C. Vị trí còn lại do Cụm trưởng và Cụm phó quyết định.',
    );
    expect(resolutionSummary({ ...base, subject: 'vice_chair_election', names: [], adopted: false }).vi).toBe(
      'Hội nghị không chọn được đơn vị nào: Suy tôn.',
    );
  });
});

describe('the chair and vice-chair decision', () => {
  const open = { candidateIds: ['hoa-binh', 'phu-tho'], places: 1 };

  it('takes up to the places left, among the candidates left', () => {
    expect(checkFallbackDecision(open, ['hoa-binh'])).toEqual([]);
    expect(checkFallbackDecision(open, [])).toEqual([]);
    expect(checkFallbackDecision(open, ['hoa-binh', 'phu-tho']).map((p) => p.field)).toEqual(['organizationIds']);
    expect(checkFallbackDecision(open, ['son-la']).map((p) => p.field)).toEqual(['organizationIds[0]']);
    expect(checkFallbackDecision({ ...open, places: 2 }, ['hoa-binh', 'hoa-binh']).map((p) => p.field)).toEqual(['organizationIds[1]']);
  });
});
