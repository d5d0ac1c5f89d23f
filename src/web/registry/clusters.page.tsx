import type { Page } from '../../platform/pagination/page.js';
import type { ClusterSummary } from '../../registry/clusters/cluster.dto.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Pagination } from '../layout/pagination.js';
import { DataTable } from '../layout/table.js';
import { CLUSTER_KIND_LABELS, clustersText, ROTATION_RULE_LABELS } from './registry.messages.js';

export function ClustersPage({ page }: { page: Page<ClusterSummary> }) {
  const { t } = usePage();
  return (
    <Layout title={t(clustersText.listTitle)}>
      <DataTable
        rows={page.items}
        rowKey={(cluster) => cluster.id}
        empty={clustersText.empty}
        columns={[
          { label: clustersText.number, cell: (cluster) => cluster.number },
          { label: clustersText.name, cell: (cluster) => <a href={`/clusters/${cluster.id}`}>{cluster.name}</a> },
          { label: clustersText.kind, cell: (cluster) => t(CLUSTER_KIND_LABELS[cluster.kind]) },
          { label: clustersText.members, cell: (cluster) => cluster.memberCount },
          { label: clustersText.rotationRule, cell: (cluster) => t(ROTATION_RULE_LABELS[cluster.rotationRule]) },
        ]}
      />
      <Pagination page={page} />
    </Layout>
  );
}
