import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { binary } from '../helpers/award-factories.js';
import { type Conference, givenCluster3Conference } from '../helpers/meeting-factories.js';
import { as, type Caller, givenAwardCatalog, givenCluster3FlagVote, onDay, transition, upload } from '../helpers/nomination-factories.js';
import { givenSignedInUser } from '../helpers/auth.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';
import { pdfPages } from '../../src/reports/renderers/readers.spec-support.js';

interface Attachment {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  sha256: string;
  document: string | null;
}

/**
 * The flag nominations that Cluster 3's conference of 27/11/2023 makes carry its tờ trình and minutes, drawn up by
 * thidua as PDF files with their SHA-256, and are judged under the instrument the vote cited, even when they are
 * looked at after a newer decree took effect.
 */
describe("a conference's flag nominations: its documents in their dossiers, one legal basis with its vote", () => {
  let t: TestApp;
  let conference: Conference;
  let sonLa: Caller;
  let voteId: string;
  let nominationId: string;

  const attachments = async (): Promise<Attachment[]> =>
    (await sonLa.get(`/api/v1/nominations/${nominationId}/attachments?sort=kind`).expect(200)).body.items;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    await givenAwardCatalog(t);
    sonLa = as(
      t,
      await givenSignedInUser(t, { username: 'sonla.vanthu', roles: ['unit_officer'], organizationId: conference.c3.units.sonLa }),
    );
    const { units } = conference.c3;
    voteId = await givenCluster3FlagVote(conference);
    const [row] = await t.dataSource.query(`SELECT id FROM nominations WHERE nominee_organization_id = $1`, [units.sonLa]);
    nominationId = row.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it("attaches the conference's tờ trình and minutes as PDF files whose SHA-256 is that of their content", async () => {
    const files = await attachments();
    expect(files.map((f) => [f.kind, f.document, f.contentType])).toEqual([
      ['to_trinh', 'proposal_letter', 'application/pdf'],
      ['bien_ban_binh_xet', 'evaluation_minutes', 'application/pdf'],
    ]);
    expect(files.map((f) => f.fileName)).toEqual([
      'Tờ trình đề nghị tặng Cờ thi đua Cụm thi đua số 3 năm 2023.pdf',
      'Biên bản hội nghị tổng kết Cụm thi đua số 3 năm 2023.pdf',
    ]);
    for (const file of files) {
      const download = await binary(sonLa.get(`/api/v1/attachments/${file.id}/content`)).expect(200);
      expect((download.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      expect(
        createHash('sha256')
          .update(download.body as Buffer)
          .digest('hex'),
      ).toBe(file.sha256);
    }
  });

  it('no longer reports those documents missing: only the achievement report, which the unit writes', async () => {
    onDay(t, '2024-01-10');
    const eligibility = await sonLa.get(`/api/v1/nominations/${nominationId}/eligibility`).expect(200);
    const documents = eligibility.body.checks.find((c: { check: string }) => c.check === 'REQUIRED_DOCUMENTS');
    expect(documents).toEqual({ check: 'REQUIRED_DOCUMENTS', passed: false, reason: 'Hồ sơ còn thiếu: Báo cáo thành tích.' });
  });

  it('cites the instrument of the vote, also once a newer decree applies, so the vote and the nomination never differ', async () => {
    const vote = await conference.secretariat.get(`/api/v1/votes/${voteId}`).expect(200);
    expect(vote.body.quotaBasis).toContain('theo Nghị định 98/2023/NĐ-CP');
    onDay(t, '2026-03-02');
    const eligibility = await sonLa.get(`/api/v1/nominations/${nominationId}/eligibility`).expect(200);
    expect(eligibility.body).toMatchObject({ asOf: '2026-03-02', legalBasis: { code: 'ND-98-2023', citation: 'Nghị định 98/2023/NĐ-CP' } });
  });

  it('draws both documents up again, before submission, when who issues and signs them changes', async () => {
    onDay(t, '2024-01-10');
    const before = await attachments();
    const base = `/api/v1/reports/clusters/${conference.c3.cluster}/years/2023/issuance`;
    await conference.secretariat
      .put(`${base}/year`)
      .send({ symbol: 'LHH', signerTitle: 'Chủ tịch', signerName: 'Cầm Văn Nhung' })
      .expect(201);
    const after = await attachments();
    expect(after.map((f) => f.kind)).toEqual(['to_trinh', 'bien_ban_binh_xet']);
    for (const kind of ['to_trinh', 'bien_ban_binh_xet']) {
      const [old, now] = [before, after].map((files) => files.find((f) => f.kind === kind) as Attachment);
      expect([now.id, now.sha256]).not.toEqual([old.id, old.sha256]);
    }
    const letter = after.find((f) => f.kind === 'to_trinh') as Attachment;
    const pdf = await binary(sonLa.get(`/api/v1/attachments/${letter.id}/content`)).expect(200);
    const text = (await pdfPages(pdf.body as Buffer)).map((page) => page.text).join(' ');
    expect(text).toContain('Cầm Văn Nhung');
    expect(text).toContain('/TTr-LHH');
    // The number and date once recorded for the tờ trình alone: the tờ trình is drawn up again with them.
    await conference.secretariat.put(`${base}/flag-proposal`).send({ number: 15, issuedOn: '2023-11-28' }).expect(201);
    const numbered = (await attachments()).find((f) => f.kind === 'to_trinh') as Attachment;
    expect(numbered.id).not.toBe(letter.id);
    const renumbered = await binary(sonLa.get(`/api/v1/attachments/${numbered.id}/content`)).expect(200);
    expect((await pdfPages(renumbered.body as Buffer)).map((page) => page.text).join(' ')).toContain('15/TTr-LHH');
    const audited = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'nomination.attachment_generate' AND entity_id = $1`,
      [nominationId],
    );
    expect(audited[0].n).toBeGreaterThanOrEqual(5);
  });

  it('draws the minutes up again from the record as amended when the dossier is submitted', async () => {
    onDay(t, '2024-01-10');
    const before = await attachments();
    const meeting = await conference.secretariat.get(`/api/v1/meetings/${conference.meetingId}`).expect(200);
    await conference.secretariat
      .patch(`/api/v1/meetings/${conference.meetingId}`)
      .send({ minutes: 'Hội nghị đã nghe báo cáo tổng kết và suy tôn hai đơn vị dẫn đầu.', version: meeting.body.version })
      .expect(200);
    await upload(sonLa, nominationId, 'bao_cao_thanh_tich').expect(201);
    await transition(sonLa, nominationId, 'submit', 'Kính trình.').expect(200);
    const after = await attachments();
    const minutes = (files: Attachment[]) => files.find((f) => f.kind === 'bien_ban_binh_xet') as Attachment;
    expect(minutes(after).id).not.toBe(minutes(before).id);
    expect(after.filter((f) => f.kind === 'bien_ban_binh_xet')).toHaveLength(1);
    const [stored] = await t.dataSource.query('SELECT encode(sha256(content), $2) AS digest FROM nomination_attachments WHERE id = $1', [
      minutes(after).id,
      'hex',
    ]);
    expect(stored.digest).toBe(minutes(after).sha256);
  });
});
