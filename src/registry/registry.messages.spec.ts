import { describe, expect, it } from '@jest/globals';
import { ACCESS_ERRORS } from '../access/access.messages.js';
import { publishedErrorCodes } from '../platform/i18n/messages.js';
import { TermClosedError } from './terms/term.errors.js';
import { REGISTRY_ERRORS } from './registry.messages.js';

describe('the registry and access message catalogues', () => {
  it('publish every error code they declare, with its context', () => {
    const published = publishedErrorCodes();
    for (const code of Object.keys(REGISTRY_ERRORS))
      expect(published).toContainEqual(expect.objectContaining({ code, context: 'registry' }));
    for (const code of Object.keys(ACCESS_ERRORS)) expect(published).toContainEqual(expect.objectContaining({ code, context: 'access' }));
  });

  it('give an error its text from the catalogue, in both languages', () => {
    const error = new TermClosedError(2023);
    expect(error).toMatchObject({ code: 'REGISTRY.TERM_CLOSED', kind: 'conflict' });
    expect(error.text).toEqual(REGISTRY_ERRORS['REGISTRY.TERM_CLOSED'].message(2023));
    expect(error.text.vi).toContain('khoá sổ');
    expect(error.text.en).toContain('closed');
  });
});
