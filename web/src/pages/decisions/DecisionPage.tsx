/** One decision: preview, recipients and money, issue (numbered, into the sổ vàng), .docx, revoke. */
import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Space, Table, Tabs, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { apiUrl } from '../../api/client.js';
import { decisionApi, useDecision, useDecisionChange, type Decision } from '../../api/commendation.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { DECISION_COLORS } from './DecisionsPage.js';
import { DocumentPreview } from './DocumentPreview.js';

export function DecisionPage() {
  const { id } = useParams();
  const q = useDecision(id);
  if (q.error) return <QueryError error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  return <DecisionView d={q.data} />;
}

function DecisionView({ d }: { d: Decision }) {
  const { t } = useTranslation();
  const [issuing, setIssuing] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const issue = useDecisionChange((v: { date: string; number?: number }) => decisionApi.issue(d, v));
  const revoke = useDecisionChange((v: { number: string; date: string; reason: string }) => decisionApi.revoke(d, v));
  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Text type="secondary"><Link to={`/app/khen-thuong/ho-so/${d.proposal.id}`}>{d.proposal.title}</Link></Typography.Text>
          <Typography.Title level={3} className="page-title">{d.number ? `${t('cw.decisions.one')} ${d.number}` : t('cw.decisions.draftTitle')}</Typography.Title>
          <Space><Tag color={DECISION_COLORS[d.state]} data-testid="decision-state">{t(`cw.decisions.states.${d.state}`)}</Tag>{d.date && formatDate(d.date)}</Space>
        </div>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={apiUrl(`/decisions/${d.id}/document.docx`)} data-testid="decision-docx">{t('cw.decisions.docx')}</Button>
          {d.state === 'draft' && <Button type="primary" onClick={() => setIssuing(true)} data-testid="decision-issue">{t('cw.decisions.issue')}</Button>}
          {d.state === 'issued' && new Set(d.items.map((i) => i.awardType)).size === 1 && (
            <Button icon={<PrinterOutlined />} href={apiUrl(`/decisions/${d.id}/certificates.docx`)} data-testid="decision-certificates">{t('cw.decisions.certificates')}</Button>
          )}
          {d.state === 'issued' && <Button danger onClick={() => setRevoking(true)} data-testid="decision-revoke">{t('cw.decisions.revoke')}</Button>}
        </Space>
      </div>
      {d.revocation && <Alert type="error" showIcon className="toolbar" title={t('cw.decisions.revokedBy', { number: d.revocation.number, date: formatDate(d.revocation.date), reason: d.revocation.reason })} />}
      <Tabs items={[
        { key: 'preview', label: t('cw.decisions.preview'), children: <DocumentPreview doc={d.document} numberLine={d.numberLine} /> },
        {
          key: 'items', label: t('cw.decisions.recipientsN', { n: d.items.length }), children: (
            <Table rowKey="nomineeId" size="small" pagination={false} dataSource={d.items} scroll={{ x: 600 }}
              summary={() => <Table.Summary.Row><Table.Summary.Cell index={0} colSpan={3}><b>{t('cw.decisions.total')}</b></Table.Summary.Cell><Table.Summary.Cell index={1} align="right"><b>{formatNumber(d.total)}</b></Table.Summary.Cell><Table.Summary.Cell index={2} /></Table.Summary.Row>}
              columns={[
                { title: t('cw.fields.nominee'), render: (_, i) => <><b>{i.name}</b><div className="muted">{[i.position, i.unitName].filter(Boolean).join(', ')}</div></> },
                { title: t('cw.fields.awardType'), dataIndex: 'awardTypeName' },
                { title: t('cw.fields.subjectKind'), render: (_, i) => t(`cw.subjects.${i.subjectKind}`) },
                { title: t('cw.decisions.amount'), align: 'right', render: (_, i) => (i.amount === null ? '—' : formatNumber(i.amount)) },
                { title: t('cw.decisions.registry'), render: (_, i) => i.awardId ? <Link to="/app/so-vang">{t('cw.decisions.inRegistry')}</Link> : '—' },
                ...(d.state === 'issued' ? [{ title: '', render: (_: unknown, i: Decision['items'][number]) => <a href={apiUrl(`/decisions/${d.id}/certificates.docx`, { nomineeId: i.nomineeId })}>{t('cw.decisions.certificate')}</a> }] : []),
              ]} />
          ),
        },
      ]} />
      <FormModal<{ date: dayjs.Dayjs; number?: number }>
        open={issuing} title={t('cw.decisions.issue')} testId="issue-form" okText={t('cw.decisions.issue')} onClose={() => setIssuing(false)} fields={['date', 'number']}
        initialValues={{ date: dayjs() }} intro={<Alert type="warning" showIcon className="form-alert" title={t('cw.decisions.issueHelp', { n: d.items.length })} />}
        onSubmit={({ date, number }) => issue.mutateAsync({ date: date.format('YYYY-MM-DD'), number: number ?? undefined })}
      >
        {() => (
          <>
            <Form.Item name="date" label={t('cw.decisions.date')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
            <Form.Item name="number" label={t('cw.decisions.numberOptional')} extra={t('cw.decisions.numberHelp')}><InputNumber min={1} data-testid="issue-number" /></Form.Item>
          </>
        )}
      </FormModal>
      <FormModal<{ number: string; date: dayjs.Dayjs; reason: string }>
        open={revoking} title={t('cw.decisions.revoke')} testId="revoke-form" okText={t('cw.decisions.revoke')} danger onClose={() => setRevoking(false)} fields={['number', 'date', 'reason']}
        initialValues={{ date: dayjs() }} intro={<Typography.Paragraph>{t('cw.decisions.revokeHelp')}</Typography.Paragraph>}
        onSubmit={({ date, ...v }) => revoke.mutateAsync({ ...v, date: date.format('YYYY-MM-DD') })}
      >
        {() => (
          <>
            <Form.Item name="number" label={t('cw.decisions.revokingNumber')} rules={[{ required: true }]}><Input placeholder="12/QĐ-UBND" /></Form.Item>
            <Form.Item name="date" label={t('cw.decisions.date')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
            <Form.Item name="reason" label={t('cw.history.reason')} rules={[{ required: true, min: 5 }]}><Input.TextArea rows={3} /></Form.Item>
          </>
        )}
      </FormModal>
    </div>
  );
}
