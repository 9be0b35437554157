/** Public, read-only dashboard of a year's key indicators (no login; accepted values only). */
import { Layout, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { usePublicDashboard } from '../../api/targets.js';
import { LanguageSwitch } from '../../app/HeaderBar.js';
import { CardGrid } from '../../components/CardGrid.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';
import { DashboardFilters } from '../targets/DashboardFilters.js';
import { type CardFilter, filterCards } from '../targets/filterCards.js';

export function PublicDashboardPage() {
  const { t } = useTranslation();
  const { year } = useParams();
  const dashboard = usePublicDashboard(year);
  const [filter, setFilter] = useState<CardFilter>({ q: '' });
  const data = dashboard.data;
  const authority = data?.authority?.name;

  return (
    <Layout className="public-shell">
      <Layout.Header className="public-header">
        <div className="public-header-text">
          <div className="public-header-title" data-testid="public-title">
            {t('public.title', { year })}
            {authority ? ` – ${authority}` : ''}
          </div>
          {data && (
            <div className="public-header-sub">
              {t('targets.subtitle', {
                directive: data.movement.directive.number,
                date: formatDate(data.movement.directive.date),
                asOf: formatDate(data.asOf),
              })}
            </div>
          )}
        </div>
        <LanguageSwitch />
      </Layout.Header>
      <Layout.Content className="public-content">
        {dashboard.error instanceof ApiError && dashboard.error.status === 404 ? (
          <Result status="404" title={t('public.noData', { year })} />
        ) : dashboard.error ? (
          <QueryError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
        ) : !data ? (
          <Skeleton active />
        ) : (
          <>
            <Typography.Paragraph>{data.movement.title}</Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('public.note')}</Typography.Paragraph>
            <DashboardFilters cards={data.items} filter={filter} onChange={setFilter} />
            <CardGrid cards={filterCards(data.items, filter)} linked={false} />
          </>
        )}
      </Layout.Content>
    </Layout>
  );
}
