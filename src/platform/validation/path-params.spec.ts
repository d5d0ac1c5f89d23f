import { describe, expect, it } from '@jest/globals';
import { MalformedPathIdError } from '../errors/platform.errors.js';
import { StrictIdPipe, StrictYearPipe } from './path-params.js';

const pipe = new StrictYearPipe();

describe('years in paths and query strings', () => {
  it('takes plain digits as they are', () => {
    expect(pipe.transform('2023', { type: 'param', data: 'year' })).toBe('2023');
    expect(pipe.transform({ year: '2023', q: 'x' }, { type: 'query' })).toEqual({ year: '2023', q: 'x' });
  });

  it('hands on what only Number() would read as a year as no year at all', () => {
    for (const written of ['0x7E7', '2023 ', '2.023e3', '+2023', '02023']) {
      expect(pipe.transform(written, { type: 'param', data: 'year' })).toBe('NaN');
    }
  });

  it('leaves a year left blank in a filter form to the route', () => {
    expect(pipe.transform({ year: '', personName: 'dinh thi mai' }, { type: 'query' })).toEqual({ year: '', personName: 'dinh thi mai' });
  });
});

describe('ids in paths', () => {
  const ids = new StrictIdPipe();
  const uuid = '4f1c2a9e-0b7d-4c1e-9a35-6d2f8e1b0c47';

  it('takes a UUID, and leaves other parameters and the query to their routes', () => {
    expect(ids.transform(uuid, { type: 'param', data: 'id' })).toBe(uuid);
    expect(ids.transform({ id: uuid, fileId: uuid, year: '2023' }, { type: 'param' })).toEqual({ id: uuid, fileId: uuid, year: '2023' });
    expect(ids.transform('summary-report', { type: 'param', data: 'document' })).toBe('summary-report');
    expect(ids.transform({ id: 'abc' }, { type: 'query' })).toEqual({ id: 'abc' });
  });

  it('refuses anything else, naming each parameter', () => {
    for (const written of ['abc', '1', `${uuid}x`, "1' OR '1'='1", '', uuid.replace(/-/g, '')]) {
      expect(() => ids.transform(written, { type: 'param', data: 'id' })).toThrow(MalformedPathIdError);
    }
    try {
      ids.transform({ id: 'abc', organizationId: uuid, fileId: '1' }, { type: 'param' });
      throw new Error('not refused');
    } catch (error) {
      expect((error as MalformedPathIdError).fieldErrors.map((e) => e.field)).toEqual(['id', 'fileId']);
      expect((error as MalformedPathIdError).fieldErrors[0].message.vi).toBe('Phải là mã định danh (UUID) hợp lệ.');
    }
  });
});
