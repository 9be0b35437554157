import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationStatus } from '../api/types.js';

const STATUS_COLORS: Record<EvaluationStatus, string> = {
  achieved: 'green',
  on_track: 'blue',
  at_risk: 'orange',
  off_track: 'red',
  not_achieved: 'red',
  no_data: 'default',
};

/** Evaluation status of an indicator, coloured, with its Vietnamese label. */
export function StatusTag({ status, code }: { status: EvaluationStatus; code?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={code ? `status-${code}` : undefined} data-status={status}>
      {t(`targets.status.${status}`)}
    </Tag>
  );
}
