import { text } from '../../platform/i18n/locale.js';
import type { IsoDate } from '../../platform/time/calendar.js';

export const SIGNATURE_STATUSES = ['signed', 'unsigned'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export const SIGNATURE_STATUS_LABELS = {
  signed: text('Đã ký', 'Signed'),
  unsigned: text('Chưa ký', 'Not signed'),
} as const;

/** Whether a signature came after the pact's signing day (a unit that joined the cluster later signs later). */
export function signedLater(signedOn: IsoDate, pactSignedOn: IsoDate | null): boolean {
  return pactSignedOn !== null && signedOn > pactSignedOn;
}
