/** One indicator of the dashboard: target, latest value, progress, status, explanation, trend. */
import { Card, Progress, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DashboardCard, type EvaluationStatus, GROUP } from '../api/types.js';
import { formatNumber, formatQuantity } from '../lib/format.js';
import { StatusTag } from './StatusTag.js';
import { TrendChart } from './TrendChart.js';
import { usePeriodLabel } from './usePeriodLabel.js';

const PROGRESS_COLORS: Record<EvaluationStatus, string> = {
  achieved: '#52c41a',
  on_track: '#1677ff',
  at_risk: '#fa8c16',
  off_track: '#f5222d',
  not_achieved: '#f5222d',
  no_data: '#bfbfbf',
};

interface Props {
  card: DashboardCard;
  /** Links to the drill-down page (signed-in app only). */
  linked: boolean;
}

function CardBody({ card, linked }: Props) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { indicator, evaluation, latest } = card;
  const pct = evaluation.percentOfTarget;
  const name = linked ? <Link to={`/app/chi-tieu/${indicator.id}`}>{indicator.name}</Link> : indicator.name;
  return (
    <div className="indicator-body" data-testid={`indicator-${indicator.code}`}>
      <div className="indicator-title">
        <span className="indicator-code">{indicator.code}</span>
        <Typography.Text strong>{name}</Typography.Text>
      </div>
      <div className="indicator-target">
        {t('targets.card.target')}: <strong>{indicator.targetText}</strong>
      </div>
      {indicator.comparator !== GROUP && (
        <div className="indicator-latest">
          {latest
            ? t('targets.card.latest', {
                value: formatQuantity(latest.value, indicator.unit),
                period: periodLabel(latest.period),
                kind: t(`targets.kind.${latest.kind}`),
              })
            : t('targets.card.noValue')}
        </div>
      )}
      <Space className="indicator-progress" align="center">
        <StatusTag status={evaluation.status} code={indicator.code} />
        {pct !== null && (
          <Progress
            percent={Math.max(0, Math.min(100, pct))}
            format={() => `${formatNumber(pct, 1)}%`}
            strokeColor={PROGRESS_COLORS[evaluation.status]}
            size="small"
            className="indicator-progress-bar"
          />
        )}
      </Space>
      <Typography.Paragraph type="secondary" className="indicator-explanation">
        {evaluation.explanation}
      </Typography.Paragraph>
      {card.series.length > 1 && <TrendChart series={card.series} unit={indicator.unit} height={64} compact />}
    </div>
  );
}

export function IndicatorCard({ card, linked }: Props) {
  const { t } = useTranslation();
  return (
    <Card className="indicator-card" size="small">
      <CardBody card={card} linked={linked} />
      {card.children.length > 0 && (
        <div className="indicator-children">
          {card.children.map((child) => (
            <CardBody key={child.indicator.id} card={child} linked={linked} />
          ))}
        </div>
      )}
      <div className="indicator-unit">
        {t('targets.card.responsible')}: {card.responsibleUnit.name}
      </div>
    </Card>
  );
}
