/** Picks a unit in the authority tree; search ignores diacritics and đ. */
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAllUnits } from '../api/org.js';
import { foldVietnamese } from '../lib/text.js';
import { buildUnitTree, type UnitNode } from '../lib/unitTree.js';

interface Props {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  activeOnly?: boolean;
  allowClear?: boolean;
  className?: string;
  'data-testid'?: string;
}

export function UnitTreeSelect({ value, onChange, placeholder, activeOnly = true, allowClear = true, className, ...rest }: Props) {
  const { t } = useTranslation();
  const units = useAllUnits();
  const tree = useMemo(() => buildUnitTree(units.data ?? [], activeOnly), [units.data, activeOnly]);
  return (
    <TreeSelect
      value={value}
      onChange={onChange}
      treeData={tree}
      loading={units.isPending}
      placeholder={placeholder ?? t('admin.unitPick')}
      allowClear={allowClear}
      showSearch={{
        filterTreeNode: (input, node) => (node as unknown as UnitNode).folded.includes(foldVietnamese(input)),
      }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      className={className}
      data-testid={rest['data-testid']}
    />
  );
}
