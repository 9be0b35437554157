/** Cells shared by the catalogue table, and the phone layout: one card per award type. */
import { Card, Collapse, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AwardType } from '../../api/awards.js';
import { formatNumber } from '../../lib/format.js';

/** The API may list an authority twice (the same office before and after 01/07/2025). */
export const unique = (xs: string[]) => [...new Set(xs)];

export function RewardCell({ a }: { a: AwardType }) {
  const { t } = useTranslation();
  const { individual, collective } = a.rewardCoefficient;
  const lines: string[] = [];
  if (individual !== null) lines.push(t('awards.catalogue.rewardFor', { who: t('awards.subjects.individual'), c: formatNumber(individual) }));
  if (collective !== null) lines.push(t('awards.catalogue.rewardFor', { who: t('awards.subjects.collective'), c: formatNumber(collective) }));
  if (individual !== null && a.subject.includes('household')) lines.push(t('awards.catalogue.rewardHousehold'));
  if (lines.length === 0) return <Typography.Text type="secondary">{t('awards.catalogue.noReward')}</Typography.Text>;
  return <>{lines.map((l) => <div key={l}>{l}</div>)}</>;
}

export function CouncilText({ vote }: { vote: AwardType['councilVote'] }) {
  const { t } = useTranslation();
  return vote.required
    ? <>{t('awards.catalogue.councilYes', { threshold: formatNumber(vote.threshold) })}</>
    : <Typography.Text type="secondary">{t('awards.catalogue.councilNo')}</Typography.Text>;
}

export function CatalogueCards({ rows }: { rows: AwardType[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Typography.Paragraph type="secondary">{t('awards.catalogue.empty')}</Typography.Paragraph>;
  return (
    <div className="catalogue-cards" data-testid="catalogue-cards">
      {rows.map((a) => (
        <Card key={a.code} size="small" className="catalogue-card" data-testid={`award-${a.code}`}>
          <div className="award-name">{a.name}</div>
          <div>
            <span className="award-code">{a.code}</span>{' '}
            <Tag color={a.category === 'title' ? 'red' : 'blue'} className="award-category">{t(`awards.categories.${a.category}`)}</Tag>
            {a.annual && <Typography.Text type="secondary" className="award-annual">{t('awards.catalogue.annual')}</Typography.Text>}
          </div>
          <dl className="catalogue-facts">
            <dt>{t('awards.catalogue.subjects')}</dt>
            <dd>{a.subject.map((k) => t(`awards.subjects.${k}`)).join(', ')}</dd>
            <dt>{t('awards.catalogue.level')}</dt>
            <dd>{t(`awards.levels.${a.level}`)}</dd>
            <dt>{t('awards.catalogue.conferredBy')}</dt>
            <dd>{unique(a.conferredBy).join('; ')}</dd>
            <dt>{t('awards.catalogue.council')}</dt>
            <dd><CouncilText vote={a.councilVote} /></dd>
            <dt>{t('awards.catalogue.reward')}</dt>
            <dd><RewardCell a={a} /></dd>
          </dl>
          <Collapse
            size="small"
            ghost
            items={[{
              key: 'dossier',
              label: t('awards.catalogue.dossier'),
              children: (
                <ol className="dossier-list" data-testid={`dossier-${a.code}`}>
                  {a.dossierDocuments.map((d) => <li key={d}>{d}</li>)}
                </ol>
              ),
            }]}
          />
        </Card>
      ))}
    </div>
  );
}
