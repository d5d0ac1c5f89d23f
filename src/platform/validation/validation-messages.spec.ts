import { describe, expect, it } from '@jest/globals';
import { toFieldErrors } from './validation-messages.js';

describe('toFieldErrors', () => {
  it('says each broken constraint in Vietnamese, keyed by the field path', () => {
    const errors = toFieldErrors([
      {
        property: 'successor',
        children: [{ property: 'fromYear', constraints: { min: 'fromYear must not be less than 1945' }, children: [] }],
      },
      { property: 'nickname', constraints: { whitelistValidation: 'property nickname should not exist' }, children: [] },
    ]);
    expect(errors).toEqual([
      {
        field: 'successor.fromYear',
        message: { vi: 'Giá trị quá nhỏ; không được nhỏ hơn 1945', en: 'fromYear must not be less than 1945' },
      },
      { field: 'nickname', message: { vi: 'Trường này không được phép gửi lên.', en: 'This field is not allowed.' } },
    ]);
  });
});
