import type { Response, Test } from 'supertest';
import { descendants, textOf, unzipXml, type XmlElement } from '../../src/reports/renderers/readers.spec-support.js';
import type { TestApp } from './test-app.js';

/** Anything that posts as a signed-in caller: a `Caller`, or `t.staff`. */
interface Poster {
  post(path: string): Test;
}

/** The Emulation and Commendation Council (Hội đồng Thi đua – Khen thưởng): `size` members from `from`, recorded by national staff. */
export async function givenCouncil(t: TestApp, size = 9, from = '2024-01-01'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= size; i++) {
    const position = i === 1 ? 'Chủ tịch Hội đồng' : i <= 3 ? 'Phó Chủ tịch Hội đồng' : 'Ủy viên';
    const created = await t.staff
      .post('/api/v1/council-members')
      .send({ fullName: `Thành viên Hội đồng số ${i}`, position, memberFrom: from })
      .expect(201);
    ids.push(created.body.id);
  }
  return ids;
}

/**
 * One ballot per member, in order: `inFavour` for, `against` against, `abstain` abstaining; the last `inWriting`
 * of those in favour are written opinions of absent members. Members beyond these cast nothing.
 */
export function councilBallots(
  members: readonly string[],
  counts: { inFavour: number; against?: number; abstain?: number; inWriting?: number },
) {
  const { inFavour, against = 0, abstain = 0, inWriting = 0 } = counts;
  const choices = [...Array(inFavour).fill('for'), ...Array(against).fill('against'), ...Array(abstain).fill('abstain')] as string[];
  return choices.map((choice, i) => ({
    memberId: members[i],
    choice,
    recordedAs: choice === 'for' && i >= inFavour - inWriting ? 'written_opinion' : 'at_meeting',
  }));
}

export function councilVote(as: Poster, nominationId: string, heldOn: string, ballots: object[]): Test {
  return as
    .post(`/api/v1/nominations/${nominationId}/council-vote`)
    .send({ heldOn, minutesReference: `Biên bản họp Hội đồng ngày ${heldOn}`, ballots });
}

/** Collects a file download as a Buffer, whatever its type. */
export function binary(request: Test): Test {
  return request.buffer(true).parse((response: Response, done: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/.exec(reference)?.[0] ?? 'A';
  return [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((c) => c.name === name);
}

/** The workbook's shared strings; a workbook with inline strings only has none. */
function sharedStrings(file: Buffer): string[] {
  try {
    return descendants(unzipXml(file, 'xl/sharedStrings.xml'), 'si').map(textOf);
  } catch {
    return [];
  }
}

/**
 * The first worksheet of an XLSX file as rows of text, read from its XML with fflate and saxes, not with
 * the library that wrote it. Row n of the sheet is at index n − 1; empty rows are empty arrays.
 */
export function readSheet(file: Buffer): string[][] {
  const shared = sharedStrings(file);
  const rows: string[][] = [];
  for (const row of descendants(unzipXml(file, 'xl/worksheets/sheet1.xml'), 'row')) {
    const cells: string[] = [];
    for (const cell of row.children.filter((c) => c.name === 'c')) {
      const value = child(cell, 'v');
      const type = cell.attributes.t;
      const content =
        type === 's' ? shared[Number(value?.text)] : type === 'inlineStr' ? textOf(child(cell, 'is') as XmlElement) : (value?.text ?? '');
      cells[columnIndex(cell.attributes.r)] = content;
    }
    rows[Number(row.attributes.r) - 1] = Array.from(cells, (c) => c ?? '');
  }
  return Array.from(rows, (r) => r ?? []);
}
