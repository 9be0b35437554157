/** A person's or a unit's awards over the years, as a timeline (Quản trị › Cá nhân, Đơn vị). */
import { Empty, Modal, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubjectAwards } from '../../api/registry.js';
import { QueryError } from '../../components/QueryError.js';
import { decisionSentence, RevokedTag } from './awardText.js';

export interface HistorySubject {
  kind: 'person' | 'unit';
  id: string;
  name: string;
}

export function AwardHistoryModal({ subject, onClose }: { subject: HistorySubject | null; onClose: () => void }) {
  const { t } = useTranslation();
  const awards = useSubjectAwards(subject);
  return (
    <Modal
      open={subject !== null}
      title={subject ? t(`registry.history.title.${subject.kind}`, { name: subject.name }) : ''}
      footer={null}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <div data-testid="award-history">
        {awards.error && <QueryError error={awards.error} onRetry={() => void awards.refetch()} />}
        {awards.isPending && !awards.error && <Skeleton active />}
        {awards.data?.length === 0 && <Empty description={t(`registry.history.empty.${subject?.kind ?? 'person'}`)} />}
        {awards.data && awards.data.length > 0 && (
          <Timeline
            className="award-timeline"
            items={awards.data.map((a) => ({
              key: a.id,
              color: a.revoked ? 'gray' : 'red',
              content: (
                <div className={a.revoked ? 'timeline-revoked' : undefined} data-testid="history-item">
                  <Typography.Text strong className="timeline-year">{a.year}</Typography.Text>{' '}
                  <Typography.Text strong>{a.awardTypeName}</Typography.Text> {a.revoked && <RevokedTag a={a} />}
                  <div className="muted">{decisionSentence(t, a)}</div>
                  {a.certificateNo && <div className="muted">{t('registry.certificateNo', { no: a.certificateNo })}</div>}
                </div>
              ),
            }))}
          />
        )}
      </div>
    </Modal>
  );
}
