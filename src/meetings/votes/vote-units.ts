import type { UnitView } from '../../registry/organizations/organization.dto.js';

/** The units of `ids` in the same order, named as in `year`; ids of no unit are left out. */
export function unitsOf(units: ReadonlyMap<string, UnitView>, ids: readonly string[]): UnitView[] {
  return ids.map((id) => units.get(id)).filter((unit): unit is UnitView => unit !== undefined);
}
