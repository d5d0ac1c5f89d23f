import { ApiProperty } from '@nestjs/swagger';
import { CLUSTER_KINDS, type ClusterKind, ROTATION_RULES, type RotationRule } from './clusters/cluster.rules.js';
import type { ClusterDetail, ClusterSummary, SupervisorView } from './clusters/cluster.dto.js';
import type { UnitView } from './organizations/organization.dto.js';
import type { MemberView } from './memberships/membership.dto.js';
import type { LineageLinkView, MergerResult } from './organizations/merger.dto.js';
import { LINEAGE_EVENTS, type LineageEvent } from './organizations/merger.rules.js';
import type {
  HistoryEntry,
  HistoryView,
  HistoryYear,
  LineageStepView,
  LineageView,
  LinkedUnitView,
  NameView,
  OrganizationDetail,
  OrganizationView,
} from './organizations/organization.dto.js';
import { ORGANIZATION_KINDS, type OrganizationKind } from './organizations/organization.rules.js';
import type { ProposalView } from './terms/term.dto.js';
import type { TermView } from './terms/term.repository.js';
import { TERM_DECISIONS, type TermDecision } from './terms/term.rules.js';

/*
 * The registry's answers as the OpenAPI document describes them. Each class implements the view the
 * service returns, so that the document cannot drift from the code.
 */

export class UnitSchema implements UnitView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'LHH-SON-LA' })
  code: string;

  @ApiProperty({ example: 'Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La' })
  fullName: string;

  @ApiProperty({ example: 'LHH Sơn La' })
  shortName: string;
}

export class OrganizationSchema extends UnitSchema implements OrganizationView {
  @ApiProperty({ enum: ORGANIZATION_KINDS })
  kind: OrganizationKind;

  @ApiProperty({ type: String, nullable: true, example: 'Sơn La' })
  province: string | null;

  @ApiProperty({ format: 'date', example: '2022-01-01' })
  activeFrom: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  activeTo: string | null;

  @ApiProperty({ example: 1 })
  version: number;
}

export class NameSchema implements NameView {
  @ApiProperty()
  fullName: string;

  @ApiProperty()
  shortName: string;

  @ApiProperty({ format: 'date' })
  validFrom: string;

  @ApiProperty({ type: String, format: 'date', nullable: true })
  validTo: string | null;
}

export class LinkedUnitSchema extends UnitSchema implements LinkedUnitView {
  @ApiProperty({ enum: LINEAGE_EVENTS })
  event: LineageEvent;

  @ApiProperty({ format: 'date', example: '2025-07-01' })
  effectiveDate: string;

  @ApiProperty({ type: String, nullable: true, example: 'Nghị quyết 202/2025/QH15' })
  legalBasis: string | null;
}

export class OrganizationDetailSchema extends OrganizationSchema implements OrganizationDetail {
  @ApiProperty({ type: [NameSchema] })
  names: NameSchema[];

  @ApiProperty({ type: [LinkedUnitSchema] })
  predecessors: LinkedUnitSchema[];

  @ApiProperty({ type: [LinkedUnitSchema] })
  successors: LinkedUnitSchema[];
}

export class LineageStepSchema extends LinkedUnitSchema implements LineageStepView {
  @ApiProperty({ example: 1 })
  depth: number;

  @ApiProperty({ format: 'uuid' })
  viaId: string;
}

export class LineageSchema implements LineageView {
  @ApiProperty({ type: OrganizationSchema })
  organization: OrganizationSchema;

  @ApiProperty({ type: [LineageStepSchema] })
  ancestors: LineageStepSchema[];

  @ApiProperty({ type: [LineageStepSchema] })
  descendants: LineageStepSchema[];
}

class HistoryUnitSchema extends UnitSchema {
  @ApiProperty({ example: 0, description: '0: chính đơn vị này; từ 1: đơn vị tiền thân.' })
  depth: number;
}

class HistoryClusterSchema {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'uuid' })
  ownerId: string;
}

class HistoryEntrySchema implements HistoryEntry {
  @ApiProperty({ type: HistoryUnitSchema })
  unit: HistoryUnitSchema;

  @ApiProperty({ type: HistoryClusterSchema })
  cluster: HistoryClusterSchema;
}

class HistoryTermSchema extends HistoryEntrySchema {
  @ApiProperty({ enum: ['chair', 'vice_chair'] })
  role: 'chair' | 'vice_chair';
}

class HistoryYearSchema implements HistoryYear {
  @ApiProperty({ example: 2023 })
  year: number;

  @ApiProperty({ type: [HistoryEntrySchema] })
  memberships: HistoryEntrySchema[];

