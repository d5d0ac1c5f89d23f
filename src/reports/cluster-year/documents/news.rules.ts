import type { NewsArticle } from '../../documents/document.model.js';
import type { ClusterYearReport, ConferenceReport } from '../cluster-year.model.js';
import { compositionText, countText, dayText, missingText, nextYearText, proposalsText, textBlocks } from './wording.js';

function guestsText(conference: ConferenceReport): string {
  return conference.guests.map((g) => [g.fullName, [g.position, g.agency].filter(Boolean).join(' ')].filter(Boolean).join(', ')).join('; ');
}

/** The secretariat's text as news paragraphs (list items become paragraphs of their own), or what is missing. */
function writtenParagraphs(report: ClusterYearReport, key: 'achievements' | 'direction'): string[] {
  const text = report.sections.texts[key];
  if (!text) return [missingText(report, `section:${key}`)];
  return textBlocks(text).flatMap((block) =>
    block.kind === 'list' ? block.items.map((item) => `- ${item}`) : block.kind === 'paragraph' ? [block.text] : [],
  );
}

/** "Tại Hội nghị, các đơn vị đã suy tôn…; bầu…; nhất trí chuyển trao…" from what the conference resolved. */
function outcomeText(report: ClusterYearReport): string {
  const { flagProposals, outcome, nextYear } = report;
  const clauses: string[] = [];
  if (flagProposals.length) clauses.push(`suy tôn, đề nghị ${proposalsText(flagProposals)}`);
  const election = outcome.viceChairElection;
  if (election?.adopted && election.unit) {
    clauses.push(
      `bầu ${election.unit.fullName} làm Cụm phó năm ${nextYear.year}${election.count ? ` (${countText(election.count)})` : ''}`,
    );
  }
  const handover = outcome.chairHandover;
  if (handover?.adopted && handover.unit) {
    const count = handover.count ? ` (${countText(handover.count)} tán thành)` : '';
    clauses.push(`nhất trí chuyển trao nhiệm vụ Cụm trưởng năm ${nextYear.year} cho ${handover.unit.fullName}${count}`);
  }
  return clauses.length ? `Tại Hội nghị, các đơn vị đã ${clauses.join('; ')}.` : missingText(report, 'flag_proposals');
}

/** A news item on the year-end conference in the style VUSTA publishes (the seed article), from the records only. */
export function newsArticle(report: ClusterYearReport, conference: ConferenceReport): NewsArticle {
  const { cluster } = report;
  const { presentCount, memberCount } = conference.attendance;
  const guests = guestsText(conference);
  const attended = guests
    ? `Dự Hội nghị có ${guests}; cùng đại biểu ${presentCount}/${memberCount} đơn vị thành viên của Cụm.`
    : `Dự Hội nghị có đại biểu ${presentCount}/${memberCount} đơn vị thành viên của Cụm.`;
  const { chair, nextYear } = report;
  const handover =
    chair && nextYear.chair && nextYear.chair.id !== chair.id
      ? [`${chair.fullName} chuyển trao nhiệm vụ Cụm trưởng năm ${nextYear.year} cho ${nextYear.chair.fullName}.`]
      : [];
  return {
    headline: conference.title,
    dateline: dayText(conference.starts),
    paragraphs: [
      `Ngày ${dayText(conference.starts).slice(0, 5)}, tại ${conference.place}, ${cluster.name}, ${cluster.owner.fullName} đã tổ chức ${conference.title}. ${attended}`,
      compositionText(report, cluster.name, true),
      ...writtenParagraphs(report, 'achievements'),
      outcomeText(report),
      ...handover,
      nextYearText(report),
      ...writtenParagraphs(report, 'direction'),
    ],
  };
}
