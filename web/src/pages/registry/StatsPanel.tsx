/** Thống kê: live awards counted by one dimension, as bars and a table, within the unit/year/level filters. */
import { Empty, Grid, Segmented, Select, Skeleton, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type AwardFilters, STATS_GROUPS, type StatsGroup, type StatsRow, useAwardStats } from '../../api/registry.js';
import { BarChart } from '../../components/BarChart.js';
import { QueryError } from '../../components/QueryError.js';
import { formatNumber } from '../../lib/format.js';

interface Props {
  filters: AwardFilters;
  groupBy: StatsGroup;
  onGroupBy: (g: StatsGroup) => void;
}

/** Labels the API leaves empty: years, ethnicities, and "not applicable" (a collective's gender). */
function labelOf(t: TFunction, groupBy: StatsGroup, row: StatsRow): string {
  if (row.key === null) return t(`registry.stats.none.${groupBy}`);
  if (groupBy === 'gender') return t(`admin.people.genders.${String(row.key)}`, { defaultValue: row.label ?? String(row.key) });
  if (groupBy === 'leader') return t(`registry.stats.leader.${String(row.key)}`, { defaultValue: row.label ?? String(row.key) });
  return row.label ?? String(row.key);
}

export function StatsPanel({ filters, groupBy, onGroupBy }: Props) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const { unitId, yearFrom, yearTo, level, awardType, gender } = filters;
  const stats = useAwardStats(groupBy, { unitId, yearFrom, yearTo, level, awardType, gender });
  const rows = (stats.data ?? []).map((r, i) => ({ i, label: labelOf(t, groupBy, r), count: r.count }));
  if (groupBy === 'year') rows.sort((a, b) => Number(b.label) - Number(a.label));
  const total = rows.reduce((s, r) => s + r.count, 0);
  const options = STATS_GROUPS.map((g) => ({ value: g, label: t(`registry.stats.by.${g}`) }));

  return (
    <div data-testid="registry-stats">
      <div className="stats-head">
        <Typography.Text strong>{t('registry.stats.groupBy')}</Typography.Text>
        {isPhone ? (
          <Select value={groupBy} onChange={onGroupBy} options={options} className="full-width" data-testid="stats-group" />
        ) : (
          <Segmented value={groupBy} onChange={(v) => onGroupBy(v as StatsGroup)} options={options} data-testid="stats-group" />
        )}
      </div>
      <Typography.Paragraph type="secondary" className="stats-note">{t('registry.stats.note')}</Typography.Paragraph>
      {stats.error && <QueryError error={stats.error} onRetry={() => void stats.refetch()} />}
      {!stats.data && !stats.error && <Skeleton active />}
      {stats.data && rows.length === 0 && <Empty description={t('registry.stats.empty')} />}
      {stats.data && rows.length > 0 && (
        <div className="stats-body">
          <div className="stats-chart no-print">
            <BarChart bars={rows.map((r) => ({ label: r.label, value: r.count }))} compact={isPhone} />
          </div>
          <Table
            size="small"
            rowKey="i"
            className="stats-table"
            dataSource={rows}
            pagination={false}
            loading={stats.isFetching}
            data-testid="stats-table"
            columns={[
              { title: t(`registry.stats.by.${groupBy}`), dataIndex: 'label' },
              { title: t('registry.stats.count'), dataIndex: 'count', align: 'right', width: 110, render: (n: number) => formatNumber(n) },
              { title: t('registry.stats.share'), key: 'share', align: 'right', width: 90, render: (_, r) => `${formatNumber((r.count / total) * 100, 1)}%` },
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}><strong>{t('registry.stats.total')}</strong></Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right"><strong data-testid="stats-total">{formatNumber(total)}</strong></Table.Summary.Cell>
                <Table.Summary.Cell index={2} />
              </Table.Summary.Row>
            )}
          />
        </div>
      )}
    </div>
  );
}
