import type { RankingView } from '../../emulation/ranking/ranking.dto.js';
import type { FormState } from '../http/forms.js';
import { formatDateTime } from '../layout/format.js';
import { BAND_LABELS } from '../../emulation/ranking/ranking.rules.js';
import { isFixed } from '../../emulation/scores/score.state.js';
import { fieldId } from '../http/forms.js';
import { FieldNotes, Form, Hidden, SelectField, SubmitButton, TextField } from '../layout/forms.js';
import { usePage } from '../layout/page-context.js';
import { EMULATION_PAGES as M } from './emulation.messages.js';
import { type ClusterYearRef, pointsText, pointsValue, YearLayout } from './emulation.parts.js';
import { emulationRoutes as R } from './emulation.routes.js';

export interface RankingPageProps {
  at: ClusterYearRef;
  ranking: RankingView;
  /** The bar chart of the totals (SVG from the reports' renderer, which escapes every name). */
  chart: string | null;
  /** The scored groups (not the bonus and penalty ones, which have their own columns). */
  scoredGroupIds: readonly string[];
  /** The cluster's meetings of the year, for "fixed at the summary meeting". */
  meetings: readonly { id: string; title: string }[];
  /** Why publishing or fixing was refused. */
  actionForm?: FormState;
  /** The settings (bands, leader count) as posted, when they were refused. */
  settingsForm?: FormState;
}

