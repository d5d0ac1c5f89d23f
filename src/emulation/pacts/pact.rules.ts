import { SIGNATURE_STATUS_NAMES } from '../emulation.messages.js';
import type { IsoDate } from '../../platform/time/calendar.js';

export const SIGNATURE_STATUSES = ['signed', 'unsigned'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

export const SIGNATURE_STATUS_LABELS = SIGNATURE_STATUS_NAMES;

/** Whether a signature came after the pact's signing day (a unit that joined the cluster later signs later). */
export function signedLater(signedOn: IsoDate, pactSignedOn: IsoDate | null): boolean {
  return pactSignedOn !== null && signedOn > pactSignedOn;
}
