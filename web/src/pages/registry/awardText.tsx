/** How one award reads on screen: subject with its kind, award with its kind, the decision, the revoked tag. */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Award } from '../../api/registry.js';
import { formatDate } from '../../lib/format.js';

export function SubjectCell({ a }: { a: Award }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="registry-subject">{a.subject.name}</span>
      {a.subject.kind !== 'individual' && <Tag className="registry-kind-tag">{t(`awards.subjects.${a.subject.kind}`)}</Tag>}
      {a.revoked && <RevokedTag a={a} />}
    </>
  );
}

export function RevokedTag({ a }: { a: Award }) {
  const { t } = useTranslation();
  const r = a.revocation;
  return (
    <Tag
      color="red"
      className="registry-revoked"
      title={r ? t('registry.revokedBy', { number: r.decisionNumber, date: formatDate(r.decisionDate), reason: r.reason }) : undefined}
      data-testid="award-revoked"
    >
      {t('registry.revoked')}
    </Tag>
  );
}

export function AwardCell({ a }: { a: Award }) {
  const { t } = useTranslation();
  return (
    <>
      <div>{a.awardTypeName}</div>
      {a.kind !== 'regular' && <Typography.Text type="secondary" className="registry-small">{t(`registry.kinds.${a.kind}`)}</Typography.Text>}
    </>
  );
}

export function DecisionCell({ a }: { a: Award }) {
  const { t } = useTranslation();
  return (
    <>
      <div>
        {t('registry.decisionNo', { number: a.decision.number })}
        {a.decision.date && <> {t('registry.decisionDate', { date: formatDate(a.decision.date) })}</>}
      </div>
      <Typography.Text type="secondary" className="registry-small">{a.decision.issuer}</Typography.Text>
    </>
  );
}

/** "Quyết định số 163/QĐ-UBND ngày 25/01/2024 của UBND tỉnh Kon Tum", for the timelines and confirmations. */
export function decisionSentence(t: (k: string, o?: Record<string, unknown>) => string, a: Award): string {
  return t('registry.decisionSentence', {
    number: a.decision.number,
    date: a.decision.date ? t('registry.decisionDate', { date: formatDate(a.decision.date) }) : '',
    issuer: a.decision.issuer,
  }).replace(/\s+/g, ' ');
}
