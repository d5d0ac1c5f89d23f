import { describe, expect, it } from '@jest/globals';
import { BodyTooComplexError } from '../errors/platform.errors.js';
import { assertJsonShape, unacceptableFields } from './hostile-input.js';

const bytes = (json: string) => Buffer.from(json, 'utf8');

describe('assertJsonShape', () => {
  it('lets a body through at the depth limit and refuses one level more', () => {
    expect(() => assertJsonShape(bytes(`${'['.repeat(32)}${']'.repeat(32)}`))).not.toThrow();
    expect(() => assertJsonShape(bytes(`${'['.repeat(33)}${']'.repeat(33)}`))).toThrow(BodyTooComplexError);
  });

  it('does not count brackets, colons or escaped quotes inside strings', () => {
    const text = JSON.stringify({ note: `${'[{'.repeat(100)} "quoted" : , \\` });
    expect(() => assertJsonShape(bytes(text), { maxDepth: 1, maxKeys: 1 })).not.toThrow();
  });

  it('counts fields and array items', () => {
    expect(() => assertJsonShape(bytes(JSON.stringify({ a: 1, b: 2, c: 3 })), { maxDepth: 5, maxKeys: 5 })).not.toThrow();
    expect(() => assertJsonShape(bytes(JSON.stringify([1, 2, 3, 4, 5, 6, 7])), { maxDepth: 5, maxKeys: 5 })).toThrow(BodyTooComplexError);
  });
});

describe('unacceptableFields', () => {
  it('names prototype keys and unstorable text by their path, at any depth', () => {
    const body = JSON.parse('{"a":[{"__proto__":{}}],"b":{"c":"x\\u0000"},"constructor":1,"ok":"Sơn La 😀"}');
    expect(
      unacceptableFields(body)
        .map((e) => e.field)
        .sort(),
    ).toEqual(['a.0.__proto__', 'b.c', 'constructor']);
  });

  it('accepts plain data, numbers and paired surrogates', () => {
    expect(unacceptableFields({ name: 'Điện Biên 🇻🇳', year: 2023, list: [null, true] })).toEqual([]);
  });
});
