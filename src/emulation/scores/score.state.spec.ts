import { describe, expect, it } from '@jest/globals';
import { isFixed, isPublic, SCORE_TABLE_WORKFLOW } from './score.state.js';

describe('the score table workflow', () => {
  it('lets members self-score only while the table is open, and only for themselves', () => {
    expect(SCORE_TABLE_WORKFLOW.can('open', 'self_score', ['member'])).toBe(true);
    expect(SCORE_TABLE_WORKFLOW.can('published', 'self_score', ['member'])).toBe(false);
    expect(SCORE_TABLE_WORKFLOW.can('open', 'cross_score', ['member'])).toBe(false);
  });

  it('runs open → published → fixed by the secretariat, agreed scores only once published', () => {
    expect(SCORE_TABLE_WORKFLOW.next('open', 'publish', ['secretariat'])).toBe('published');
    expect(SCORE_TABLE_WORKFLOW.next('published', 'fix', ['secretariat'])).toBe('fixed');
    expect(SCORE_TABLE_WORKFLOW.can('open', 'agree', ['secretariat'])).toBe(false);
    expect(SCORE_TABLE_WORKFLOW.allowedActions('fixed', ['secretariat', 'member'])).toEqual([]);
  });

  it('shows every sheet to every member from publication on', () => {
    expect([isPublic('open'), isPublic('published'), isPublic('fixed')]).toEqual([false, true, true]);
    expect([isFixed('open'), isFixed('published'), isFixed('fixed')]).toEqual([false, false, true]);
  });
});
