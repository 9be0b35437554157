import { Col, Empty, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardCard } from '../api/types.js';
import { IndicatorCard } from './IndicatorCard.js';

/** Responsive grid of indicator cards: one column on phones, up to three on wide screens. */
export function CardGrid({ cards, linked }: { cards: DashboardCard[]; linked: boolean }) {
  const { t } = useTranslation();
  if (cards.length === 0) return <Empty description={t('targets.empty')} />;
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.indicator.id} xs={24} md={12} xxl={8}>
          <IndicatorCard card={card} linked={linked} />
        </Col>
      ))}
    </Row>
  );
}
