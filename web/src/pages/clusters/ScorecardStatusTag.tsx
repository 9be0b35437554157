import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScorecardStatus } from '../../api/emulation.js';

const COLOR: Record<ScorecardStatus, string> = { draft: 'default', submitted: 'blue', assessed: 'purple', approved: 'green', returned: 'orange' };

export function ScorecardStatusTag({ status }: { status: ScorecardStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[status]} data-testid="scorecard-status">{t(`emulation.scorecard.statuses.${status}`)}</Tag>;
}
