/**
 * The name a unit bore on a given date: the latest name row that had begun by then. Use it with
 * `lastDayOf(year)` so that a year shows the names "as they were" (a unit that ended mid-year keeps
 * its last name). `$date` is a bound parameter name of the query.
 */
export function nameAsOfJoin(organizationAlias: string, nameAlias: string, dateParameter: string): string {
  return `LEFT JOIN LATERAL (
      SELECT n.full_name, n.short_name FROM organization_names n
      WHERE n.organization_id = ${organizationAlias}.id AND n.valid_from <= ${dateParameter}::date
      ORDER BY n.valid_from DESC LIMIT 1
    ) ${nameAlias} ON true`;
}
