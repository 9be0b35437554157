/** The whole authority tree at a glance, searchable without diacritics; a click opens the unit. */
import { SearchOutlined } from '@ant-design/icons';
import { Empty, Input, Skeleton, Tag, Tree } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllUnits } from '../../api/org.js';
import type { Unit } from '../../api/types.js';
import { QueryError } from '../../components/QueryError.js';
import { foldVietnamese } from '../../lib/text.js';
import { buildUnitTree, filterUnitTree, type UnitNode } from '../../lib/unitTree.js';

export function UnitTreeView({ onOpen }: { onOpen?: (unit: Unit) => void }) {
  const { t } = useTranslation();
  const units = useAllUnits();
  const [q, setQ] = useState('');
  const tree = useMemo(() => buildUnitTree(units.data ?? [], false), [units.data]);
  const shown = useMemo(() => filterUnitTree(tree, foldVietnamese(q)), [tree, q]);
  if (units.error) return <QueryError error={units.error} onRetry={() => void units.refetch()} />;
  if (!units.data) return <Skeleton active />;
  return (
    <div data-testid="unit-tree">
      <div className="tree-search">
        <Input allowClear prefix={<SearchOutlined />} placeholder={t('admin.units.search')} value={q} onChange={(e) => setQ(e.target.value)} className="filter-search" />
      </div>
      {shown.length === 0 ? (
        <Empty />
      ) : (
        <Tree<UnitNode>
          key={q}
          treeData={shown}
          defaultExpandAll
          selectable={Boolean(onOpen)}
          onSelect={(_, { node }) => onOpen?.(node.unit)}
          titleRender={(n) => (
            <span>
              {n.unit.name} <span className="muted">({n.unit.code})</span>{' '}
              {!n.unit.active && <Tag>{t('admin.inactive')}</Tag>}
            </span>
          )}
        />
      )}
    </div>
  );
}
