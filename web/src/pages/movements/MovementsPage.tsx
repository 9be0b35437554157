/** Phong trào thi đua: the movements the user can see, newest year first. */
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMovements } from '../../api/targets.js';
import type { Movement } from '../../api/types.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';

export function MovementsPage() {
  const { t } = useTranslation();
  const movements = useMovements();
  if (movements.error) return <QueryError error={movements.error} onRetry={() => void movements.refetch()} />;
  return (
    <div>
      <Typography.Title level={3} className="page-title">
        {t('movements.title')}
      </Typography.Title>
      <Table<Movement>
        rowKey="id"
        loading={movements.isPending}
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
