import { joinTexts, text, type LocalizedText } from '../../platform/i18n/locale.js';
import type { Prerequisite } from '../award-types/rule-set.js';
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
    text(' hoặc ', ' or '),
  );
  const n = prerequisite.consecutiveYears;
  for (let end = year; end >= year - prerequisite.mayEndYearsBefore; end--) {
    const run = Array.from({ length: n }, (_, i) => end - n + 1 + i);
    if (run.every((y) => held.has(y))) {
      const span = n === 1 ? `${end}` : `${run[0]}–${end}`;
      return {
        met: true,
        reason: text(`Đã đạt ${names.vi} ${n} năm liên tục (${span}).`, `Held ${names.en} ${n} years in a row (${span}).`),
      };
    }
  }
  const latestEnds = Array.from({ length: prerequisite.mayEndYearsBefore + 1 }, (_, i) => year - i);
  const recorded = yearsText([...held].filter((y) => y <= year).sort((a, b) => a - b));
  const ends = latestEnds.join(' hoặc ');
  return {
    met: false,
    reason: text(
      `Cần đạt ${names.vi} ${n} năm liên tục, kết thúc vào năm ${ends}; sổ khen thưởng ghi nhận các năm: ${recorded}.`,
      `Needs ${names.en} ${n} years in a row, ending in ${latestEnds.join(' or ')}; the register holds: ${recorded}.`,
    ),
  };
}

/** Titles held in consecutive years, as the award register records them (e.g. 3 × Chiến sĩ thi đua cơ sở). */
export function checkPrerequisites(input: {
  prerequisites: readonly Prerequisite[];
  year: number;
  register: readonly RegisterEntry[];
  awardTypeNames: ReadonlyMap<string, LocalizedText>;
}): EligibilityCheck {
  if (input.prerequisites.length === 0) {
    return checkResult(
      'PREREQUISITES',
      true,
      text('Loại khen thưởng này không yêu cầu danh hiệu đạt trước.', 'This award type requires no earlier titles.'),
    );
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
