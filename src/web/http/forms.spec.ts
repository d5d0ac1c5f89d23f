import { describe, expect, it } from '@jest/globals';
import { fieldId, FormReader, postedValues } from './forms.js';
import { safeLocalPath } from './page-controller.js';

describe('reading a posted form', () => {
  const form = new FormReader({ name: ' Hòa Bình ', empty: '', year: '2023', typo: '20x3', ids: ['a', '', 'b'], one: 'c', box: 'true' });

  it('keeps text as typed, and reads an empty field as absent or as null on request', () => {
    expect(form.text('name')).toBe(' Hòa Bình ');
    expect(form.text('empty')).toBe('');
    expect(form.optional('empty')).toBeUndefined();
    expect(form.nullable('empty')).toBeNull();
    expect(form.optional('missing')).toBeUndefined();
  });

  it('reads digits as an integer and passes anything else on for the validator to refuse', () => {
    expect(form.integer('year')).toBe(2023);
    expect(form.integer('typo')).toBe('20x3');
    expect(form.integer('empty')).toBeUndefined();
  });

  it('reads repeated names and checkboxes', () => {
    expect(form.list('ids')).toEqual(['a', 'b']);
    expect(form.list('one')).toEqual(['c']);
    expect(form.list('missing')).toEqual([]);
    expect(form.checkbox('box')).toBe(true);
    expect(form.checkbox('missing')).toBe(false);
  });

  it('keeps only text values of a posted body', () => {
    expect(postedValues({ a: 'x', b: ['y', 'z'], nested: { c: 'd' }, n: 1 })).toEqual({ a: 'x', b: ['y', 'z'] });
    expect(postedValues(undefined)).toEqual({});
  });

  it('gives every field a stable id', () => {
    expect(fieldId('successor.code')).toBe('f-successor-code');
  });
});

describe('return addresses', () => {
  it('accepts only paths of this site', () => {
    expect(safeLocalPath('/organizations?q=hoa')).toBe('/organizations?q=hoa');
    expect(safeLocalPath('//evil.example/x')).toBe('/');
    expect(safeLocalPath('/\\evil.example')).toBe('/');
    expect(safeLocalPath('https://evil.example/')).toBe('/');
    expect(safeLocalPath(undefined, '/home')).toBe('/home');
  });
});
