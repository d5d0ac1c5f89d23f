/** SQL condition: the membership row `alias` covers `year` (an integer SQL expression). */
export function coversYear(alias: string, year: string): string {
  return `(${alias}.from_year <= ${year} AND (${alias}.to_year IS NULL OR ${alias}.to_year >= ${year}))`;
}
