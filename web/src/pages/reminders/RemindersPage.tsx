/** Khen thưởng › Nhắc hạn nộp hồ sơ: what was sent to which unit, and whether its e-mail went out (an officer sees failures here). */
import { Grid, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type MailStatus, type Reminder, type ReminderKind, useReminders } from '../../api/reminders.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';

const KIND_COLORS: Record<ReminderKind, string> = { due_soon: 'gold', overdue: 'red', year_end: 'blue' };
const MAIL_COLORS: Record<MailStatus, string> = { off: 'default', no_address: 'default', pending: 'processing', sent: 'green', failed: 'red' };

function MailCell({ r }: { r: Reminder }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={MAIL_COLORS[r.mail.status]} data-testid="reminder-mail">{t(`reminders.mailStatus.${r.mail.status}`)}</Tag>
      {r.mail.to && <div className="muted">{r.mail.to}</div>}
      {r.mail.error && <div className="muted">{r.mail.error}</div>}
    </>
  );
}

export function RemindersPage() {
  const { t } = useTranslation();
  const q = useReminders();
  // A phone reads each reminder as one block instead of scrolling a six-column table sideways.
  const isPhone = !Grid.useBreakpoint().md;
  const kind = (r: Reminder) => <Tag color={KIND_COLORS[r.kind]}>{t(`reminders.kinds.${r.kind}`)}</Tag>;
  const dossier = (r: Reminder) => (r.proposalId ? <Link to={`/app/khen-thuong/ho-so/${r.proposalId}`}>{r.title}</Link> : r.title);
  const notified = (r: Reminder) => t('reminders.notifiedCount', { count: r.notified });

  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('reminders.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('reminders.intro')}</Typography.Text>
        </div>
      </div>
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      <Table<Reminder>
        rowKey="id"
        loading={q.isFetching}
        dataSource={q.data?.items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('reminders.empty') }}
        scroll={isPhone ? undefined : { x: 980 }}
        onRow={() => ({ 'data-testid': 'reminder-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={isPhone
          ? [{
            title: t('reminders.dossier'),
            render: (_, r) => (
              <div>
                <div>{kind(r)} <strong>{r.unit.name}</strong></div>
                <div>{dossier(r)}</div>
                <Typography.Text type="secondary">{t('reminders.due')}: {formatDate(r.dueDate)} · {t('reminders.sentOn')}: {formatDate(r.sentOn)} · {t('reminders.notified')}: {notified(r)}</Typography.Text>
                <div><MailCell r={r} /></div>
              </div>
            ),
          }]
          : [
            { title: t('reminders.sentOn'), width: 110, render: (_, r) => formatDate(r.sentOn) },
            { title: t('reminders.unit'), width: 190, render: (_, r) => (<><div>{r.unit.name}</div>{kind(r)}</>) },
            { title: t('reminders.dossier'), render: (_, r) => dossier(r) },
            { title: t('reminders.due'), width: 110, render: (_, r) => formatDate(r.dueDate) },
            { title: t('reminders.notified'), width: 110, render: (_, r) => notified(r) },
            { title: t('reminders.mail'), width: 240, render: (_, r) => <MailCell r={r} /> },
          ]}
      />
    </div>
  );
}
