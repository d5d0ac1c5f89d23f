import { text, type LocalizedText } from '../../platform/i18n/locale.js';
import { joinTexts } from '../../platform/i18n/locale.js';
import { NOMINATIONS_MESSAGES as M } from '../nominations.messages.js';

/** Số, ký hiệu of a decision (Decree 30/2020): "123/QĐ-LHHVN" is decision number 123 of VUSTA (LHHVN). */
export interface DecisionNumber {
  number: number;
  /** Ký hiệu: the document type and the issuer's abbreviation, "QĐ-LHHVN". */
  symbol: string;
  /** The issuer's abbreviation, "LHHVN", "TTg": numbers restart per issuer and year. */
  issuer: string;
  reference: string;
}

const DECISION_NUMBER = /^(\d{1,6})\/(QĐ-([\p{L}\d]+(?:-[\p{L}\d]+)*))$/u;

/** The parts of "123/QĐ-LHHVN", or null when it is not written as a decision's number and symbol. */
export function parseDecisionNumber(value: string): DecisionNumber | null {
  const normalized = value.normalize('NFC').replace(/\s+/g, '');
  const match = DECISION_NUMBER.exec(normalized);
  if (!match || Number(match[1]) === 0) return null;
  const number = Number(match[1]);
  return { number, symbol: match[2], issuer: match[3], reference: `${number}/${match[2]}` };
}

export const DECISION_NUMBER_FORMAT = M.decisionNumberFormat;

/** Trích yếu by default: "Về việc tặng Cờ thi đua của … năm 2023", naming each award and its years. */
export function decisionSummary(awards: readonly { name: LocalizedText; year: number }[]): LocalizedText {
  const byName = new Map<string, { name: LocalizedText; years: Set<number> }>();
  for (const award of awards) {
    const entry = byName.get(award.name.vi) ?? { name: award.name, years: new Set<number>() };
    entry.years.add(award.year);
    byName.set(award.name.vi, entry);
  }
  const parts = [...byName.values()].map(({ name, years }) => {
    const list = [...years].sort((a, b) => a - b).join(', ');
    return M.awardOfYears(name, list);
  });
  return M.decisionSummary(joinTexts(parts, text('; ', '; ')));
}
