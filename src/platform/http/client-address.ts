import { normalizeIp } from '../rate-limits/throttler-package.js';
import type { Request } from 'express';

/**
 * The client a request comes from, as throttling counts it: its address (as Express sees it, so
 * behind a proxy set HTTP_TRUST_PROXY), an IPv6 address by its /64 network, since one machine
 * commonly holds a whole /64.
 */
export function clientAddressOf(request: Pick<Request, 'ip'>): string {
  return request.ip ? normalizeIp(request.ip) : 'unknown';
}
