import { describe, expect, it } from '@jest/globals';
import { documentFonts } from './fonts.js';

describe('document fonts', () => {
  it('reads the font files once per process', () => {
    expect(documentFonts()).toBe(documentFonts());
  });
});
