/** Việc cần làm of the commendation workflow: dossiers to send or fix, to review, ballots to cast. */
import { Card, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProposals, useSessions } from '../../api/commendation.js';
import { hasRole, useMe } from '../../app/auth.js';
import { formatDate } from '../../lib/format.js';

interface Item { key: string; to: string; text: string; tag?: { color: string; text: string } }

export function CommendationTodo() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const isBoard = hasRole(user, 'admin', 'board');
  const isOfficer = hasRole(user, 'unit_officer');
  const isMember = hasRole(user, 'council_member');
  const today = new Date().toISOString().slice(0, 10);
  const weekAhead = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const own = useProposals({ state: isBoard ? 'submitted,resubmitted' : 'draft,returned' }, isBoard || isOfficer);
  const sessions = useSessions(isMember);
  const items: Item[] = [];
  if (isOfficer || isBoard) {
    for (const p of own.data?.items ?? []) {
      const overdue = p.dueDate !== null && p.dueDate < today;
      const soon = p.dueDate !== null && !overdue && p.dueDate <= weekAhead;
      items.push({
        key: p.id, to: `/app/khen-thuong/ho-so/${p.id}`,
        text: t(isBoard ? 'cw.todo.review' : p.state === 'returned' ? 'cw.todo.fix' : 'cw.todo.send', { title: p.title, unit: p.unit.name }),
        tag: p.state === 'returned' ? { color: 'orange', text: t('cw.states.returned') } : overdue ? { color: 'red', text: t('cw.reminder.overdue') }
          : soon ? { color: 'gold', text: t('cw.todo.dueOn', { date: formatDate(p.dueDate!) }) } : undefined,
      });
    }
  }
  if (isMember) {
    for (const s of (sessions.data?.items ?? []).filter((x) => x.state === 'open')) {
      items.push({ key: s.id, to: `/app/hoi-dong/${s.id}`, text: t('cw.todo.vote', { title: s.title }), tag: { color: 'processing', text: t('cw.council.states.open') } });
    }
  }
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('cw.todo.title')} data-testid="todo-commendation">
      <List size="small" dataSource={items} renderItem={(i) => (
        <List.Item><Link to={i.to}>{i.text}</Link>{i.tag && <Tag color={i.tag.color}>{i.tag.text}</Tag>}</List.Item>
      )} />
    </Card>
  );
}
