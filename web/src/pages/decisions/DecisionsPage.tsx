/** Quyết định khen thưởng: every decision, drafted or issued; the board opens one to preview, issue or revoke. */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDecisions, type DecisionSummary } from '../../api/commendation.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';

export const DECISION_COLORS: Record<string, string> = { draft: 'default', issued: 'green', revoked: 'red' };

export function DecisionsPage() {
  const { t } = useTranslation();
  const list = useDecisions();
  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('cw.decisions.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('cw.decisions.subtitle')}</Typography.Text>
        </div>
      </div>
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<DecisionSummary>
        rowKey="id" size="middle" loading={list.isFetching} dataSource={list.data?.items} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="decision-list" scroll={{ x: 600 }}
        columns={[
          { title: t('cw.decisions.number'), render: (_, d) => <Link to={`/app/khen-thuong/quyet-dinh/${d.id}`}>{d.number ?? t('cw.decisions.unnumbered')}</Link> },
          { title: t('cw.decisions.date'), render: (_, d) => (d.date ? formatDate(d.date) : '—') },
          { title: t('cw.decisions.summary'), render: (_, d) => <>{d.summary}<div className="muted">{d.proposalTitle} — {d.unitName}</div></> },
          { title: t('cw.decisions.count'), dataIndex: 'items', align: 'right' },
          { title: t('cw.fields.state'), render: (_, d) => <Tag color={DECISION_COLORS[d.state]}>{t(`cw.decisions.states.${d.state}`)}</Tag> },
        ]}
      />
    </div>
  );
}
