import { describe, expect, it } from '@jest/globals';
import { cellText, printDocument } from '../../documents/document.layout.js';
import type { OfficialDocument } from '../../documents/document.model.js';
import { EMPTY_ISSUANCE } from '../../issuance/issuance.rules.js';
import { assembleClusterYear } from '../cluster-year.rules.js';
import { cluster3Facts, UNITS } from '../cluster-year.spec-support.js';
import type { ConferenceReport, EmulationReport } from '../cluster-year.model.js';
import { emulationRankingBlocks } from './emulation-ranking.rules.js';
import { flagProposalDocument } from './flag-proposal.rules.js';
import { minutesDocument } from './minutes.rules.js';
import { newsArticle } from './news.rules.js';
import { summaryReportDocument } from './summary-report.rules.js';
import { answerText, countText, listText, membersText, textBlocks } from './wording.js';

/** Every printed line of the document, tables cell by cell, in order. */
function printedText(document: OfficialDocument): string {
  const printed = printDocument(document);
  const body = printed.body.flatMap((block) => (block.kind === 'table' ? block.rows.flat().map(cellText) : [block.text]));
  return [
    ...Object.values(printed.header),
    printed.title,
    printed.summary,
    ...printed.addressees,
    ...printed.legalBases,
    ...body,
    ...printed.recipients,
    ...printed.signatures.flatMap((s) => [...s.titleLines, s.name]),
  ].join('\n');
}

const report = assembleClusterYear(cluster3Facts());
const conference = report.conference as ConferenceReport;

describe('wording', () => {
  it('says a vote with no dissent in words, and counts those against without a share they "reach"', () => {
    const of = (votes: number) => ({ votes, share: { numerator: votes, denominator: 8 }, percent: (votes / 8) * 100 });
    expect(answerText({ yes: of(8), no: of(0), abstain: of(0) })).toBe('nhất trí 8/8');
    expect(answerText({ yes: of(7), no: of(1), abstain: of(0) })).toBe('tán thành: 7/8 phiếu, đạt 87,5%; không tán thành: 1/8 phiếu');
    expect(answerText({ yes: of(5), no: of(2), abstain: of(1) })).toBe(
      'tán thành: 5/8 phiếu, đạt 62,5%; không tán thành: 2/8 phiếu; không biểu quyết: 1/8 phiếu',
    );
  });

  it('joins lists the Vietnamese way and writes counts over their base', () => {
    expect(listText(['A'])).toBe('A');
    expect(listText(['A', 'B', 'C'])).toBe('A, B và C');
    expect(countText({ votes: 7, share: { numerator: 7, denominator: 8 }, percent: 87.5 })).toBe('7/8 phiếu, đạt 87,5%');
    expect(countText({ votes: 0, share: null, percent: null })).toBe('0 phiếu');
  });

  it('names members by what their names share, or one by one', () => {
    expect(membersText(report.members)).toBe(
      '8 Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, gồm: Điện Biên, Hòa Bình, Lai Châu, Lào Cai, Phú Thọ, Sơn La, Vĩnh Phúc, Yên Bái',
    );
    expect(membersText([UNITS.sonLa, { ...UNITS.hoaBinh, fullName: 'Hội Nông dân' }])).toBe(
      '2 đơn vị thành viên, gồm: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La; Hội Nông dân',
    );
  });

  it('turns the secretariat text into paragraphs and lists', () => {
    expect(textBlocks('Mở đầu.\n\n- một\n• hai\nKết.')).toEqual([
      { kind: 'paragraph', text: 'Mở đầu.' },
      { kind: 'list', items: ['một', 'hai'] },
      { kind: 'paragraph', text: 'Kết.' },
    ]);
  });
});

