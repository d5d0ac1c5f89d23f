import type { EntityManager } from 'typeorm';
import { queryPage } from '../../platform/pagination/page.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { VoteRuleSet } from './vote-rule-set.js';
import type { VoteRuleSetsQuery } from './vote-rule-set.dto.js';
import type { ConfiguredRuleSet } from './vote-setup.rules.js';

/** A rule set as `GET /vote-rule-sets` shows it. */
export interface VoteRuleSetView extends ConfiguredRuleSet {
  id: string;
  ownerId: string;
  note: string | null;
  createdAt: Date;
}

export interface NewVoteRuleSet {
  ownerId: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  rules: VoteRuleSet;
  legalBasis: string | null;
  note: string | null;
}

const COLUMNS = `
  s.id, s.owner_id AS "ownerId", to_char(s.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  to_char(s.effective_to, 'YYYY-MM-DD') AS "effectiveTo", s.rules, s.legal_basis AS "legalBasis", s.note, s.created_at AS "createdAt"`;

/** Quy tắc biểu quyết: every query of the vote_rule_sets table. */
export class VoteRuleSetRepository {
  constructor(private readonly db: EntityManager) {}

  /** The rule set of the cluster's owner in force on `date`; the exclusion constraint leaves at most one. */
  async inForce(clusterId: string, date: IsoDate): Promise<VoteRuleSetView | null> {
    const [row] = await this.db.query<VoteRuleSetView[]>(
      `SELECT ${COLUMNS} FROM vote_rule_sets s JOIN clusters c ON c.owner_id = s.owner_id
       WHERE c.id = $1 AND daterange(s.effective_from, s.effective_to, '[]') @> $2::date`,
      [clusterId, date],
    );
    return row ?? null;
  }

  async list(query: VoteRuleSetsQuery): Promise<{ items: VoteRuleSetView[]; total: number }> {
    const { rows, total } = await queryPage<VoteRuleSetView>(
      this.db,
      {
        select: COLUMNS,
        from: 'FROM vote_rule_sets s',
        where: `WHERE ($1::uuid IS NULL OR s.owner_id = $1)
          AND ($2::date IS NULL OR daterange(s.effective_from, s.effective_to, '[]') @> $2::date)`,
        orderBy: 's.owner_id, s.effective_from DESC, s.id',
        parameters: [query.ownerId ?? null, query.on ?? null],
      },
      query,
    );
    return { items: rows, total };
  }

  /** Ends on `effectiveTo` the owner's open-ended rule sets that start before `from`; returns their ids. */
  async endOpenEnded(ownerId: string, from: IsoDate, effectiveTo: IsoDate): Promise<string[]> {
    // TypeORM answers an UPDATE with its rows and their count.
    const [ended] = await this.db.query<[{ id: string }[], number]>(
      `UPDATE vote_rule_sets SET effective_to = $3::date
       WHERE owner_id = $1 AND effective_to IS NULL AND effective_from < $2::date RETURNING id`,
      [ownerId, from, effectiveTo],
    );
    return ended.map((row) => row.id);
  }

  async insert(ruleSet: NewVoteRuleSet): Promise<VoteRuleSetView> {
    const [created] = await this.db.query<VoteRuleSetView[]>(
      `INSERT INTO vote_rule_sets AS s (owner_id, effective_from, effective_to, rules, legal_basis, note)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [ruleSet.ownerId, ruleSet.effectiveFrom, ruleSet.effectiveTo, ruleSet.rules, ruleSet.legalBasis, ruleSet.note],
    );
    return created;
  }
}
