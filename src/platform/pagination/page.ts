import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 200;

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = 20;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export function pageOf<T>(items: T[], total: number, query: PageQuery): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export function offsetOf(query: PageQuery): number {
  return (query.page - 1) * query.pageSize;
}

/** What a paged SQL list is made of; `where` and `orderBy` may use `$1…$n` of `parameters`. */
export interface PagedSql {
  /** The columns, without `SELECT`. */
  select: string;
  /** `FROM …` with its joins, shared by the rows and the count. */
  from: string;
  /** `WHERE …`, or an empty string. */
  where: string;
  /** Without `ORDER BY`; end it with a unique column so that pages never overlap. */
  orderBy: string;
  parameters: readonly unknown[];
  /**
   * A cheaper `FROM` for the count when the rows' joins only add columns (left joins to names):
   * counting must not join what it does not filter on.
   */
  countFrom?: string;
}

/** Something that runs SQL: TypeORM's `EntityManager` or `DataSource`. */
export interface SqlRunner {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** One page of rows and the total, with the page-plus-count query written once for every list. */
export async function queryPage<Row>(db: SqlRunner, sql: PagedSql, page: PageQuery): Promise<{ rows: Row[]; total: number }> {
  const limit = `$${sql.parameters.length + 1}`;
  const offset = `$${sql.parameters.length + 2}`;
  const [rows, [{ total }]] = await Promise.all([
    db.query<Row[]>(`SELECT ${sql.select} ${sql.from} ${sql.where} ORDER BY ${sql.orderBy} LIMIT ${limit} OFFSET ${offset}`, [
      ...sql.parameters,
      page.pageSize,
      offsetOf(page),
    ]),
    db.query<{ total: number }[]>(`SELECT count(*)::int AS total ${sql.countFrom ?? sql.from} ${sql.where}`, [...sql.parameters]),
  ]);
  return { rows, total };
}
