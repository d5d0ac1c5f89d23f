import type { UnitView } from '../../../registry/organizations/organization.dto.js';
import { documentNumber, type DocumentTypeCode, fullDate, placeAndBlankDate, placeAndDate, shortDate } from '../../documents/decree30.js';
import type { Ratio } from '../../../platform/numbers/ratio.js';
import type { BodyBlock, DocumentHeader, SignatureBlock, TableColumn } from '../../documents/document.model.js';
import type { IssuedDocument } from '../../issuance/issuance.rules.js';
import type { SectionKey } from '../cluster-year.facts.js';
import type { ClusterYearReport, ConferenceReport, FlagProposalReport, LocalTime, VoteShare } from '../cluster-year.model.js';

/*
 * The phrases the cluster's documents share, so that the minutes, the report, the submission and the news item
 * say the same fact the same way.
 */

/** Tên loại of each document the cluster issues. */
const DOCUMENT_TYPE_CODES: Readonly<Record<IssuedDocument, DocumentTypeCode>> = {
  'summary-report': 'BC',
  minutes: 'BB',
  'flag-proposal': 'TTr',
};

/** "A, B và C" */
export function listText(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1)}`;
}

/** "87,5%" */
export function percentLabel(percent: number): string {
  return `${percent.toLocaleString('vi-VN', { maximumFractionDigits: 2 })}%`;
}

/** "7/8 phiếu, đạt 87,5%": the votes over the base the threshold counts from. */
export function countText(count: VoteShare): string {
  const votes = count.share ? `${count.votes}/${count.share.denominator} phiếu` : `${count.votes} phiếu`;
  return count.percent === null ? votes : `${votes}, đạt ${percentLabel(count.percent)}`;
}

/** Columns the tables of units and their votes share. */
export const ORDER_COLUMN: TableColumn = { header: 'TT', width: 1, align: 'center' };
export const VOTES_COLUMN: TableColumn = { header: 'Số phiếu', width: 2, align: 'center' };
export const PERCENT_COLUMN: TableColumn = { header: 'Tỷ lệ (%)', width: 2, align: 'right' };

/** "7/8" in a table. */
export function votesCell(count: { votes: number | null; share: Ratio | null; decidedBy?: FlagProposalReport['decidedBy'] }): string {
  // No count: decided by the chair and vice-chair, or declared without one (then nothing is printed).
  if (count.votes === null) return count.decidedBy === 'chair_and_vice_chair' ? 'Cụm trưởng, Cụm phó quyết định' : '';
  return count.share ? `${count.votes}/${count.share.denominator}` : String(count.votes);
}

/** "08 giờ 00, ngày 27 tháng 11 năm 2023" */
export function timeText(moment: LocalTime): string {
  const [hours, minutes] = moment.time.split(':');
  return `${hours} giờ ${minutes}, ${fullDate(moment.date)}`;
}

/** "27/11/2023" */
export function dayText(moment: LocalTime): string {
  return shortDate(moment.date);
}

/**
 * Free text written by the secretariat as body blocks: one paragraph a line, and lines that start with a dash or a
 * bullet as a list. Blank lines are dropped.
 */
export function textBlocks(text: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const line of text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)) {
    const item = /^[-–•+*]\s*(.*)$/.exec(line);
    const last = blocks.at(-1);
    if (!item) blocks.push({ kind: 'paragraph', text: line });
    else if (last?.kind === 'list') last.items.push(item[1]);
    else blocks.push({ kind: 'list', items: [item[1]] });
  }
  return blocks;
}

/** The secretariat's text for a part of the report; nothing while it is not written (the report lists it missing). */
export function sectionBlocks(report: ClusterYearReport, key: SectionKey): BodyBlock[] {
  const text = report.sections.texts[key];
  return text ? textBlocks(text) : [];
}

/** The words shared by the names of several units, as a class name, and what is left of each. */
function commonName(names: readonly string[]): { shared: string; rest: string[] } | null {
  if (names.length < 2) return null;
  const words = names.map((name) => name.split(/\s+/));
  let shared = 0;
  while (words.every((w) => w.length > shared + 1 && w[shared] === words[0][shared])) shared++;
  if (shared === 0) return null;
  return { shared: words[0].slice(0, shared).join(' '), rest: words.map((w) => w.slice(shared).join(' ')) };
}

/**
 * "8 Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, gồm: Điện Biên, Hòa Bình, …" when the members' names share their
 * first words (as the provincial unions' do), else "3 đơn vị thành viên, gồm: A; B; C". Needs at least one member.
 */
export function membersText(members: readonly UnitView[]): string {
  const names = members.map((m) => m.fullName);
  const common = commonName(names);
  return common
    ? `${names.length} ${common.shared}, gồm: ${common.rest.join(', ')}`
    : `${names.length} đơn vị thành viên, gồm: ${names.join('; ')}`;
}

function proposalText(proposal: FlagProposalReport, withCounts: boolean): string {
  const name = proposal.unit?.fullName ?? 'đơn vị không còn trong danh mục';
  if (!withCounts) return name;
  if (proposal.decidedBy === 'chair_and_vice_chair') return `${name} (do Cụm trưởng và Cụm phó quyết định)`;
  return proposal.votes === null
    ? name
    : `${name} (${countText({ votes: proposal.votes, share: proposal.share, percent: proposal.percent })})`;
}

/** "tặng Cờ thi đua của … cho X (7/8 phiếu, đạt 87,5%) và Y (…)", one clause per award; the counts on request. */
export function proposalsText(proposals: readonly FlagProposalReport[], withCounts = true): string {
  const awards = [...new Set(proposals.map((p) => p.awardName))];
  const units = (award: string) => proposals.filter((p) => p.awardName === award).map((p) => proposalText(p, withCounts));
  return listText(awards.map((award) => `tặng ${award} cho ${listText(units(award))}`));
}

/** "X làm Cụm trưởng; Y làm Cụm phó." for the year, as far as it is recorded; null when no chair is. */
export function holdersText(report: ClusterYearReport): string | null {
  const { chair, viceChair } = report;
  if (!chair) return null;
  return `${chair.fullName} làm Cụm trưởng${viceChair ? `; ${viceChair.fullName} làm Cụm phó` : ''}.`;
}

/**
 * The header of one of the cluster's documents, as its issuance is recorded (`report.issuance`): the issuing body,
 * "Số: 05/BC-LHH" with the recorded symbol and number, the place and date. What is not recorded stays a blank line
 * for the clerk. Minutes (Mẫu 1.9) have no date line.
 */
export function clusterHeader(report: ClusterYearReport, document: IssuedDocument): DocumentHeader {
  const issuance = report.issuance[document];
  const type = DOCUMENT_TYPE_CODES[document];
  const place = issuance.place ?? '……';
  const on = issuance.issuedOn ?? (document === 'summary-report' ? report.conference?.starts.date : undefined);
  return {
    superiorBody: issuance.superiorBody ?? undefined,
    issuingBody: issuance.issuingBody,
    number: documentNumber(issuance.number ?? undefined, type, issuance.symbol ?? undefined),
    placeAndDate: document === 'minutes' ? undefined : on ? placeAndDate(place, on) : placeAndBlankDate(place, report.year),
  };
}

/**
 * The signature of one of the cluster's documents, as recorded: "TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH / name". A capacity
 * (TM., KT., Q.…) recorded without whom it signs for signs for the issuing body of the header, so that the two always
 * agree; nothing recorded leaves the block blank for the signer.
 */
export function clusterSignature(report: ClusterYearReport, document: IssuedDocument): SignatureBlock {
  const { signer, issuingBody } = report.issuance[document];
  const authority = signer.capacity ? `${signer.capacity}. ${signer.signingFor ?? issuingBody}` : undefined;
  return { authority, position: signer.title ?? '', name: signer.name ?? '' };
}

/** "Năm 2024, X làm Cụm trưởng, Y làm Cụm phó."; null when next year's chair is not recorded. */
export function nextYearText(report: ClusterYearReport): string | null {
  const { nextYear } = report;
  if (!nextYear.chair) return null;
  const vice = nextYear.viceChair ? `, ${nextYear.viceChair.fullName} làm Cụm phó` : '';
  return `Năm ${nextYear.year}, ${nextYear.chair.fullName} làm Cụm trưởng${vice}.`;
}

/**
 * "<subject> có 8 Liên hiệp …, gồm: …. [Năm 2023, ]Sơn La làm Cụm trưởng…" for the year, as far as it is recorded
 * (null when neither is); `yearOfHolders` starts the second sentence with the year, as news items do.
 */
export function compositionText(report: ClusterYearReport, subject: string, yearOfHolders = false): string | null {
  const members = report.members.length ? `${subject} có ${membersText(report.members)}.` : null;
  const holders = holdersText(report);
  const year = yearOfHolders && holders ? `Năm ${report.year}, ` : '';
  const text = [members, holders && `${year}${holders}`].filter(Boolean).join(' ');
  return text || null;
}

/** A paragraph for each text recorded; none for what is not. */
export function paragraphs(...texts: (string | null | undefined | false)[]): BodyBlock[] {
  return texts.filter((t): t is string => !!t).map((text) => ({ kind: 'paragraph', text }));
}

/** "hội nghị" in the middle of a sentence, "Hội nghị" at its start: the event's own noun. */
/**
 * "Đại diện Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "Đại diện lãnh đạo Ban Dân vận Tỉnh ủy" or
 * "Nguyễn Văn A, Phó Chủ tịch Liên hiệp…": one who spoke, as recorded (the body alone is spoken for by its representative).
 */
export function speakerText(speaker: { body: string; fullName: string | null; position: string | null }): string {
  const capacity = [speaker.position, speaker.body].filter(Boolean).join(' ');
  if (speaker.fullName) return `${speaker.fullName}, ${capacity}`;
  return speaker.position ? capacity : `Đại diện ${speaker.body}`;
}

export function lowerNoun(noun: string): string {
  return noun.toLocaleLowerCase('vi');
}

/**
 * A vote's result as the count was recorded: "7/8 phiếu, đạt 87,5%" when counted, "nhất trí" (or how it was
 * declared) when not, and "nhất trí 8/8" for a yes count with no vote against and none abstaining.
 */
export function answerText(answers: { yes: VoteShare; no: VoteShare; abstain: VoteShare }): string {
  const { yes, no, abstain } = answers;
  if (no.votes === 0 && abstain.votes === 0 && yes.share) return `nhất trí ${yes.votes}/${yes.share.denominator}`;
  // Those against or abstaining are counted, not said to "reach" a share; a part no one chose is left out.
  const others = [
    ['không tán thành', no],
    ['không biểu quyết', abstain],
  ] as const;
  const counted = others
    .filter(([, count]) => count.votes > 0)
    .map(([label, count]) => `${label}: ${countText({ ...count, percent: null })}`);
  return [`tán thành: ${countText(yes)}`, ...counted].join('; ');
}

/**
 * What the conference resolved on a vote, worded from the record (the units decided, the award proposed) with the
 * event's own noun: "Hội thảo bầu X làm Cụm phó năm 2024." Nothing is added that was not recorded.
 */
export function resolutionText(
  report: ClusterYearReport,
  noun: string,
  resolution: ConferenceReport['resolutions'][number],
  title: string,
): string {
  const next = report.year + 1;
  const names = listText(resolution.decided.map((u) => u.fullName));
  if (resolution.subject === 'question') return resolution.summary.replace(/^Hội nghị\b/u, noun);
  if (resolution.decided.length === 0) return `${noun} không chọn được đơn vị nào: ${title}.`;
  switch (resolution.subject) {
    case 'flag_proposal': {
      const award = report.flagProposals.find((p) => resolution.decided.some((u) => u.id === p.unit?.id))?.awardName ?? title;
      return `${noun} suy tôn, đề nghị tặng ${award} cho ${names}.`;
    }
    case 'vice_chair_election':
      return `${noun} bầu ${names} làm Cụm phó năm ${next}.`;
    case 'chair_handover':
      return resolution.adopted
        ? `${noun} nhất trí chuyển trao nhiệm vụ Cụm trưởng năm ${next} cho ${names}.`
        : `${noun} không thông qua việc chuyển trao nhiệm vụ Cụm trưởng năm ${next} cho ${names}.`;
  }
}
