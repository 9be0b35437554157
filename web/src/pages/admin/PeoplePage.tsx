/** Quản trị › Cá nhân: people of the caller's units, filtered by unit subtree, searchable, paged. */
import { FileExcelOutlined, PlusOutlined, ProfileOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePeoplePage, useSave } from '../../api/org.js';
import type { Person } from '../../api/types.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { ImportHistoryModal } from '../history/ImportHistoryModal.js';
import { AwardHistoryModal, type HistorySubject } from '../registry/AwardHistoryModal.js';
import { ActiveTag } from './ActiveTag.js';
import { PersonFormModal } from './PersonFormModal.js';
import { usePaged } from './usePaged.js';
import { useUnitNames } from './useUnitNames.js';

export function PeoplePage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const canEdit = hasRole(user, 'admin', 'board', 'unit_officer');
  const { query, filters, setFilter, pagination } = usePaged<{ q?: string; unitId?: string }>({});
  const people = usePeoplePage(query);
  const save = useSave<object>('people');
  const unitName = useUnitNames();
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [history, setHistory] = useState<HistorySubject | null>(null);
  const [importing, setImporting] = useState(false);

  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3} className="page-title">{t('nav.people')}</Typography.Title>
        {canEdit && (
          <Space wrap>
            <Button icon={<FileExcelOutlined />} onClick={() => setImporting(true)} data-testid="history-import">{t('history.import.action')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="person-create">
              {t('admin.people.create')}
            </Button>
          </Space>
        )}
      </div>
      <div className="filter-bar">
        <Input.Search allowClear placeholder={t('admin.people.search')} onSearch={(q) => setFilter('q', q)} className="filter-search" data-testid="person-search" />
        <UnitTreeSelect value={filters.unitId} onChange={(id) => setFilter('unitId', id)} placeholder={t('admin.people.unitFilter')} className="filter-select-wide" data-testid="person-unit-filter" />
      </div>
      {people.error && <QueryError error={people.error} onRetry={() => void people.refetch()} />}
      <Table<Person>
        rowKey="id"
        loading={people.isFetching}
        dataSource={people.data?.items}
        pagination={pagination(people.data?.total)}
        scroll={{ x: 1540 }}
        columns={[
          { title: t('admin.people.fullName'), dataIndex: 'fullName', width: 220, render: (n: string, p) => (<>{n} {p.isLeader && <Tag color="gold">{t('admin.people.leader')}</Tag>}</>) },
          { title: t('admin.people.gender'), dataIndex: 'gender', width: 90, render: (g: string) => t(`admin.people.genders.${g}`) },
          { title: t('admin.people.birthYear'), dataIndex: 'birthYear', width: 100 },
          { title: t('admin.people.ethnicity'), dataIndex: 'ethnicity', width: 110 },
          { title: t('admin.people.position'), dataIndex: 'position', width: 240 },
          { title: t('admin.people.unit'), width: 240, render: (_, p) => p.unitName ?? unitName(p.unitId) },
          { title: t('admin.status'), dataIndex: 'active', width: 120, render: (a: boolean) => <ActiveTag active={a} /> },
          {
            title: '',
            key: 'actions',
            width: canEdit ? 440 : 270,
            render: (_: unknown, p: Person) => (
              <Space>
                <Button size="small" icon={<TrophyOutlined />} onClick={() => setHistory({ kind: 'person', id: p.id, name: p.fullName })} data-testid={`person-awards-${p.id}`}>
                  {t('registry.history.action')}
                </Button>
                <Link to={`/app/ca-nhan/${p.id}/thi-dua`}>
                  <Button size="small" icon={<ProfileOutlined />} data-testid={`person-profile-${p.id}`}>{t('history.action')}</Button>
                </Link>
                {canEdit && <Button size="small" onClick={() => setEditing(p)}>{t('common.edit')}</Button>}
                {canEdit && p.active && (
                  <Popconfirm
                    title={t('admin.people.deactivateConfirm', { name: p.fullName })}
                    okText={t('admin.deactivate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => save.mutateAsync({ id: p.id, body: { active: false } })}
                  >
                    <Button size="small" danger>{t('admin.deactivate')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <PersonFormModal person={editing} onClose={() => setEditing(null)} />
      <AwardHistoryModal subject={history} onClose={() => setHistory(null)} />
      {canEdit && <ImportHistoryModal open={importing} onClose={() => setImporting(false)} />}
    </div>
  );
}
