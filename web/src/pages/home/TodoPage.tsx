/** "Việc cần làm": what is due from the signed-in user now. */
import { Card, Skeleton, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentRegularMovement } from '../../../../src/modules/movements/domain/current.js';
import { useDashboard, useMovements } from '../../api/targets.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { BoardTodo } from './BoardTodo.js';
import { CommendationTodo } from './CommendationTodo.js';
import { dueReports } from './dueReports.js';
import { EmulationTodo } from './EmulationTodo.js';
import { OfficerTodo } from './OfficerTodo.js';

export function TodoPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const movements = useMovements();
  const current = movements.data && currentRegularMovement(movements.data, new Date().getFullYear());
  const dashboard = useDashboard(current?.id);
  const isBoard = hasRole(user, 'board');
  const reports = dashboard.data && dueReports(dashboard.data.items, dashboard.data.movement.year, new Date()).length > 0;
  const error = movements.error ?? dashboard.error;
  return (
    <Space orientation="vertical" size="middle" className="full-width">
      <Typography.Title level={3} className="page-title">
        {t('todo.title')}
      </Typography.Title>
      {error && <QueryError error={error} />}
      {current && !dashboard.data && !error && <Skeleton active />}
      <EmulationTodo />
      <CommendationTodo />
      {isBoard && <BoardTodo />}
      {dashboard.data && reports && !isBoard && <OfficerTodo dashboard={dashboard.data} />}
      {dashboard.data && !reports && !isBoard && (
        <Card size="small" data-testid="todo-welcome">
          <Typography.Paragraph>{t('todo.welcome', { name: user?.fullName })}</Typography.Paragraph>
          <Typography.Paragraph>{t('todo.nothingDue')}</Typography.Paragraph>
          <Space wrap>
            <Link to="/app/chi-tieu">{t('nav.targets')}</Link>
            <Link to="/app/phong-trao">{t('nav.movements')}</Link>
          </Space>
        </Card>
      )}
    </Space>
  );
}
