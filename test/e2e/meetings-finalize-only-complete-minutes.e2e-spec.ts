import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Conference, givenCluster3Conference, SIGNATORIES_2023 } from '../helpers/meeting-factories.js';
import { startTestApp, type TestApp } from '../helpers/test-app.js';

describe('finalizes the minutes only once the chair and secretary are recorded and every vote is over', () => {
  let t: TestApp;
  let conference: Conference;
  let voteId: string;
  const meeting = () => `/api/v1/meetings/${conference.meetingId}`;
  const versionOf = async () => (await conference.secretariat.get(meeting()).expect(200)).body.version as number;

  beforeAll(async () => {
    t = await startTestApp();
    conference = await givenCluster3Conference(t);
    const vote = { subject: 'question', title: 'Thông qua chương trình công tác năm 2024', method: 'electronic' };
    voteId = (await conference.secretariat.post(`${meeting()}/votes`).send(vote).expect(201)).body.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists in Vietnamese what is missing: the chủ tọa, the thư ký and the vote still in draft', async () => {
    const refused = await conference.secretariat.post(`${meeting()}/finalize`).send({ version: await versionOf() });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('MEETING.NOT_READY_TO_FINALIZE');
    expect(refused.body.errors).toEqual([
      { field: 'presiding', message: 'Chưa ghi người chủ trì (chủ tọa) hội nghị' },
      { field: 'secretary', message: 'Chưa ghi thư ký (người ghi biên bản)' },
      {
        field: 'votes[0]',
        message:
          'Biểu quyết "Thông qua chương trình công tác năm 2024" đang ở trạng thái "Dự thảo": hãy kết thúc hoặc huỷ (ghi lý do) trước khi hoàn tất biên bản',
      },
    ]);
    expect(refused.body.title).toMatch(/^Chưa thể hoàn tất biên bản: Chưa ghi người chủ trì \(chủ tọa\) hội nghị; /);
    expect((await conference.secretariat.get(meeting()).expect(200)).body.state).toBe('draft');
  });

  it('still refuses while the vote is open', async () => {
    await conference.secretariat
      .patch(meeting())
      .send({ ...SIGNATORIES_2023, version: await versionOf() })
      .expect(200);
    await conference.secretariat.post(`/api/v1/votes/${voteId}/open`).expect(200);
    const refused = await conference.secretariat.post(`${meeting()}/finalize`).send({ version: await versionOf() });
    expect([refused.status, refused.body.errors]).toEqual([
      422,
      [
        {
          field: 'votes[0]',
          message:
            'Biểu quyết "Thông qua chương trình công tác năm 2024" đang ở trạng thái "Đang bỏ phiếu": hãy kết thúc hoặc huỷ (ghi lý do) trước khi hoàn tất biên bản',
        },
      ],
    ]);
  });

  it('finalizes once the vote is closed, and then names no API path when an edit is refused', async () => {
    for (const unit of ['sonLa', 'dienBien', 'laiChau', 'laoCai', 'yenBai', 'vinhPhuc', 'phuTho', 'hoaBinh'] as const) {
      await conference.officers[unit].post(`/api/v1/votes/${voteId}/ballots`).send({ answer: 'yes' }).expect(201);
    }
    await conference.secretariat.post(`/api/v1/votes/${voteId}/close`).expect(200);
    const finalized = await conference.secretariat
      .post(`${meeting()}/finalize`)
      .send({ version: await versionOf() })
      .expect(200);
    expect(finalized.body).toMatchObject({ state: 'finalized', ...SIGNATORIES_2023 });
    const edit = await conference.secretariat.patch(meeting()).send({ title: 'Hội nghị', version: finalized.body.version });
    expect([edit.status, edit.body.code]).toEqual([409, 'MEETING.FINALIZED']);
    expect(edit.body.title).toContain('hãy lập bản sửa đổi');
    expect(edit.body.title).not.toMatch(/\/api\/|POST /);
  });
});
