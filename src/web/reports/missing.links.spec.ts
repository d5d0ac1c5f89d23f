import { describe, expect, it } from '@jest/globals';
import { cluster3Facts } from '../../reports/cluster-year/cluster-year.spec-support.js';
import { assembleClusterYear } from '../../reports/cluster-year/cluster-year.rules.js';
import { recordingPlace } from './missing.links.js';

describe('where a missing fact of the report is recorded', () => {
  const report = assembleClusterYear(cluster3Facts());
  const { id } = report.cluster;
  const place = (key: string) => recordingPlace(report, { key, text: '' }).href;

  it('leads each fact to the page that records it', () => {
    expect(place('section:assessment')).toBe(`/clusters/${id}/years/2023/report/sections#section-assessment`);
    expect(place('vote:v-1')).toBe('/votes/v-1');
    expect(place('presiding')).toBe(`/meetings/${report.conference?.id}`);
    expect(place('vice_chair')).toBe(`/clusters/${id}?year=2023`);
    expect(place('issuer_place')).toBe('/organizations/unit-sonLa');
    expect(place('conference')).toBe(`/meetings/new?clusterId=${id}&year=2023`);
    expect(place('issuance:signer')).toBe(`/clusters/${id}/years/2023/report/issuance?scope=year`);
    expect(place('issuance:minutes')).toBe(`/clusters/${id}/years/2023/report/issuance?scope=minutes`);
    expect(place('legal_basis')).toBe(`/clusters/${id}/years/2023/report/issuance?scope=flag-proposal`);
  });

  it('leads what it does not know, and meeting facts without a conference, to the cluster year', () => {
    expect(place('award_decision:unit-hoaBinh')).toBe(`/clusters/${id}/years/2023`);
    expect(place('section:unknown')).toBe(`/clusters/${id}/years/2023`);
    const withoutConference = assembleClusterYear(cluster3Facts({ conference: null }));
    expect(recordingPlace(withoutConference, { key: 'minutes', text: '' }).href).toBe(`/clusters/${id}/years/2023`);
  });

  it('gives a Vietnamese label first', () => {
    expect(recordingPlace(report, { key: 'section:situation', text: '' }).label.vi).toBe('Phần báo cáo do Thư ký Cụm viết');
    expect(recordingPlace(report, { key: 'presiding', text: '' }).label.vi).toBe('Trang hội nghị tổng kết');
  });

  it('calls the conference page by the recorded noun of the event', () => {
    const facts = cluster3Facts();
    const workshop = { ...facts.conference!.meeting, title: 'Hội thảo tổng kết công tác thi đua, khen thưởng năm 2023' };
    const recorded = assembleClusterYear({ ...facts, meetings: [workshop], conference: { ...facts.conference!, meeting: workshop } });
    expect(recordingPlace(recorded, { key: 'secretary', text: '' }).label.vi).toBe('Trang hội thảo tổng kết');
  });
});