describe('the minutes (biên bản, Mẫu 1.9)', () => {
  const minutes = minutesDocument(report, conference);
  const text = printedText(minutes);

  it('has no date line in the header, and the start and end times in the body', () => {
    expect(minutes.header.placeAndDate).toBeUndefined();
    expect(minutes.header).toMatchObject({ issuingBody: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La', number: 'Số:     /BB-……' });
    expect(text).toContain('Thời gian bắt đầu: 08 giờ 00, ngày 27 tháng 11 năm 2023.');
    expect(text).toContain('Địa điểm: Thành phố Sơn La, tỉnh Sơn La.');
    expect(text).toContain('Hội nghị kết thúc vào 11 giờ 30, ngày 27 tháng 11 năm 2023./.');
  });

  it('records the attendance and every vote with its count and result', () => {
    expect(text).toContain('Thành phần tham dự: đại biểu 8/8 đơn vị thành viên Cụm thi đua số 3 và khách mời.');
    expect(text).toContain('Đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy Sơn La');
    expect(text).toMatch(/Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La\n7\/8\n87,5\nĐạt/);
    expect(text).toMatch(/Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình\n6\/8\n75\nĐạt/);
    expect(text).toContain('Kết quả biểu quyết: nhất trí 8/8.');
    expect(text).not.toContain('0/8 phiếu, đạt 0%');
    expect(text).toContain('Kết luận: Hội nghị bầu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái làm Cụm phó năm 2024.');
    expect(text).toContain(
      'Kết luận: Hội nghị nhất trí chuyển trao nhiệm vụ Cụm trưởng năm 2024 cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai.',
    );
    expect(text).not.toContain('cờ luân lưu');
  });

  it('says who presided and took the minutes only when recorded, states their approval, and is signed THƯ KÝ / CHỦ TỌA', () => {
    expect(text).not.toContain('Chủ trì');
    expect(text).not.toMatch(/chưa ghi nhận|Chưa ghi nhận/);
    expect(text).toContain('Biên bản đã được đọc lại trước hội nghị và được các đại biểu dự hội nghị nhất trí thông qua.');
    expect(minutes.signatures.map((s) => s.position)).toEqual(['Thư ký', 'Chủ tọa']);
    const named = minutesDocument(assembleClusterYear(cluster3Facts()), {
      ...conference,
      presiding: 'Nguyễn Văn A',
      secretary: 'Lò Thị B',
    });
    expect(named.signatures.map((s) => s.name)).toEqual(['Lò Thị B', 'Nguyễn Văn A']);
    const namedText = printedText(named);
    expect(namedText).toContain('Chủ trì (chủ tọa): Nguyễn Văn A.');
    expect(namedText).toContain('Thư ký (người ghi biên bản): Lò Thị B.');
  });
});

describe('the summary report (báo cáo tổng kết)', () => {
  const document = summaryReportDocument(report);
  const text = printedText(document);

  it('is dated at the chair unit’s province on the day of the conference, in the outline of §6.6', () => {
    expect(document.header.placeAndDate).toBe('Sơn La, ngày 27 tháng 11 năm 2023');
    expect(document.summary).toBe('Tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3; phương hướng, nhiệm vụ năm 2024');
    const headings = printDocument(document)
      .body.filter((b) => b.kind === 'heading')
      .map((b) => ('text' in b ? b.text : ''));
    // Đánh giá chung is not written: the part is left out, the others numbered in turn.
    expect(headings).toEqual([
      'I. ĐẶC ĐIỂM TÌNH HÌNH',
      'II. KẾT QUẢ THỰC HIỆN',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
  });

  it('states the members, the chair, the flag proposals and next year’s term from the records', () => {
    expect(text).toContain('Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La làm Cụm trưởng.');
    expect(text).toContain(
      'đề nghị tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La (7/8 phiếu, đạt 87,5%) và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình (6/8 phiếu, đạt 75%)',
    );
    expect(text).toContain(
      'Năm 2024, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai làm Cụm trưởng, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái làm Cụm phó.',
    );
    expect(text).not.toMatch(/[Cc]hưa ghi nhận|chưa viết|Trạng thái/);
    expect(text).toContain('Trong năm, Cụm đã tổ chức:');
    expect(text).not.toMatch(/tổ chức \d+ hội nghị/);
  });

  it('leaves the date blank when no conference is recorded', () => {
    const without = assembleClusterYear(cluster3Facts({ meetings: [], conference: null, flagProposals: [] }));
    const page = printedText(summaryReportDocument(without));
    expect(summaryReportDocument(without).header.placeAndDate).toBe('Sơn La, ngày      tháng      năm 2023');
    expect(page).not.toContain('Chưa ghi nhận');
    expect(page).not.toContain('Kết quả bình xét, suy tôn');
    expect(without.missing.map((m) => m.key)).toEqual(expect.arrayContaining(['meetings', 'conference', 'flag_proposals']));
  });
});

describe('a year with nothing recorded', () => {
  const empty = assembleClusterYear(
    cluster3Facts({ members: [], term: null, nextTerm: null, meetings: [], conference: null, flagProposals: [], supervisor: null }),
  );

  it('still gives a summary report, with blank lines to fill in and no note of what is missing', () => {
    const document = summaryReportDocument(empty);
    const text = printedText(document);
    expect(document.header).toMatchObject({ issuingBody: 'Cụm thi đua số 3', placeAndDate: '……, ngày      tháng      năm 2023' });
    expect(text).not.toContain('Chưa ghi nhận');
    expect(empty.missing.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Chưa ghi nhận đơn vị thành viên của Cụm năm 2023.', 'Chưa ghi nhận Cụm trưởng, Cụm phó năm 2024.']),
    );
  });
});

describe('the submission (tờ trình) proposing the flags', () => {
  const document = flagProposalDocument(report, conference);
  const text = printedText(document);

  it('is addressed to VUSTA, rests on the minutes, and lists each unit with its vote result', () => {
    expect(document.addressees).toEqual(['Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam']);
    // Undated, it speaks from the conference's day (27/11/2023), before the flag's first rule set takes effect: the
    // flags are decided under that rule set (Decree 98, as the vote and its nominations say) and the Law of 2022.
    expect(document.legalBases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định 98/2023/NĐ-CP',
      'Căn cứ Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3 ngày 27 tháng 11 năm 2023',
    ]);
    expect(report.missing.map((m) => m.key)).not.toContain('legal_basis');
    // With no Law recorded for its day, it cites the rule set's decree alone and the report says the basis is missing.
    const unrecorded = assembleClusterYear(cluster3Facts({ legalInstruments: [] }));
    expect(flagProposalDocument(unrecorded, unrecorded.conference).legalBases).toEqual([
      'Căn cứ Nghị định 98/2023/NĐ-CP',
      'Căn cứ Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3 ngày 27 tháng 11 năm 2023',
    ]);
    expect(unrecorded.missing.map((m) => m.key)).toContain('legal_basis');
    const dated = assembleClusterYear(
      cluster3Facts({
        issuance: [
          {
            ...EMPTY_ISSUANCE,
            scope: 'flag-proposal',
            issuedOn: '2024-01-05',
            regulation: 'Quy chế Thi đua, khen thưởng của Liên hiệp Hội',
            version: 1,
            updatedAt: new Date(),
            updatedBy: null,
          },
        ],
      }),
    );
    expect(flagProposalDocument(dated, dated.conference).legalBases).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022',
      'Căn cứ Nghị định 98/2023/NĐ-CP',
      'Căn cứ Quy chế Thi đua, khen thưởng của Liên hiệp Hội',
      'Căn cứ Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023 của Cụm thi đua số 3 ngày 27 tháng 11 năm 2023',
    ]);
    expect(dated.missing.map((m) => m.key)).not.toContain('legal_basis');
    expect(text).toContain('Hồ sơ kèm theo gồm:');
    expect(text).toContain('- Báo cáo thành tích của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình.');
    expect(document.header.placeAndDate).toBe('Sơn La, ngày      tháng      năm 2023');
    expect(text).toMatch(
      /Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La\nCờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam\n7\/8\n87,5/,
    );
    expect(text).toContain('Kính trình Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam xem xét, quyết định./.');
  });
});

describe('the news item', () => {
  const article = newsArticle(report, conference);
  const text = article.paragraphs.join('\n');

  it('reads like the published one: date, place, who came, members, chair and outcome', () => {
    expect(article.headline).toBe('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023');
    expect(article.dateline).toBe('27/11/2023');
    expect(article.paragraphs[0]).toBe(
      'Ngày 27/11, tại Thành phố Sơn La, tỉnh Sơn La, Cụm thi đua số 3, Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam đã tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023. Dự Hội nghị, có Đại diện lãnh đạo Ban Tuyên giáo Tỉnh ủy Sơn La; đại diện 8/8 đơn vị thành viên của Cụm.',
    );
    expect(text).toContain('Năm 2023, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La làm Cụm trưởng.');
    expect(text).toContain('bầu Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Yên Bái làm Cụm phó năm 2024.');
    const handover =
      'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La chuyển trao nhiệm vụ Cụm trưởng năm 2024 cho Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lào Cai.';
    expect(article.paragraphs.at(-1)).toBe(handover);
    expect(text.split('nhiệm vụ Cụm trưởng')).toHaveLength(2);
  });

  it('is a hội thảo throughout when the event was recorded as one', () => {
    const facts = cluster3Facts();
    const workshop = { ...facts.conference!.meeting, title: 'Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023' };
    const recorded = assembleClusterYear({ ...facts, meetings: [workshop], conference: { ...facts.conference!, meeting: workshop } });
    const news = newsArticle(recorded, recorded.conference!).paragraphs.join('\n');
    expect(news).toContain('Dự Hội thảo, có');
    expect(news).toContain('Tại Hội thảo, các đơn vị đã suy tôn');
    expect(news).not.toMatch(/Hội nghị|hội nghị/);
    const minutesText = printedText(minutesDocument(recorded, recorded.conference!));
    expect(minutesText).toContain('Kết luận: Hội thảo bầu');
    expect(minutesText).toContain('Hội thảo kết thúc vào 11 giờ 30');
    expect(minutesText).not.toMatch(/Hội nghị|hội nghị/);
  });

  it('names those recorded as speaking, in order, as the published item does; nothing when none is recorded', () => {
    expect(article.paragraphs).toContain('Đại diện Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam phát biểu ý kiến tại Hội nghị.');
    const facts = cluster3Facts();
    const speakers = [
      { body: 'Ban Dân vận Tỉnh ủy Sơn La', fullName: null, position: 'Đại diện lãnh đạo' },
      { body: 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', fullName: 'Nguyễn Văn B', position: 'Phó Chủ tịch' },
    ];
    const spoken = assembleClusterYear({ ...facts, conference: { ...facts.conference!, speakers } });
    expect(newsArticle(spoken, spoken.conference!).paragraphs).toContain(
      'Đại diện lãnh đạo Ban Dân vận Tỉnh ủy Sơn La; Nguyễn Văn B, Phó Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam lần lượt phát biểu ý kiến tại Hội nghị.',
    );
    const minutesText = printedText(minutesDocument(spoken, spoken.conference!));
    expect(minutesText).toMatch(
      /PHÁT BIỂU Ý KIẾN TẠI HỘI NGHỊ\n- Đại diện lãnh đạo Ban Dân vận Tỉnh ủy Sơn La;\n- Nguyễn Văn B, Phó Chủ tịch Liên hiệp/,
    );
    const silent = assembleClusterYear({ ...facts, conference: { ...facts.conference!, speakers: [] } });
    expect(newsArticle(silent, silent.conference!).paragraphs.join('\n')).not.toContain('phát biểu');
    expect(printedText(minutesDocument(silent, silent.conference!))).not.toContain('PHÁT BIỂU Ý KIẾN');
  });

  it('tells the year’s work and next year’s direction only as the secretariat wrote them', () => {
    expect(text).not.toContain('Thư ký Cụm chưa viết');
    const written = assembleClusterYear(
      cluster3Facts({
        sections: {
          situation: null,
          achievements: 'Các đơn vị đã tổ chức hoạt động tư vấn, phản biện.',
          assessment: null,
          direction: 'Năm 2024, Cụm tiếp tục thực hiện tốt Luật Thi đua, khen thưởng.',
          recommendations: null,
          version: 1,
          updatedAt: new Date(),
          updatedBy: null,
        },
      }),
    );
    const paragraphs = newsArticle(written, written.conference as ConferenceReport).paragraphs;
    expect(paragraphs).toContain('Các đơn vị đã tổ chức hoạt động tư vấn, phản biện.');
    expect(paragraphs.at(-2)).toBe('Năm 2024, Cụm tiếp tục thực hiện tốt Luật Thi đua, khen thưởng.');
  });
});

describe("the summary report's ranking table", () => {
  const emulation: EmulationReport = {
    fixed: true,
    maxPoints: 100,
    groups: [
      { code: '1', title: 'Công tác tổ chức', nature: 'standard', maxPoints: 100 },
      { code: 'T', title: 'Điểm thưởng', nature: 'bonus', maxPoints: 5 },
      { code: 'D', title: 'Điểm trừ', nature: 'penalty', maxPoints: 5 },
    ],
    ranking: [
      {
        rank: 1,
        tied: false,
        unit: { id: 'b', code: 'b', fullName: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Hòa Bình', shortName: 'LHH Hòa Bình' },
        groups: [90, 0, -2],
        total: 88,
        bandName: 'Tốt',
        leader: true,
      },
    ],
    byCriterion: [],
  };

  it('names the bonus and penalty columns, shows the points deducted, and the units by short name', () => {
    const [, table] = emulationRankingBlocks({ ...report, emulation });
    if (table?.kind !== 'table') throw new Error('no ranking table');
    expect(table.columns.map((c) => c.header)).toEqual([
      'Xếp hạng',
      'Đơn vị',
      'Điểm tiêu chí',
      'Điểm thưởng',
      'Điểm trừ',
      'Tổng điểm',
      'Xếp loại',
    ]);
    expect(table.rows).toEqual([[1, 'LHH Hòa Bình', '90', '0', '−2', '88', 'Tốt']]);
    const unitWidth = table.columns[1]?.width ?? 0;
    expect(table.columns.every((c) => (c.width ?? 0) <= unitWidth)).toBe(true);
  });
});
