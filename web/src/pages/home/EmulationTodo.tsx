/** Movements and clusters on "Việc cần làm": registrations due, scorecards to fill, assess or approve. */
import { Card, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useEmulationTodo } from '../../api/emulation.js';
import { formatDate } from '../../lib/format.js';

const COLOR: Record<string, string> = { register: 'blue', score: 'orange', assess: 'purple', approve: 'green' };

export function EmulationTodo() {
  const { t } = useTranslation();
  const todo = useEmulationTodo();
  if (!todo.data?.length) return null;
  return (
    <Card size="small" title={t('emulation.todo.title')} data-testid="emulation-todo">
      <List
        dataSource={todo.data}
        renderItem={(i) => (
          <List.Item>
            <List.Item.Meta
              title={<><Tag color={COLOR[i.kind]}>{t(`emulation.todo.kinds.${i.kind}`)}</Tag><Link to={i.link}>{i.title}</Link></>}
              description={`${i.detail}${i.deadline ? ` — ${t('emulation.todo.deadline', { date: formatDate(i.deadline) })}` : ''}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
