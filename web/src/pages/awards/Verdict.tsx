/** The answer of the eligibility check: status, rule set, reward, what is missing, and every reason. */
import { CheckCircleFilled, CloseCircleFilled, PauseCircleFilled, QuestionCircleFilled } from '@ant-design/icons';
import { Alert, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EligibilityResult, Reason } from '../../api/awards.js';
import { formatDate, formatNumber } from '../../lib/format.js';

const STATUS_ICON = {
  eligible: <CheckCircleFilled />,
  not_eligible: <CloseCircleFilled />,
  deferred: <PauseCircleFilled />,
} as const;

/** The server appends the manual marker to the sentence; the screen shows it as a tag instead. */
const MANUAL_SUFFIX = / — cần Hội đồng xem xét\.?$/;

function ReasonRow({ r }: { r: Reason }) {
  const { t } = useTranslation();
  const state = r.manual ? 'manual' : r.ok ? 'ok' : 'fail';
  const icon = state === 'manual' ? <QuestionCircleFilled /> : state === 'ok' ? <CheckCircleFilled /> : <CloseCircleFilled />;
  return (
    <li className={`reason reason-${state}`} data-testid={`reason-${r.rule}`} data-state={state}>
      <span className="reason-icon" aria-label={t(`awards.verdict.reasonState.${state}`)}>{icon}</span>
      <div className="reason-body">
        <div>
          {state === 'manual' ? r.message.replace(MANUAL_SUFFIX, '.') : r.message}
          {state === 'manual' && <Tag color="orange" className="reason-tag">{t('awards.verdict.manual')}</Tag>}
        </div>
        <div className="reason-article">{r.article}</div>
      </div>
    </li>
  );
}

interface Props {
  result: EligibilityResult;
  awardName: string;
  year: number;
  /** The form changed since this answer. */
  stale: boolean;
}

export function Verdict({ result, awardName, year, stale }: Props) {
  const { t } = useTranslation();
  // One missing phrase may come from several reasons (e.g. the member numbers of a collective).
  const missing = [...new Set(result.missing)];
  const reward = result.reward;
  return (
    <Card size="small" className={`verdict verdict-${result.status}`} data-testid="verdict">
      {stale && <Alert type="warning" showIcon title={t('awards.verdict.stale')} className="form-alert" data-testid="verdict-stale" />}
      <div className="verdict-head">
        <span className="verdict-icon">{STATUS_ICON[result.status]}</span>
        <div>
          <div className="verdict-status" data-testid="verdict-status">{t(`awards.verdict.status.${result.status}`)}</div>
          <div className="verdict-award">{t('awards.verdict.for', { name: awardName, year })}</div>
        </div>
      </div>
      <Typography.Paragraph className="verdict-ruleset" data-testid="verdict-ruleset">
        {t('awards.verdict.ruleSet')}: <strong>{t(`awards.ruleSets.${result.ruleSet}`)}</strong>
      </Typography.Paragraph>
      {result.status === 'deferred' && <Alert type="warning" showIcon title={t('awards.verdict.deferredHelp')} className="form-alert" />}
      {reward && (
        <div className="verdict-reward" data-testid="verdict-reward">
          <span>{t('awards.verdict.reward')}</span>
          <strong className="verdict-amount">{t('awards.verdict.amount', { amount: formatNumber(reward.amount, 0) })}</strong>
          <span className="muted">
            {t('awards.verdict.rewardHow', {
              coefficient: formatNumber(reward.coefficient),
              base: formatNumber(reward.baseSalary, 0),
              date: formatDate(reward.date),
            })}
          </span>
        </div>
      )}
      {missing.length > 0 && (
        <div className="verdict-missing" data-testid="verdict-missing">
          <Typography.Text strong>{t('awards.verdict.missing')}</Typography.Text>
          <ul>{missing.map((m) => <li key={m}>{m}</li>)}</ul>
        </div>
      )}
      {result.manualReview && result.status !== 'not_eligible' && (
        <Typography.Paragraph type="secondary" className="verdict-manual-note">{t('awards.verdict.manualNote')}</Typography.Paragraph>
      )}
      <Typography.Text strong>{t('awards.verdict.criteria')}</Typography.Text>
      <ul className="reasons" data-testid="verdict-reasons">
        {result.reasons.map((r, i) => <ReasonRow key={`${r.rule}-${i}`} r={r} />)}
      </ul>
    </Card>
  );
}
