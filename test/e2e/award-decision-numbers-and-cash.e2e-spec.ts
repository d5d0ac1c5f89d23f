import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { councilBallots, councilVote, givenCouncil } from '../helpers/award-factories.js';
import {
  type Caller,
  givenAwardCatalog,
  givenDossier,
  officerOf,
  onDay,
  ownProposal,
  transition,
} from '../helpers/nomination-factories.js';
import { type Cluster3, contentOf, givenCluster3In2023 } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

const DECISION_TABLES = ['award_decisions', 'award_register', 'nominations', 'nomination_history', 'audit_events'];

/**
 * Decisions under Decree 152/2025 (base salary 2,340,000 VND): VUSTA's certificate of merit is 1.5 × for a person
 * and 3 × for a unit, its medal carries no cash; decision numbers are unique per issuer and year, and register
 * numbers come from the database.
 */
describe('award decisions: numbers, register numbers and cash amounts', () => {
  let t: TestApp;
  let c3: Cluster3;
  let awards: Record<string, string>;
  let sonLa: Caller;
  let council: string[];
  /** Today for the app; the council meets the day a dossier is forwarded. */
  let today = '2025-08-20';
  const SIGNER = { signerName: 'Phan Xuân Dũng', signerPosition: 'Chủ tịch' };

  /** A nomination of Sơn La for itself or one of its people, submitted and forwarded to the council. */
  async function inCouncil(awardCode: string, person?: { fullName: string; gender: string; birthYear: number }): Promise<string> {
    const created = await sonLa
      .post('/api/v1/nominations')
      .send(ownProposal(c3, 'sonLa', awards[awardCode], person))
      .expect(201);
    await givenDossier(sonLa, created.body.id);
    await transition(sonLa, created.body.id, 'submit').expect(200);
    await transition(t.staff, created.body.id, 'forward_to_council').expect(200);
    return created.body.id;
  }

  async function approved(awardCode: string, person?: { fullName: string; gender: string; birthYear: number }): Promise<string> {
    const id = await inCouncil(awardCode, person);
    await councilVote(t.staff, id, today, councilBallots(council, { inFavour: 5, against: 4 })).expect(201);
    return id;
  }

  const person = (n: number) => ({ fullName: `Lò Văn Thưởng ${n}`, gender: 'male', birthYear: 1970 + n });

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    awards = await givenAwardCatalog(t);
    sonLa = await officerOf(t, c3, 'sonLa');
    council = await givenCouncil(t, 9, '2025-01-01');
    onDay(t, today);
  });
  afterAll(async () => {
    await t.close();
  });

  it('approves a certificate of merit, which has no legal threshold, with more than half of all members: 5 of 9', async () => {
    const passing = await inCouncil('LHHVN_BANG_KHEN', person(1));
    const failing = await inCouncil('LHHVN_BANG_KHEN', person(2));
    const five = await councilVote(t.staff, passing, today, councilBallots(council, { inFavour: 5, against: 4 })).expect(201);
    expect(five.body).toMatchObject({
      nominationState: 'approved',
      threshold: null,
      votesNeeded: 5,
      reason: '5/9 thành viên Hội đồng đồng ý (5 tại cuộc họp, 0 bằng văn bản), đạt quá nửa tổng số thành viên (cần ít nhất 5).',
    });
    const four = await councilVote(t.staff, failing, today, councilBallots(council, { inFavour: 4, against: 2 })).expect(201);
    expect(four.body).toMatchObject({
      nominationState: 'rejected',
      notVoted: expect.arrayContaining([expect.objectContaining({ position: 'Ủy viên' })]),
    });
    expect(four.body.notVoted).toHaveLength(3);
  });

  it('draws register numbers after any number entered by hand, and reckons the cash on the decision date', async () => {
    await t.staff
      .post('/api/v1/award-register')
      .send({
        awardTypeId: awards.LHHVN_BANG_KHEN,
        year: 2020,
        organizationId: c3.units.dienBien,
        decisionReference: '80/QĐ-LHHVN',
        registerNumber: '500',
      })
      .expect(201);
    const [merit] = (await t.staff.get('/api/v1/nominations?state=approved').expect(200)).body.items;
    const unit = await approved('LHHVN_BANG_KHEN');
    const medal = await approved('LHHVN_KY_NIEM_CHUONG', person(3));
    const issued = await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...SIGNER, number: '45/QĐ-LHHVN', decidedOn: '2025-08-20', nominationIds: [merit.id, unit, medal] })
      .expect(201);
    expect(issued.body).toMatchObject({ reference: '45/QĐ-LHHVN', recipientCount: 3, totalCashVnd: 3_510_000 + 7_020_000 });
    expect(issued.body.summary).toBe(
      'Về việc tặng Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam năm 2025; Kỷ niệm chương "Vì sự nghiệp phát triển Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam" năm 2025',
    );
    expect(
      issued.body.recipients.map((r: { registerNumber: string; recipient: { kind: string }; cash: { amountVnd: number } | null }) => [
        r.registerNumber,
        r.recipient.kind,
        r.cash?.amountVnd ?? null,
      ]),
    ).toEqual([
      ['501', 'individual', 3_510_000],
      ['502', 'collective', 7_020_000],
      ['503', 'individual', null],
    ]);
    expect(issued.body.recipients[0].cash.explanation).toBe(
      '1,5 × 2.340.000 đồng (mức lương cơ sở theo Nghị định 73/2024/NĐ-CP) = 3.510.000 đồng',
    );
    const csv = await t.staff.get(`/api/v1/award-decisions/${issued.body.id}/export?format=csv`).expect(200);
    expect(csv.headers['content-disposition']).toContain('filename="quyet-dinh-45-qd-lhhvn.csv"');
    expect(csv.text.split('\r\n')[0]).toBe(
      '\uFEFFSTT,Số sổ vàng,Hình thức khen thưởng,Năm thi đua,Đối tượng được khen thưởng,Tập thể/Cá nhân,Năm sinh,Đơn vị,Số tiền thưởng (đồng),Cách tính tiền thưởng',
    );
    expect(csv.text.split('\r\n')[1]).toBe(
      '1,501,Bằng khen của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam,2025,Lò Văn Thưởng 1,Cá nhân,1971,Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La,3510000,"1,5 × 2.340.000 đồng (mức lương cơ sở theo Nghị định 73/2024/NĐ-CP) = 3.510.000 đồng"',
    );
  });

  it('takes a decision number once per issuer and year', async () => {
    const nomination = await approved('LHHVN_BANG_KHEN', person(4));
    const before = await contentOf(t.dataSource, ...DECISION_TABLES);
    const taken = await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...SIGNER, number: '45 / QĐ-LHHVN', decidedOn: '2025-08-20', nominationIds: [nomination] })
      .expect(409);
    expect(taken.body).toMatchObject({
      code: 'AWARD_DECISION.NUMBER_TAKEN',
      errors: [{ field: 'number', message: 'Số quyết định này đã được dùng cho một quyết định khác của cùng cơ quan ban hành trong năm.' }],
    });
    expect(await contentOf(t.dataSource, ...DECISION_TABLES)).toEqual(before);
    today = '2026-01-10';
    onDay(t, today);
    const nextYear = await t.staff
      .post('/api/v1/award-decisions')
      .send({ ...SIGNER, number: '45/QĐ-LHHVN', decidedOn: '2026-01-05', nominationIds: [nomination] })
      .expect(201);
    expect(nextYear.body).toMatchObject({ reference: '45/QĐ-LHHVN', year: 2026 });
  });

  it('awards a nomination once when two decisions race for it', async () => {
    const nomination = await approved('LHHVN_BANG_KHEN', person(5));
    const race = await Promise.all(
      ['50/QĐ-LHHVN', '51/QĐ-LHHVN'].map((number) =>
        t.staff.post('/api/v1/award-decisions').send({ ...SIGNER, number, decidedOn: '2026-01-08', nominationIds: [nomination] }),
      ),
    );
    expect(race.map((r) => r.status).sort()).toEqual([201, 422]);
    expect(race.find((r) => r.status === 422)!.body.code).toBe('AWARD_DECISION.NOMINATIONS_REFUSED');
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM award_register WHERE nomination_id = $1', [
      nomination,
    ]);
    expect(count).toBe(1);
  });

  it('lists decisions by year, issuer and recipient unit, newest first, for anyone signed in', async () => {
    const dienBien = await officerOf(t, c3, 'dienBien');
    const all = await dienBien.get('/api/v1/award-decisions').expect(200);
    // The race's winner is 50/QĐ-LHHVN or 51/QĐ-LHHVN.
    expect(all.body.items.map((d: { reference: string; decidedOn: string }) => [d.reference, d.decidedOn])).toEqual([
      [expect.stringMatching(/^5[01]\/QĐ-LHHVN$/), '2026-01-08'],
      ['45/QĐ-LHHVN', '2026-01-05'],
      ['45/QĐ-LHHVN', '2025-08-20'],
    ]);
    const page = await dienBien.get('/api/v1/award-decisions?year=2026&issuer=lhhvn&sort=number&pageSize=1&page=2').expect(200);
    expect(page.body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ reference: expect.stringMatching(/^5[01]\/QĐ-LHHVN$/) }] });
    const ofDienBien = await dienBien.get(`/api/v1/award-decisions?organizationId=${c3.units.dienBien}`).expect(200);
    expect(ofDienBien.body.total).toBe(0);
    await dienBien.get('/api/v1/award-decisions/khong-co').expect(400);
    await dienBien.get('/api/v1/award-decisions/00000000-0000-4000-8000-000000000000').expect(404);
  });
});
