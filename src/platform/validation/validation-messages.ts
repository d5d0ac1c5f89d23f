import type { ValidationError } from 'class-validator';
import type { FieldError } from '../errors/domain-error.js';
import { type LocalizedText, text } from '../i18n/locale.js';

type Describe = (constraint: string) => LocalizedText;

/** class-validator's constraint names, said in Vietnamese first. */
const messages: Record<string, Describe> = {
  whitelistValidation: () => text('Trường này không được phép gửi lên.', 'This field is not allowed.'),
  isDefined: () => text('Bắt buộc phải có.', 'Is required.'),
  isNotEmpty: () => text('Không được để trống.', 'Must not be empty.'),
  isString: () => text('Phải là chuỗi ký tự.', 'Must be a string.'),
  isInt: () => text('Phải là số nguyên.', 'Must be an integer.'),
  isNumber: () => text('Phải là số.', 'Must be a number.'),
  isBoolean: () => text('Phải là true hoặc false.', 'Must be true or false.'),
  isUuid: () => text('Phải là mã định danh (UUID) hợp lệ.', 'Must be a valid UUID.'),
  isEnum: (c) => text(`Giá trị không hợp lệ; ${vi(c)}`, c),
  isIn: (c) => text(`Giá trị không hợp lệ; ${vi(c)}`, c),
  min: (c) => text(`Giá trị quá nhỏ; ${vi(c)}`, c),
  max: (c) => text(`Giá trị quá lớn; ${vi(c)}`, c),
  minLength: (c) => text(`Quá ngắn; ${vi(c)}`, c),
  maxLength: (c) => text(`Quá dài; ${vi(c)}`, c),
  isDateString: () => text('Phải là ngày theo dạng YYYY-MM-DD.', 'Must be a date (YYYY-MM-DD).'),
  isIso8601: () => text('Phải là ngày theo dạng YYYY-MM-DD.', 'Must be a date (YYYY-MM-DD).'),
  isArray: () => text('Phải là một danh sách.', 'Must be a list.'),
  arrayMinSize: (c) => text(`Danh sách quá ít phần tử; ${vi(c)}`, c),
  arrayMaxSize: (c) => text(`Danh sách quá nhiều phần tử; ${vi(c)}`, c),
  arrayUnique: () => text('Danh sách không được trùng lặp.', 'List items must be unique.'),
  matches: () => text('Không đúng định dạng.', 'Has the wrong format.'),
  isEmail: () => text('Phải là địa chỉ email hợp lệ.', 'Must be a valid email address.'),
  nestedValidation: () => text('Phải là một đối tượng hợp lệ.', 'Must be a valid object.'),
  isObject: () => text('Phải là một đối tượng.', 'Must be an object.'),
};

/** Keeps the numbers of class-validator's English text ("must not be less than 2000") for Vietnamese. */
function vi(constraint: string): string {
  return constraint
    .replace(/^\S+ /, '')
    .replace('must not be less than', 'không được nhỏ hơn')
    .replace('must not be greater than', 'không được lớn hơn')
    .replace('must be shorter than or equal to', 'tối đa')
    .replace('must be longer than or equal to', 'tối thiểu')
    .replace('characters', 'ký tự')
    .replace('must contain at least', 'phải có ít nhất')
    .replace('must contain no more than', 'chỉ được có tối đa')
    .replace('elements', 'phần tử')
    .replace('must be one of the following values:', 'phải là một trong:');
}

/** Flattens nested errors into one entry per field path ("successor.code"). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([name, english]) => ({
      field,
      message: messages[name]?.(english) ?? text(english, english),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
