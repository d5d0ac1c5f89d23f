import type { Response } from 'express';

/** The result of a create-or-replace: 201 when the row is new, 200 when it replaced one. */
export interface Upserted<T> {
  created: boolean;
  value: T;
}

export function respondUpserted<T>(response: Response, upserted: Upserted<T>): T {
  response.status(upserted.created ? 201 : 200);
  return upserted.value;
}
