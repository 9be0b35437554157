/** Phong trào thi đua: the movements the user can see, newest year first, searchable without diacritics. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMovements } from '../../api/targets.js';
import type { Movement } from '../../api/types.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';
import { hasRole, useMe } from '../../app/auth.js';
import { MovementFormModal } from './MovementFormModal.js';

export function MovementsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const movements = useMovements(q);
  const { data: me } = useMe();
  const [creating, setCreating] = useState(false);
  if (movements.error) return <QueryError error={movements.error} onRetry={() => void movements.refetch()} />;
  return (
    <div>
      <Typography.Title level={3} className="page-title">
        {t('movements.title')}
      </Typography.Title>
      <div className="page-toolbar">
        <Input.Search allowClear className="movement-search" placeholder={t('movements.search')} onSearch={(v) => setQ(v.trim())} data-testid="movement-search" />
        {hasRole(me, 'admin', 'board') && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="movement-create">{t('emulation.movement.create')}</Button>
            <MovementFormModal open={creating} onClose={() => setCreating(false)} />
          </>
        )}
      </div>
      <Table<Movement>
        rowKey="id"
        loading={movements.isFetching}
        dataSource={movements.data}
        pagination={false}
        scroll={{ x: 800 }}
        columns={[
          { title: t('movements.year'), dataIndex: 'year', width: 80 },
          {
            title: t('movements.name'),
            render: (_, m) => <Link to={`/app/phong-trao/${m.id}`}>{m.title}</Link>,
          },
          {
            title: t('movements.directive'),
            width: 220,
            render: (_, m) => t('movements.directiveShort', { number: m.directive.number, date: formatDate(m.directive.date) }),
          },
          { title: t('movements.kind'), dataIndex: 'kind', width: 150, render: (k: string) => t(`movements.kinds.${k}`, { defaultValue: k }) },
          { title: t('movements.status'), dataIndex: 'status', width: 150, render: (s: string) => <Tag>{t(`movements.statuses.${s}`, { defaultValue: s })}</Tag> },
        ]}
      />
    </div>
  );
}
