import { describe, expect, it } from '@jest/globals';
import { text } from '../../platform/i18n/locale.js';
import { answersOf, formErrors, nominationBodyOf, plainErrors, stepOf } from './nomination-wizard.form.js';

describe('the nomination wizard form', () => {
  const unit = { proposingOrganizationId: 'unit', clusterId: 'cluster' };

  it('keeps only the answers it asks for, trimmed, and reads the step', () => {
    expect(answersOf({ awardTypeId: ' a ', year: '2025', fullName: '', _csrf: 'x', admin: 'true' })).toEqual({
      awardTypeId: 'a',
      year: '2025',
    });
    expect([stepOf('2'), stepOf('3'), stepOf('9'), stepOf(undefined)]).toEqual([2, 3, 1, 1]);
  });

  it('builds the API body: a person only when a person is nominated, numbers as numbers', () => {
    const person = nominationBodyOf(
      {
        awardTypeId: 'a',
        year: '2025',
        nomineeKind: 'individual',
        nomineeOrganizationId: 'unit',
        fullName: 'Bùi Văn Sơn',
        gender: 'male',
        birthYear: '1980',
      },
      unit,
    );
    expect(person).toMatchObject({
      year: 2025,
      nominee: { organizationId: 'unit', person: { fullName: 'Bùi Văn Sơn', gender: 'male', birthYear: 1980, position: null } },
    });
    const collective = nominationBodyOf(
      { awardTypeId: 'a', year: '2025', nomineeKind: 'collective', nomineeOrganizationId: 'unit', fullName: 'Bùi Văn Sơn' },
      unit,
    );
    expect(collective).toMatchObject({
      nominee: { organizationId: 'unit', person: null },
      proposingOrganizationId: 'unit',
      clusterId: 'cluster',
    });
    expect(nominationBodyOf({ year: '20x5' }, unit).year).toBe('20x5');
  });

  it('puts each error on the step that asks for its field, once, in plain words when the question was not answered', () => {
    const message = text('Phải là số nguyên.', 'Must be an integer.');
    const errors = formErrors([
      { field: 'nominee.person.birthYear', message },
      { field: 'nominee.person.birthYear', message: text('Quá nhỏ', 'Too small') },
      { field: 'awardTypeId', message },
      { field: 'clusterId', message },
    ]);
    expect(errors.map((e) => [e.field, e.step])).toEqual([
      ['birthYear', 2],
      ['birthYear', 2],
      ['awardTypeId', 1],
      ['year', 1],
    ]);
    expect(plainErrors(errors, { awardTypeId: 'x' }).map((e) => [e.field, e.message.vi])).toEqual([
      ['birthYear', 'Nhập năm sinh, ví dụ 1975.'],
      ['awardTypeId', 'Phải là số nguyên.'],
      ['year', 'Chọn năm thi đua.'],
    ]);
  });
});
