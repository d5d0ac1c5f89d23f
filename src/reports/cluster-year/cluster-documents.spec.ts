import { describe, expect, it } from '@jest/globals';
import { clusterDocumentEntries, clusterDocumentName, clusterDocumentNames } from './cluster-documents.js';
import { assembleClusterYear } from './cluster-year.rules.js';
import { cluster3Facts } from './cluster-year.spec-support.js';

describe('what a user sees the documents called', () => {
  it('calls the event by its recorded noun on the report page and in the file names', () => {
    const facts = cluster3Facts();
    const workshop = { ...facts.conference!.meeting, title: 'Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023' };
    const report = assembleClusterYear({ ...facts, meetings: [workshop], conference: { ...facts.conference!, meeting: workshop } });
    expect(clusterDocumentEntries(report).map((entry) => entry.name)).toEqual([
      'Báo cáo tổng kết',
      'Biên bản hội thảo tổng kết',
      'Tờ trình đề nghị tặng Cờ thi đua',
      'Tin hội thảo tổng kết',
    ]);
    expect(clusterDocumentNames(report, 'minutes', 'pdf')).toEqual({
      ascii: 'bien-ban-hoi-thao-tong-ket-cum-3-2023.pdf',
      vietnamese: 'Biên bản hội thảo tổng kết Cụm thi đua số 3 năm 2023.pdf',
    });
    expect(clusterDocumentNames(report, 'news', 'html').vietnamese).toBe('Tin hội thảo tổng kết Cụm thi đua số 3 năm 2023.html');
    expect(clusterDocumentNames(report, 'flag-proposal', 'docx').ascii).toBe('to-trinh-co-thi-dua-cum-3-2023.docx');
  });

  it('says hội nghị for a conference recorded as one', () => {
    const report = assembleClusterYear(cluster3Facts());
    expect(clusterDocumentName(report, 'minutes')).toBe('Biên bản hội nghị tổng kết');
    expect(clusterDocumentNames(report, 'news', 'pdf').ascii).toBe('tin-hoi-nghi-tong-ket-cum-3-2023.pdf');
  });
});
