import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  CLUSTER_3_CRITERIA_2023,
  LAO_CAI_ADJUSTMENT_2023,
  PACT_2023,
  SCORED_CODES_2023,
  SELF_SCORES_2023,
} from '../../seeds/demo/emulation.js';
import { readSheet } from '../helpers/award-factories.js';
import { pdfFile } from '../helpers/dossier-files.js';
import { binary } from '../helpers/downloads.js';
import { emulation2023, givenCluster3Criteria, selfScoresOf, workbookOf } from '../helpers/emulation-factories.js';
import { type Conference, givenCluster3Conference } from '../helpers/meeting-factories.js';
import { onDay } from '../helpers/nomination-factories.js';
import { CLUSTER_3_PROVINCES, type Cluster3Unit, contentOf } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const UNITS = Object.keys(CLUSTER_3_PROVINCES) as Cluster3Unit[];
const SCORE_TABLES = ['emulation_scores', 'emulation_score_history', 'emulation_score_tables'];

/**
 * Cluster 3's emulation year 2023 through HTTP: the pact signed by the 8 unions, registrations against the chair's
 * deadline, the criteria (from a spreadsheet, then in full), self-scores, the chair's adjustment with its reason, the
 * agreed table fixed at the summary conference, and the ranking in which Sơn La and Hòa Bình lead — the flag vote's
 * default candidates.
 */
