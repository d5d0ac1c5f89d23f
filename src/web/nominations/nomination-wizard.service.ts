import { Injectable } from '@nestjs/common';
import { hasAnyRole } from '../../access/policies/access.rules.js';
import { DomainError, type FieldError } from '../../platform/errors/domain-error.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { Clock } from '../../platform/time/clock.js';
import { ListAwardTypesQuery, type AwardTypeView } from '../../nominations/award-types/award-type.dto.js';
import { AwardTypesService } from '../../nominations/award-types/award-types.service.js';
import { CreateNominationBody, type NominationView } from '../../nominations/nominations/nomination.dto.js';
import { NominationForOtherUnitError } from '../../nominations/nominations/nomination.errors.js';
import { NominationsService } from '../../nominations/nominations/nominations.service.js';
import { ListClustersQuery } from '../../registry/clusters/cluster.dto.js';
import { ClustersService } from '../../registry/clusters/clusters.service.js';
import type { UnitView } from '../../registry/organizations/organization.dto.js';
import { MembersQuery } from '../../registry/memberships/membership.dto.js';
import { MembershipsService } from '../../registry/memberships/memberships.service.js';
import { OrganizationsService } from '../../registry/organizations/organizations.service.js';
import { TermNotFoundError } from '../../registry/terms/term.errors.js';
import { TermsService } from '../../registry/terms/terms.service.js';
import { validateAs } from '../http/forms.js';
import { NOMINATION_PAGES as M } from './nominations.messages.js';
import { formErrors, kindMissing, nominationBodyOf, plainErrors, type WizardAnswers } from './nomination-wizard.form.js';

/** What the pages of the wizard show, for the officer's unit. */
export interface WizardChoices {
  awardTypes: AwardTypeView[];
  years: number[];
  units: UnitView[];
}

export type WizardOutcome =
  | {
      kind: 'show';
      step: 1 | 2 | 3;
      errors: FieldError[];
      formError?: DomainError['text'];
    }
  | { kind: 'created'; nomination: NominationView };

const ALL = 200;

/**
 * Lập đề nghị page by page: each step is judged by the API's own DTO and service, keeping the errors of
 * the steps already answered; the last step creates the draft.
 */
@Injectable()
export class NominationWizard {
  constructor(
    private readonly nominations: NominationsService,
    private readonly awardTypes: AwardTypesService,
    private readonly clusters: ClustersService,
    private readonly terms: TermsService,
    private readonly memberships: MembershipsService,
    private readonly organizations: OrganizationsService,
    private readonly clock: Clock,
  ) {}

  /** The unit a unit officer proposes for; anyone else makes no nomination here. */
  unitOf(actor: Actor): string {
    if (!hasAnyRole(actor, ['unit_officer']) || !actor.organizationId) throw new NominationForOtherUnitError();
    return actor.organizationId;
  }

  /**
   * This year and last year (dossiers are made after the year's summary), those in which the unit belongs to a cluster:
   * a year the next step would refuse is not offered (a unit merged into another has none left).
   */
  private async years(unitId: string): Promise<number[]> {
    const year = this.clock.currentYear();
    const candidates = [year, year - 1];
    const clusters = await Promise.all(candidates.map((candidate) => this.clusterOf(unitId, candidate)));
    return candidates.filter((_, index) => clusters[index] !== null);
  }

  async choices(actor: Actor, answers: WizardAnswers): Promise<WizardChoices> {
    const unitId = this.unitOf(actor);
    const year = Number(answers.year ?? this.clock.currentYear());
    const awardTypes = await this.awardTypes.list(
      await validateAs(ListAwardTypesQuery, {
        nominatedThroughVusta: 'true',
        pageSize: String(ALL),
      }),
    );
    return {
      awardTypes: awardTypes.items,
      years: await this.years(unitId),
      units: await this.nominees(unitId, year),
    };
  }

  /** The unit itself and, when it chairs its cluster that year (cụm trưởng), the cluster's members. */
  private async nominees(unitId: string, year: number): Promise<UnitView[]> {
    const own = await this.organizations.get(unitId, year);
    const unit: UnitView = {
      id: own.id,
      code: own.code,
      fullName: own.fullName,
      shortName: own.shortName,
    };
    const clusterId = await this.clusterOf(unitId, year);
    if (!clusterId) return [unit];
    try {
      const term = await this.terms.get(clusterId, year);
      if (term.chair.id !== unitId) return [unit];
    } catch (error) {
      if (error instanceof TermNotFoundError) return [unit];
      throw error;
    }
    const members = await this.memberships.list(
      clusterId,
      await validateAs(MembersQuery, {
        year: String(year),
        pageSize: String(ALL),
      }),
    );
    const others = members.items
      .filter((m) => m.organizationId !== unitId)
      .map((m) => ({
        id: m.organizationId,
        code: m.code,
        fullName: m.fullName,
        shortName: m.shortName,
      }));
    return [unit, ...others];
  }

  private async clusterOf(unitId: string, year: number): Promise<string | null> {
    const found = await this.clusters.list(
      await validateAs(ListClustersQuery, {
        memberId: unitId,
        year: String(year),
        kind: 'cluster',
      }),
    );
    return found.items[0]?.id ?? null;
  }

  /**
   * Judges the answers up to `step` (the errors of later steps wait for their page); `save` on the last
   * step creates the draft through the same service as `POST /api/v1/nominations`.
   */
  async advance(actor: Actor, answers: WizardAnswers, step: 1 | 2 | 3, save: boolean): Promise<WizardOutcome> {
    const unitId = this.unitOf(actor);
    const year = Number(answers.year);
    const clusterId = Number.isInteger(year) ? await this.clusterOf(unitId, year) : null;
    const errors: FieldError[] = [];
    if (Number.isInteger(year) && !clusterId) errors.push({ field: 'year', message: M.noCluster(year) });
    if (step >= 2 && kindMissing(answers)) errors.push({ field: 'nomineeKind', message: M.nomineeKindMissing });
    const body = nominationBodyOf(answers, {
      proposingOrganizationId: unitId,
      clusterId: clusterId ?? unitId,
    });
    try {
      const valid = await validateAs(CreateNominationBody, body);
      if (errors.length === 0 && save)
        return {
          kind: 'created',
          nomination: await this.nominations.create(actor, valid),
        };
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      if (error.fieldErrors.length === 0) return { kind: 'show', step, errors, formError: error.text };
      errors.push(...error.fieldErrors);
    }
    const shown = plainErrors(formErrors(errors), answers).filter((e) => e.step <= step);
    if (shown.length === 0)
      return {
        kind: 'show',
        step: save ? step : ((step + 1) as 2 | 3),
        errors: [],
      };
    const first = Math.min(...shown.map((e) => e.step)) as 1 | 2 | 3;
    return {
      kind: 'show',
      step: first,
      errors: shown.filter((e) => e.step === first).map(({ field, message }) => ({ field, message })),
    };
  }
}
