/** For the board: every value waiting for review, with accept / return. */
import { useQueries } from '@tanstack/react-query';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { indicatorValuesQuery } from '../../api/targets.js';
import type { Dashboard, DashboardCard, IndicatorValue } from '../../api/types.js';
import { usePeriodLabel } from '../../components/usePeriodLabel.js';
import { formatDateTime, formatQuantity } from '../../lib/format.js';
import { Evidence } from '../targets/ValueHistoryTable.js';
import { ReviewActions } from '../targets/ReviewActions.js';

interface Pending {
  value: IndicatorValue;
  card: DashboardCard;
}

export function BoardTodo({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const cards = dashboard.items.flatMap((c) => [c, ...c.children]);
  const results = useQueries({ queries: cards.map((c) => indicatorValuesQuery(c.indicator.id)) });
  const pending: Pending[] = results.flatMap((r, i) => {
    const card = cards[i];
    return card ? (r.data?.items ?? []).filter((v) => v.status === 'submitted').map((value) => ({ value, card })) : [];
  });
  return (
    <Card title={t('todo.board.title', { count: pending.length })} size="small" data-testid="todo-board">
      <Typography.Paragraph type="secondary">{t('todo.board.rule')}</Typography.Paragraph>
      <Table<Pending>
        rowKey={(p) => p.value.id}
        size="small"
        loading={results.some((r) => r.isPending)}
        dataSource={pending}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 1300 }}
        locale={{ emptyText: t('todo.board.none') }}
        columns={[
          {
            title: t('todo.board.indicator'),
            width: 300,
            render: (_, p) => (
              <>
                <Link to={`/app/chi-tieu/${p.card.indicator.id}`}>{`${p.card.indicator.code}. ${p.card.indicator.name}`}</Link>
                <div className="muted">{p.card.responsibleUnit.name}</div>
              </>
            ),
          },
          { title: t('targets.history.period'), render: (_, p) => periodLabel(p.value.period), width: 140 },
          { title: t('targets.history.value'), align: 'right', width: 130, render: (_, p) => formatQuantity(p.value.value, p.card.indicator.unit) },
          { title: t('targets.history.kind'), width: 90, render: (_, p) => t(`targets.kind.${p.value.kind}`) },
          { title: t('targets.history.reportedBy'), width: 150, render: (_, p) => p.value.reportedBy.fullName },
          { title: t('targets.history.reportedAt'), width: 140, render: (_, p) => formatDateTime(p.value.reportedAt) },
          { title: t('targets.history.evidence'), width: 140, render: (_, p) => <Evidence value={p.value} /> },
          { title: '', width: 190, render: (_, p) => <ReviewActions value={p.value} /> },
        ]}
      />
    </Card>
  );
}
