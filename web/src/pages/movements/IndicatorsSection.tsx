/**
 * "Chỉ tiêu" of a movement: everyone sees the targets; the board adds, edits, orders and removes
 * them, or copies last year's definitions, until the movement's final review.
 */
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovementFull } from '../../api/emulation.js';
import { useCopyIndicators, useDeleteIndicator, useMovementIndicators, useReorderIndicators, type DefinedIndicator } from '../../api/indicators.js';
import { useMovements } from '../../api/targets.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { IndicatorFormModal } from './IndicatorFormModal.js';

/** Mirrors the server's rule (movements/domain/status.ts isEditable). */
const EDITABLE = new Set(['draft', 'launched', 'mid_term_reviewed']);

function CopyFrom({ m }: { m: MovementFull }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const movements = useMovements();
  const copy = useCopyIndicators(m.id);
  const [from, setFrom] = useState<string>();
  const run = () => from && copy.mutateAsync(from)
    .then((r) => void message.success(t('indicatorDefs.copied', { copied: r.copied.length, skipped: r.skipped.length })))
    .catch((e: Error) => void message.error(e.message));
  return (
    <Space wrap className="indicator-copy">
      <Select className="indicator-copy-source" placeholder={t('indicatorDefs.copyFrom')} value={from} onChange={setFrom} data-testid="indicator-copy-source"
        options={(movements.data ?? []).filter((x) => x.id !== m.id).map((x) => ({ value: x.id, label: `${x.title} (${x.year})` }))} />
      <Button icon={<CopyOutlined />} disabled={!from} loading={copy.isPending} onClick={() => void run()} data-testid="indicator-copy" title={t('indicatorDefs.copyHelp')}>
        {t('indicatorDefs.copy')}
      </Button>
    </Space>
  );
}

export function IndicatorsSection({ m }: { m: MovementFull }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const me = useMe();
  const list = useMovementIndicators(m.id);
  const remove = useDeleteIndicator(m.id);
  const reorder = useReorderIndicators(m.id);
  const [editing, setEditing] = useState<DefinedIndicator | 'new' | null>(null);
  // Groups start open (also after a copy), so their parts are seen; the officer may fold them.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set());
  const board = hasRole(me.data, 'admin', 'board');
  const canEdit = board && EDITABLE.has(m.status);
  if (list.error) return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  const items = list.data ?? [];
  const groups = items.filter((i) => i.comparator === 'group');
  const siblingsOf = (i: DefinedIndicator) => (i.parentId ? groups.find((g) => g.id === i.parentId)?.children ?? [] : items);
  const move = (i: DefinedIndicator, by: -1 | 1) => {
    const ids = siblingsOf(i).map((s) => s.id);
    const at = ids.indexOf(i.id);
    [ids[at], ids[at + by]] = [ids[at + by]!, ids[at]!];
    reorder.mutateAsync(ids).catch((e: Error) => void message.error(e.message));
  };
  const confirmRemove = (i: DefinedIndicator) => modal.confirm({
    title: t('indicatorDefs.removeTitle', { code: i.code }), content: t('indicatorDefs.removeBody'), okText: t('indicatorDefs.remove'), okButtonProps: { danger: true }, cancelText: t('common.cancel'),
    onOk: () => remove.mutateAsync(i.id).then(() => void message.success(t('indicatorDefs.removed'))).catch((e: Error) => { void message.error(e.message); }),
  });
  const actions = (i: DefinedIndicator) => {
    const siblings = siblingsOf(i);
    const at = siblings.findIndex((s) => s.id === i.id);
    return (
      <Space size={0}>
        <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={at <= 0} onClick={() => move(i, -1)} aria-label={t('indicatorDefs.moveUp')} />
        <Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={at === siblings.length - 1} onClick={() => move(i, 1)} aria-label={t('indicatorDefs.moveDown')} />
        <Button type="text" size="small" icon={<EditOutlined />} onClick={() => setEditing(i)} aria-label={`${t('indicatorDefs.edit')} ${i.code}`} data-testid={`indicator-edit-${i.code}`} />
        <Button type="text" size="small" danger icon={<DeleteOutlined />} onClick={() => confirmRemove(i)} aria-label={`${t('indicatorDefs.remove')} ${i.code}`} data-testid={`indicator-remove-${i.code}`} />
      </Space>
    );
  };
  return (
    <Card size="small" title={t('indicatorDefs.title')} data-testid="indicator-section"
      extra={canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="indicator-add">{t('indicatorDefs.add')}</Button>}>
      {canEdit && <CopyFrom m={m} />}
      {board && !EDITABLE.has(m.status) && <Alert type="info" showIcon title={t('indicatorDefs.locked')} className="form-alert" />}
      <Table<DefinedIndicator> size="small" rowKey="id" dataSource={items} loading={list.isPending} pagination={false} scroll={{ x: 640 }}
        expandable={{ expandedRowKeys: groups.filter((g) => !folded.has(g.id)).map((g) => g.id), onExpand: (open, g) => setFolded((f) => new Set([...f].filter((x) => x !== g.id).concat(open ? [] : [g.id]))) }} data-testid="indicator-table" locale={{ emptyText: t('indicatorDefs.empty') }}
        columns={[
          { title: t('indicatorDefs.code'), dataIndex: 'code', width: 130 },
          { title: t('indicatorDefs.name'), dataIndex: 'name' },
          { title: t('indicatorDefs.targetText'), dataIndex: 'targetText', width: 220 },
          { title: t('indicatorDefs.responsible'), dataIndex: 'responsibleUnitName', width: 180, responsive: ['md'] },
          ...(canEdit ? [{ title: t('indicatorDefs.actions'), key: 'actions', width: 130, render: (_: unknown, i: DefinedIndicator) => actions(i) }] : []),
        ]} />
      <IndicatorFormModal open={editing !== null} movementId={m.id} year={m.year} indicator={editing === 'new' || editing === null ? undefined : editing} groups={groups} onClose={() => setEditing(null)} />
    </Card>
  );
}
