import type { EntityManager } from 'typeorm';
import type { IsoDate } from '../../platform/time/calendar.js';
import type { ConfiguredRuleSet } from './vote-setup.rules.js';

/** A rule set as `GET /vote-rule-sets` shows it. */
export interface VoteRuleSetView extends ConfiguredRuleSet {
  id: string;
  ownerId: string;
  note: string | null;
  createdAt: Date;
}

const COLUMNS = `
  s.id, s.owner_id AS "ownerId", to_char(s.effective_from, 'YYYY-MM-DD') AS "effectiveFrom",
  to_char(s.effective_to, 'YYYY-MM-DD') AS "effectiveTo", s.rules, s.legal_basis AS "legalBasis", s.note, s.created_at AS "createdAt"`;

/** The rule set of the cluster's owner in force on `date`; the exclusion constraint leaves at most one. */
export async function findVoteRuleSetInForce(manager: EntityManager, clusterId: string, date: IsoDate): Promise<VoteRuleSetView | null> {
  const [row]: VoteRuleSetView[] = await manager.query(
    `SELECT ${COLUMNS} FROM vote_rule_sets s JOIN clusters c ON c.owner_id = s.owner_id
     WHERE c.id = $1 AND daterange(s.effective_from, s.effective_to, '[]') @> $2::date`,
    [clusterId, date],
  );
  return row ?? null;
}

export async function findVoteRuleSet(manager: EntityManager, id: string): Promise<VoteRuleSetView> {
  const [row]: VoteRuleSetView[] = await manager.query(`SELECT ${COLUMNS} FROM vote_rule_sets s WHERE s.id = $1`, [id]);
  return row;
}

export async function findVoteRuleSets(
  manager: EntityManager,
  filter: { ownerId?: string; on?: IsoDate; limit: number; offset: number },
): Promise<{ items: VoteRuleSetView[]; total: number }> {
  const where = `WHERE ($1::uuid IS NULL OR s.owner_id = $1)
    AND ($2::date IS NULL OR daterange(s.effective_from, s.effective_to, '[]') @> $2::date)`;
  const parameters = [filter.ownerId ?? null, filter.on ?? null];
  const [items, [{ total }]]: [VoteRuleSetView[], { total: number }[]] = await Promise.all([
    manager.query(`SELECT ${COLUMNS} FROM vote_rule_sets s ${where} ORDER BY s.owner_id, s.effective_from DESC LIMIT $3 OFFSET $4`, [
      ...parameters,
      filter.limit,
      filter.offset,
    ]),
    manager.query(`SELECT count(*)::int AS total FROM vote_rule_sets s ${where}`, parameters),
  ]);
  return { items, total };
}
