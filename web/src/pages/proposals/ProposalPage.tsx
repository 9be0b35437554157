/**
 * One dossier: its nominees with the eligibility check, the documents the law asks for, the history
 * of its steps; the unit edits and sends it, the board reviews, publishes, records outcomes and drafts decisions.
 */
import { CheckCircleTwoTone, DeleteOutlined, DownloadOutlined, ExclamationCircleTwoTone, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Input, InputNumber, List, Modal, Popconfirm, Space, Table, Tabs, Tag, Timeline, Tooltip, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../api/client.js';
import { proposalApi, useProposal, useProposalChange, type Nominee, type Proposal, type ProposalAction } from '../../api/commendation.js';
import { useAwardSettings } from '../../api/settings.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate, formatDateTime, formatFileSize } from '../../lib/format.js';
import { DecisionsTab } from './DecisionsTab.js';
import { NomineeFormModal } from './NomineeFormModal.js';
import { OutcomeModal } from './OutcomeModal.js';
import { OutcomeTag, StateTag } from './stateTag.js';

const NEEDS_REASON: ProposalAction[] = ['return', 'reject'];

export function ProposalPage() {
  const { id } = useParams();
  const q = useProposal(id);
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  return <ProposalView p={q.data} />;
}

function ProposalView({ p }: { p: Proposal }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { data: user } = useMe();
  const isBoard = hasRole(user, 'admin', 'board');
  const [adding, setAdding] = useState(false);
  const [reasonFor, setReasonFor] = useState<ProposalAction | null>(null);
  const [reason, setReason] = useState('');
  const [judging, setJudging] = useState<Nominee | null>(null);
  const [publishing, setPublishing] = useState(false);
  // The board's number of working days, until the officer types another.
  const boardDays = Number(useAwardSettings().data?.items.find((s) => s.key === 'disclosureWorkingDays')?.current.value ?? 10);
  const [typedDays, setDays] = useState<number | null>(null);
  const days = typedDays ?? boardDays;
  const qc = useQueryClient();
  const change = useProposalChange((f: () => Promise<Proposal>) => f());
  const run = (f: () => Promise<Proposal>, ok?: string) => change.mutateAsync(f).then(() => { if (ok) void message.success(ok); }, (e: Error) => { void message.error(e.message); throw e; });

  const act = (action: ProposalAction) => {
    if (NEEDS_REASON.includes(action)) { setReason(''); setReasonFor(action); return; }
    modal.confirm({
      title: t(`cw.actions.${action}`), content: t(`cw.confirm.${action}`, { defaultValue: '' }) || undefined, okText: t(`cw.actions.${action}`), cancelText: t('common.cancel'),
      onOk: () => run(() => proposalApi.transition(p, action), t('cw.done')).catch(() => undefined),
    });
  };

  const nominees = (
    <>
      {p.editable && (
        <Space wrap className="toolbar">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="nominee-add">{t('cw.nominees.add')}</Button>
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={(file) => { void run(() => proposalApi.importNominees(p, file), t('cw.nominees.imported')).catch(() => undefined); return false; }}>
            <Button icon={<UploadOutlined />} data-testid="nominee-import">{t('cw.nominees.import')}</Button>
          </Upload>
          <Button icon={<FileExcelOutlined />} href={apiUrl('/proposals/nominee-template.xlsx')}>{t('cw.nominees.template')}</Button>
        </Space>
      )}
      <Table<Nominee>
        rowKey="id" size="middle" pagination={false} dataSource={p.nominees} data-testid="nominee-table" scroll={{ x: 720 }}
        expandable={{ expandedRowRender: (n) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{n.achievements}</Typography.Paragraph> }}
        columns={[
          { title: '#', dataIndex: 'order', width: 48 },
          { title: t('cw.fields.nominee'), render: (_, n) => <><b>{n.name}</b><div className="muted">{[n.position, n.unit.name].filter(Boolean).join(', ')}</div></> },
          { title: t('cw.fields.awardType'), dataIndex: 'awardTypeName' },
          {
            title: t('cw.fields.eligibility'), render: (_, n) => n.eligibility.eligible === null ? <Tag>{t('cw.eligibility.unknown')}</Tag>
              : n.eligibility.eligible ? <Tag icon={<CheckCircleTwoTone twoToneColor="#52c41a" />} color="success">{t('cw.eligibility.yes')}</Tag>
                : (
                  <Tooltip title={<ul className="tight-list">{(n.eligibility.missing ?? []).map((m) => <li key={m}>{m}</li>)}</ul>}>
                    <Tag icon={<ExclamationCircleTwoTone twoToneColor="#fa8c16" />} color="warning">{t('cw.eligibility.no')}</Tag>
                    {n.overrideReason && <div className="muted">{t('cw.nominees.reasonGiven')}: {n.overrideReason}</div>}
                  </Tooltip>
                ),
          },
          { title: t('cw.fields.outcome'), render: (_, n) => <><OutcomeTag n={n} />{n.outcomeReason && <div className="muted">{n.outcomeReason}</div>}</> },
          {
            title: '', width: 120, render: (_, n) => (
              <Space>
                {p.editable && n.eligibility.eligible === false && (
                  <Button size="small" onClick={() => modal.confirm({
                    title: t('cw.fields.overrideReason'), content: <Input.TextArea id="override-reason" defaultValue={n.overrideReason ?? ''} rows={3} />,
                    onOk: () => run(() => proposalApi.editNominee(p, n.id, { overrideReason: (document.getElementById('override-reason') as HTMLTextAreaElement).value }), t('common.saved')),
                  })}>{t('cw.nominees.giveReason')}</Button>
                )}
                {p.editable && <Popconfirm title={t('cw.nominees.removeConfirm')} onConfirm={() => run(() => proposalApi.removeNominee(p, n.id))}><Button size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} /></Popconfirm>}
                {p.reviewable && !n.awardId && <Button size="small" onClick={() => setJudging(n)} data-testid="nominee-outcome">{t('cw.nominees.outcome')}</Button>}
              </Space>
            ),
          },
        ]}
      />
    </>
  );

  const documents = (
    <List
      data-testid="document-list"
      dataSource={p.requiredDocuments.concat(p.documents.some((d) => !p.requiredDocuments.some((r) => r.name === d.requirement)) ? [{ name: 'Tài liệu khác', provided: true }] : [])}
      renderItem={(r) => (
        <List.Item
          actions={p.editable ? [
            <Upload key="up" accept=".pdf,.docx,.jpg,.jpeg,.png" showUploadList={false} beforeUpload={(file) => { void run(() => proposalApi.upload(p, r.name, file), t('cw.documents.uploaded')).catch(() => undefined); return false; }}>
              <Button size="small" icon={<UploadOutlined />} data-testid="document-upload">{t('cw.documents.upload')}</Button>
            </Upload>,
          ] : []}
        >
          <List.Item.Meta
            avatar={r.provided ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <ExclamationCircleTwoTone twoToneColor="#fa8c16" />}
            title={r.name}
            description={p.documents.filter((d) => d.requirement === r.name).map((d) => (
              <div key={d.id}>
                <a href={apiUrl(`/proposals/${p.id}/documents/${d.id}/file`)}><DownloadOutlined /> {d.fileName}</a> <span className="muted">({formatFileSize(d.size)}, {formatDateTime(d.uploadedAt)})</span>
                {p.editable && <Button type="link" size="small" danger onClick={() => void run(() => proposalApi.removeDocument(p, d.id)).catch(() => undefined)}>{t('common.delete')}</Button>}
              </div>
            ))}
          />
        </List.Item>
      )}
    />
  );

  const history = p.history.length === 0 ? <Typography.Text type="secondary">{t('cw.history.none')}</Typography.Text> : (
    <Timeline data-testid="proposal-history" items={p.history.map((h) => ({
      children: <><b>{t(`cw.actions.${h.action}`)}</b> — {h.by}, {formatDateTime(h.at)}<div className="muted">{h.fromLabel} → {h.toLabel}</div>{h.reason && <div>{t('cw.history.reason')}: {h.reason}</div>}</>,
    }))} />
  );

  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Text type="secondary"><Link to="/app/khen-thuong/ho-so">{t('cw.proposals.title')}</Link></Typography.Text>
          <Typography.Title level={3} className="page-title">{p.title}</Typography.Title>
          <Space wrap><StateTag state={p.state} />{p.late && <Tag color="red">{t('cw.late')}</Tag>}{p.reminder !== 'none' && <Tag color="orange">{t(`cw.reminder.${p.reminder}`)}</Tag>}</Space>
        </div>
        <Space wrap>
          {p.actions.map((a) => (
            <Button key={a} type={a === 'return' || a === 'reject' ? 'default' : 'primary'} danger={a === 'reject'} onClick={() => act(a)} data-testid={`action-${a}`}>{t(`cw.actions.${a}`)}</Button>
          ))}
          {isBoard && p.state === 'to_council' && <Button onClick={() => setPublishing(true)} data-testid="action-publish">{t('cw.actions.open_disclosure')}</Button>}
        </Space>
      </div>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} className="toolbar" items={[
        { label: t('cw.fields.unit'), children: p.unit.name },
        { label: t('cw.fields.round'), children: `${t(`cw.rounds.${p.round}`)} ${p.year}` },
        { label: t('cw.fields.procedure'), children: t(`cw.procedures.${p.procedure}`) },
        { label: t('cw.fields.due'), children: p.dueDate ? formatDate(p.dueDate) : '—' },
        { label: t('cw.fields.submittedAt'), children: p.submittedAt ? formatDateTime(p.submittedAt) : '—' },
      ]} />
      {p.editable && p.issues.length > 0 && (
        <Alert type="warning" showIcon className="toolbar" data-testid="proposal-issues" title={t('cw.issues')} description={<ul className="tight-list">{p.issues.map((i) => <li key={`${i.path}${i.message}`}>{i.message}</li>)}</ul>} />
      )}
      {p.state === 'returned' && p.history.at(-1)?.reason && <Alert type="error" showIcon className="toolbar" title={t('cw.returnedBecause', { reason: p.history.at(-1)!.reason })} />}
      <Tabs items={[
        { key: 'nominees', label: t('cw.tabs.nominees', { n: p.nominees.length }), children: nominees },
        { key: 'documents', label: t('cw.tabs.documents'), children: documents },
        { key: 'history', label: t('cw.tabs.history'), children: history },
        ...(isBoard && ['to_council', 'decided'].includes(p.state) ? [{ key: 'decisions', label: t('cw.tabs.decisions'), children: <DecisionsTab proposal={p} /> }] : []),
      ]} />
      <NomineeFormModal proposal={p} open={adding} onClose={() => setAdding(false)} />
      <OutcomeModal proposal={p} nominee={judging} onClose={() => setJudging(null)} />
      <Modal
        open={reasonFor !== null} title={reasonFor ? t(`cw.actions.${reasonFor}`) : ''} okText={reasonFor ? t(`cw.actions.${reasonFor}`) : ''} cancelText={t('common.cancel')}
        okButtonProps={{ danger: reasonFor === 'reject', disabled: reason.trim().length < 5, 'data-testid': 'reason-ok' }} onCancel={() => setReasonFor(null)}
        onOk={() => run(() => proposalApi.transition(p, reasonFor!, reason), t('cw.done')).then(() => setReasonFor(null), () => undefined)}
      >
        <Typography.Paragraph>{t('cw.reasonHelp')}</Typography.Paragraph>
        <Input.TextArea rows={4} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="reason-input" />
      </Modal>
      <Modal
        open={publishing} title={t('cw.disclosure.publish')} okText={t('cw.disclosure.publishOk')} cancelText={t('common.cancel')} onCancel={() => setPublishing(false)}
        okButtonProps={{ 'data-testid': 'publish-ok' }}
        onOk={() => proposalApi.publish(p, { workingDays: days }).then(() => { setPublishing(false); void message.success(t('cw.disclosure.published')); void qc.invalidateQueries({ queryKey: ['proposals'] }); }, (e: Error) => void message.error(e.message))}
      >
        <Typography.Paragraph>{t('cw.disclosure.publishHelp')}</Typography.Paragraph>
        <Space>{t('cw.disclosure.days')}<InputNumber min={1} max={60} value={days} onChange={(v) => setDays(v)} /></Space>
      </Modal>
    </div>
  );
}
