/** Báo cáo thống kê: awards, targets and movements on screen (ECharts) and as Excel; the yearly summary as Word. */
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Grid, InputNumber, Segmented, Select, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { awardReportXlsx, clusterRankingsXlsx, movementsXlsx, REPORT_GROUPS, type ReportGroup, targetsXlsx, useAwardReport, useClusterRankings, useMovementsReport, useTargetsReport, yearlyDocx } from '../../api/reports.js';
import { BarChart } from '../../components/BarChart.js';
import { QueryError } from '../../components/QueryError.js';
import { formatNumber } from '../../lib/format.js';
import { StateFormTab } from './StateFormTab.js';

const TARGET_STATUSES = ['achieved', 'on_track', 'at_risk', 'off_track', 'not_achieved', 'no_data'] as const;

function AwardsTab() {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const [groupBy, setGroupBy] = useState<ReportGroup>('year');
  const [yearFrom, setYearFrom] = useState<number | undefined>();
  const [yearTo, setYearTo] = useState<number | undefined>();
  const q = { groupBy, yearFrom, yearTo };
  const report = useAwardReport(q);
  const rows = (report.data?.groups ?? []).map((g, i) => ({ i, label: g.label ?? String(g.key ?? ''), count: g.count }));
  const options = REPORT_GROUPS.map((g) => ({ value: g, label: t(`reports.by.${g}`) }));
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap>
        {isPhone
          ? <Select value={groupBy} onChange={setGroupBy} options={options} style={{ minWidth: 240 }} data-testid="report-group" />
          : <Segmented value={groupBy} onChange={(v) => setGroupBy(v as ReportGroup)} options={options} data-testid="report-group" />}
      </Space>
      <Space wrap>
        <InputNumber placeholder={t('reports.yearFrom')} min={1945} max={2100} value={yearFrom} onChange={(v) => setYearFrom(v ?? undefined)} />
        <InputNumber placeholder={t('reports.yearTo')} min={1945} max={2100} value={yearTo} onChange={(v) => setYearTo(v ?? undefined)} />
        <Button icon={<FileExcelOutlined />} href={awardReportXlsx(q)} data-testid="report-xlsx">{t('reports.excel')}</Button>
      </Space>
      {report.error && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <>
          <Typography.Title level={5} data-testid="report-title">{report.data.title} — {report.data.subtitle}: {formatNumber(report.data.total)} {t('reports.awards')}</Typography.Title>
          <div className="stats-chart"><BarChart bars={rows.map((r) => ({ label: r.label, value: r.count }))} compact={isPhone} /></div>
          <Table size="small" rowKey="i" pagination={false} dataSource={rows} data-testid="report-table"
            columns={[{ title: t('reports.group'), dataIndex: 'label' }, { title: t('reports.count'), dataIndex: 'count', align: 'right', render: (v: number) => formatNumber(v) }]} />
        </>
      )}
    </Space>
  );
}

function TargetsTab() {
  const { t } = useTranslation();
  const report = useTargetsReport();
  const items = report.data?.items ?? [];
  const latest = items[items.length - 1];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Button icon={<FileExcelOutlined />} href={targetsXlsx()}>{t('reports.excel')}</Button>
      {report.error && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {latest && <div className="stats-chart"><BarChart bars={TARGET_STATUSES.map((s) => ({ label: t(`reports.status.${s}`), value: latest.counts[s] ?? 0 }))} /></div>}
      <Table size="small" rowKey="year" pagination={false} dataSource={items} data-testid="report-targets"
        columns={[
          { title: t('reports.year'), dataIndex: 'year' },
          { title: t('reports.movement'), dataIndex: 'movement' },
          { title: t('reports.targetCount'), dataIndex: 'total', align: 'right' },
          ...TARGET_STATUSES.map((s) => ({ title: t(`reports.status.${s}`), key: s, align: 'right' as const, render: (_: unknown, r: (typeof items)[number]) => r.counts[s] ?? 0 })),
        ]} />
    </Space>
  );
}

function MovementsTab() {
  const { t } = useTranslation();
  const report = useMovementsReport();
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Button icon={<FileExcelOutlined />} href={movementsXlsx()}>{t('reports.excel')}</Button>
      {report.error && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      <Table size="small" rowKey="code" pagination={false} dataSource={report.data?.items ?? []}
        columns={[
          { title: t('reports.year'), dataIndex: 'year' }, { title: t('reports.movement'), dataIndex: 'title' }, { title: t('reports.directive'), dataIndex: 'directive' },
          { title: t('reports.targetCount'), dataIndex: 'indicators', align: 'right' }, { title: t('reports.news'), dataIndex: 'news', align: 'right' }, { title: t('reports.practices'), dataIndex: 'practices', align: 'right' },
        ]} />
    </Space>
  );
}

function ClusterRankingsTab() {
  const { t } = useTranslation();
  const [yearFrom, setYearFrom] = useState<number | undefined>();
  const [yearTo, setYearTo] = useState<number | undefined>();
  const q = { yearFrom, yearTo };
  const report = useClusterRankings(q);
  const items = report.data?.items ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text type="secondary">{t('clusterRankings.intro')}</Typography.Text>
      <Space wrap>
        <InputNumber placeholder={t('reports.yearFrom')} min={1945} max={2100} value={yearFrom} onChange={(v) => setYearFrom(v ?? undefined)} />
        <InputNumber placeholder={t('reports.yearTo')} min={1945} max={2100} value={yearTo} onChange={(v) => setYearTo(v ?? undefined)} />
        <Button icon={<FileExcelOutlined />} href={clusterRankingsXlsx(q)}>{t('reports.excel')}</Button>
      </Space>
      {report.error && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && !items.length && <Typography.Text data-testid="cluster-rankings-empty">{t('clusterRankings.empty')}</Typography.Text>}
      {items.map((s) => (
        <div key={`${s.kind}|${s.name}`} data-testid="cluster-ranking">
          <Typography.Title level={5}>{t(`clusterRankings.kind.${s.kind}`)}: {s.name}</Typography.Title>
          <Table size="small" rowKey="unitId" pagination={false} dataSource={s.units} scroll={{ x: 'max-content' }}
            columns={[
              { title: t('clusterRankings.unit'), dataIndex: 'unitName' },
              ...s.years.map((y) => ({
                title: t('clusterRankings.year', { year: y }), key: String(y), align: 'right' as const,
                render: (_: unknown, u: (typeof s.units)[number]) => (!(y in u.ranks) ? '' : u.ranks[y] ?? t('clusterRankings.unranked')),
              })),
            ]} />
        </div>
      ))}
    </Space>
  );
}

export function ReportsPage() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('reports.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('reports.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <InputNumber min={1945} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label={t('reports.year')} />
          <Button type="primary" icon={<FileWordOutlined />} href={yearlyDocx(year)} data-testid="report-yearly">{t('reports.yearly')}</Button>
        </Space>
      </div>
      <Tabs items={[
        { key: 'awards', label: t('reports.tabs.awards'), children: <AwardsTab /> },
        { key: 'targets', label: t('reports.tabs.targets'), children: <TargetsTab /> },
        { key: 'movements', label: t('reports.tabs.movements'), children: <MovementsTab /> },
        { key: 'clusters', label: t('clusterRankings.tab'), children: <ClusterRankingsTab /> },
        { key: 'state-form', label: t('stateForm.tab'), children: <StateFormTab /> },
      ]} />
    </div>
  );
}
