import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../platform/time/clock.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import type { RuleSetView } from '../award-types/award-type.dto.js';
import { AwardTypeRepository } from '../award-types/award-type.repository.js';
import { ruleSetInForce, ruleSetOfVote } from '../award-types/rule-set.js';
import type { IsoDate } from '../../platform/time/calendar.js';
import { attachedDocuments } from '../dossiers/dossier.rules.js';
import type { NomineeRef } from './eligibility-check.js';
import { evaluateEligibility, type EligibilityReport } from './eligibility.rules.js';
import type { EligibilityView } from './nomination.dto.js';
import { ConferenceDocumentsService } from '../dossiers/conference-documents.service.js';
import { DossierRepository } from '../dossiers/dossier.repository.js';
import { NominationRepository, type NominationRecord } from './nomination.repository.js';
import type { Nomination } from './nomination.rules.js';
import { NominationsService } from './nominations.service.js';

/** The day a nomination is judged on and the rule set that judges it. */
export interface Judgement {
  asOf: IsoDate;
  ruleSet: RuleSetView;
}

/** Loads what the eligibility rules read (registry, register, proceedings, dossier) and asks them. */
@Injectable()
export class NominationEligibilityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly nominations: NominationsService,
    private readonly clock: Clock,
    private readonly documents: ConferenceDocumentsService,
  ) {}

  /** GET /nominations/{id}/eligibility: every check with its reason, in the caller's language. */
  async explain(actor: Actor, id: string): Promise<EligibilityView> {
    const manager = this.dataSource.manager;
    const nomination = await this.nominations.require(manager, actor, id);
    await this.documents.attachMissing(nomination);
    const report = await this.evaluate(manager, nomination, await this.judgement(manager, nomination));
    return {
      nominationId: id,
      eligible: report.eligible,
      asOf: report.asOf,
      legalBasis: { code: report.legalBasis.code, citation: report.legalBasis.citation },
      checks: report.checks.map(({ check, passed, reason }) => ({ check, passed, reason })),
    };
  }

  /** Once submitted, the day of submission and the rule set it was judged by; before, today's. */
  async judgement(manager: EntityManager, nomination: Nomination): Promise<Judgement> {
    if (nomination.submittedOn !== null && nomination.ruleSetId !== null) {
      const ruleSet = await new AwardTypeRepository(manager).ruleSet(nomination.ruleSetId);
      if (ruleSet) return { asOf: nomination.submittedOn, ruleSet };
    }
    return this.judgementToday(manager, nomination);
  }

  /**
   * Today in Vietnam, and the rule set that judges the nomination today: the one the cluster vote it rests on cited
   * (the very record, so that the vote and its nominations cite one instrument even if a rule set was added later
   * with an earlier date), else the one of the day that vote was held in thidua, else the one in force today
   * (NoRuleSetInForceError when none is).
   */
  async judgementToday(
    manager: EntityManager,
    nomination: Pick<Nomination, 'awardTypeId' | 'basisVoteId' | 'basisVote'>,
  ): Promise<Judgement> {
    const asOf = this.clock.today();
    const { items } = await new AwardTypeRepository(manager).ruleSets(nomination.awardTypeId);
    const vote = nomination.basisVoteId === null ? undefined : nomination.basisVote;
    const cited = items.find((ruleSet) => ruleSet.id === vote?.ruleSetId);
    const ofVote = cited ?? (vote?.heldOn === undefined ? undefined : ruleSetOfVote(items, vote.heldOn)?.ruleSet);
    return { asOf, ruleSet: ofVote ?? ruleSetInForce(items, asOf) };
  }

  async evaluate(manager: EntityManager, nomination: Nomination, { asOf, ruleSet }: Judgement): Promise<EligibilityReport> {
    const nominations = new NominationRepository(manager);
    const awardTypes = new AwardTypeRepository(manager);
    // One after the other: inside a transaction they share one connection.
    const record = (await nominations.record(nomination.id)) as NominationRecord;
    const awardType = await awardTypes.find(nomination.awardTypeId);
    const awardTypeNames = await awardTypes.namesByCode();
    const clusterMemberIds = await nominations.clusterMemberIds(nomination.clusterId, nomination.year);
    const proceedings = await nominations.proceedings(nomination.nomineeOrganizationId, nomination.nomineePersonId);
    const othersHoldingPlaces = await nominations.othersHoldingPlaces(nomination);
    const nomineeNominations = await nominations.nomineeNominations(nomination.nomineeKey);
    const register = await nominations.register(nomination.nomineeKey);
    const attached = await new DossierRepository(manager).ofNomination(nomination.id);
    const unit = record.nominee.organization;
    const nominee: NomineeRef = {
      kind: nomination.nomineeKind,
      id: nomination.nomineeKey,
      name: record.nominee.person?.fullName ?? unit.fullName,
      organizationId: unit.id,
      organizationName: unit.fullName,
    };
    const basis = nomination.basisVote;
    return evaluateEligibility({
      nominationId: nomination.id,
      year: nomination.year,
      nominee,
      cluster: { id: record.cluster.id, name: record.cluster.name },
      awardType: { code: record.awardType.code, name: record.awardType.name, nomineeKinds: awardType?.nomineeKinds ?? [] },
      ruleSet,
      asOf,
      clusterMemberIds,
      proceedings,
      basisVote: basis && {
        reference: basis.reference,
        nomineeId: basis.organizationId,
        clusterId: basis.clusterId,
        year: basis.year,
        passed: basis.passed,
      },
      othersHoldingPlaces,
      nomineeNominations,
      register,
      awardTypeNames,
      attachedDocuments: attachedDocuments(attached.map((row) => row.kind)),
    });
  }
}
