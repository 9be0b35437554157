/**
 * One council session: agenda, attendance and quorum, the member's secret ballot, written opinions
 * of absent members, the tally once closed, and the minutes.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, apiUrl } from '../../api/client.js';
import { councilApi, useProposals, useSession, useSessionChange, type AgendaItem, type CouncilSession, type Proposal } from '../../api/commendation.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';
import { SESSION_COLORS } from './CouncilPage.js';

type Choice = Record<string, boolean>;

export function SessionPage() {
  const { id } = useParams();
  const q = useSession(id);
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  return <SessionView s={q.data} />;
}

function SessionView({ s }: { s: CouncilSession }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { data: user } = useMe();
  const isBoard = hasRole(user, 'admin', 'board');
  const change = useSessionChange((f: () => Promise<CouncilSession>) => f());
  const run = (f: () => Promise<CouncilSession>, ok: string) => change.mutateAsync(f).then(() => void message.success(ok), (e: Error) => void message.error(e.message));
  const [present, setPresent] = useState<string[]>(s.members.filter((m) => m.present).map((m) => m.userId));
  const [ballot, setBallot] = useState<Choice>({});
  const [writtenFor, setWrittenFor] = useState<string | undefined>();
  const [written, setWritten] = useState<Choice>({});
  const [adding, setAdding] = useState<string | undefined>();
  const candidates = useProposals({ state: 'to_council,disclosure' }, isBoard && s.state === 'planned');
  const toVote = s.agenda.filter((a) => a.myParticipation === null);
  const canVote = s.isMember && s.state === 'open' && s.members.find((m) => m.userId === user?.id)?.present && toVote.length > 0;
  const closed = s.state === 'closed';

  const castBallot = () => modal.confirm({
    title: t('cw.ballot.confirmTitle'), content: t('cw.ballot.confirm'), okText: t('cw.ballot.send'), cancelText: t('common.cancel'),
    onOk: () => run(() => councilApi.vote(s.id, toVote.map((a) => ({ agendaId: a.id, approve: ballot[a.id]! }))), t('cw.ballot.sent')),
  });

  const columns = [
    { title: '#', render: (_: unknown, __: AgendaItem, i: number) => i + 1, width: 40 },
    { title: t('cw.fields.nominee'), render: (_: unknown, a: AgendaItem) => <><b>{a.name}</b><div className="muted">{[a.position, a.unitName].filter(Boolean).join(', ')}</div></> },
    { title: t('cw.fields.awardType'), render: (_: unknown, a: AgendaItem) => <>{a.awardTypeName}<div className="muted">{t('cw.ballot.needs', { n: a.threshold.needed, total: s.quorum.members, percent: a.threshold.percent })}</div></> },
    { title: t('cw.ballot.feedback'), render: (_: unknown, a: AgendaItem) => t('cw.ballot.feedbackCount', { total: a.feedback.total, handled: a.feedback.handled }), responsive: ['lg' as const] },
    ...(!canVote && !closed ? [{
      title: t('cw.ballot.participation'), render: (_: unknown, a: AgendaItem) => (
        <>{a.myParticipation === 'ballot' && <Tag color="green">{t('cw.ballot.voted')}</Tag>}{t('cw.ballot.took', { ballots: a.ballots, written: a.writtenOpinions })}</>
      ),
    }] : []),
    ...(closed ? [{
      title: t('cw.ballot.result'), render: (_: unknown, a: AgendaItem) => a.tally && (
        <><Tag color={a.tally.passed ? 'green' : 'red'} data-testid="tally-result">{t(a.tally.passed ? 'cw.ballot.passed' : 'cw.ballot.failed')}</Tag>
          <div className="muted">{t('cw.ballot.counts', { ...a.tally, total: s.quorum.members })}</div></>
      ),
    }] : []),
  ];

  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Text type="secondary"><Link to="/app/hoi-dong">{t('cw.council.title')}</Link></Typography.Text>
          <Typography.Title level={3} className="page-title">{s.title}</Typography.Title>
          <Tag color={SESSION_COLORS[s.state]} data-testid="session-state">{t(`cw.council.states.${s.state}`)}</Tag>
        </div>
        <Space wrap>
          {isBoard && s.state === 'planned' && <Button type="primary" onClick={() => modal.confirm({ title: t('cw.council.open'), content: t('cw.council.openConfirm'), onOk: () => run(() => councilApi.open(s.id), t('cw.done')) })} data-testid="session-open">{t('cw.council.open')}</Button>}
          {isBoard && s.state === 'open' && <Button type="primary" danger onClick={() => modal.confirm({ title: t('cw.council.close'), content: t('cw.council.closeConfirm'), onOk: () => run(() => councilApi.close(s.id), t('cw.done')) })} data-testid="session-close">{t('cw.council.close')}</Button>}
          {closed && <Button icon={<DownloadOutlined />} href={apiUrl(`/council/sessions/${s.id}/minutes.docx`)} data-testid="minutes-download">{t('cw.council.minutes')}</Button>}
        </Space>
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} className="toolbar" items={[
        { label: t('cw.council.meetsOn'), children: formatDate(s.meetsOn) },
        { label: t('cw.council.place'), children: s.place ?? '—' },
        { label: t('cw.council.term'), children: s.term.name },
        { label: t('cw.council.quorum'), children: <span data-testid="quorum">{t('cw.council.quorumText', s.quorum)}{!s.quorum.met && s.state === 'planned' && <Tag color="orange" style={{ marginLeft: 8 }}>{t('cw.council.noQuorum')}</Tag>}</span> },
      ]} />
      <Alert type="info" showIcon className="toolbar" title={t('cw.ballot.secret')} />
      {isBoard && s.state === 'planned' && (
        <Card size="small" title={t('cw.council.agendaAdd')} className="toolbar">
          <Space wrap style={{ width: '100%' }} className="agenda-add">
            <Select style={{ width: '100%', maxWidth: 560 }} placeholder={t('cw.council.pickProposal')} value={adding} onChange={setAdding} data-testid="agenda-proposal"
              options={candidates.data?.items.map((p) => ({ value: p.id, label: `${p.title} — ${p.unit.name}` }))} />
            <Button disabled={!adding} data-testid="agenda-add" onClick={() => void api.get<Proposal>(`/proposals/${adding}`).then((p) =>
              run(() => councilApi.agenda(s.id, p.nominees.map((n) => n.id)), t('cw.done')))}>{t('cw.council.agendaAddOk')}</Button>
          </Space>
        </Card>
      )}
      {canVote && (
        <Card size="small" title={t('cw.ballot.yourVote')} className="toolbar" data-testid="ballot-card">
          {toVote.map((a, i) => (
            <div key={a.id} className="ballot-item">
              <div><b>{i + 1}. {a.name}</b> — {a.awardTypeName}<div className="muted">{t('cw.ballot.needs', { n: a.threshold.needed, total: s.quorum.members, percent: a.threshold.percent })}</div></div>
              <Radio.Group value={ballot[a.id]} onChange={(e) => setBallot({ ...ballot, [a.id]: e.target.value as boolean })} data-testid={`ballot-${a.name}`}
                options={[{ value: true, label: t('cw.ballot.yes') }, { value: false, label: t('cw.ballot.no') }]} />
            </div>
          ))}
          <Space wrap style={{ marginTop: 12 }}>
            <Button type="primary" disabled={toVote.some((a) => ballot[a.id] === undefined)} onClick={castBallot} data-testid="ballot-send">{t('cw.ballot.send')}</Button>
            <Typography.Text type="secondary">{t('cw.ballot.once')}</Typography.Text>
          </Space>
        </Card>
      )}
      <Table<AgendaItem> rowKey="id" size="middle" pagination={false} dataSource={s.agenda} columns={columns} data-testid="agenda-table" scroll={{ x: 640 }}
        expandable={{ expandedRowRender: (a) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{a.achievements}</Typography.Paragraph> }} />
      <Card size="small" title={t('cw.council.members')} style={{ marginTop: 16 }}>
        {isBoard && s.state !== 'closed' ? (
          <>
            <Checkbox.Group value={present} onChange={(v) => setPresent(v)} className="member-checks" data-testid="attendance"
              options={s.members.map((m) => ({ value: m.userId, label: `${m.name} (${m.title})` }))} />
            <div style={{ marginTop: 8 }}><Button onClick={() => void run(() => councilApi.attendance(s.id, present), t('common.saved'))} data-testid="attendance-save">{t('cw.council.saveAttendance')}</Button></div>
          </>
        ) : (
          <ul className="tight-list">{s.members.map((m) => <li key={m.userId}>{m.name} — {m.title}: {t(m.present ? 'cw.council.present' : 'cw.council.absent')}</li>)}</ul>
        )}
        {(s.isSecretary || hasRole(user, 'admin')) && s.state !== 'closed' && s.agenda.length > 0 && (
          <Button className="wrap-button" style={{ marginTop: 8 }} onClick={() => { setWritten({}); setWrittenFor(s.members.find((m) => !m.present)?.userId); }} data-testid="written-open">{t('cw.council.written')}</Button>
        )}
      </Card>
      <Modal
        open={writtenFor !== undefined} title={t('cw.council.written')} okText={t('common.save')} cancelText={t('common.cancel')} onCancel={() => setWrittenFor(undefined)} width={640}
        okButtonProps={{ disabled: !writtenFor || s.agenda.some((a) => written[a.id] === undefined), 'data-testid': 'written-save' }}
        onOk={() => run(() => councilApi.written(s.id, writtenFor!, s.agenda.map((a) => ({ agendaId: a.id, approve: written[a.id]! }))), t('common.saved')).then(() => setWrittenFor(undefined))}
      >
        <Typography.Paragraph>{t('cw.council.writtenHelp')}</Typography.Paragraph>
        <Select style={{ width: '100%', marginBottom: 12 }} value={writtenFor} onChange={setWrittenFor} data-testid="written-member"
          options={s.members.filter((m) => !m.present).map((m) => ({ value: m.userId, label: m.name }))} />
        {s.agenda.map((a) => (
          <div key={a.id} style={{ marginBottom: 8 }}>
            <div><b>{a.name}</b> — {a.awardTypeName}</div>
            <Radio.Group value={written[a.id]} onChange={(e) => setWritten({ ...written, [a.id]: e.target.value as boolean })} data-testid={`written-${a.name}`}
              options={[{ value: true, label: t('cw.ballot.yes') }, { value: false, label: t('cw.ballot.no') }]} />
          </div>
        ))}
      </Modal>
    </div>
  );
}

