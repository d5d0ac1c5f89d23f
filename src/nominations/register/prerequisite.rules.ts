import { joinTexts, text, type LocalizedText } from '../../platform/i18n/locale.js';
import type { Prerequisite } from '../award-types/rule-set.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';
import { checkResult, type EligibilityCheck, quotedName } from '../nominations/eligibility-check.js';

/** One award recorded in the register (sổ khen thưởng) for the nominee. */
export interface RegisterEntry {
  awardTypeCode: string;
  year: number;
}

function yearsText(years: number[]): string {
  return years.length === 0 ? '—' : years.join(', ');
}

/** Whether the register holds a run of the prerequisite titles, and the reason either way. */
function prerequisiteMet(
  prerequisite: Prerequisite,
  year: number,
  register: readonly RegisterEntry[],
  awardTypeNames: ReadonlyMap<string, LocalizedText>,
): { met: boolean; reason: LocalizedText } {
  const held = new Set(register.filter((e) => prerequisite.anyOf.includes(e.awardTypeCode)).map((e) => e.year));
  const names = joinTexts(
    prerequisite.anyOf.map((code) => quotedName(awardTypeNames.get(code) ?? text(code, code))),
    M.or,
  );
  const n = prerequisite.consecutiveYears;
  for (let end = year; end >= year - prerequisite.mayEndYearsBefore; end--) {
    const run = Array.from({ length: n }, (_, i) => end - n + 1 + i);
    if (run.every((y) => held.has(y))) {
      const span = n === 1 ? `${end}` : `${run[0]}–${end}`;
      return {
        met: true,
        reason: M.prerequisiteHeld(names, n, span),
      };
    }
  }
  const latestEnds = Array.from({ length: prerequisite.mayEndYearsBefore + 1 }, (_, i) => year - i);
  const recorded = yearsText([...held].filter((y) => y <= year).sort((a, b) => a - b));
  return { met: false, reason: M.prerequisiteMissing(names, n, latestEnds, recorded) };
}

/** Titles held in consecutive years, as the award register records them (e.g. 3 × Chiến sĩ thi đua cơ sở). */
export function checkPrerequisites(input: {
  prerequisites: readonly Prerequisite[];
  year: number;
  register: readonly RegisterEntry[];
  awardTypeNames: ReadonlyMap<string, LocalizedText>;
}): EligibilityCheck {
  if (input.prerequisites.length === 0) {
    return checkResult('PREREQUISITES', true, M.noPrerequisites);
  }
  const outcomes = input.prerequisites.map((p) => prerequisiteMet(p, input.year, input.register, input.awardTypeNames));
  return checkResult(
    'PREREQUISITES',
    outcomes.every((o) => o.met),
    joinTexts(
      outcomes.map((o) => o.reason),
      text(' ', ' '),
    ),
  );
}
