import type { Page } from '../../platform/pagination/page.js';
import type { ClusterSummary } from '../../registry/clusters/cluster.dto.js';
import { Layout } from '../layout/layout.js';
import { usePage } from '../layout/page-context.js';
import { Pagination } from '../layout/pagination.js';
import { CLUSTER_KIND_LABELS, clustersText, ROTATION_RULE_LABELS } from './registry.messages.js';

export function ClustersPage({ page }: { page: Page<ClusterSummary> }) {
  const { t } = usePage();
  return (
    <Layout title={t(clustersText.listTitle)}>
      {page.items.length === 0 ? (
        <p class="empty-state">{t(clustersText.empty)}</p>
      ) : (
        <div class="table-scroll">
          <table class="striped">
            <thead>
              <tr>
                <th scope="col">{t(clustersText.number)}</th>
                <th scope="col">{t(clustersText.name)}</th>
                <th scope="col">{t(clustersText.kind)}</th>
                <th scope="col">{t(clustersText.members)}</th>
                <th scope="col">{t(clustersText.rotationRule)}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((cluster) => (
                <tr key={cluster.id}>
                  <td>{cluster.number}</td>
                  <td>
                    <a href={`/clusters/${cluster.id}`}>{cluster.name}</a>
                  </td>
                  <td>{t(CLUSTER_KIND_LABELS[cluster.kind])}</td>
                  <td>{cluster.memberCount}</td>
                  <td>{t(ROTATION_RULE_LABELS[cluster.rotationRule])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} />
    </Layout>
  );
}
