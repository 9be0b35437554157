/** Quản trị › Đơn vị: the authority tree as a list or a tree, searchable; create, edit, deactivate. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../api/types.js';
import { hasRole, useMe } from '../../app/auth.js';
import { AwardHistoryModal, type HistorySubject } from '../registry/AwardHistoryModal.js';
import { UnitEndModal } from './UnitEndModal.js';
import { UnitFormModal } from './UnitFormModal.js';
import { UnitListView } from './UnitListView.js';
import { UnitTreeView } from './UnitTreeView.js';

export function UnitsPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const canEdit = hasRole(user, 'admin', 'board');
  const [editing, setEditing] = useState<Unit | 'new' | null>(null);
  const [ending, setEnding] = useState<Unit | null>(null);
  const [history, setHistory] = useState<HistorySubject | null>(null);
  const [view, setView] = useState<'list' | 'tree'>('list');

  return (
    <div>
      <div className="page-head">
        <Typography.Title level={3} className="page-title">
          {t('nav.units')}
        </Typography.Title>
        {canEdit && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="unit-create">
            {t('admin.units.create')}
          </Button>
        )}
      </div>
      <Segmented
        value={view}
        onChange={(v) => setView(v === 'tree' ? 'tree' : 'list')}
        options={[
          { value: 'list', label: t('admin.units.listView') },
          { value: 'tree', label: t('admin.units.treeView') },
        ]}
        className="view-switch"
        data-testid="unit-view"
      />
      {view === 'tree' ? (
        <UnitTreeView onOpen={canEdit ? setEditing : undefined} />
      ) : (
        <UnitListView onEdit={canEdit ? setEditing : undefined} onEnd={canEdit ? setEnding : undefined} onAwards={(u) => setHistory({ kind: 'unit', id: u.id, name: u.name })} />
      )}
      <UnitFormModal unit={editing} onClose={() => setEditing(null)} />
      <UnitEndModal unit={ending} onClose={() => setEnding(null)} />
      <AwardHistoryModal subject={history} onClose={() => setHistory(null)} />
    </div>
  );
}
