import type { UnitView } from '../../../registry/organizations/organization.dto.js';
import { documentNumber, type DocumentTypeCode, fullDate, placeAndBlankDate, placeAndDate, shortDate } from '../../documents/decree30.js';
import type { Ratio } from '../../../platform/numbers/ratio.js';
import type { BodyBlock, DocumentHeader, SignatureBlock, TableColumn } from '../../documents/document.model.js';
import type { SectionKey } from '../cluster-year.facts.js';
import type { ClusterYearReport, FlagProposalReport, LocalTime, VoteShare } from '../cluster-year.model.js';

/*
 * The phrases the cluster's documents share, so that the minutes, the report, the submission and the news item
 * say the same fact the same way.
 */

/**
 * Ký hiệu of the issuer in "Số: …/BC-LHH". Provincial unions sign "LHH" (rules §6.8); per-organization abbreviations
 * are UNVERIFIED and not recorded yet. Documents are drafts: the number is left for the văn thư to fill in.
 */
const ISSUER_CODE = 'LHH';

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

/** "7/8" in a table; a place no ballot filled was decided by the chair and vice-chair. */
export function votesCell(count: { votes: number | null; share: Ratio | null }): string {
  if (count.votes === null) return 'Cụm trưởng, Cụm phó quyết định';
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

/** The sentence a document prints where a fact is not recorded. */
export function missingText(report: ClusterYearReport, key: string): string {
  const missing = report.missing.find((m) => m.key === key);
  if (!missing) throw new RangeError(`No missing fact "${key}" in the report`);
  return missing.text;
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

/** The secretariat's text for a part of the report, or the sentence saying it is not written yet. */
export function sectionBlocks(report: ClusterYearReport, key: SectionKey): BodyBlock[] {
  const text = report.sections.texts[key];
  return text ? textBlocks(text) : [{ kind: 'paragraph', text: missingText(report, `section:${key}`) }];
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

/** "Sơn La, Điện Biên… làm Cụm trưởng; … làm Cụm phó." for the year, or what is missing. */
export function holdersText(report: ClusterYearReport): string {
  const { chair, viceChair } = report;
  if (!chair) return missingText(report, 'term');
  return `${chair.fullName} làm Cụm trưởng${viceChair ? `; ${viceChair.fullName} làm Cụm phó.` : `. ${missingText(report, 'vice_chair')}`}`;
}

/** How the document is dated: on a recorded day, left blank for the signer, or not at all (minutes). */
export type Dating = { on: string } | 'blank' | 'none';

/** The header of a document of the cluster, in the name of its issuer (see `issuerOf`). */
export function clusterHeader(report: ClusterYearReport, type: DocumentTypeCode, dating: Dating): DocumentHeader {
  const place = report.issuer.place ?? '……';
  return {
    issuingBody: report.issuer.name,
    number: documentNumber(undefined, type, ISSUER_CODE),
    placeAndDate:
      dating === 'none' ? undefined : dating === 'blank' ? placeAndBlankDate(place, report.year) : placeAndDate(place, dating.on),
  };
}

/**
 * The chair unit signs for the cluster ("TM. CỤM THI ĐUA SỐ 3 / CỤM TRƯỞNG"), with the same UNVERIFIED standing as
 * the issuer. Who signs is not recorded: the name is left for the signer.
 */
export function clusterSignature(report: ClusterYearReport): SignatureBlock {
  return { authority: `TM. ${report.cluster.name}`, position: 'Cụm trưởng', name: '' };
}

/** "Cụm trưởng năm 2024: X; Cụm phó: Y." or what is missing. */
export function nextYearText(report: ClusterYearReport): string {
  const { nextYear } = report;
  if (!nextYear.chair) return missingText(report, 'next_term');
  const vice = nextYear.viceChair ? `, ${nextYear.viceChair.fullName} làm Cụm phó` : '';
  return `Năm ${nextYear.year}, ${nextYear.chair.fullName} làm Cụm trưởng${vice}.`;
}

/**
 * "<subject> có 8 Liên hiệp …, gồm: …. [Năm 2023, ]Sơn La làm Cụm trưởng…" for the year, or what is missing;
 * `yearOfHolders` starts the second sentence with the year, as news items do.
 */
export function compositionText(report: ClusterYearReport, subject: string, yearOfHolders = false): string {
  const members = report.members.length ? `${subject} có ${membersText(report.members)}.` : missingText(report, 'members');
  const year = yearOfHolders && report.chair ? `Năm ${report.year}, ` : '';
  return `${members} ${year}${holdersText(report)}`;
}