/** Bảng tổng hợp kết quả chấm điểm, xếp hạng: ranks with ties, bands, leaders, the chart; publish and fix. */
export function RankingPage({ at, ranking, chart, scoredGroupIds, meetings, actionForm, settingsForm }: RankingPageProps) {
  const { t, locale } = usePage();
  const { clusterId, year } = at;
  const { table } = ranking;
  const scored = (group: { groupId: string }) => scoredGroupIds.includes(group.groupId);
  const groups = (ranking.rows[0]?.groups ?? []).filter(scored);
  return (
    <YearLayout at={at} title={`${t(M.ranking)} ${year}`}>
      <dl class="facts stack-on-phone">
        <dt>{t(M.tableState)}</dt>
        <dd>
          <mark class={`state state-${table.state}`}>{t(table.stateLabel)}</mark>
          {table.publishedAt && <small> · {t(M.publishedAt(formatDateTime(table.publishedAt, locale)))}</small>}
          {table.fixedAt && <small> · {t(M.fixedAt(formatDateTime(table.fixedAt, locale)))}</small>}
        </dd>
        {table.fixedAtMeeting && (
          <>
            <dt>{t(M.fixMeeting)}</dt>
            <dd>
              <a href={`/meetings/${table.fixedAtMeeting.id}`}>{table.fixedAtMeeting.title}</a>
            </dd>
          </>
        )}
        <dt>{t(M.bandsNote)}</dt>
        <dd>
          {ranking.bands.map((band) => `${t(band.label)} ≥ ${pointsText(band.minPercent, locale)}%`).join(' · ')}
          {table.bandsNote && (
            <>
              <br />
              <small>{t(table.bandsNote)}</small>
            </>
          )}
        </dd>
      </dl>
      {ranking.rows.length === 0 ? (
        <p class="empty-state">{t(M.noRanking)}</p>
      ) : (
        <div class="table-scroll">
          <table class="ranking stacked">
            <thead>
              <tr>
                <th scope="col">{t(M.rank)}</th>
                <th scope="col">{t(M.unit)}</th>
                {groups.map((group) => (
                  <th key={group.groupId} scope="col" class="number" title={group.title}>
                    {t(M.group(group.code))}
                    <br />
                    <small>{t(M.outOf(pointsText(group.maxPoints, locale)))}</small>
                  </th>
                ))}
                <th scope="col" class="number">
                  {t(M.bonusTotal)}
                </th>
                <th scope="col" class="number">
                  {t(M.penaltyTotal)}
                </th>
                <th scope="col" class="number">
                  {t(M.total)}
                </th>
                <th scope="col" class="number" title={t(M.percentOfMax)}>
                  %
                </th>
                <th scope="col">{t(M.band)}</th>
              </tr>
            </thead>
            <tbody>
              {ranking.rows.map((row) => (
                <tr key={row.unit.id} class={row.leader ? 'leader' : undefined}>
                  <td data-label={t(M.rank)}>
                    <strong>{row.rank}</strong>
                    {row.tied && <small> ({t(M.tied)})</small>}
                  </td>
                  <th scope="row">
                    <a href={R.sheet(clusterId, year, row.unit.id)}>{row.unit.shortName}</a>
                    {row.leader && (
                      <>
                        {' '}
                        <mark class="state state-leader">{t(M.leader)}</mark>
                      </>
                    )}
                  </th>
                  {row.groups.filter(scored).map((group) => (
                    <td key={group.groupId} class="number" data-label={t(M.groupColumn(group.code, pointsText(group.maxPoints, locale)))}>
                      {pointsText(group.points, locale)}
                    </td>
                  ))}
                  <td class="number" data-label={t(M.bonusTotal)}>
                    {pointsText(row.totals.bonus, locale)}
                  </td>
                  <td class="number" data-label={t(M.penaltyTotal)}>
                    {pointsText(row.totals.penalty, locale)}
                  </td>
                  <td class="number" data-label={t(M.total)}>
                    <strong>{pointsText(row.totals.total, locale)}</strong>
                  </td>
                  <td class="number" data-label={t(M.percentOfMax)}>
                    {pointsText(row.percent, locale)}
                  </td>
                  <td data-label={t(M.band)}>{t(row.bandLabel)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isFixed(table.state) && ranking.leaders.length > 0 && (
        <p>{t(M.leadersNote(ranking.leaders.map((unit) => unit.shortName).join(', ')))}</p>
      )}
      {chart && <figure class="ranking-chart" tabIndex={0} dangerouslySetInnerHTML={{ __html: chart }} />}
      <p>
        <a href={R.rankingXlsx(clusterId, year)} download>
          {t(M.exportXlsx)}
        </a>
      </p>

      {table.actions.includes('publish') && (
        <section aria-labelledby="publish-title" class="table-action">
          <h2 id="publish-title">{t(M.publish)}</h2>
          <p>{t(M.publishHint)}</p>
          <Form action={R.rankingAction(clusterId, year, 'publish')} form={actionForm}>
            <Hidden name="version" value={table.version} />
            <button type="submit" data-confirm={t(M.confirmPublish)}>
              {t(M.publish)}
            </button>
          </Form>
        </section>
      )}
      {table.actions.includes('fix') && (
        <section aria-labelledby="fix-title" class="table-action">
          <h2 id="fix-title">{t(M.fix)}</h2>
          <p>{t(M.fixHint)}</p>
          <Form action={R.rankingAction(clusterId, year, 'fix')} form={actionForm}>
            <Hidden name="version" value={table.version} />
            <SelectField
              form={actionForm}
              name="meetingId"
              label={M.fixMeeting}
              placeholder={M.noMeeting}
              choices={meetings.map((meeting) => ({ value: meeting.id, label: meeting.title }))}
            />
            <button type="submit" data-confirm={t(M.confirmFix)}>
              {t(M.fix)}
            </button>
          </Form>
        </section>
      )}
      {table.actions.length > 0 && <SubmitHint />}
      {table.actions.length > 0 && (
        <details class="table-action" open={settingsForm !== undefined}>
          <summary>{t(M.settings)}</summary>
          <Form action={R.rankingAction(clusterId, year, 'settings')} form={settingsForm}>
            <Hidden name="version" value={table.version} />
            <fieldset class="inline-fields" id={fieldId('bands')}>
              <legend>{t(M.bandsNote)}</legend>
              <FieldNotes id={fieldId('bands')} errors={settingsForm?.errors.filter((e) => e.field === 'bands') ?? []} />
              {(['excellent', 'good', 'fair'] as const).map((band) => (
                <TextField
                  key={band}
                  form={settingsForm}
                  name={`bands.${band}`}
                  label={BAND_LABELS[band]}
                  value={pointsValue(table.bands[band], locale)}
                  inputAttributes={{ inputmode: 'decimal' }}
                />
              ))}
            </fieldset>
            <TextField
              form={settingsForm}
              name="leaderCount"
              label={M.leaderCount}
              hint={M.leaderCountHint}
              value={table.leaderCount}
              inputAttributes={{ inputmode: 'numeric' }}
            />
            <SubmitButton label={M.save} secondary />
          </Form>
        </details>
      )}
    </YearLayout>
  );
}

/** Where the secretariat enters adjusted and agreed scores: each unit's sheet. */
function SubmitHint() {
  const { t } = usePage();
  return <p class="hint">{t(M.adjustHint)}</p>;
}
