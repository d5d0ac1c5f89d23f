import { describe, expect, it } from '@jest/globals';
import { withQuery } from './pagination.js';

describe('page links', () => {
  it('replaces one parameter and keeps the others', () => {
    expect(withQuery('/organizations?q=hoa&page=2', { page: 3 })).toBe('/organizations?q=hoa&page=3');
  });

  it('leaves out the first page and empty values', () => {
    expect(withQuery('/organizations?q=hoa&page=2', { page: 1 })).toBe('/organizations?q=hoa');
    expect(withQuery('/organizations', { q: '' })).toBe('/organizations');
  });
});
