/**
 * The pieces of a roll-up (who registered or reported, on time or late): the counts of the whole
 * scope, the filters (state, unit name without diacritics) and the server-side pager.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Statistic, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/client.js';
import type { Rollup, RollupFilter, SubmissionState } from '../../api/emulation.js';
import { formatDate } from '../../lib/format.js';
import { usePaged } from '../admin/usePaged.js';

const STATE_COLOR: Record<SubmissionState, string> = { on_time: 'green', late: 'orange', missing: 'red' };

export function StateTag({ state }: { state: SubmissionState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[state]}>{t(`emulation.state.${state}`)}</Tag>;
}

export function Counts({ r }: { r: Rollup<unknown> }) {
  const { t } = useTranslation();
  // vi-VN groups thousands with a dot (4.600), not antd's default comma.
  const n = (title: string, value: number) => <Statistic title={title} value={value} groupSeparator="." />;
  return (
    <Space size="large" wrap className="rollup-counts">
      {n(t('emulation.rollup.total'), r.total)}
      {n(t('emulation.state.on_time'), r.onTime)}
      {n(t('emulation.state.late'), r.late)}
      {n(t('emulation.state.missing'), r.missing)}
      {r.deadline && <Statistic title={t('emulation.rollup.deadline')} value={formatDate(r.deadline)} />}
    </Space>
  );
}

export const useRollupPaging = () => usePaged<{ q: string; state: RollupFilter | undefined }>({ q: '', state: undefined });

type Paging = ReturnType<typeof useRollupPaging>;

/** Search box, state filter and (for the whole movement) the Excel export of every unit's registration and reports. */
export function RollupFilters({ paging, movementId, testId }: { paging: Paging; movementId: string; testId: string }) {
  const { t } = useTranslation();
  const states: RollupFilter[] = ['submitted', 'on_time', 'late', 'missing'];
  return (
    <div className="page-toolbar" data-testid={`${testId}-filters`}>
      <Input.Search allowClear className="rollup-search" placeholder={t('emulation.rollup.search')} defaultValue={paging.filters.q}
        onSearch={(v) => paging.setFilter('q', v.trim())} data-testid={`${testId}-search`} />
      <Select allowClear className="rollup-state" placeholder={t('emulation.rollup.allStates')} value={paging.filters.state} onChange={(v?: RollupFilter) => paging.setFilter('state', v)}
        options={states.map((s) => ({ value: s, label: s === 'submitted' ? t('emulation.rollup.submitted') : t(`emulation.state.${s}`) }))} data-testid={`${testId}-state`} />
      <Button icon={<DownloadOutlined />} href={apiUrl(`/movements/${movementId}/rollup.xlsx`)} data-testid={`${testId}-export`}>{t('emulation.rollup.export')}</Button>
    </div>
  );
}
