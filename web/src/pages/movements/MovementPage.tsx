/** One movement: launching directive, theme, related documents, contents, period and status; its work (actions, registrations, reports). */
import { ArrowRightOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, List, Row, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMovementFull, type MovementDocumentFull } from '../../api/emulation.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';
import { IndicatorsSection } from './IndicatorsSection.js';
import { MovementWork } from './MovementWork.js';

function DocumentItem({ doc }: { doc: MovementDocumentFull }) {
  const { t } = useTranslation();
  const name = `${t(`movements.docKinds.${doc.kind}`, { defaultValue: doc.kind })} ${t('movements.docNumber', { number: doc.number, date: formatDate(doc.date) })}`;
  const link = doc.url ?? doc.fileUrl;
  return (
    <List.Item>
      <List.Item.Meta
        title={link ? <a href={link} target="_blank" rel="noreferrer">{name}</a> : name}
        description={`${doc.issuer}${doc.signer ? ` (${doc.signer})` : ''} — ${doc.title}`}
      />
    </List.Item>
  );
}

export function MovementPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const movement = useMovementFull(id);
  if (movement.error) return <QueryError error={movement.error} onRetry={() => void movement.refetch()} />;
  if (!movement.data) return <Skeleton active />;
  const m = movement.data;
  return (
    <div>
      <Typography.Title level={3} className="page-title">
        {m.title}
      </Typography.Title>
      <Typography.Paragraph className="movement-theme" data-testid="movement-theme">
        {t('movements.theme')}: “{m.theme}”
      </Typography.Paragraph>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('movements.general')}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('movements.code')}>{m.code}</Descriptions.Item>
              <Descriptions.Item label={t('movements.directive')}>
                {t('movements.directiveFull', { number: m.directive.number, date: formatDate(m.directive.date), signer: m.directive.signer })}
              </Descriptions.Item>
              <Descriptions.Item label={t('movements.kind')}>{t(`movements.kinds.${m.kind}`, { defaultValue: m.kind })}</Descriptions.Item>
              <Descriptions.Item label={t('movements.period')}>
                {formatDate(m.periodStart)} – {formatDate(m.periodEnd)}
              </Descriptions.Item>
              <Descriptions.Item label={t('movements.status')}>
                <Tag color="blue">{t(`movements.statuses.${m.status}`, { defaultValue: m.status })}</Tag>
              </Descriptions.Item>
              {m.registrationDeadline && <Descriptions.Item label={t('emulation.movement.registrationDeadline')}>{formatDate(m.registrationDeadline)}</Descriptions.Item>}
              <Descriptions.Item label={t('emulation.movement.scope')}>{t('emulation.movement.scopeCount', { count: m.scope.length })}</Descriptions.Item>
            </Descriptions>
            <Link to={`/app/chi-tieu?phongTrao=${m.id}`}>
              <Button type="primary" icon={<ArrowRightOutlined />} className="movement-targets-link">
                {t('movements.seeTargets')}
              </Button>
            </Link>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('movements.documents')}>
            <List dataSource={m.documents} renderItem={(doc) => <DocumentItem doc={doc} />} locale={{ emptyText: t('common.none') }} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('movements.contents')}>
            <ol className="movement-contents" data-testid="movement-contents">
              {m.contents.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ol>
          </Card>
        </Col>
        <Col xs={24}>
          <IndicatorsSection m={m} />
        </Col>
        <Col xs={24}>
          <MovementWork movement={m} />
        </Col>
      </Row>
    </div>
  );
}
