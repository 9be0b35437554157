/** Cụm, khối thi đua of a year: leader and deputy, members, pact, publication; the board creates them. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClusters, type ClusterSummary } from '../../api/emulation.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';
import { ClusterFormModal } from './ClusterFormModal.js';

/** The demo is 2024; a fresh install starts at the current year. */
const DEFAULT_YEAR = 2024;

export function ClustersPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(DEFAULT_YEAR);
  const clusters = useClusters(year);
  const { data: me } = useMe();
  const [creating, setCreating] = useState(false);
  if (clusters.error) return <QueryError error={clusters.error} onRetry={() => void clusters.refetch()} />;
  return (
    <div>
      <Typography.Title level={3} className="page-title">{t('nav.clusters')}</Typography.Title>
      <div className="page-toolbar">
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} addonBefore={t('movements.year')} data-testid="cluster-year" />
        {hasRole(me, 'admin', 'board') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="cluster-create">{t('emulation.cluster.create')}</Button>}
      </div>
      <Table<ClusterSummary> rowKey="id" loading={clusters.isPending} dataSource={clusters.data} pagination={false} scroll={{ x: 760 }} data-testid="cluster-list"
        columns={[
          { title: t('emulation.cluster.name'), render: (_, c) => (
            <><Link to={`/app/cum-khoi/${c.id}`}>{c.name}</Link>{c.me.member && <Tag color="blue" className="tag-gap">{t('emulation.cluster.mine')}</Tag>}{c.me.leads && !hasRole(me, 'admin', 'board') && <Tag color="gold">{t('emulation.cluster.leading')}</Tag>}</>
          ) },
          { title: t('emulation.cluster.kind'), width: 90, render: (_, c) => t(`emulation.cluster.kinds.${c.kind}`) },
          { title: t('emulation.cluster.members'), width: 100, dataIndex: 'memberCount' },
          { title: t('emulation.cluster.leader'), render: (_, c) => c.leader?.name ?? '' },
          { title: t('emulation.cluster.deputy'), render: (_, c) => c.deputy?.name ?? '' },
          { title: t('emulation.cluster.pact'), width: 170, render: (_, c) => (c.pact.number ? `${c.pact.number}${c.pact.date ? `, ${formatDate(c.pact.date)}` : ''}` : '') },
          { title: t('emulation.cluster.results'), width: 130, render: (_, c) => (c.publishedAt ? <Tag color="green">{t('emulation.cluster.published')}</Tag> : <Tag>{t('emulation.cluster.unpublished')}</Tag>) },
        ]} />
      <ClusterFormModal open={creating} year={year} onClose={() => setCreating(false)} />
    </div>
  );
}
