import { PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQuery } from '../../platform/pagination/page.js';
import { ISSUANCE_SCOPES, type IssuanceScope } from '../../reports/issuance/issuance.rules.js';
import { ClusterDocumentParams } from '../../reports/cluster-year/cluster-year.dto.js';
import { SECTION_KEYS, type SectionKey } from '../../reports/cluster-year/cluster-year.facts.js';
import { ClusterYearParams } from '../../registry/clusters/cluster.dto.js';

/** The formats a document downloads in from its page; on screen it is the page itself. */
export const DOWNLOAD_FORMATS = ['docx', 'pdf'] as const;

export class DocumentDownloadParams extends ClusterDocumentParams {
  @IsIn(DOWNLOAD_FORMATS)
  format: (typeof DOWNLOAD_FORMATS)[number];
}

export { IssuanceParams } from '../../reports/issuance/issuance.dto.js';

/** Which record the issuance page shows: the year's unless a document is named. */
export class IssuanceQuery {
  @IsOptional()
  @IsIn(ISSUANCE_SCOPES)
  scope?: IssuanceScope;
}

export class SectionParams extends ClusterYearParams {
  @IsIn(SECTION_KEYS)
  section: SectionKey;
}

/** The page of clusters the national overview shows on screen (its XLSX holds them all). */
export class OverviewPageQuery extends PickType(PageQuery, ['page'] as const) {}