describe("Cluster 3's emulation year 2023", () => {
  let t: TestApp;
  let conference: Conference;
  let ids: Record<string, string>;
  let evidenceId: string;
  const path = (rest = '') => emulation2023(conference.c3, rest);
  const unit = (key: Cluster3Unit) => conference.c3.units[key];

  beforeAll(async () => {
    t = await startTestApp();
    // Signed in now; the clock is set back to 2023 below, which the sessions (valid from now) outlive.
    conference = await givenCluster3Conference(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('has the pact drawn up by the chair and signed by the 8 unions, each for itself', async () => {
    const { secretariat, officers } = conference;
    await officers.dienBien.put(path('/pact')).send({ title: PACT_2023.title, content: PACT_2023.content }).expect(403);
    const drawn = await secretariat
      .put(path('/pact'))
      .send({ ...PACT_2023 })
      .expect(200);
    expect(drawn.body).toMatchObject({ signedCount: 0, memberCount: 8, version: 1 });
    expect(drawn.body.members.map((m: { statusLabel: string }) => m.statusLabel)).toEqual(Array(8).fill('Chưa ký'));

    const refused = await officers.dienBien
      .post(path('/pact/signatures'))
      .send({ organizationId: unit('laoCai'), signatoryName: 'Nguyễn Văn A', signatoryTitle: 'Chủ tịch', signedOn: '2023-03-21' })
      .expect(403);
    expect(refused.body.code).toBe('EMULATION.NOT_OWN_UNIT');

    for (const key of UNITS) {
      await officers[key]
        .post(path('/pact/signatures'))
        .send({
          organizationId: unit(key),
          signatoryName: `Chủ tịch LHH ${CLUSTER_3_PROVINCES[key][1]}`,
          signatoryTitle: `Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh ${CLUSTER_3_PROVINCES[key][1]}`,
          signedOn: key === 'hoaBinh' ? '2023-04-05' : PACT_2023.signedOn,
        })
        .expect(201);
    }
    const pact = await officers.laiChau.get(path('/pact')).expect(200);
    expect(pact.body).toMatchObject({ signedCount: 8, memberCount: 8, signedOn: '2023-03-21' });
    expect(pact.body.members.every((m: { status: string }) => m.status === 'signed')).toBe(true);
    const hoaBinh = pact.body.members.find((m: { unit: { id: string } }) => m.unit.id === unit('hoaBinh'));
    expect(hoaBinh.signature).toMatchObject({ signedOn: '2023-04-05', signedLater: true });
  });

  it("shows the chair who registered on time, late or not at all against the chair's deadline", async () => {
    const { secretariat, officers } = conference;
    await officers.laoCai.put(path('/registrations/deadline')).send({ deadline: '2023-03-31' }).expect(403);
    await secretariat.put(path('/registrations/deadline')).send({ deadline: '2023-03-31' }).expect(200);
    const registration = (area: string) => ({
      targets: [{ contentArea: area, target: 'Tổ chức ít nhất 3 hoạt động trong năm' }],
      titles: ['Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam'],
    });
    onDay(t, '2023-03-28');
    for (const key of ['sonLa', 'hoaBinh', 'laoCai', 'vinhPhuc', 'dienBien'] as const) {
      await officers[key]
        .put(path(`/registrations/${unit(key)}`))
        .send(registration('Tư vấn, phản biện và giám định xã hội'))
        .expect(200);
    }
    onDay(t, '2023-04-03');
    await officers.laiChau
      .put(path(`/registrations/${unit('laiChau')}`))
      .send(registration('Phổ biến kiến thức'))
      .expect(200);
    await officers.laiChau
      .put(path(`/registrations/${unit('yenBai')}`))
      .send(registration('Phổ biến kiến thức'))
      .expect(403);

    const board = await secretariat.get(path('/registrations')).expect(200);
    expect(board.body).toMatchObject({
      deadline: '2023-03-31',
      today: '2023-04-03',
      counts: { on_time: 5, late: 1, missing: 2, pending: 0 },
    });
    const status = (key: Cluster3Unit) => board.body.members.find((m: { unit: { id: string } }) => m.unit.id === unit(key));
    expect([status('laiChau').statusLabel, status('yenBai').statusLabel, status('phuTho').statusLabel]).toEqual([
      'Đăng ký muộn',
      'Chưa đăng ký (quá hạn)',
      'Chưa đăng ký (quá hạn)',
    ]);
    expect(status('sonLa').registration).toMatchObject({
      late: false,
      titles: ['Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam'],
    });
  });

  it('imports the criteria form from XLSX, keeping the good rows and saying why each bad row is refused', async () => {
    onDay(t, '2023-04-10');
    const file = await workbookOf([
      ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại điểm', 'Minh chứng yêu cầu'],
      ['1', 'Tư vấn, phản biện và giám định xã hội', 30, '', ''],
      ['1.1', 'Đề án được phản biện', '12,5', '', 'Văn bản phản biện'],
      ['1.2', 'Kiến nghị được tiếp thu', 'mười', '', ''],
      ['2.1', 'Tiêu chí không có nhóm', 5, '', ''],
      ['T', 'Điểm thưởng', 5, 'thưởng', ''],
      ['T.1', 'Sáng kiến được nhân rộng', 5, 'phạt', ''],
    ]);
    await conference.officers.dienBien.post(path('/criteria/import')).attach('file', file, 'tieu-chi.xlsx').expect(403);
    const imported = await conference.secretariat.post(path('/criteria/import')).attach('file', file, 'tieu-chi.xlsx').expect(200);
    expect(imported.body).toMatchObject({ accepted: 3, refused: 3 });
    expect(imported.body.rows.map((r: { row: number; status: string; code: string }) => [r.row, r.code, r.status])).toEqual([
      [2, '1', 'accepted'],
      [3, '1.1', 'accepted'],
      [4, '1.2', 'refused'],
      [5, '2.1', 'refused'],
      [6, 'T', 'accepted'],
      [7, 'T.1', 'refused'],
    ]);
    expect(imported.body.rows[2].reasons[0]).toContain('không phải là số');
    expect(imported.body.rows[3].reasons[0]).toContain('Không có mục cha "2"');
    expect(imported.body.rows[5].reasons[0]).toContain('Loại điểm "phạt" không rõ');
    // Group 1 gives at most what its one accepted criterion does.
    expect(imported.body.tree).toMatchObject({
      maxPoints: 12.5,
      maxBonus: 5,
      groups: [{ code: '1', children: [{ code: '1.1', maxPoints: 12.5 }] }, { code: 'T' }],
    });
  });

  it('replaces the criteria with the pact’s tree of 5 scored groups, a bonus and a penalty group', async () => {
    ids = await givenCluster3Criteria(conference.secretariat, conference.c3);
    const tree = await conference.officers.yenBai.get(path('/criteria')).expect(200);
    expect(tree.body).toMatchObject({ locked: false, maxPoints: 100, maxBonus: 5, maxPenalty: 10 });
    expect(tree.body.groups.map((g: { code: string; natureLabel: string }) => [g.code, g.natureLabel])).toEqual([
      ['1', 'Chấm điểm'],
      ['2', 'Chấm điểm'],
      ['3', 'Chấm điểm'],
      ['4', 'Chấm điểm'],
      ['5', 'Chấm điểm'],
      ['T', 'Điểm thưởng'],
      ['D', 'Điểm trừ'],
    ]);
    expect(Object.keys(ids)).toHaveLength(CLUSTER_3_CRITERIA_2023.length);
  });

  it('takes each union’s self-scores, one of them from its XLSX form with good and bad rows', async () => {
    onDay(t, '2023-11-10');
    for (const key of UNITS.filter((k) => k !== 'vinhPhuc')) {
      await conference.officers[key]
        .put(path(`/scores/${unit(key)}/self`))
        .send(selfScoresOf(key, ids))
        .expect(200);
    }
    const evidence = await conference.officers.sonLa
      .post(path(`/scores/${unit('sonLa')}/evidence`))
      .field('criterionId', ids['3.1'])
      .attach('file', pdfFile('Danh mục văn bản phản biện'), 'Danh mục phản biện.pdf')
      .expect(201);
    evidenceId = evidence.body.id;
    const sheet = await conference.officers.sonLa.get(path(`/scores/${unit('sonLa')}`)).expect(200);
    const row31 = sheet.body.rows.find((row: { criterion: { code: string } }) => row.criterion.code === '3.1');
    expect(row31).toMatchObject({
      criterion: { evidenceRequired: true },
      self: { points: 14 },
      evidence: [{ fileName: 'Danh mục phản biện.pdf' }],
    });
    const points = SELF_SCORES_2023['LHH-VINH-PHUC'];
    const file = await workbookOf([
      ['Mã tiêu chí', 'Nội dung tiêu chí', 'Điểm tự chấm', 'Giải trình'],
      ['4.1', 'Ấn phẩm, chương trình phổ biến kiến thức', 12, ''],
      ...SCORED_CODES_2023.map((code, i) => [code, '', String(points[i]).replace('.', ','), i === 0 ? 'Báo cáo số 15/BC-LHH' : '']),
      ['9.9', 'Không có trong bảng', 3, ''],
      ['5.1', '', 'chín', ''],
    ]);
    const imported = await conference.officers.vinhPhuc
      .post(path(`/scores/${unit('vinhPhuc')}/import`))
      .attach('file', file, 'tu-cham-vinh-phuc.xlsx')
      .expect(200);
    expect(imported.body).toMatchObject({ accepted: 13, refused: 3 });
    expect(
      imported.body.rows
        .filter((r: { status: string }) => r.status === 'refused')
        .map((r: { row: number; reasons: string[] }) => [r.row, r.reasons[0]]),
    ).toEqual([
      [2, 'Điểm vượt quá điểm tối đa (10).'],
      [16, 'Không có tiêu chí mã "9.9" (cột A).'],
      [17, 'Điểm "chín" không phải là số (cột C).'],
    ]);
    expect(imported.body.sheet.totals.self).toMatchObject({ standard: 87, bonus: 0, penalty: 0, total: 87 });
    const criteria = await conference.secretariat.get(path('/criteria')).expect(200);
    expect(criteria.body.locked).toBe(true);
    await conference.secretariat.put(path('/criteria')).send({ items: CLUSTER_3_CRITERIA_2023 }).expect(409);
  });

  it("keeps a union from seeing or changing another union's self-scores before the chair publishes the table", async () => {
    const { officers } = conference;
    const before = await contentOf(t.dataSource, ...SCORE_TABLES);
    const seen = await officers.dienBien.get(path(`/scores/${unit('sonLa')}`)).expect(403);
    expect(seen.body).toMatchObject({ code: 'EMULATION.SCORES_NOT_PUBLISHED' });
    expect(seen.body.title).toContain('chưa công bố');
    const changed = await officers.dienBien
      .put(path(`/scores/${unit('sonLa')}/self`))
      .send(selfScoresOf('dienBien', ids))
      .expect(403);
    expect(changed.body.code).toBe('EMULATION.NOT_OWN_UNIT');
    await officers.dienBien.get(path('/ranking')).expect(403);
    await officers.dienBien.get(`/api/v1/emulation/evidence/${evidenceId}/content`).expect(403);
    await officers.dienBien.get(path(`/scores/${unit('sonLa')}/history`)).expect(403);
    expect(await contentOf(t.dataSource, ...SCORE_TABLES)).toEqual(before);
    const own = await officers.dienBien.get(path(`/scores/${unit('dienBien')}`)).expect(200);
    expect(own.body.totals.self.total).toBe(82);
    expect(own.body.table).toMatchObject({ state: 'open', actions: ['self_score'] });
  });

  it('lets the chair adjust a score only with a reason, then publish the table to every union', async () => {
    const { secretariat, officers } = conference;
    const adjust = (reason?: string) =>
      secretariat.put(path(`/scores/${unit('laoCai')}/cross`)).send({
        scores: [{ criterionId: ids[LAO_CAI_ADJUSTMENT_2023.code], points: LAO_CAI_ADJUSTMENT_2023.cross, ...(reason && { reason }) }],
      });
    await adjust().expect(400);
    await officers.laoCai
      .put(path(`/scores/${unit('laoCai')}/cross`))
      .send({ scores: [{ criterionId: ids['3.1'], points: 15, reason: 'Tự điều chỉnh' }] })
      .expect(403);
    const adjusted = await adjust(LAO_CAI_ADJUSTMENT_2023.reason).expect(200);
    // The cross-check column totals the sheet as adjusted: the self-scores it left alone count with it.
    expect(adjusted.body.totals).toMatchObject({ self: { total: 96 }, cross: { total: 92 }, final: { total: 92 } });

    const pairs = { pairs: [{ scorerId: unit('phuTho'), scoredId: unit('yenBai') }] };
    await officers.phuTho.put(path('/scores/cross-pairs')).send(pairs).expect(403);
    const paired = await secretariat.put(path('/scores/cross-pairs')).send(pairs).expect(200);
    expect(paired.body.crossPairs).toEqual([
      { scorer: expect.objectContaining({ shortName: 'LHH Phú Thọ' }), scored: expect.objectContaining({ shortName: 'LHH Yên Bái' }) },
    ]);
    await officers.phuTho.get(path(`/scores/${unit('laoCai')}`)).expect(403);
    const checked = await officers.phuTho
      .put(path(`/scores/${unit('yenBai')}/cross`))
      .send({ scores: [{ criterionId: ids['1.1'], points: 7, reason: 'Đã đối chiếu minh chứng: giữ nguyên điểm tự chấm.' }] })
      .expect(200);
    expect(checked.body.totals).toMatchObject({ cross: { total: 82 }, final: { total: 82 } });
    await officers.phuTho
      .put(path(`/scores/${unit('laoCai')}/cross`))
      .send({ scores: [{ criterionId: ids['1.1'], points: 7, reason: 'Chấm chéo' }] })
      .expect(403);

    const table = await secretariat.get(path('/scores')).expect(200);
    expect(table.body).toMatchObject({ state: 'open', defaultBands: true, leaderCount: 2 });
    expect(table.body.bandsNote).toContain('chưa theo quy định chính thức nào của Liên hiệp Hội Việt Nam');
    const published = await secretariat.post(path('/scores/publish')).send({ version: table.body.version }).expect(200);
    expect(published.body).toMatchObject({ state: 'published', stateLabel: 'Đã công bố' });

    const sonLa = await officers.dienBien.get(path(`/scores/${unit('sonLa')}`)).expect(200);
    await binary(officers.dienBien.get(`/api/v1/emulation/evidence/${evidenceId}/content`)).expect(200);
    expect(sonLa.body.totals.self.total).toBe(97);
    const late = await officers.dienBien
      .put(path(`/scores/${unit('dienBien')}/self`))
      .send(selfScoresOf('dienBien', ids))
      .expect(409);
    expect(late.body.code).toBe('EMULATION.SCORE_TABLE_STATE');
  });

  it('fixes the agreed table at the summary conference, keeping every change of a score', async () => {
    onDay(t, '2023-11-27');
    const { secretariat, officers } = conference;
    await secretariat
      .put(path(`/scores/${unit('laoCai')}/agreed`))
      .send({
        scores: [{ criterionId: ids['3.1'], points: LAO_CAI_ADJUSTMENT_2023.agreed, reason: LAO_CAI_ADJUSTMENT_2023.agreedReason }],
      })
      .expect(200);
    const history = await officers.hoaBinh.get(path(`/scores/${unit('laoCai')}/history`)).expect(200);
    const of31 = history.body.filter((change: { criterionCode: string }) => change.criterionCode === '3.1');
    expect(of31.map((c: object) => c)).toEqual([
      expect.objectContaining({ columnLabel: 'Tự chấm', oldPoints: null, newPoints: 15, changedBy: 'laoCai.canbo' }),
      expect.objectContaining({
        column: 'cross',
        oldPoints: null,
        newPoints: 11,
        reason: LAO_CAI_ADJUSTMENT_2023.reason,
        changedBy: 'sonLa.canbo',
      }),
      expect.objectContaining({ column: 'agreed', newPoints: 12, reason: LAO_CAI_ADJUSTMENT_2023.agreedReason }),
    ]);
    const table = await secretariat.get(path('/scores')).expect(200);
    await officers.hoaBinh.post(path('/scores/fix')).send({ version: table.body.version, meetingId: conference.meetingId }).expect(403);
    const fixed = await secretariat
      .post(path('/scores/fix'))
      .send({ version: table.body.version, meetingId: conference.meetingId })
      .expect(200);
    expect(fixed.body).toMatchObject({ state: 'fixed', stateLabel: 'Đã chốt', actions: [], fixedAtMeeting: { id: conference.meetingId } });
  });

  it('ranks Sơn La and Hòa Bình first, shows the tie of Điện Biên and Yên Bái, and exports the table with Vietnamese headers', async () => {
    const ranking = await conference.officers.laiChau.get(path('/ranking')).expect(200);
    expect(
      ranking.body.rows.map(
        (r: { rank: number; tied: boolean; unit: { shortName: string }; totals: { total: number }; leader: boolean }) => [
          r.rank,
          r.unit.shortName,
          r.totals.total,
          r.tied,
          r.leader,
        ],
      ),
    ).toEqual([
      [1, 'LHH Sơn La', 97, false, true],
      [2, 'LHH Hòa Bình', 96, false, true],
      [3, 'LHH Lào Cai', 93, false, false],
      [4, 'LHH Vĩnh Phúc', 87, false, false],
      [5, 'LHH Phú Thọ', 84, false, false],
      [6, 'LHH Điện Biên', 82, true, false],
      [6, 'LHH Yên Bái', 82, true, false],
      [8, 'LHH Lai Châu', 76, false, false],
    ]);
    expect(ranking.body.rows[0]).toMatchObject({ bandLabel: 'Xuất sắc', percent: 97 });
    expect(ranking.body.rows[0].groups.map((g: { code: string; points: number }) => [g.code, g.points])).toEqual([
      ['1', 15],
      ['2', 19],
      ['3', 24],
      ['4', 18],
      ['5', 19],
      ['T', 2],
      ['D', 0],
    ]);
    expect(ranking.body.leaders.map((u: { shortName: string }) => u.shortName)).toEqual(['LHH Sơn La', 'LHH Hòa Bình']);

    const exported = await binary(conference.officers.laiChau.get(path('/ranking.xlsx'))).expect(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const sheet = readSheet(exported.body as Buffer);
    expect(sheet[2]).toEqual(expect.arrayContaining(['Xếp hạng', 'Đơn vị', 'Tổng điểm', 'Xếp loại', 'Dẫn đầu']));
    expect(sheet[3].slice(0, 2)).toEqual(['1', 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La']);
    expect(sheet[8][0]).toBe('6 (đồng hạng)');
  });

  it("fills the summary report's ranking and results by criterion from the fixed table", async () => {
    const report = await conference.officers.phuTho.get(`/api/v1/reports/clusters/${conference.c3.cluster}/years/2023`).expect(200);
    expect(report.body.emulation).toMatchObject({ fixed: true, maxPoints: 100 });
    expect(
      report.body.emulation.ranking.slice(0, 2).map((r: { unit: { shortName: string }; total: number }) => [r.unit.shortName, r.total]),
    ).toEqual([
      ['LHH Sơn La', 97],
      ['LHH Hòa Bình', 96],
    ]);
    expect(report.body.emulation.byCriterion.find((c: { code: string }) => c.code === '3.1')).toMatchObject({
      maxPoints: 15,
      best: 14,
      bestUnits: ['LHH Hòa Bình', 'LHH Sơn La'],
    });
    const document = await conference.officers.phuTho
      .get(`/api/v1/reports/clusters/${conference.c3.cluster}/years/2023/documents/summary-report`)
      .set('accept', 'application/json')
      .expect(200);
    const tables = document.body.body.filter((block: { kind: string }) => block.kind === 'table');
    const ranking = tables.find((table: { columns: { header: string }[] }) => table.columns.some((c) => c.header === 'Tổng điểm'));
    expect(ranking.columns.map((c: { header: string }) => c.header)).toEqual([
      'Xếp hạng',
      'Đơn vị',
      'Điểm tiêu chí',
      'Điểm thưởng',
      'Điểm trừ',
      'Tổng điểm',
      'Xếp loại',
    ]);
    expect(ranking.rows[0]).toEqual([1, 'LHH Sơn La', '95', '2', '0', '97', 'Xuất sắc']);
    expect(tables.some((table: { columns: { header: string }[] }) => table.columns.some((c) => c.header === 'Bình quân'))).toBe(true);
  });

  it("proposes the ranking's leaders as the flag vote's candidates, and a non-leader only with a reason", async () => {
    const { secretariat, meetingId } = conference;
    const flag = { subject: 'flag_proposal', title: 'Suy tôn đơn vị dẫn đầu đề nghị tặng Cờ thi đua năm 2023', method: 'electronic' };
    const byDefault = await secretariat.post(`/api/v1/meetings/${meetingId}/votes`).send(flag).expect(201);
    expect(byDefault.body.quota).toBe(2);
    expect(byDefault.body.candidates.map((u: { shortName: string }) => u.shortName)).toEqual(['LHH Sơn La', 'LHH Hòa Bình']);
    await secretariat.post(`/api/v1/votes/${byDefault.body.id}/cancel`).send({ reason: 'Thử danh sách khác' }).expect(200);

    const withLaoCai = { ...flag, candidateIds: [unit('sonLa'), unit('hoaBinh'), unit('laoCai')] };
    const refused = await secretariat.post(`/api/v1/meetings/${meetingId}/votes`).send(withLaoCai).expect(422);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        field: 'candidateIds[2]',
        message: 'Đơn vị này không thuộc nhóm dẫn đầu bảng xếp hạng thi đua đã chốt: ghi lý do đưa đơn vị vào danh sách bầu.',
      }),
    ]);
    const reason = 'Lào Cai có thành tích đột xuất được Ban Thường vụ ghi nhận.';
    const added = await secretariat
      .post(`/api/v1/meetings/${meetingId}/votes`)
      .send({ ...withLaoCai, candidateReasons: [{ organizationId: unit('laoCai'), reason }] })
      .expect(201);
    expect(added.body.candidates).toHaveLength(3);
    const [event] = await t.dataSource.query(`SELECT changes FROM audit_events WHERE action = 'vote.create' AND entity_id = $1`, [
      added.body.id,
    ]);
    expect(event.changes.after.candidateReasons).toEqual([{ organizationId: unit('laoCai'), reason }]);
  });
});
