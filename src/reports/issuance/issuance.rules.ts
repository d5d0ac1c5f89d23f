import type { FieldError } from '../../platform/errors/domain-error.js';
import type { LocalizedText } from '../../platform/i18n/locale.js';
import { REPORTS_MESSAGES as M } from '../reports.messages.js';
import type { IsoDate } from '../../platform/time/calendar.js';

/*
 * Who issues a cluster's documents of a year and who signs them (rules §6.2, §6.4, §6.8): recorded by the cluster's
 * secretariat once for the year and, where one document differs, for that document. Nothing here is guessed: what is
 * not recorded is printed as a blank line for the clerk to fill in by hand, and listed as missing.
 */

/** The documents a cluster issues (the news item is not one: it is published, not signed). */
export const ISSUED_DOCUMENTS = ['summary-report', 'minutes', 'flag-proposal'] as const;
export type IssuedDocument = (typeof ISSUED_DOCUMENTS)[number];

/** The record for the whole year, or for one document where it differs. */
export const ISSUANCE_SCOPES = ['year', ...ISSUED_DOCUMENTS] as const;
export type IssuanceScope = (typeof ISSUANCE_SCOPES)[number];

/** Thẩm quyền ký (Decree 30 App. I §8): TM. on behalf of a collective body, KT. for the head, Q. acting, TL., TUQ. */
export const SIGNING_CAPACITIES = ['TM', 'KT', 'Q', 'TL', 'TUQ'] as const;
export type SigningCapacity = (typeof SIGNING_CAPACITIES)[number];

/** Ký hiệu of the issuer: upper-case letters (Vietnamese Đ included), digits and hyphens, e.g. "LHH" or "LHH-VP". */
export const ISSUER_SYMBOL = /^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u;

/** One record as stored: every field may be left to the year's record (or to nothing) by being null. */
export interface IssuanceFields {
  /** Tên cơ quan, tổ chức ban hành, as printed in the header. */
  issuingBody: string | null;
  /** Tên cơ quan, tổ chức chủ quản, when the issuer has a direct superior. */
  superiorBody: string | null;
  /** Địa danh of the date line. */
  place: string | null;
  /** Ký hiệu of the issuer, after the document type: "LHH" in "Số: 05/BC-LHH". */
  symbol: string | null;
  /** The number the văn thư assigned (one document only). */
  number: number | null;
  /** The date it was issued (one document only). */
  issuedOn: IsoDate | null;
  capacity: SigningCapacity | null;
  /** The body or head the signer signs for after TM./KT./Q.: "Ban Thường vụ", "Chủ tịch". */
  signingFor: string | null;
  /** The signer's position: "Phó Chủ tịch". */
  signerTitle: string | null;
  signerName: string | null;
  /**
   * The awarding body's regulation a tờ trình rests on, as cited: "Quy chế Thi đua, khen thưởng của Liên hiệp các Hội
   * Khoa học và Kỹ thuật Việt Nam ban hành kèm theo Quyết định số …". Which one is in force is UNVERIFIED (rules §3.1).
   */
  regulation: string | null;
}

export interface IssuanceRecord extends IssuanceFields {
  scope: IssuanceScope;
  version: number;
  updatedAt: Date;
  updatedBy: string | null;
}

/** What a document prints in its header and signature: the document's record over the year's, over the defaults. */
export interface Issuance {
  issuingBody: string;
  superiorBody: string | null;
  place: string | null;
  symbol: string | null;
  number: number | null;
  issuedOn: IsoDate | null;
  signer: { capacity: SigningCapacity | null; signingFor: string | null; title: string | null; name: string | null };
  regulation: string | null;
}

export const EMPTY_ISSUANCE: IssuanceFields = {
  issuingBody: null,
  superiorBody: null,
  place: null,
  symbol: null,
  number: null,
  issuedOn: null,
  capacity: null,
  signingFor: null,
  signerTitle: null,
  signerName: null,
  regulation: null,
};

const FIELDS = Object.keys(EMPTY_ISSUANCE) as (keyof IssuanceFields)[];

/**
 * The issuance of one document: each field from the document's record, else the year's (number and date only from
 * the document's own: they are never shared), else `defaults` (the issuing body and place the registry knows).
 */
export function issuanceOf(
  records: readonly Pick<IssuanceRecord, 'scope' | keyof IssuanceFields>[],
  document: IssuedDocument,
  defaults: { issuingBody: string; place: string | null },
): Issuance {
  const own = records.find((r) => r.scope === document);
  const year = records.find((r) => r.scope === 'year');
  const field = <K extends keyof IssuanceFields>(key: K): IssuanceFields[K] =>
    own?.[key] ?? (key === 'number' || key === 'issuedOn' ? null : (year?.[key] ?? null));
  return {
    issuingBody: field('issuingBody') ?? defaults.issuingBody,
    superiorBody: field('superiorBody'),
    place: field('place') ?? defaults.place,
    symbol: field('symbol'),
    number: field('number'),
    issuedOn: field('issuedOn'),
    signer: { capacity: field('capacity'), signingFor: field('signingFor'), title: field('signerTitle'), name: field('signerName') },
    regulation: field('regulation'),
  };
}

/** Whether any field of the record is set. */
export function isRecorded(fields: IssuanceFields): boolean {
  return FIELDS.some((key) => fields[key] !== null);
}

function violation(field: string, message: LocalizedText): FieldError {
  return { field, message };
}

/** Why the record cannot be saved as it would stand; an empty list means it can. */
export function checkIssuance(scope: IssuanceScope, year: number, fields: IssuanceFields): FieldError[] {
  const found: FieldError[] = [];
  if (scope === 'year') {
    if (fields.number !== null) {
      found.push(violation('number', M.numberNotForTheYear));
    }
    if (fields.issuedOn !== null) {
      found.push(violation('issuedOn', M.dateNotForTheYear));
    }
  }
  const issuedYear = fields.issuedOn === null ? null : Number(fields.issuedOn.slice(0, 4));
  if (issuedYear !== null && (issuedYear < year || issuedYear > year + 1)) {
    found.push(violation('issuedOn', M.issuedOutsideYears(year)));
  }
  if (fields.signingFor !== null && fields.capacity === null) {
    found.push(violation('capacity', M.capacityMissing));
  }
  return found;
}
