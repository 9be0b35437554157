/** Danh hiệu, hình thức from the registry (sổ vàng), read-only; revoked ones greyed out. */
import { Card, Empty, List, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryBase } from '../../api/history.js';
import { useSubjectAwards } from '../../api/registry.js';
import { QueryError } from '../../components/QueryError.js';
import { decisionSentence, RevokedTag } from '../registry/awardText.js';

export function TitlesCard({ base, id }: { base: HistoryBase; id: string }) {
  const { t } = useTranslation();
  const awards = useSubjectAwards({ kind: base === 'people' ? 'person' : 'unit', id });
  return (
    <Card size="small" title={t('history.titles.title')} className="check-section" data-testid="history-titles">
      <Typography.Paragraph type="secondary">{t('history.titles.help')}</Typography.Paragraph>
      {awards.error && <QueryError error={awards.error} onRetry={() => void awards.refetch()} />}
      {awards.isPending && !awards.error && <Skeleton active />}
      {awards.data?.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('history.titles.none')} />}
      {awards.data && awards.data.length > 0 && (
        <List
          size="small"
          dataSource={awards.data}
          renderItem={(a) => (
            <List.Item className={a.revoked ? 'timeline-revoked' : undefined} data-testid="history-title-item" data-revoked={a.revoked}>
              <div>
                <Tag>{a.year}</Tag>
                <Typography.Text strong>{a.awardTypeName}</Typography.Text>
                {a.kind !== 'regular' && <Tag className="inline-tag">{t(`registry.kinds.${a.kind}`)}</Tag>}
                {a.revoked && <RevokedTag a={a} />}
                <div className="muted">{decisionSentence(t, a)}</div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
