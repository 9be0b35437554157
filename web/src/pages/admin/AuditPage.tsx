/** Quản trị › Nhật ký: who did what to which record, newest first, with before/after. */
import { Input, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuditPage } from '../../api/org.js';
import type { AuditEntry } from '../../api/types.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDateTime } from '../../lib/format.js';
import { usePaged } from './usePaged.js';

const json = (v: unknown) => (v === undefined || v === null ? '—' : JSON.stringify(v, null, 2));

export function AuditPage() {
  const { t } = useTranslation();
  const { query, setFilter, pagination } = usePaged<{ entity?: string; entityId?: string }>({});
  const audit = useAuditPage(query);
  return (
    <div>
      <Typography.Title level={3} className="page-title">{t('nav.audit')}</Typography.Title>
      <div className="filter-bar">
        <Input.Search allowClear placeholder={t('admin.audit.entity')} onSearch={(v) => setFilter('entity', v.trim() || undefined)} className="filter-select" data-testid="audit-entity" />
        <Input.Search allowClear placeholder={t('admin.audit.entityId')} onSearch={(v) => setFilter('entityId', v.trim() || undefined)} className="filter-search" />
      </div>
      {audit.error && <QueryError error={audit.error} onRetry={() => void audit.refetch()} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={audit.isFetching}
        dataSource={audit.data?.items}
        pagination={pagination(audit.data?.total)}
        scroll={{ x: 900 }}
        expandable={{
          expandedRowRender: (e) => (
            <div className="audit-diff">
              <div><strong>{t('admin.audit.before')}</strong><pre>{json(e.before)}</pre></div>
              <div><strong>{t('admin.audit.after')}</strong><pre>{json(e.after)}</pre></div>
            </div>
          ),
        }}
        columns={[
          { title: t('admin.audit.at'), width: 150, render: (_, e) => formatDateTime(e.at ?? e.createdAt) },
          { title: t('admin.audit.actor'), width: 180, render: (_, e) => e.actor?.fullName ?? e.actor?.username ?? e.actorId ?? '—' },
          { title: t('admin.audit.action'), dataIndex: 'action', width: 200 },
          { title: t('admin.audit.entity'), dataIndex: 'entity', width: 160 },
          { title: t('admin.audit.entityId'), dataIndex: 'entityId', ellipsis: true },
        ]}
      />
    </div>
  );
}
