export const CLUSTER_KINDS = ['cluster', 'block'] as const;
/** cluster (cụm): grouped by geography; block (khối): grouped by function. */
export type ClusterKind = (typeof CLUSTER_KINDS)[number];

export const ROTATION_RULES = ['vice_chair_succeeds', 'round_robin', 'elected'] as const;
export type RotationRule = (typeof ROTATION_RULES)[number];

/** Cụm/khối thi đua: a group of units that compete together, run by an owner organization (VUSTA). */
export interface Cluster {
  id: string;
  code: string;
  number: number;
  name: string;
  kind: ClusterKind;
  ownerId: string;
  rotationRule: RotationRule;
  /** Organization ids in the order the chair passes round, for the round_robin rule. */
  rotationOrder: string[];
  version: number;
}

/** What a cluster is made of, without the row's bookkeeping: what is written, and what the audit trail keeps. */
export type ClusterFields = Pick<Cluster, 'code' | 'number' | 'name' | 'kind' | 'ownerId' | 'rotationRule' | 'rotationOrder'>;

export function clusterFields(cluster: ClusterFields): ClusterFields {
  const { code, number, name, kind, ownerId, rotationRule, rotationOrder } = cluster;
  return { code, number, name, kind, ownerId, rotationRule, rotationOrder };
}
