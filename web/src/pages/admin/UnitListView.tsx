/** Units as a server-paged list, filtered by name/code, kind, parent unit and activity. */
import { ProfileOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Checkbox, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useUnitsPage } from '../../api/org.js';
import { type Unit, UNIT_KINDS, type UnitKind } from '../../api/types.js';
import { QueryError } from '../../components/QueryError.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { formatDate } from '../../lib/format.js';
import { ActiveTag } from './ActiveTag.js';
import { usePaged } from './usePaged.js';
import { useUnitNames } from './useUnitNames.js';

interface Props {
  /** Edit and deactivate actions, for those allowed to change units. */
  onEdit?: (unit: Unit) => void;
  onEnd?: (unit: Unit) => void;
  /** The unit's own awards (as a collective). */
  onAwards: (unit: Unit) => void;
}

export function UnitListView({ onEdit, onEnd, onAwards }: Props) {
  const { t } = useTranslation();
  const { query, filters, setFilter, pagination } = usePaged<{ q?: string; kind?: UnitKind; parentId?: string; includeInactive?: boolean }>({});
  const units = useUnitsPage(query);
  const unitName = useUnitNames();
  return (
    <>
      <div className="filter-bar">
        <Input.Search allowClear placeholder={t('admin.units.search')} onSearch={(q) => setFilter('q', q)} className="filter-search" data-testid="unit-search" />
        <Select
          allowClear
          placeholder={t('admin.units.kind')}
          value={filters.kind}
          onChange={(k?: UnitKind) => setFilter('kind', k)}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))}
          className="filter-select"
        />
        <UnitTreeSelect value={filters.parentId} onChange={(id) => setFilter('parentId', id)} placeholder={t('admin.units.parent')} className="filter-select-wide" />
        <Checkbox checked={filters.includeInactive ?? false} onChange={(e) => setFilter('includeInactive', e.target.checked || undefined)}>
          {t('admin.units.includeInactive')}
        </Checkbox>
      </div>
      {units.error && <QueryError error={units.error} onRetry={() => void units.refetch()} />}
      <Table<Unit>
        rowKey="id"
        size="middle"
        loading={units.isFetching}
        dataSource={units.data?.items}
        pagination={pagination(units.data?.total)}
        scroll={{ x: 1440 }}
        columns={[
          { title: t('admin.units.code'), dataIndex: 'code', width: 110 },
          { title: t('admin.units.name'), dataIndex: 'name', width: 280 },
          { title: t('admin.units.kind'), dataIndex: 'kind', width: 150, render: (k: UnitKind) => t(`unitKinds.${k}`) },
          { title: t('admin.units.parent'), dataIndex: 'parentId', width: 260, render: (id: string | null) => unitName(id) },
          {
            title: t('admin.units.validity'),
            width: 190,
            render: (_, u) => `${u.validFrom ? formatDate(u.validFrom) : '…'} – ${u.validTo ? formatDate(u.validTo) : '…'}`,
          },
          { title: t('admin.status'), dataIndex: 'active', width: 140, render: (a: boolean) => <ActiveTag active={a} /> },
          {
            title: '',
            key: 'actions',
            width: onEdit && onEnd ? 450 : 270,
            render: (_: unknown, u: Unit) => (
              <Space>
                <Button size="small" icon={<TrophyOutlined />} onClick={() => onAwards(u)} data-testid={`unit-awards-${u.code}`}>
                  {t('registry.history.action')}
                </Button>
                <Link to={`/app/don-vi/${u.id}/thi-dua`}>
                  <Button size="small" icon={<ProfileOutlined />} data-testid={`unit-profile-${u.code}`}>{t('history.action')}</Button>
                </Link>
                {onEdit && <Button size="small" onClick={() => onEdit(u)}>{t('common.edit')}</Button>}
                {onEnd && u.active && <Button size="small" danger onClick={() => onEnd(u)}>{t('admin.deactivate')}</Button>}
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
