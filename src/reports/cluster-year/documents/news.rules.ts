import type { NewsArticle } from '../../documents/document.model.js';
import type { ClusterYearReport, ConferenceReport } from '../cluster-year.model.js';
import { compositionText, dayText, nextYearText, proposalsText, textBlocks } from './wording.js';

/**
 * "đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy Sơn La, Ban Dân vận Tỉnh ủy Sơn La; ông A, Phó Chủ tịch …": the guests as
 * recorded, those who came unnamed in the same capacity named once with all their agencies, as the published items do.
 */
function guestsText(conference: ConferenceReport): string {
  const groups: { position: string | null; agencies: string[] }[] = [];
  const named: string[] = [];
  for (const guest of conference.guests) {
    if (guest.fullName) {
      named.push([guest.fullName, [guest.position, guest.agency].filter(Boolean).join(' ')].filter(Boolean).join(', '));
      continue;
    }
    const group = groups.find((g) => g.position === guest.position);
    if (group) group.agencies.push(guest.agency);
    else groups.push({ position: guest.position, agencies: [guest.agency] });
  }
  return [...groups.map((g) => [g.position, g.agencies.join(', ')].filter(Boolean).join(' ')), ...named].join('; ');
}

/** "Tôn vinh trí thức" → "tôn vinh trí thức" inside a sentence; a name ("Sơn La …", whose next word is capitalised) stays. */
function midSentence(item: string): string {
  const [first, second] = item.split(/\s+/);
  const common = second !== undefined && second[0] === second[0].toLocaleLowerCase('vi');
  return common && first ? item[0].toLocaleLowerCase('vi') + item.slice(1) : item;
}

/** The secretariat's text as news paragraphs (a list as one sentence). */
function writtenParagraphs(report: ClusterYearReport, key: 'achievements' | 'direction'): string[] {
  const text = report.sections.texts[key];
  if (!text) return [];
  return textBlocks(text).flatMap((block) =>
    block.kind === 'list'
      ? [`${block.items.map((item, i) => (i ? midSentence(item) : item).replace(/[;.]$/, '')).join('; ')}.`]
      : block.kind === 'paragraph'
        ? [block.text]
        : [],
  );
}

/** "Tại Hội thảo, các đơn vị đã suy tôn, đề nghị…; bầu … làm Cụm phó năm 2024." from what the conference resolved. */
function outcomeText(report: ClusterYearReport, noun: string): string | null {
  const { flagProposals, outcome, nextYear } = report;
  const clauses: string[] = [];
  if (flagProposals.length) clauses.push(`suy tôn, đề nghị ${proposalsText(flagProposals, false)}`);
  const election = outcome.viceChairElection;
  if (election?.adopted && election.unit) clauses.push(`bầu ${election.unit.fullName} làm Cụm phó năm ${nextYear.year}`);
  return clauses.length ? `Tại ${noun}, các đơn vị đã ${clauses.join('; ')}.` : null;
}

/** The chair handed over, said once: at the conference, or as next year's term records it. */
function handoverText(report: ClusterYearReport): string | null {
  const { chair, nextYear, outcome } = report;
  const handedTo = outcome.chairHandover?.adopted ? outcome.chairHandover.unit : null;
  if (chair && handedTo && handedTo.id !== chair.id) {
    return `${chair.fullName} chuyển trao nhiệm vụ Cụm trưởng năm ${nextYear.year} cho ${handedTo.fullName}.`;
  }
  return nextYearText(report);
}

/**
 * A news item on the year-end conference in the style VUSTA publishes (the seed article), from the records only:
 * headline, lead with who attended, the cluster and its chair, the year's work, the outcome, next year's direction
 * and the handover, each once. A part with nothing recorded is left out.
 */
export function newsArticle(report: ClusterYearReport, conference: ConferenceReport): NewsArticle {
  const { cluster } = report;
  const noun = conference.noun;
  const { presentCount, memberCount } = conference.attendance;
  const guests = guestsText(conference);
  const members = presentCount ? `đại diện ${presentCount}/${memberCount} đơn vị thành viên của Cụm` : null;
  const who = [guests, members].filter(Boolean).join('; ');
  const attended = who ? ` Dự ${noun}, có ${who}.` : '';
  const [day, month] = dayText(conference.starts).split('/');
  return {
    headline: conference.title,
    dateline: dayText(conference.starts),
    paragraphs: [
      `Ngày ${day}/${month}, tại ${conference.place}, ${cluster.name}, ${cluster.owner.fullName} đã tổ chức ${conference.title}.${attended}`,
      compositionText(report, cluster.name, true),
      ...writtenParagraphs(report, 'achievements'),
      outcomeText(report, noun),
      ...writtenParagraphs(report, 'direction'),
      handoverText(report),
    ].filter((p): p is string => !!p),
  };
}
