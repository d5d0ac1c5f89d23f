import type { FieldError } from '../../platform/errors/domain-error.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import { RuleSetTimelineError, checkRuleSetTimeline, submissionWindowFor, type AwardRuleSet, type DatedRuleSet } from './rule-set.js';
import { addDays, type IsoDate } from '../../platform/time/calendar.js';
import { type Ratio } from '../../platform/numbers/ratio.js';

function aboveOne(r: Ratio | null | undefined): boolean {
  return r != null && r.numerator > r.denominator;
}

/** Leap and common years, so that a window on 29 February is caught whichever year comes first. */
const PROBE_YEARS = [2023, 2024];

/**
 * What a rule set says that no field check can see on its own: shares above 100 %, windows that do
 * not exist every year or close before they open, prerequisites naming award types that do not exist.
 */
export function ruleSetViolations(ruleSet: AwardRuleSet, knownAwardCodes: ReadonlySet<string>): FieldError[] {
  const violations: FieldError[] = [];
  if (aboveOne(ruleSet.councilThreshold)) {
    violations.push({
      field: 'councilThreshold',
      message: M.councilThresholdAboveAll,
    });
  }
  if (ruleSet.quota?.kind === 'share_of_members' && aboveOne(ruleSet.quota.share)) {
    violations.push({
      field: 'quota.share',
      message: M.quotaShareAboveAll,
    });
  }
  const window = ruleSet.submissionWindow;
  if (window) {
    try {
      PROBE_YEARS.forEach((year) => submissionWindowFor(window, year));
    } catch {
      violations.push({
        field: 'submissionWindow',
        message: M.windowInvalid,
      });
    }
  }
  ruleSet.prerequisites.forEach((prerequisite, index) => {
    const unknown = prerequisite.anyOf.filter((code) => !knownAwardCodes.has(code));
    if (unknown.length > 0) {
      violations.push({
        field: `prerequisites[${index}].anyOf`,
        message: M.unknownAwardCodes(unknown),
      });
    }
  });
  return violations;
}

export interface RuleSetAddition {
  /** The open-ended rule set that the new one ends, with the day it now ends on. */
  closes: { id: string; effectiveTo: IsoDate } | null;
}

/**
 * Adds a rule set to an award type's timeline: a rule set still in force with no end, and begun
 * before the new one, ends the day before it (a new decree replaces the old from its first day).
 * Anything else must fit without gap or overlap. Throws RuleSetTimelineError naming `effectiveFrom`.
 */
export function planRuleSetAddition<T extends DatedRuleSet & { id: string }>(existing: readonly T[], added: DatedRuleSet): RuleSetAddition {
  const open = existing.find((r) => r.effectiveTo === null && r.effectiveFrom < added.effectiveFrom);
  const closes = open ? { id: open.id, effectiveTo: addDays(added.effectiveFrom, -1) } : null;
  const timeline: DatedRuleSet[] = existing.map((r) => (r.id === closes?.id ? { ...r, effectiveTo: closes.effectiveTo } : r));
  try {
    checkRuleSetTimeline([...timeline, added]);
  } catch (error) {
    if (!(error instanceof RuleSetTimelineError)) throw error;
    throw new RuleSetTimelineError(error.text, [{ field: 'effectiveFrom', message: error.text }]);
  }
  return { closes };
}
