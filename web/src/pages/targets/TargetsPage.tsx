/** Chỉ tiêu thi đua: the movement's indicators as cards, with filters, Excel in/out and print. */
import { Alert, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDashboard } from '../../api/targets.js';
import { CardGrid } from '../../components/CardGrid.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';
import { DashboardFilters } from './DashboardFilters.js';
import { DashboardToolbar } from './DashboardToolbar.js';
import { type CardFilter, filterCards } from './filterCards.js';
import { useDashboardParams } from './useDashboardParams.js';

export function TargetsPage() {
  const { t } = useTranslation();
  const { movements, movementId, asOf, setMovement, setAsOf, search } = useDashboardParams();
  const dashboard = useDashboard(movementId, asOf);
  const [filter, setFilter] = useState<CardFilter>({ q: '' });

  if (movements.error) return <QueryError error={movements.error} onRetry={() => void movements.refetch()} />;
  if (dashboard.error) return <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  if (!movementId && movements.data) return <Typography.Paragraph>{t('targets.noMovement')}</Typography.Paragraph>;
  if (!dashboard.data || !movementId) return <Skeleton active />;

  const { movement, items } = dashboard.data;
  const cards = filterCards(items, filter);
  const canReport = items.some((c) => c.canReport || c.children.some((ch) => ch.canReport));
  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">
            {t('targets.title', { year: movement.year })}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('targets.subtitle', {
              directive: movement.directive.number,
              date: formatDate(movement.directive.date),
              asOf: formatDate(dashboard.data.asOf),
            })}
          </Typography.Text>
        </div>
        {(movements.data?.length ?? 0) > 1 && (
          <Select
            value={movementId}
            onChange={setMovement}
            options={movements.data?.map((m) => ({ value: m.id, label: `${m.year} – ${m.title}` }))}
            className="movement-select"
          />
        )}
      </div>
      <DashboardToolbar movementId={movementId} asOf={asOf} canImport={canReport} printSearch={search} />
      <DashboardFilters cards={items} filter={filter} onChange={setFilter} asOf={asOf} onAsOf={setAsOf} />
      <Typography.Paragraph type="secondary" className="result-count">
        {t('targets.shown', { count: cards.length, total: items.length })}
      </Typography.Paragraph>
      {items.length === 0 && (
        // A new movement: its indicators are defined on the movement's page.
        <Alert type="info" showIcon data-testid="targets-none" title={t('indicatorDefs.noneYet')}
          action={<Link to={`/app/phong-trao/${movementId}`}>{t('indicatorDefs.goDefine')}</Link>} />
      )}
      <CardGrid cards={cards} linked />
    </div>
  );
}
