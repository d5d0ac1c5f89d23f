import { text, type Locale, type LocalizedText } from '../i18n/locale.js';

/**
 * An exact fraction: council thresholds (80/100) and cash multiples (15/10 for 1.5×) are kept as
 * integers so that no rule ever depends on floating-point rounding.
 */
export interface Ratio {
  numerator: number;
  denominator: number;
}

function ratio(numerator: number, denominator: number): Ratio {
  if (!Number.isSafeInteger(numerator) || numerator < 0 || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new RangeError(`Not a non-negative fraction: ${numerator}/${denominator}`);
  }
  return { numerator, denominator };
}

/** `percent(80)` is 80 %. */
export function percent(value: number): Ratio {
  return ratio(value, 100);
}

/** `times('1.5')` is 1.5×, written as the decree writes it and kept as 15/10. */
export function times(decimal: string): Ratio {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(decimal);
  if (!match) throw new RangeError(`Not a decimal multiple: ${decimal}`);
  const fraction = match[2] ?? '';
  return ratio(Number(match[1] + fraction), 10 ** fraction.length);
}

/** ⌊a / b⌋ for non-negative integers, without floating-point division. */
export function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/** ⌈a / b⌉ for non-negative integers, without floating-point division. */
export function ceilDiv(a: number, b: number): number {
  return floorDiv(a, b) + (a % b === 0 ? 0 : 1);
}

/** ⌊n × r⌋ */
export function floorOf(n: number, r: Ratio): number {
  return floorDiv(n * r.numerator, r.denominator);
}

/** ⌈n × r⌉ */
export function ceilOf(n: number, r: Ratio): number {
  return ceilDiv(n * r.numerator, r.denominator);
}

/** A number as each locale writes it: "1,5" and "18.720.000" in Vietnamese, "1.5" and "18,720,000" in English. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', { maximumFractionDigits: 2 }).format(value);
}

/** "80%" */
export function percentText(r: Ratio): LocalizedText {
  const value = (locale: Locale) => `${formatNumber((r.numerator * 100) / r.denominator, locale)}%`;
  return text(value('vi'), value('en'));
}

/** "1,5" in Vietnamese, "1.5" in English. */
export function multipleText(r: Ratio): LocalizedText {
  const value = (locale: Locale) => formatNumber(r.numerator / r.denominator, locale);
  return text(value('vi'), value('en'));
}

/** "18.720.000" in Vietnamese, "18,720,000" in English. */
export function amountText(vnd: number): LocalizedText {
  return text(formatNumber(vnd, 'vi'), formatNumber(vnd, 'en'));
}