  @ApiProperty({ type: [HistoryTermSchema] })
  terms: HistoryTermSchema[];
}

export class HistorySchema implements HistoryView {
  @ApiProperty({ type: OrganizationSchema })
  organization: OrganizationSchema;

  @ApiProperty({ type: [HistoryYearSchema] })
  years: HistoryYearSchema[];
}

class LineageLinkSchema implements LineageLinkView {
  @ApiProperty({ format: 'uuid' })
  predecessorId: string;

  @ApiProperty({ format: 'uuid' })
  successorId: string;

  @ApiProperty({ enum: LINEAGE_EVENTS })
  event: LineageEvent;

  @ApiProperty({ format: 'date' })
  effectiveDate: string;

  @ApiProperty({ type: String, nullable: true })
  legalBasis: string | null;
}

export class MergerResultSchema implements MergerResult {
  @ApiProperty({ type: OrganizationSchema })
  successor: OrganizationSchema;

  @ApiProperty({ type: [OrganizationSchema] })
  sources: OrganizationSchema[];

  @ApiProperty({ type: [LineageLinkSchema] })
  lineage: LineageLinkSchema[];
}

export class SupervisorSchema implements SupervisorView {
  @ApiProperty({ example: 2022 })
  year: number;

  @ApiProperty({ example: 'Võ Văn Trí' })
  fullName: string;

  @ApiProperty({ type: String, nullable: true })
  position: string | null;
}

export class TermSchema implements TermView {
  @ApiProperty({ format: 'uuid' })
  clusterId: string;

  @ApiProperty({ example: 2023 })
  year: number;

  @ApiProperty({ type: UnitSchema, description: 'Cụm trưởng, tên như năm đó.' })
  chair: UnitSchema;

  @ApiProperty({ type: UnitSchema, nullable: true, description: 'Cụm phó.' })
  viceChair: UnitSchema | null;

  @ApiProperty({ enum: TERM_DECISIONS })
  decidedBy: TermDecision;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  decidedAtMeetingId: string | null;

  @ApiProperty({ type: String, nullable: true })
  note: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Khoá sổ lúc.' })
  closedAt: Date | null;

  @ApiProperty({ example: 1 })
  version: number;
}

export class ClusterSummarySchema implements ClusterSummary {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'VUSTA-CUM-3' })
  code: string;

  @ApiProperty({ example: 3 })
  number: number;

  @ApiProperty({ example: 'Cụm thi đua số 3' })
  name: string;

  @ApiProperty({ enum: CLUSTER_KINDS })
  kind: ClusterKind;

  @ApiProperty({ type: UnitSchema })
  owner: UnitSchema;

  @ApiProperty({ enum: ROTATION_RULES })
  rotationRule: RotationRule;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ example: 2023, description: 'Năm của tên gọi và số thành viên.' })
  year: number;

  @ApiProperty({ example: 8 })
  memberCount: number;
}

export class ClusterDetailSchema extends ClusterSummarySchema implements ClusterDetail {
  @ApiProperty({ type: [String], format: 'uuid' })
  rotationOrder: string[];

  @ApiProperty({ type: SupervisorSchema, nullable: true })
  supervisor: SupervisorSchema | null;

  @ApiProperty({ type: TermSchema, nullable: true })
  term: TermSchema | null;
}

export class MemberSchema implements MemberView {
  @ApiProperty({ format: 'uuid' })
  organizationId: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  fullName: string;

  @ApiProperty()
  shortName: string;

  @ApiProperty({ example: 2023 })
  fromYear: number;

  @ApiProperty({ type: Number, nullable: true })
  toYear: number | null;
}

class EligibleUnitSchema {
  @ApiProperty({ type: UnitSchema })
  unit: UnitSchema;

  @ApiProperty({ type: Number, nullable: true })
  lastChairedYear: number | null;
}

export class ProposalSchema implements ProposalView {
  @ApiProperty({ format: 'uuid' })
  clusterId: string;

  @ApiProperty({ example: 2024 })
  year: number;

  @ApiProperty({ enum: ROTATION_RULES })
  rule: RotationRule;

  @ApiProperty({ type: TermSchema, nullable: true })
  previousTerm: TermSchema | null;

  @ApiProperty({ type: UnitSchema, nullable: true })
  chair: UnitSchema | null;

  @ApiProperty({ type: UnitSchema, nullable: true })
  viceChair: UnitSchema | null;

  @ApiProperty({ type: [EligibleUnitSchema] })
  eligible: EligibleUnitSchema[];

  @ApiProperty({ type: [String], description: 'Lý do, theo ngôn ngữ của Accept-Language.' })
  reasons: string[];
}
