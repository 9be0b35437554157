import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../api/types.js';
import { formatNumber, formatQuantity } from '../../lib/format.js';

/** What the indicator asks for, in words, with the directive's own phrase quoted. */
export function IndicatorDefinition({ indicator: ind }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  // Changes of a rate are in percentage points; "3–4" keeps both bounds of the directive.
  const step = (n: number) => (ind.unit === '%' ? t('targets.points', { n: formatNumber(n) }) : formatQuantity(n, ind.unit));
  const args = {
    delta: ind.targetMax === null ? step(ind.target) : `${formatNumber(ind.target)}–${step(ind.targetMax)}`,
    target: formatQuantity(ind.target, ind.unit),
    targetMax: formatQuantity(ind.targetMax, ind.unit),
    targetMin: formatNumber(ind.target),
    baseline: formatQuantity(ind.baseline, ind.unit),
    baselineYear: ind.baselineYear ?? '—',
  };
  return (
    <Card title={t('targets.detail.definition')} size="small">
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('targets.detail.code')}>
          {ind.code} ({t('targets.detail.order', { order: ind.order })})
        </Descriptions.Item>
        <Descriptions.Item label={t('targets.detail.target')}>
          <strong>{ind.targetText}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t('targets.detail.comparator')}>
          {t(`targets.comparator.${ind.comparator}`, args)}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets.detail.baseline')}>
          {ind.baseline === null ? t('targets.detail.noBaseline') : t('targets.detail.baselineValue', args)}
          {ind.baselineNote && <div className="muted">{ind.baselineNote}</div>}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets.detail.frequency')}>
          {t(`targets.frequency.${ind.frequency}`)} — {t('targets.detail.deadlineRule')}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets.detail.accumulation')}>
          {t(`targets.accumulation.${ind.accumulation}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('targets.detail.responsible')}>{ind.responsibleUnit.name}</Descriptions.Item>
      </Descriptions>
      <blockquote className="source-quote" data-testid="source-text">
        <div className="source-quote-label">{t('targets.detail.source')}</div>“{ind.sourceText}”
      </blockquote>
    </Card>
  );
}
