/** A4 print view of every indicator: target, current value, % of target, status, explanation. */
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Skeleton, Space } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDashboard } from '../../api/targets.js';
import type { DashboardCard } from '../../api/types.js';
import { QueryError } from '../../components/QueryError.js';
import { usePeriodLabel } from '../../components/usePeriodLabel.js';
import { formatDate, formatLocalDate, formatNumber, formatQuantity } from '../../lib/format.js';
import { useDashboardParams } from './useDashboardParams.js';

function PrintRow({ card, sub }: { card: DashboardCard; sub: boolean }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { indicator: ind, evaluation: ev, latest } = card;
  return (
    <tr className={sub ? 'print-sub' : undefined}>
      <td>{ind.code}</td>
      <td>{ind.name}</td>
      <td>{ind.targetText}</td>
      <td>
        {latest ? formatQuantity(latest.value, ind.unit) : '—'}
        {latest && <div className="muted">{periodLabel(latest.period)}</div>}
      </td>
      <td className="print-num">{ev.percentOfTarget === null ? '—' : `${formatNumber(ev.percentOfTarget, 1)}%`}</td>
      <td data-testid={`print-status-${ind.code}`}>{t(`targets.status.${ev.status}`)}</td>
      <td>{ev.explanation}</td>
    </tr>
  );
}

export function PrintPage() {
  const { t } = useTranslation();
  const { movementId, asOf, search } = useDashboardParams();
  const dashboard = useDashboard(movementId, asOf);
  if (dashboard.error) return <QueryError error={dashboard.error} />;
  if (!dashboard.data) return <Skeleton active />;
  const { movement, items } = dashboard.data;
  return (
    <div className="print-page">
      <Space className="no-print print-actions">
        <Link to={`/app/chi-tieu${search ? `?${search}` : ''}`}>
          <Button icon={<ArrowLeftOutlined />}>{t('targets.backToDashboard')}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="print-now">
          {t('targets.actions.printNow')}
        </Button>
      </Space>
      <h1>{t('targets.title', { year: movement.year })}</h1>
      <p className="print-sub-title">
        {movement.title} — {t('targets.print.directive', { number: movement.directive.number, date: formatDate(movement.directive.date) })}
      </p>
      <p className="print-sub-title">
        {t('targets.print.asOf', { asOf: formatDate(dashboard.data.asOf), printed: formatLocalDate(new Date()) })}
      </p>
      <table className="print-table" data-testid="print-table">
        <thead>
          <tr>
            <th>{t('targets.print.code')}</th>
            <th>{t('targets.print.name')}</th>
            <th>{t('targets.print.target')}</th>
            <th>{t('targets.print.current')}</th>
            <th>{t('targets.print.percent')}</th>
            <th>{t('targets.print.status')}</th>
            <th>{t('targets.print.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((card) => (
            <Fragment key={card.indicator.id}>
              <PrintRow card={card} sub={false} />
              {card.children.map((child) => (
                <PrintRow key={child.indicator.id} card={child} sub />
              ))}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
