/** For a unit officer: each indicator the unit reports, the next period due and its deadline. */
import { Card, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../../api/types.js';
import { StatusTag } from '../../components/StatusTag.js';
import { usePeriodLabel } from '../../components/usePeriodLabel.js';
import { formatLocalDate } from '../../lib/format.js';
import { daysUntil, type DueReport, dueReports } from './dueReports.js';

const STATE_COLORS = { overdue: 'red', due: 'orange', upcoming: 'blue', complete: 'green' } as const;

function DueTag({ due, today }: { due: DueReport; today: Date }) {
  const { t } = useTranslation();
  const days = due.deadline ? daysUntil(due.deadline, today) : 0;
  return <Tag color={STATE_COLORS[due.state]}>{t(`todo.state.${due.state}`, { days: Math.abs(days) })}</Tag>;
}

export function OfficerTodo({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const periodLabel = usePeriodLabel();
  const today = new Date();
  const items = dueReports(dashboard.items, dashboard.movement.year, today);
  return (
    <Card title={t('todo.officer.title', { year: dashboard.movement.year })} size="small" data-testid="todo-officer">
      <Typography.Paragraph type="secondary">{t('todo.officer.rule')}</Typography.Paragraph>
      <List<DueReport>
        dataSource={items}
        locale={{ emptyText: t('todo.officer.none') }}
        renderItem={(due) => (
          <List.Item
            extra={<DueTag due={due} today={today} />}
            data-testid={`todo-${due.card.indicator.code}`}
          >
            <List.Item.Meta
              title={
                <Link to={`/app/chi-tieu/${due.card.indicator.id}`}>
                  {due.card.indicator.code}. {due.card.indicator.name}
                </Link>
              }
              description={
                <>
                  {due.period && due.deadline
                    ? t('todo.officer.next', { period: periodLabel(due.period), deadline: formatLocalDate(due.deadline) })
                    : t('todo.officer.complete')}{' '}
                  <StatusTag status={due.card.evaluation.status} />
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
