/** Sổ vàng: the award registry (search, filters, Excel, print) and its statistics; recording for the board. */
import { FileExcelOutlined, PlusOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Award, type AwardFilters, awardsXlsxUrl, type StatsGroup, useAwards } from '../../api/registry.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { formatLocalDate, formatNumber } from '../../lib/format.js';
import { AwardTable } from './AwardTable.js';
import { ImportAwardsModal } from './ImportAwardsModal.js';
import { RecordAwardModal } from './RecordAwardModal.js';
import { RegistryFilters } from './RegistryFilters.js';
import { RevokeAwardModal } from './RevokeAwardModal.js';
import { StatsPanel } from './StatsPanel.js';

type Tab = 'list' | 'stats';

export function RegistryPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const canRecord = hasRole(user, 'admin', 'board');
  const [filters, setFilters] = useState<AwardFilters>({});
  const [tab, setTab] = useState<Tab>('list');
  const [groupBy, setGroupBy] = useState<StatsGroup>('awardType');
  const [recording, setRecording] = useState(false);
  const [importing, setImporting] = useState(false);
  const [revoking, setRevoking] = useState<Award | null>(null);
  const awards = useAwards(filters);
  const rows = awards.data?.pages.flatMap((p) => p.items) ?? [];
  const total = awards.data?.pages[0]?.total;

  const list = (
    <>
      <Space wrap className="toolbar no-print">
        <Button icon={<FileExcelOutlined />} href={awardsXlsxUrl(filters)} data-testid="registry-export">
          {t('registry.actions.export')}
        </Button>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="registry-print">
          {t('registry.actions.print')}
        </Button>
      </Space>
      {awards.error && <QueryError error={awards.error} onRetry={() => void awards.refetch()} />}
      <Typography.Paragraph type="secondary" className="result-count" data-testid="registry-count">
        {awards.data && (awards.hasNextPage
          ? t(total?.more ? 'registry.shownOfMany' : 'registry.shownOf', { n: formatNumber(rows.length), total: formatNumber(total?.count ?? rows.length) })
          : t('registry.shown', { count: rows.length, n: formatNumber(rows.length) }))}
      </Typography.Paragraph>
      <AwardTable rows={rows} loading={awards.isFetching && !awards.isFetchingNextPage} onRevoke={canRecord ? setRevoking : undefined} />
      {awards.hasNextPage && (
        <div className="registry-more no-print">
          <Button onClick={() => void awards.fetchNextPage()} loading={awards.isFetchingNextPage} data-testid="registry-more">
            {t('registry.more')}
          </Button>
        </div>
      )}
    </>
  );

  return (
    <div className="registry-page">
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('registry.title')}</Typography.Title>
          <Typography.Text type="secondary" className="no-print">{t('registry.subtitle')}</Typography.Text>
          <div className="print-only">{t('registry.printedOn', { date: formatLocalDate(new Date()) })}</div>
        </div>
        {canRecord && (
          <Space wrap className="no-print">
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="award-create">
              {t('registry.record.open')}
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="registry-import">
              {t('registry.import.open')}
            </Button>
          </Space>
        )}
      </div>
      <RegistryFilters filters={filters} onChange={setFilters} statsOnly={tab === 'stats'} />
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k === 'stats' ? 'stats' : 'list')}
        className="registry-tabs"
        data-testid="registry-tabs"
        items={[
          { key: 'list', label: t('registry.tabs.list'), children: list },
          { key: 'stats', label: t('registry.tabs.stats'), children: <StatsPanel filters={filters} groupBy={groupBy} onGroupBy={setGroupBy} /> },
        ]}
      />
      <RecordAwardModal open={recording} onClose={() => setRecording(false)} />
      <RevokeAwardModal award={revoking} onClose={() => setRevoking(null)} />
      <ImportAwardsModal open={importing} onClose={() => setImporting(false)} />
    </div>
  );
}
