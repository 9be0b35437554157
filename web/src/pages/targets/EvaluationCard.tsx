import { Card, Descriptions, Progress, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Evaluation } from '../../api/types.js';
import { StatusTag } from '../../components/StatusTag.js';
import { formatNumber, formatQuantity } from '../../lib/format.js';

interface Props {
  evaluation: Evaluation | undefined;
  unit: string;
  code: string;
}

export function EvaluationCard({ evaluation: ev, unit, code }: Props) {
  const { t } = useTranslation();
  return (
    <Card title={t('targets.detail.evaluation')} size="small">
      {!ev ? (
        <Skeleton active />
      ) : (
        <>
          <StatusTag status={ev.status} code={code} />
          {ev.percentOfTarget !== null && (
            <Progress
              percent={Math.max(0, Math.min(100, ev.percentOfTarget))}
              format={() => `${formatNumber(ev.percentOfTarget, 1)}%`}
            />
          )}
          <Typography.Paragraph className="evaluation-text">{ev.explanation}</Typography.Paragraph>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('targets.detail.current')}>{formatQuantity(ev.current, unit)}</Descriptions.Item>
            <Descriptions.Item label={t('targets.detail.forecast')}>{formatQuantity(ev.forecast, unit)}</Descriptions.Item>
          </Descriptions>
        </>
      )}
    </Card>
  );
}
