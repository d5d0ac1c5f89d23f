/** The addresses of the emulation pages, written once: controllers, links and tests use these. */
const year = (clusterId: string, y: number) => `/clusters/${clusterId}/years/${y}/emulation`;

export const emulationRoutes = {
  /** Thi đua của cụm trong năm: the pact, registrations, criteria, scores and ranking at a glance. */
  year,
  pact: (clusterId: string, y: number) => `${year(clusterId, y)}/pact`,
  pactEdit: (clusterId: string, y: number) => `${year(clusterId, y)}/pact/edit`,
  pactSign: (clusterId: string, y: number) => `${year(clusterId, y)}/pact/signatures`,
  registrations: (clusterId: string, y: number) => `${year(clusterId, y)}/registrations`,
  registrationDeadline: (clusterId: string, y: number) => `${year(clusterId, y)}/registrations/deadline`,
  registration: (clusterId: string, y: number, organizationId: string) => `${year(clusterId, y)}/registrations/${organizationId}`,
  criteria: (clusterId: string, y: number) => `${year(clusterId, y)}/criteria`,
  criteriaEdit: (clusterId: string, y: number) => `${year(clusterId, y)}/criteria/edit`,
  criteriaImport: (clusterId: string, y: number) => `${year(clusterId, y)}/criteria/import`,
  criteriaCopy: (clusterId: string, y: number) => `${year(clusterId, y)}/criteria/copy-template`,
  crossPairs: (clusterId: string, y: number) => `${year(clusterId, y)}/cross-pairs`,
  sheet: (clusterId: string, y: number, organizationId: string) => `${year(clusterId, y)}/scores/${organizationId}`,
  sheetColumn: (clusterId: string, y: number, organizationId: string, column: 'self' | 'cross' | 'agreed') =>
    `${year(clusterId, y)}/scores/${organizationId}/${column}`,
  evidence: (clusterId: string, y: number, organizationId: string) => `${year(clusterId, y)}/scores/${organizationId}/evidence`,
  sheetImport: (clusterId: string, y: number, organizationId: string) => `${year(clusterId, y)}/scores/${organizationId}/import`,
  evidenceFile: (fileId: string) => `/emulation/evidence/${fileId}`,
  ranking: (clusterId: string, y: number) => `${year(clusterId, y)}/ranking`,
  rankingAction: (clusterId: string, y: number, action: 'publish' | 'fix' | 'settings') => `${year(clusterId, y)}/ranking/${action}`,
  rankingXlsx: (clusterId: string, y: number) => `${year(clusterId, y)}/ranking.xlsx`,
  /** Bảng tiêu chí mẫu of VUSTA for a year (national staff), which each cluster copies. */
  criteriaTemplate: (y: number) => `/emulation/criteria-templates/${y}`,
  criteriaTemplateEdit: (y: number) => `/emulation/criteria-templates/${y}/edit`,
  movements: '/emulation/movements',
  newMovement: '/emulation/movements/new',
  movement: (id: string) => `/emulation/movements/${id}`,
  movementEdit: (id: string) => `/emulation/movements/${id}/edit`,
  movementDocuments: (id: string) => `/emulation/movements/${id}/documents`,
  movementDocument: (documentId: string) => `/emulation/movements/documents/${documentId}`,
} as const;
