import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../../access/audit/audit.service.js';
import type { Actor } from '../../platform/request-context/request-context.js';
import { ClusterYearReader, requireCluster, requireMember, requireSecretariat, requireUnitOrSecretariat } from '../cluster-year.js';
import { EmulationInvalidError, PactNotFoundError, StaleEmulationRecordError } from '../emulation.errors.js';
import { EMULATION_MESSAGES } from '../emulation.messages.js';
import type { PactView, PutPactBody, SignPactBody } from './pact.dto.js';
import { type PactFields, PactRepository } from './pact.repository.js';
import { SIGNATURE_STATUS_LABELS, signedLater } from './pact.rules.js';

/**
 * Giao ước thi đua of a cluster-year: drawn up by the secretariat, signed by every member (the secretariat records
 * the signatures, or a member's officer records its own). A member that joins the cluster later signs later; each
 * member's status is shown beside the pact.
 */
@Injectable()
export class PactsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(clusterId: string, year: number, manager: EntityManager = this.dataSource.manager): Promise<PactView> {
    await requireCluster(manager, clusterId);
    const pacts = new PactRepository(manager);
    const pact = await pacts.find(clusterId, year);
    if (!pact) throw new PactNotFoundError(year);
    const signatures = new Map((await pacts.signatures(pact.id)).map((signature) => [signature.organizationId, signature]));
    const members = (await new ClusterYearReader(manager).members(clusterId, year)).map((unit) => {
      const signature = signatures.get(unit.id);
      const status = signature ? 'signed' : 'unsigned';
      return {
        unit,
        status,
        statusLabel: SIGNATURE_STATUS_LABELS[status],
        signature: signature
          ? {
              signatoryName: signature.signatoryName,
              signatoryTitle: signature.signatoryTitle,
              signedOn: signature.signedOn,
              signedLater: signedLater(signature.signedOn, pact.signedOn),
            }
          : null,
      } as const;
    });
    return {
      ...pact,
      members,
      signedCount: members.filter((member) => member.signature).length,
      memberCount: members.length,
    };
  }

  /** Lập or sửa the pact: the year's secretariat and national staff. */
  async put(actor: Actor, clusterId: string, year: number, body: PutPactBody): Promise<PactView> {
    return this.dataSource.transaction(async (tx) => {
      await requireCluster(tx, clusterId);
      const role = await requireSecretariat(tx, actor, clusterId, year);
      const pacts = new PactRepository(tx);
      const fields: PactFields = {
        title: body.title,
        content: body.content,
        signingMeetingId: body.signingMeetingId ?? null,
        signedOn: body.signedOn ?? null,
      };
      if (fields.signingMeetingId) {
        const meeting = await pacts.meetingOf(fields.signingMeetingId);
        if (!meeting || meeting.clusterId !== clusterId) {
          throw new EmulationInvalidError([
            {
              field: 'signingMeetingId',
              message: EMULATION_MESSAGES.notAClusterMeeting,
            },
          ]);
        }
      }
      const existing = await pacts.find(clusterId, year, true);
      if (existing && existing.version !== body.version) throw new StaleEmulationRecordError(existing.version);
      const id = existing ? existing.id : await pacts.insert(clusterId, year, fields);
      if (existing) await pacts.update(id, fields);
      await this.audit.record(tx, {
        action: existing ? 'emulation.pact_update' : 'emulation.pact_create',
        entityType: 'emulation_pact',
        entityId: id,
        subjectOrganizationId: role.scope.chairOrganizationId,
        before: existing
          ? {
              title: existing.title,
              content: existing.content,
              signingMeetingId: existing.signingMeeting?.id ?? null,
              signedOn: existing.signedOn,
            }
          : undefined,
        after: { clusterId, year, ...fields },
      });
      return this.get(clusterId, year, tx);
    });
  }

  /** Records (or corrects) a member's signature: the member's own officer, the secretariat or national staff. */
  async sign(actor: Actor, clusterId: string, year: number, body: SignPactBody): Promise<PactView> {
    return this.dataSource.transaction(async (tx) => {
      await requireCluster(tx, clusterId);
      await requireUnitOrSecretariat(tx, actor, clusterId, year, body.organizationId);
      const pacts = new PactRepository(tx);
      const pact = await pacts.find(clusterId, year, true);
      if (!pact) throw new PactNotFoundError(year);
      await requireMember(tx, clusterId, year, body.organizationId);
      const signature = {
        organizationId: body.organizationId,
        signatoryName: body.signatoryName,
        signatoryTitle: body.signatoryTitle,
        signedOn: body.signedOn,
      };
      await pacts.sign(pact.id, signature, actor.userId);
      await this.audit.record(tx, {
        action: 'emulation.pact_sign',
        entityType: 'emulation_pact',
        entityId: pact.id,
        subjectOrganizationId: body.organizationId,
        after: { ...signature },
      });
      return this.get(clusterId, year, tx);
    });
  }
}
