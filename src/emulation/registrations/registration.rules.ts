import { REGISTRATION_STATUS_NAMES } from '../emulation.messages.js';
import type { IsoDate } from '../../platform/time/calendar.js';

/**
 * Where a member's registration (đăng ký thi đua) stands against the chair's deadline: on time or late once sent;
 * missing once the deadline has passed without one; pending before it (or while no deadline is set).
 */
export const REGISTRATION_STATUSES = ['on_time', 'late', 'missing', 'pending'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS = REGISTRATION_STATUS_NAMES;

/** `submittedOn` is the day (Vietnam time) the registration was first sent; `today` the clock's day. */
export function registrationStatus(submittedOn: IsoDate | null, deadline: IsoDate | null, today: IsoDate): RegistrationStatus {
  if (submittedOn !== null) return deadline !== null && submittedOn > deadline ? 'late' : 'on_time';
  return deadline !== null && today > deadline ? 'missing' : 'pending';
}
