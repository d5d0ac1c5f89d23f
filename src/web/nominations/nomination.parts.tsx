import type { Locale } from '../../platform/i18n/locale.js';
import type { NominationView } from '../../nominations/nominations/nomination.dto.js';
import { type NominationState, STATE_NAMES } from '../../nominations/nominations/nomination.state.js';
import type { FormState } from '../http/forms.js';
import { TextArea } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';

/** "Nguyễn Thị Hoa (LHH Hòa Bình)" for a person, the unit's name for a unit. */
export function nomineeName({ nominee }: Pick<NominationView, 'nominee'>): string {
  return nominee.person ? `${nominee.person.fullName} (${nominee.organization.shortName})` : nominee.organization.fullName;
}

/** The state as a tag; its class (for colour) is the state's code, its words those of the state table. */
export function StateTag({ state }: { state: NominationState }) {
  const { t } = usePage();
  return <mark class={`state state-${state}`}>{t(STATE_NAMES[state])}</mark>;
}

/** "1,2 MB", "830 KB" */
export function fileSize(bytes: number, locale: Locale): string {
  const format = (value: number) =>
    new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
      maximumFractionDigits: 1,
    }).format(value);
  return bytes >= 1024 * 1024 ? `${format(bytes / (1024 * 1024))} MB` : `${format(Math.max(1, bytes / 1024))} KB`;
}

/** Tóm tắt thành tích: the same field in the wizard's last step and in the dossier's edit form. */
export function AchievementsSummaryField({ form, value }: { form?: FormState; value?: string | null }) {
  return <TextArea form={form} name="achievementsSummary" label={M.achievementsSummary} hint={M.achievementsHint} value={value} rows={6} />;
}
