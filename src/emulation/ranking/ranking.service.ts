import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../platform/request-context/request-context.js';
import { XlsxRenderer } from '../../reports/renderers/xlsx.renderer.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { ClusterYearReader, emulationRole, requireCluster } from '../cluster-year.js';
import { pointsOf } from '../criteria/criteria.rules.js';
import { CriteriaService } from '../criteria/criteria.service.js';
import { ScoresNotPublishedError } from '../emulation.errors.js';
import { ScoresService } from '../scores/scores.service.js';
import { pointsByCriterion } from '../scores/score.views.js';
import { isFixed, isPublic } from '../scores/score.state.js';
import type { RankingRow, RankingView } from './ranking.dto.js';
import { BAND_LABELS, DEFAULT_BANDS, DEFAULT_LEADER_COUNT, maximums, rankingTable } from './ranking.rules.js';

export interface RankingFile {
  fileName: string;
  content: Buffer;
}

/**
 * Xếp hạng of a cluster-year from the scores that count: totals, ranks (ties shown as ties), bands, the leading
 * units. Before publication only the secretariat and national staff see it; once fixed, its leaders are the flag
 * vote's default candidates.
 */
@Injectable()
export class RankingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly criteria: CriteriaService,
    private readonly scores: ScoresService,
    private readonly xlsx: XlsxRenderer,
  ) {}

  async ranking(actor: Actor, clusterId: string, year: number): Promise<RankingView> {
    const manager = this.dataSource.manager;
    await requireCluster(manager, clusterId);
    const role = await emulationRole(manager, actor, clusterId, year);
    const table = await this.scores.table(actor, clusterId, year, manager);
    if (!role.secretariat && !isPublic(table.state)) throw new ScoresNotPublishedError();
    return { ...(await this.compute(manager, clusterId, year)), table };
  }

  /**
   * The leading units of the fixed ranking (the first `count` places, a tie at the cut-off included), or null when
   * the year's table is not fixed. Read by the flag vote's setup.
   */
  async leaders(manager: EntityManager, clusterId: string, year: number, count?: number): Promise<UnitView[] | null> {
    const table = await this.scores.tableRecord(manager, clusterId, year);
    if (!isFixed(table.state)) return null;
    const ranking = await this.compute(manager, clusterId, year, count);
    return ranking.leaders;
  }

  /** The fixed ranking, best first, as the flag vote's setup reads it; null while the year's table is not fixed. */
  async fixedRanking(manager: EntityManager, clusterId: string, year: number): Promise<{ unitId: string; rank: number }[] | null> {
    const table = await this.scores.tableRecord(manager, clusterId, year);
    if (!isFixed(table.state)) return null;
    return (await this.compute(manager, clusterId, year)).rows.map((row) => ({ unitId: row.unit.id, rank: row.rank }));
  }

  /** The ranking table as a workbook with Vietnamese headers. */
  async exportXlsx(actor: Actor, clusterId: string, year: number): Promise<RankingFile> {
    const ranking = await this.ranking(actor, clusterId, year);
    const cluster = await requireCluster(this.dataSource.manager, clusterId);
    const groups = ranking.rows[0]?.groups ?? [];
    const content = await this.xlsx.workbook({
      title: `Bảng tổng hợp kết quả chấm điểm thi đua năm ${year} — ${cluster.name}`,
      sheets: [
        {
          name: `Xếp hạng ${year}`,
          title: `BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM ${year} — ${cluster.name.toUpperCase()}`,
          columns: [
            { header: 'Xếp hạng', width: 1, align: 'center' },
            { header: 'Đơn vị', width: 4 },
            ...groups.map((group) => ({ header: `Nhóm ${group.code} (tối đa ${group.maxPoints})`, width: 1.5, align: 'right' as const })),
            { header: 'Điểm thưởng', width: 1.2, align: 'right' },
            { header: 'Điểm trừ', width: 1.2, align: 'right' },
            { header: 'Tổng điểm', width: 1.2, align: 'right' },
            { header: 'Xếp loại', width: 1.5 },
            { header: 'Dẫn đầu', width: 1, align: 'center' },
          ],
          rows: ranking.rows.map((row) => [
            row.tied ? `${row.rank} (đồng hạng)` : row.rank,
            row.unit.fullName,
            ...row.groups.map((group) => group.points),
            row.totals.bonus,
            row.totals.penalty,
            row.totals.total,
            row.bandLabel.vi,
            row.leader ? 'x' : '',
          ]),
        },
      ],
    });
    return { fileName: `xep-hang-thi-dua-${cluster.code}-${year}.xlsx`, content };
  }

  private async compute(manager: EntityManager, clusterId: string, year: number, count?: number): Promise<Omit<RankingView, 'table'>> {
    const table = await this.scores.tableRecord(manager, clusterId, year);
    const nodes = await this.criteria.records(manager, clusterId, year);
    const scores = await this.scores.allScores(manager, clusterId, year);
    const members = await new ClusterYearReader(manager).members(clusterId, year);
    const bands = table.bands ?? DEFAULT_BANDS;
    const max = maximums(nodes);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const units = members.map((unit) => ({
      unit,
      points: pointsByCriterion(
        scores.filter((score) => score.organizationId === unit.id),
        'final',
      ),
    }));
    const rows: RankingRow[] = rankingTable(nodes, units, bands, count ?? table.leaderCount ?? DEFAULT_LEADER_COUNT).map((row) => ({
      rank: row.rank,
      tied: row.tied,
      unit: row.unit,
      totals: {
        standard: pointsOf(row.sums.standard),
        bonus: pointsOf(row.sums.bonus),
        penalty: pointsOf(row.sums.penalty),
        total: pointsOf(row.total),
      },
      percent: max.standard > 0 ? Math.round((10_000 * row.total) / max.standard) / 100 : 0,
      band: row.band,
      bandLabel: BAND_LABELS[row.band],
      leader: row.leader,
      groups: row.groups.map((group) => ({
        groupId: group.groupId,
        code: byId.get(group.groupId)!.code,
        title: byId.get(group.groupId)!.title,
        points: pointsOf(group.points),
        maxPoints: pointsOf(group.max),
      })),
    }));
    return {
      clusterId,
      year,
      maxPoints: pointsOf(max.standard),
      maxBonus: pointsOf(max.bonus),
      bands: [
        { band: 'excellent', label: BAND_LABELS.excellent, minPercent: bands.excellent },
        { band: 'good', label: BAND_LABELS.good, minPercent: bands.good },
        { band: 'fair', label: BAND_LABELS.fair, minPercent: bands.fair },
        { band: 'average', label: BAND_LABELS.average, minPercent: 0 },
      ],
      rows,
      leaders: rows.filter((row) => row.leader).map((row) => row.unit),
    };
  }
}
