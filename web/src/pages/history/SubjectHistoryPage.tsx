/** Hồ sơ thi đua of a person or a unit: the stored history, edited in place, and the check judged on it. */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type HistoryBase, useHistory, useSubjectRecord } from '../../api/history.js';
import type { Person } from '../../api/types.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { DisciplinesCard } from './DisciplinesCard.js';
import { RatingsCard } from './RatingsCard.js';
import { ReviewCard } from './ReviewCard.js';
import { StoredCheck } from './StoredCheck.js';
import { TitlesCard } from './TitlesCard.js';
import { WorksCard } from './WorksCard.js';
import { YearsCard } from './YearsCard.js';

function SubjectHistoryPage({ base }: { base: HistoryBase }) {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { data: user } = useMe();
  const canEdit = hasRole(user, 'admin', 'board', 'unit_officer');
  const history = useHistory(base, id);
  const record = useSubjectRecord(base, id);
  const h = history.data;
  const position = base === 'people' ? (record.data as Person | undefined)?.position : null;
  const back = base === 'people' ? '/app/quan-tri/ca-nhan' : '/app/quan-tri/don-vi';

  return (
    <div>
      <Link to={back}>
        <Button type="link" icon={<ArrowLeftOutlined />} className="back-link">{t(`history.back.${base}`)}</Button>
      </Link>
      <div className="page-head">
        <div data-testid="history-header">
          <Typography.Title level={3} className="page-title">{t('history.title')}</Typography.Title>
          {h && (
            <>
              <div className="history-name" data-testid="history-name">{h.subject.name}</div>
              <Typography.Text type="secondary">
                {[position, base === 'people' ? h.subject.unit.name : t('history.collective')].filter(Boolean).join(' · ')}
              </Typography.Text>
            </>
          )}
        </div>
      </div>
      {history.error && <QueryError error={history.error} onRetry={() => void history.refetch()} />}
      {history.isPending && !history.error && <Skeleton active />}
      {h && (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            {h.review.underReview && <Alert type="warning" showIcon title={t('history.review.banner')} className="form-alert" data-testid="history-review-banner" />}
            <RatingsCard base={base} id={id} history={h} canEdit={canEdit} />
            <WorksCard base={base} id={id} history={h} canEdit={canEdit} list="initiatives" />
            <WorksCard base={base} id={id} history={h} canEdit={canEdit} list="science-works" />
            <DisciplinesCard base={base} id={id} history={h} canEdit={canEdit} />
            <YearsCard base={base} id={id} history={h} canEdit={canEdit} />
            <ReviewCard base={base} id={id} history={h} canEdit={canEdit} />
            <TitlesCard base={base} id={id} />
          </Col>
          <Col xs={24} xl={10}>
            <StoredCheck base={base} id={id} updatedAt={history.dataUpdatedAt} />
          </Col>
        </Row>
      )}
    </div>
  );
}

export const PersonHistoryPage = () => <SubjectHistoryPage base="people" />;
export const UnitHistoryPage = () => <SubjectHistoryPage base="units" />;
