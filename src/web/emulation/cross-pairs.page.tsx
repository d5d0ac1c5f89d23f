import type { ScoreTableView } from '../../emulation/scores/score.dto.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import type { FormState } from '../http/forms.js';
import { Form, SelectField, SubmitButton } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { type ClusterYearRef, YearLayout } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

export interface CrossPairsPageProps {
  at: ClusterYearRef;
  members: readonly UnitView[];
  table: ScoreTableView;
  form?: FormState;
}

/** Phân công chấm chéo: for each member, the unit that checks its self-scores (or none: the chair's team does). */
export function CrossPairsPage({ at, members, table, form }: CrossPairsPageProps) {
  const { t } = usePage();
  const scorerOf = new Map(table.crossPairs.map((pair) => [pair.scored.id, pair.scorer.id]));
  return (
    <YearLayout at={at} title={t(M.crossPairs)}>
      <p class="lead">{t(M.crossPairsLead)}</p>
      <Form action={R.crossPairs(at.clusterId, at.year)} form={form}>
        {members.map((unit) => (
          <SelectField
            key={unit.id}
            form={form}
            name={`scorer.${unit.id}`}
            label={M.scorerOf(unit.shortName)}
            value={scorerOf.get(unit.id)}
            placeholder={M.noScorer}
            choices={members.filter((other) => other.id !== unit.id).map((other) => ({ value: other.id, label: other.shortName }))}
          />
        ))}
        <div class="actions">
          <SubmitButton label={M.save} />
          <a href={R.year(at.clusterId, at.year)}>{t(M.back)}</a>
        </div>
      </Form>
    </YearLayout>
  );
}
