import type { Test } from 'supertest';

/** Collects a binary body (DOCX, PDF, XLSX) whole, as a Buffer in `response.body`. */
export function binary(request: Test): Test {
  return request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}
