/** Quản trị › Người dùng (admin): logins, their unit and roles; create, edit, reset password, deactivate. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave, useUsersPage } from '../../api/org.js';
import { type Role, ROLES, type UserAccount } from '../../api/types.js';
import { QueryError } from '../../components/QueryError.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { ActiveTag } from './ActiveTag.js';
import { ResetPasswordButton } from './ResetPasswordButton.js';
import { UserFormModal } from './UserFormModal.js';
import { usePaged } from './usePaged.js';

export function UsersPage() {
  const { t } = useTranslation();
  const { query, filters, setFilter, pagination } = usePaged<{ q?: string; unitId?: string; role?: Role }>({});
  const users = useUsersPage(query);
  const save = useSave<object>('users');
  const [editing, setEditing] = useState<UserAccount | 'new' | null>(null);

  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3} className="page-title">{t('nav.users')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="user-create">
          {t('admin.users.create')}
        </Button>
      </div>
      <div className="filter-bar">
        <Input.Search allowClear placeholder={t('admin.users.search')} onSearch={(q) => setFilter('q', q)} className="filter-search" data-testid="user-search" />
        <UnitTreeSelect value={filters.unitId} onChange={(id) => setFilter('unitId', id)} placeholder={t('admin.people.unitFilter')} className="filter-select-wide" />
        <Select allowClear placeholder={t('admin.users.roles')} value={filters.role} onChange={(r?: Role) => setFilter('role', r)}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} className="filter-select" />
      </div>
      {users.error && <QueryError error={users.error} onRetry={() => void users.refetch()} />}
      <Table<UserAccount>
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data?.items}
        pagination={pagination(users.data?.total)}
        scroll={{ x: 1250 }}
        columns={[
          { title: t('admin.users.username'), dataIndex: 'username', width: 140 },
          { title: t('admin.users.fullName'), dataIndex: 'fullName', render: (name: string, u) => (<>{name}{u.email && <div className="muted" data-testid="user-email-cell">{u.email}</div>}</>) },
          { title: t('admin.people.unit'), render: (_, u) => u.unit.name },
          { title: t('admin.users.roles'), dataIndex: 'roles', render: (roles: Role[]) => roles.map((r) => <Tag key={r}>{t(`roles.${r}`)}</Tag>) },
          { title: t('admin.status'), dataIndex: 'active', width: 120, render: (a: boolean) => <ActiveTag active={a} /> },
          {
            title: '',
            key: 'actions',
            width: 380,
            render: (_, u) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing(u)}>{t('common.edit')}</Button>
                <ResetPasswordButton user={u} />
                {u.active && (
                  <Popconfirm
                    title={t('admin.users.deactivateConfirm', { name: u.username })}
                    okText={t('admin.deactivate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => save.mutateAsync({ id: u.id, body: { active: false } })}
                  >
                    <Button size="small" danger>{t('admin.deactivate')}</Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <UserFormModal user={editing} onClose={() => setEditing(null)} />
    </div>
  );
}
