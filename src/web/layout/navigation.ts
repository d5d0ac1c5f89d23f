import type { LocalizedText } from '../../platform/i18n/locale.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { hasAnyRole } from '../../access/policies/access.rules.js';
import { EMULATION_PAGES } from '../emulation/emulation.messages.js';
import { NOMINATION_PAGES } from '../nominations/nominations.messages.js';
import { navText } from '../web.messages.js';
import { reportText } from '../reports/reports.messages.js';

export interface NavItem {
  href: string;
  label: LocalizedText;
  /** Shown only to those who may use it; the route's own policy still decides. */
  visibleTo: (actor: Actor) => boolean;
}

const everyone = () => true;
const staff = (actor: Actor) => hasAnyRole(actor, ['national_staff', 'system_admin']);

/**
 * The main navigation, in order. A new area adds its entry here with the same rule as its route's
 * policy, so that nobody is shown a link that would answer "not allowed".
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: navText.home, visibleTo: everyone },
  { href: '/organizations', label: navText.organizations, visibleTo: everyone },
  { href: '/clusters', label: navText.clusters, visibleTo: everyone },
  { href: '/emulation/movements', label: EMULATION_PAGES.movements, visibleTo: everyone },
  { href: '/nominations', label: NOMINATION_PAGES.navNominations, visibleTo: everyone },
  { href: '/reviews', label: NOMINATION_PAGES.navReviews, visibleTo: staff },
  { href: '/award-decisions', label: NOMINATION_PAGES.decisions, visibleTo: everyone },
  { href: '/award-register', label: NOMINATION_PAGES.register, visibleTo: everyone },
  { href: '/reports/years', label: reportText.navOverview, visibleTo: everyone },
  { href: '/users', label: navText.users, visibleTo: staff },
  { href: '/audit', label: navText.audit, visibleTo: everyone },
];

/** Whether `href` is the current area: `/` only on the home page, others by prefix. */
export function isCurrent(href: string, currentUrl: string): boolean {
  const path = currentUrl.split('?')[0];
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}
