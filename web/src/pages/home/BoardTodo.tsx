/** For the board: every value waiting for review, with accept / return. */
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReviewQueue, type QueuedValue } from '../../api/targets.js';
import { usePeriodLabel } from '../../components/usePeriodLabel.js';
import { formatDateTime, formatQuantity } from '../../lib/format.js';
import { Evidence } from '../targets/ValueHistoryTable.js';
import { ReviewActions } from '../targets/ReviewActions.js';

export function BoardTodo() {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const queue = useReviewQueue();
  const pending = queue.data?.items ?? [];
  return (
    <Card title={t('todo.board.title', { count: pending.length })} size="small" data-testid="todo-board">
      <Typography.Paragraph type="secondary">{t('todo.board.rule')}</Typography.Paragraph>
      <Table<QueuedValue>
        rowKey={(p) => p.id}
        size="small"
        loading={queue.isPending}
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
                <Link to={`/app/chi-tieu/${p.indicator.id}`}>{`${p.indicator.code}. ${p.indicator.name}`}</Link>
                <div className="muted">{p.responsibleUnit.name}</div>
              </>
            ),
          },
          { title: t('targets.history.period'), render: (_, p) => periodLabel(p.period), width: 140 },
          { title: t('targets.history.value'), align: 'right', width: 130, render: (_, p) => formatQuantity(p.value, p.indicator.unit) },
          { title: t('targets.history.kind'), width: 90, render: (_, p) => t(`targets.kind.${p.kind}`) },
          { title: t('targets.history.reportedBy'), width: 150, render: (_, p) => p.reportedBy.fullName },
          { title: t('targets.history.reportedAt'), width: 140, render: (_, p) => formatDateTime(p.reportedAt) },
          { title: t('targets.history.evidence'), width: 140, render: (_, p) => <Evidence value={p} /> },
          { title: '', width: 190, fixed: 'right', render: (_, p) => <ReviewActions value={p} /> },
        ]}
      />
    </Card>
  );
}
