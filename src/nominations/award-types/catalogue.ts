import { text, type LocalizedText } from '../../platform/i18n/locale.js';

/** To whom an award is given: a unit (tập thể) or a person (cá nhân). */
export type NomineeKind = 'collective' | 'individual';
export const NOMINEE_KINDS: readonly NomineeKind[] = ['collective', 'individual'];

/** Where an award sits: grassroots (cơ sở), VUSTA's own (cấp bộ, ban, ngành), province, or the State. */
export type AwardLevel = 'grassroots' | 'vusta' | 'province' | 'state';
export const AWARD_LEVELS: readonly AwardLevel[] = ['grassroots', 'vusta', 'province', 'state'];

/** Danh hiệu thi đua (a title, judged yearly) or hình thức khen thưởng (a form of commendation). */
export type AwardForm = 'emulation_title' | 'commendation';
export const AWARD_FORMS: readonly AwardForm[] = ['emulation_title', 'commendation'];

/** Parts of a nomination dossier (hồ sơ đề nghị khen thưởng), Law Art. 84(1). */
export type DossierDocumentKind = 'proposal_letter' | 'achievement_report' | 'evaluation_minutes' | 'initiative_certificate';

export const DOSSIER_DOCUMENT_KINDS: readonly DossierDocumentKind[] = [
  'proposal_letter',
  'achievement_report',
  'evaluation_minutes',
  'initiative_certificate',
];

export const DOSSIER_DOCUMENT_NAMES: Readonly<Record<DossierDocumentKind, LocalizedText>> = {
  proposal_letter: text('Tờ trình đề nghị khen thưởng', 'Proposal letter (tờ trình)'),
  achievement_report: text('Báo cáo thành tích', 'Achievement report'),
  evaluation_minutes: text('Biên bản bình xét thi đua kèm kết quả bỏ phiếu', 'Evaluation minutes with the ballot results'),
  initiative_certificate: text('Chứng nhận, xác nhận sáng kiến hoặc đề tài khoa học', 'Certification of the initiative or research work'),
};
