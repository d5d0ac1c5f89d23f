import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Response } from 'supertest';
import { cluster3Delegates, conference2023, meetingRefusedWithoutChange, workingMeeting2023 } from '../helpers/meeting-factories.js';
import { type Cluster3, givenCluster3In2023, givenProvincialUnion, UNKNOWN_ID } from '../helpers/registry-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

interface ProblemField {
  field: string;
  message: string;
}

describe('refuses bad meeting data with Vietnamese field errors, changing nothing', () => {
  let t: TestApp;
  let c3: Cluster3;
  let quangNgai: string;
  let draft: string;
  let finalized: string;
  const refused = (request: () => PromiseLike<Response>) => meetingRefusedWithoutChange(t.dataSource, request);
  /** Each field once, in order: a field can break several constraints at once. */
  const fieldsOf = (body: { errors?: ProblemField[] }) => [...new Set((body.errors ?? []).map((e) => e.field))];
  const messageOf = (body: { errors?: ProblemField[] }, field: string) => body.errors?.find((e) => e.field === field)?.message;

  beforeAll(async () => {
    t = await startTestApp();
    c3 = await givenCluster3In2023(t.dataSource);
    quangNgai = await givenProvincialUnion(t.dataSource, 'LHH-QUANG-NGAI', 'Quảng Ngãi');
    draft = (await t.staff.post('/api/v1/meetings').send(conference2023(c3)).expect(201)).body.id;
    finalized = (await t.staff.post('/api/v1/meetings').send(workingMeeting2023(c3)).expect(201)).body.id;
    await t.staff.post(`/api/v1/meetings/${finalized}/finalize`).send({ version: 1 }).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('a new meeting', () => {
    it('names an unknown cluster', async () => {
      const response = await refused(() => t.staff.post('/api/v1/meetings').send({ ...conference2023(c3), clusterId: UNKNOWN_ID }));
      expect(response.status).toBe(422);
      expect(response.body.code).toBe('MEETING.CLUSTER_UNKNOWN');
      expect(messageOf(response.body, 'clusterId')).toBe(`Không có cụm thi đua nào mang mã định danh ${UNKNOWN_ID}.`);
    });

    it('names a host that is not a member of the cluster that year, or does not exist', async () => {
      const outsider = await refused(() => t.staff.post('/api/v1/meetings').send({ ...conference2023(c3), hostOrganizationId: quangNgai }));
      expect(outsider.status).toBe(422);
      expect(messageOf(outsider.body, 'hostOrganizationId')).toBe('LHH Quảng Ngãi không phải thành viên của cụm trong năm 2023.');
      const unknown = await refused(() => t.staff.post('/api/v1/meetings').send({ ...conference2023(c3), hostOrganizationId: UNKNOWN_ID }));
      expect(messageOf(unknown.body, 'hostOrganizationId')).toBe(`Không có đơn vị nào mang mã định danh ${UNKNOWN_ID}.`);
    });

    it('says what is missing or of the wrong kind', async () => {
      const response = await refused(() => t.staff.post('/api/v1/meetings').send({ kind: 'hop_mat', year: '2023', agenda: 'Tổng kết' }));
      expect(response.status).toBe(400);
      expect(response.body.title).toBe('Dữ liệu gửi lên không hợp lệ.');
      expect(new Set(fieldsOf(response.body))).toEqual(new Set(['clusterId', 'year', 'kind', 'title', 'startsAt', 'place', 'agenda']));
      expect(messageOf(response.body, 'title')).toBe('Bắt buộc phải có.');
      expect(messageOf(response.body, 'kind')).toMatch(/^Giá trị không hợp lệ; phải là một trong/);
    });

    it('refuses fields it does not know, and blank text', async () => {
      const response = await refused(() =>
        t.staff.post('/api/v1/meetings').send({ ...conference2023(c3), title: '   ', state: 'finalized' }),
      );
      expect(response.status).toBe(400);
      expect(messageOf(response.body, 'state')).toBe('Trường này không được phép gửi lên.');
      expect(messageOf(response.body, 'title')).toBe('Không được để trống.');
    });

    it('says how a date and time must be written, and refuses an end before the start', async () => {
      const malformed = await refused(() => t.staff.post('/api/v1/meetings').send({ ...conference2023(c3), startsAt: '27/11/2023 08:00' }));
      expect(malformed.status).toBe(422);
      expect(messageOf(malformed.body, 'startsAt')).toBe('Phải là ngày giờ kèm múi giờ, ví dụ 2023-11-27T08:00:00+07:00.');
      const noOffset = await refused(() =>
        t.staff.post('/api/v1/meetings').send({ ...conference2023(c3), startsAt: '2023-11-27T08:00:00' }),
      );
      expect(fieldsOf(noOffset.body)).toEqual(['startsAt']);
      const backwards = await refused(() =>
        t.staff.post('/api/v1/meetings').send({ ...conference2023(c3), endsAt: '2023-11-27T07:00:00+07:00' }),
      );
      expect(backwards.status).toBe(422);
      expect(messageOf(backwards.body, 'endsAt')).toBe('Thời điểm kết thúc không được trước thời điểm bắt đầu.');
    });

    it('answers a body that is not JSON', async () => {
      const response = await refused(() => t.staff.post('/api/v1/meetings').set('content-type', 'application/json').send('{"title": '));
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REQUEST.MALFORMED_BODY');
    });

    it('answers in English when asked', async () => {
      const response = await refused(() =>
        t.staff
          .post('/api/v1/meetings')
          .set('accept-language', 'en')
          .send({ ...conference2023(c3), clusterId: UNKNOWN_ID }),
      );
      expect(messageOf(response.body, 'clusterId')).toBe(`No cluster has the id ${UNKNOWN_ID}.`);
    });
  });

  describe('an existing meeting', () => {
    it('answers an unknown or malformed id', async () => {
      const unknown = await refused(() => t.staff.patch(`/api/v1/meetings/${UNKNOWN_ID}`).send({ title: 'X', version: 1 }));
      expect([unknown.status, unknown.body.code]).toEqual([404, 'MEETING.NOT_FOUND']);
      await t.staff.get(`/api/v1/meetings/${UNKNOWN_ID}`).expect(404);
      const malformed = await t.staff.get('/api/v1/meetings/khong-phai-uuid').expect(400);
      expect(messageOf(malformed.body, 'id')).toBe('Phải là mã định danh (UUID) hợp lệ.');
    });

    it('refuses a stale version, or none', async () => {
      await t.staff.patch(`/api/v1/meetings/${draft}`).send({ minutes: 'Khai mạc.', version: 1 }).expect(200);
      const meeting = `/api/v1/meetings/${draft}`;
      const staleAttempts = [
        () => t.staff.patch(meeting).send({ title: 'Hội nghị khác', version: 1 }),
        () => t.staff.put(`${meeting}/delegates`).send({ delegates: cluster3Delegates(c3), version: 1 }),
        () => t.staff.put(`${meeting}/guests`).send({ guests: [], version: 1 }),
        () => t.staff.post(`${meeting}/finalize`).send({ version: 1 }),
      ];
      for (const attempt of staleAttempts) {
        const response = await refused(attempt);
        expect([response.status, response.body.code]).toEqual([409, 'MEETING.STALE']);
        expect(response.body.title).toContain('phiên bản hiện tại là 2');
      }
      const missing = await refused(() => t.staff.patch(meeting).send({ title: 'Hội nghị khác' }));
      expect([missing.status, fieldsOf(missing.body)]).toEqual([400, ['version']]);
    });

    it('lets one of two concurrent edits of the same version win, and refuses the other', async () => {
      const race = (await t.staff.post('/api/v1/meetings').send(workingMeeting2023(c3)).expect(201)).body.id as string;
      const outcomes = await Promise.all(
        ['Hội nghị tổng kết (lần 1)', 'Hội nghị tổng kết (lần 2)'].map((title) =>
          t.staff.patch(`/api/v1/meetings/${race}`).send({ title, version: 1 }),
        ),
      );
      expect(outcomes.map((r) => r.status).sort()).toEqual([200, 409]);
      const kept = await t.staff.get(`/api/v1/meetings/${race}`).expect(200);
      expect(kept.body).toMatchObject({ version: 2, title: outcomes.find((r) => r.status === 200)?.body.title });
    });

    it('refuses null where a meeting must say something, and lets null erase what is optional', async () => {
      const nulls = await refused(() =>
        t.staff.patch(`/api/v1/meetings/${draft}`).send({ title: null, startsAt: null, agenda: null, version: 2 }),
      );
      expect(nulls.status).toBe(400);
      expect(new Set(fieldsOf(nulls.body))).toEqual(new Set(['title', 'startsAt', 'agenda']));
      const erased = await t.staff.patch(`/api/v1/meetings/${draft}`).send({ minutes: null, endsAt: null, version: 2 }).expect(200);
      expect(erased.body).toMatchObject({ minutes: null, endsAt: null, version: 3 });
    });

    it('names the delegate of a unit that is not a member of the cluster that year', async () => {
      const delegates = [
        ...cluster3Delegates(c3),
        { organizationId: quangNgai, fullName: 'Đại biểu Quảng Ngãi', present: true, votesForUnit: true },
      ];
      const response = await refused(() => t.staff.put(`/api/v1/meetings/${draft}/delegates`).send({ delegates, version: 3 }));
      expect([response.status, response.body.code]).toEqual([422, 'MEETING.CONTENT_INVALID']);
      expect(response.body.errors).toEqual([
        { field: 'delegates.8.organizationId', message: 'LHH Quảng Ngãi không phải thành viên của cụm trong năm 2023.' },
      ]);
    });

    it('refuses two voting delegates for one unit', async () => {
      const delegates = [
        ...cluster3Delegates(c3),
        { organizationId: c3.units.hoaBinh, fullName: 'Phó Chủ tịch LHH Hòa Bình', present: true, votesForUnit: true },
      ];
      const response = await refused(() => t.staff.put(`/api/v1/meetings/${draft}/delegates`).send({ delegates, version: 3 }));
      expect(response.status).toBe(422);
      expect(fieldsOf(response.body)).toEqual(['delegates.8.votesForUnit']);
      expect(messageOf(response.body, 'delegates.8.votesForUnit')).toContain('LHH Hòa Bình đã có đại biểu biểu quyết');
    });

    it('holds one voting delegate per unit in the database too', async () => {
      const [{ id }] = await t.dataSource.query('SELECT id FROM meetings WHERE id = $1', [draft]);
      const insert = `INSERT INTO meeting_delegates (meeting_id, organization_id, full_name, votes_for_unit) VALUES ($1, $2, $3, true)`;
      await t.dataSource.query(insert, [id, c3.units.yenBai, 'A']);
      await expect(t.dataSource.query(insert, [id, c3.units.yenBai, 'B'])).rejects.toThrow(/meeting_delegates_one_voter_per_unit_key/);
      await t.dataSource.query('DELETE FROM meeting_delegates WHERE meeting_id = $1', [id]);
    });

    it('says what is wrong inside a delegate or a guest', async () => {
      const delegates = await refused(() =>
        t.staff.put(`/api/v1/meetings/${draft}/delegates`).send({
          delegates: [{ organizationId: 'son-la', fullName: '', present: 'có', votesForUnit: true, badge: 1 }, 'Trưởng đoàn'],
          version: 3,
        }),
      );
      expect(delegates.status).toBe(400);
      expect(new Set(fieldsOf(delegates.body))).toEqual(
        new Set(['delegates.0.organizationId', 'delegates.0.fullName', 'delegates.0.present', 'delegates.0.badge', 'delegates.1']),
      );
      expect(messageOf(delegates.body, 'delegates.0.present')).toBe('Phải là true hoặc false.');
      const guests = await refused(() =>
        t.staff.put(`/api/v1/meetings/${draft}/guests`).send({ guests: [{ fullName: 'Ông A' }], version: 3 }),
      );
      expect([guests.status, fieldsOf(guests.body)]).toEqual([400, ['guests.0.agency']]);
      const notAList = await refused(() => t.staff.put(`/api/v1/meetings/${draft}/guests`).send({ guests: 'Ban Dân vận', version: 3 }));
      expect(fieldsOf(notAList.body)).toContain('guests');
    });

    it('answers bad list filters', async () => {
      const response = await t.staff
        .get('/api/v1/meetings')
        .query({ year: 'năm nay', kind: 'hop', state: 'xong', pageSize: 0, clusterId: 'x' })
        .expect(400);
      expect(new Set(fieldsOf(response.body))).toEqual(new Set(['year', 'kind', 'state', 'pageSize', 'clusterId']));
    });
  });

  describe('an amendment', () => {
    it('is refused on a draft, which is edited instead', async () => {
      const response = await refused(() =>
        t.staff
          .post(`/api/v1/meetings/${draft}/amendments`)
          .send({ field: 'title', after: 'Hội nghị tổng kết', reason: 'Sửa tên', version: 3 }),
      );
      expect([response.status, response.body.code]).toEqual([409, 'MEETING.NOT_FINALIZED']);
      expect(response.body.title).toContain('hãy sửa trực tiếp');
    });

    it('needs a field it may change, a value and a reason', async () => {
      const response = await refused(() =>
        t.staff.post(`/api/v1/meetings/${finalized}/amendments`).send({ field: 'state', reason: '  ', version: 2 }),
      );
      expect(response.status).toBe(400);
      expect(new Set(fieldsOf(response.body))).toEqual(new Set(['field', 'after', 'reason']));
      expect(messageOf(response.body, 'after')).toBe('Bắt buộc phải có.');
    });

    it('checks the new value as an edit of that field would be checked', async () => {
      const wrongType = await refused(() =>
        t.staff.post(`/api/v1/meetings/${finalized}/amendments`).send({ field: 'title', after: 42, reason: 'Sửa tên', version: 2 }),
      );
      expect([wrongType.status, fieldsOf(wrongType.body)]).toEqual([400, ['after']]);
      const erasesRequired = await refused(() =>
        t.staff.post(`/api/v1/meetings/${finalized}/amendments`).send({ field: 'place', after: null, reason: 'Sửa địa điểm', version: 2 }),
      );
      expect([erasesRequired.status, fieldsOf(erasesRequired.body)]).toEqual([400, ['after']]);
      const backwards = await refused(() =>
        t.staff
          .post(`/api/v1/meetings/${finalized}/amendments`)
          .send({ field: 'endsAt', after: '2023-11-26T08:00:00+07:00', reason: 'Sửa giờ', version: 2 }),
      );
      expect([backwards.status, fieldsOf(backwards.body)]).toEqual([422, ['after']]);
      const twoVoters = await refused(() =>
        t.staff.post(`/api/v1/meetings/${finalized}/amendments`).send({
          field: 'delegates',
          after: [
            ...cluster3Delegates(c3),
            { organizationId: c3.units.sonLa, fullName: 'Người thứ hai', present: true, votesForUnit: true },
          ],
          reason: 'Bổ sung đại biểu',
          version: 2,
        }),
      );
      expect([twoVoters.status, fieldsOf(twoVoters.body)]).toEqual([422, ['after.8.votesForUnit']]);
      const badDelegate = await refused(() =>
        t.staff
          .post(`/api/v1/meetings/${finalized}/amendments`)
          .send({ field: 'delegates', after: [{ organizationId: quangNgai }], reason: 'Bổ sung', version: 2 }),
      );
      // A delegate may be a unit present without a named person (issue 11): only presence and the vote are required.
      expect(new Set(fieldsOf(badDelegate.body))).toEqual(new Set(['after.0.present', 'after.0.votesForUnit']));
    });

    it('refuses an amendment that changes nothing, and a stale one', async () => {
      const same = await refused(() =>
        t.staff
          .post(`/api/v1/meetings/${finalized}/amendments`)
          .send({ field: 'startsAt', after: '2023-11-27T01:00:00Z', reason: 'Ghi lại giờ theo UTC', version: 2 }),
      );
      expect([same.status, same.body.code]).toEqual([422, 'MEETING.AMENDMENT_INVALID']);
      expect(messageOf(same.body, 'after')).toBe('Giá trị mới trùng với giá trị cũ.');
      const stale = await refused(() =>
        t.staff.post(`/api/v1/meetings/${finalized}/amendments`).send({ field: 'title', after: 'Hội nghị', reason: 'Sửa tên', version: 1 }),
      );
      expect([stale.status, stale.body.code]).toEqual([409, 'MEETING.STALE']);
    });
  });
});
