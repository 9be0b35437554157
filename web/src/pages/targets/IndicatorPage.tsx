/** Drill-down of one indicator: definition, evaluation, chart, history with review, report form. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useEvaluation, useIndicator, useIndicatorValues } from '../../api/targets.js';
import { ApiError } from '../../api/client.js';
import { GROUP } from '../../api/types.js';
import { QueryError } from '../../components/QueryError.js';
import { TrendChart } from '../../components/TrendChart.js';
import { EvaluationCard } from './EvaluationCard.js';
import { IndicatorDefinition } from './IndicatorDefinition.js';
import { ReportValueForm } from './ReportValueForm.js';
import { ValueHistoryTable } from './ValueHistoryTable.js';
import { chartSeries } from './valueSeries.js';

export function IndicatorPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const indicator = useIndicator(id);
  const values = useIndicatorValues(id);
  // Another unit's notes, evidence and reviewers are private: say so plainly rather than as an error.
  const historyHidden = values.error instanceof ApiError && values.error.status === 403;
  const evaluation = useEvaluation(id);

  if (indicator.error) return <QueryError error={indicator.error} onRetry={() => void indicator.refetch()} />;
  if (!indicator.data) return <Skeleton active />;
  const ind = indicator.data;
  const history = values.data?.items ?? [];
  return (
    <div>
      <Link to="/app/chi-tieu">
        <Button type="link" icon={<ArrowLeftOutlined />} className="back-link">
          {t('targets.backToDashboard')}
        </Button>
      </Link>
      <Typography.Title level={3} className="page-title">
        <span className="indicator-code">{ind.code}</span> {ind.name}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <IndicatorDefinition indicator={ind} />
        </Col>
        <Col xs={24} lg={10}>
          {evaluation.error ? (
            <QueryError error={evaluation.error} />
          ) : (
            <EvaluationCard evaluation={evaluation.data} unit={ind.unit} code={ind.code} />
          )}
        </Col>
        <Col xs={24}>
          <Card title={t('targets.detail.chart')} size="small">
            {ind.comparator === GROUP ? (
              <Typography.Text type="secondary">{t('targets.detail.groupNote')}</Typography.Text>
            ) : historyHidden ? (
              <Typography.Text type="secondary">{t('targets.history.private')}</Typography.Text>
            ) : chartSeries(history).length > 0 ? (
              <TrendChart series={chartSeries(history)} target={ind.target} unit={ind.unit} height={280} />
            ) : (
              <Typography.Text type="secondary">{t('targets.card.noValue')}</Typography.Text>
            )}
          </Card>
        </Col>
        {ind.canReport && ind.comparator !== GROUP && values.data && (
          <Col xs={24}>
            <ReportValueForm indicator={ind} history={history} movementYear={ind.year} />
          </Col>
        )}
        <Col xs={24}>
          <Card title={t('targets.history.title')} size="small">
            {historyHidden ? (
              <Typography.Text type="secondary" data-testid="history-private">{t('targets.history.private')}</Typography.Text>
            ) : values.error ? <QueryError error={values.error} /> : <ValueHistoryTable values={history} unit={ind.unit} loading={values.isPending} />}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
