/** Every value reported for the indicator, newest first, with review actions for the board. */
import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { evidenceFileUrl } from '../../api/targets.js';
import type { IndicatorValue, ValueStatus } from '../../api/types.js';
import { hasRole, useMe } from '../../app/auth.js';
import { usePeriodLabel } from '../../components/usePeriodLabel.js';
import { formatDateTime, formatFileSize, formatQuantity } from '../../lib/format.js';
import { ReviewActions } from './ReviewActions.js';

const VALUE_STATUS_COLORS: Record<ValueStatus, string> = {
  submitted: 'gold',
  accepted: 'green',
  returned: 'red',
  superseded: 'default',
};

function ValueStatusTag({ status }: { status: ValueStatus }) {
  const { t } = useTranslation();
  return <Tag color={VALUE_STATUS_COLORS[status]}>{t(`targets.valueStatus.${status}`)}</Tag>;
}

export function Evidence({ value }: { value: IndicatorValue }) {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size={0}>
      {value.evidenceUrl && (
        <a href={value.evidenceUrl} target="_blank" rel="noreferrer">
          {t('targets.history.evidenceLink')}
        </a>
      )}
      {value.evidenceFile && (
        <a href={evidenceFileUrl(value.id)} target="_blank" rel="noreferrer">
          {value.evidenceFile.name} ({formatFileSize(value.evidenceFile.size)})
        </a>
      )}
    </Space>
  );
}

interface Props {
  values: IndicatorValue[];
  unit: string;
  loading: boolean;
}

export function ValueHistoryTable({ values, unit, loading }: Props) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const { data: user } = useMe();
  const isBoard = hasRole(user, 'board');
  return (
    <Table<IndicatorValue>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={values}
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      scroll={{ x: 1400 }}
      data-testid="value-history"
      columns={[
        { title: t('targets.history.period'), dataIndex: 'period', render: (p: string) => periodLabel(p), width: 150 },
        {
          title: t('targets.history.value'),
          dataIndex: 'value',
          align: 'right',
          render: (v: number) => formatQuantity(v, unit),
          width: 130,
        },
        { title: t('targets.history.kind'), dataIndex: 'kind', render: (k: string) => t(`targets.kind.${k}`), width: 100 },
        {
          title: t('targets.history.status'),
          dataIndex: 'status',
          width: 170,
          render: (s: ValueStatus, v) => (
            <>
              <ValueStatusTag status={s} />
              {v.reviewNote && <Typography.Text type="secondary">{v.reviewNote}</Typography.Text>}
            </>
          ),
        },
        { title: t('targets.history.reportedBy'), render: (_, v) => v.reportedBy.fullName, width: 160 },
        { title: t('targets.history.reportedAt'), dataIndex: 'reportedAt', render: formatDateTime, width: 140 },
        { title: t('targets.history.note'), dataIndex: 'note', width: 280, render: (n: string | null) => n ?? '' },
        { title: t('targets.history.evidence'), render: (_, v) => <Evidence value={v} />, width: 150 },
        ...(isBoard
          ? [{ title: '', key: 'review', width: 190, fixed: 'right' as const, render: (_: unknown, v: IndicatorValue) => v.status === 'submitted' && <ReviewActions value={v} /> }]
          : []),
      ]}
    />
  );
}
