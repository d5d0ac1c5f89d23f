import type { CriteriaTreeView } from '../../emulation/criteria/criterion.dto.js';
import type { MovementView } from '../../emulation/movements/movement.dto.js';
import type { PactView } from '../../emulation/pacts/pact.dto.js';
import type { RegistrationBoardView } from '../../emulation/registrations/registration.dto.js';
import type { ScoreTableView } from '../../emulation/scores/score.dto.js';
import { isPublic } from '../../emulation/scores/score.state.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { formatDate } from '../layout/format.js';
import { usePage } from '../layout/page-context.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { type ClusterYearRef, pointsText, YearLayout } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

export interface EmulationYearPageProps {
  at: ClusterYearRef;
  pact: PactView | null;
  board: RegistrationBoardView;
  tree: CriteriaTreeView;
  table: ScoreTableView;
  movements: readonly MovementView[];
  /** The signed-in user's unit, when it is a member that year. */
  ownUnit: UnitView | null;
  /** The signed-in user runs the cluster's year. */
  manages: boolean;
}

/** Thi đua của cụm trong năm: each step of the year with where it stands and where to act on it. */
export function EmulationYearPage({ at, pact, board, tree, table, movements, ownUnit, manages }: EmulationYearPageProps) {
  const { t, locale } = usePage();
  const { clusterId, year } = at;
  const own = ownUnit && board.members.find((row) => row.unit.id === ownUnit.id);
  const published = isPublic(table.state);
  const checked = table.crossPairs.filter((pair) => pair.scorer.id === ownUnit?.id).map((pair) => pair.scored);
  return (
    <YearLayout at={at} title={t(M.yearTitle(at.clusterName, year))} top>
      <p class="lead">{t(M.yearLead)}</p>
      <ol class="emulation-steps">
        <li>
          <h2>
            <a href={`${R.movements}?clusterId=${clusterId}&year=${year}`}>{t(M.movements)}</a>
          </h2>
          {movements.length === 0 ? (
            <p>{t(M.noMovements)}</p>
          ) : (
            <ul>
              {movements.map((movement) => (
                <li key={movement.id}>
                  <a href={R.movement(movement.id)}>{movement.title}</a>
                </li>
              ))}
            </ul>
          )}
        </li>
        <li>
          <h2>
            <a href={R.pact(clusterId, year)}>{t(M.pact)}</a>
          </h2>
          <p>{pact ? t(M.signedCount(pact.signedCount, pact.memberCount)) : t(M.noPact(year))}</p>
        </li>
        <li>
          <h2>
            <a href={R.registrations(clusterId, year)}>{t(M.registrations)}</a>
          </h2>
          <p>
            {t(M.deadline)}: {board.deadline ? formatDate(board.deadline, locale) : t(M.noDeadline)}
            <br />
            {t(M.registrationCounts(board.counts.on_time, board.counts.late, board.counts.missing, board.counts.pending))}
          </p>
          {own && (
            <p>
              <a href={R.registration(clusterId, year, own.unit.id)}>
                {own.unit.shortName}: {t(own.statusLabel)}
              </a>
            </p>
          )}
        </li>
        <li>
          <h2>
            <a href={R.criteria(clusterId, year)}>{t(M.criteria)}</a>
          </h2>
          <p>
            {tree.groups.length === 0
              ? t(M.noCriteria)
              : t(M.treeTotals(pointsText(tree.maxPoints, locale), pointsText(tree.maxBonus, locale), pointsText(tree.maxPenalty, locale)))}
          </p>
        </li>
        <li>
          <h2>{t(M.scores)}</h2>
          <p>
            {t(M.tableState)}: <mark class={`state state-${table.state}`}>{t(table.stateLabel)}</mark>
          </p>
          {ownUnit && own && (
            <p>
              <a href={R.sheet(clusterId, year, ownUnit.id)} role="button">
                {t(M.mySheet)}
              </a>
            </p>
          )}
          {ownUnit && checked.length > 0 && (
            <p>
              {t(M.youCheck)}:{' '}
              {checked.map((unit, index) => (
                <>
                  {index > 0 && ', '}
                  <a href={R.sheet(clusterId, year, unit.id)}>{unit.shortName}</a>
                </>
              ))}
            </p>
          )}
          {manages && table.actions.includes('pair') && (
            <p>
              <a href={R.crossPairs(clusterId, year)}>{t(M.crossPairs)}</a>
              {table.crossPairs.length > 0 &&
                ` (${table.crossPairs.map((pair) => `${pair.scorer.shortName} → ${pair.scored.shortName}`).join('; ')})`}
            </p>
          )}
          {(manages || published) && (
            <details open={manages}>
              <summary>{t(M.sheetsOfUnits)}</summary>
              <ul class="columns">
                {board.members.map((row) => (
                  <li key={row.unit.id}>
                    <a href={R.sheet(clusterId, year, row.unit.id)}>{row.unit.shortName}</a>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
        <li>
          {/* Before publication a member may not open the ranking: its name without a link (it answered "not allowed"). */}
          <h2>{manages || published ? <a href={R.ranking(clusterId, year)}>{t(M.ranking)}</a> : t(M.ranking)}</h2>
          {!manages && !published && <p class="hint">{t(M.notVisibleYet)}</p>}
        </li>
      </ol>
    </YearLayout>
  );
}
