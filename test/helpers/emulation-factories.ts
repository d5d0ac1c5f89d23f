import ExcelJS from 'exceljs';
import type supertest from 'supertest';
import { CLUSTER_3_CRITERIA_2023, SCORED_CODES_2023, SELF_SCORES_2023 } from '../../seeds/demo/emulation.js';
import { CLUSTER_3_PROVINCES, type Cluster3, type Cluster3Unit } from './registry-factories.js';

type Agent = ReturnType<typeof supertest.agent>;

/** The path of Cluster 3's 2023 emulation records under `/api/v1/emulation`. */
export const emulation2023 = (c3: Cluster3, rest = '') => `/api/v1/emulation/clusters/${c3.cluster}/years/2023${rest}`;

/** A workbook of one sheet with these rows (the first is the header), as staff fill the forms in Excel. */
export async function workbookOf(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Biểu mẫu');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Cluster 3's 2023 criteria (the demo seed's), set by the secretariat; answers with criterion ids by code. */
export async function givenCluster3Criteria(secretariat: Agent, c3: Cluster3): Promise<Record<string, string>> {
  const tree = await secretariat.put(emulation2023(c3, '/criteria')).send({ items: CLUSTER_3_CRITERIA_2023 }).expect(200);
  return idsByCode(tree.body.groups);
}

function idsByCode(nodes: { id: string; code: string; children: unknown[] }[]): Record<string, string> {
  return Object.assign({}, ...nodes.map((node) => ({ [node.code]: node.id, ...idsByCode(node.children as typeof nodes) })));
}

/** The union's self-scores of the demo seed, as the body of `PUT …/scores/{unit}/self`. */
export function selfScoresOf(unit: Cluster3Unit, ids: Record<string, string>) {
  const points = SELF_SCORES_2023[CLUSTER_3_PROVINCES[unit][0]];
  return { scores: SCORED_CODES_2023.map((code, i) => ({ criterionId: ids[code], points: points[i] })) };
}

const NATURE_WORDS = { standard: '', bonus: 'thưởng', penalty: 'trừ' } as const;

/** Cluster 3's 2023 criteria (the demo seed's) as the criteria form in Excel. */
export function criteriaWorkbook(): Promise<Buffer> {
  return workbookOf([
    ['Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Loại điểm', 'Minh chứng yêu cầu'],
    ...CLUSTER_3_CRITERIA_2023.map((item) => [item.code, item.title, item.maxPoints, NATURE_WORDS[item.nature], item.evidenceNote ?? '']),
  ]);
}

/** Criterion ids by code, as the criteria of Cluster 3's 2023 stand now. */
export async function criterionIds(reader: { get: (path: string) => supertest.Test }, c3: Cluster3): Promise<Record<string, string>> {
  const tree = await reader.get(emulation2023(c3, '/criteria')).expect(200);
  return idsByCode(tree.body.groups);
}
