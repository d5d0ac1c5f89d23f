import { describe, expect, it } from '@jest/globals';
import { StrictYearPipe } from './path-params.js';

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
