import { ValidationPipe } from '@nestjs/common';
import { RequestValidationError } from '../errors/platform.errors.js';
import { toFieldErrors } from './validation-messages.js';

/** Unknown fields are refused (not silently dropped) so that a typo never loses what the user meant. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    exceptionFactory: (errors) => new RequestValidationError(toFieldErrors(errors)),
  });
}
