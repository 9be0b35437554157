/** Decisions of one dossier: the list, and the draft form for the nominees approved and not yet decided. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DECISION_DEFAULTS, decisionApi, useDecisions, type DecisionFields, type Proposal } from '../../api/commendation.js';
import { FormModal } from '../../components/FormModal.js';
import { formatDate } from '../../lib/format.js';

type Values = Omit<DecisionFields, 'bases' | 'recipients'> & { bases: string; recipients: string; nomineeIds: string[] };
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

export function DecisionsTab({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useDecisions(proposal.id);
  const [drafting, setDrafting] = useState(false);
  const open = proposal.nominees.filter((n) => (n.outcome === 'approved' || n.outcome === 'lowered') && !n.awardId);
  return (
    <>
      {proposal.state === 'to_council' && (
        <Space className="toolbar"><Button type="primary" icon={<PlusOutlined />} disabled={open.length === 0} onClick={() => setDrafting(true)} data-testid="decision-draft">{t('cw.decisions.draft')}</Button></Space>
      )}
      <Table
        rowKey="id" size="small" pagination={false} dataSource={list.data?.items} loading={list.isFetching}
        columns={[
          { title: t('cw.decisions.number'), render: (_, d) => <Link to={`/app/khen-thuong/quyet-dinh/${d.id}`}>{d.number ?? t('cw.decisions.unnumbered')}</Link> },
          { title: t('cw.decisions.date'), render: (_, d) => (d.date ? formatDate(d.date) : '—') },
          { title: t('cw.decisions.summary'), dataIndex: 'summary' },
          { title: t('cw.fields.state'), render: (_, d) => <Tag color={d.state === 'issued' ? 'green' : d.state === 'revoked' ? 'red' : 'default'}>{t(`cw.decisions.states.${d.state}`)}</Tag> },
        ]}
      />
      <FormModal<Values>
        open={drafting} title={t('cw.decisions.draft')} testId="decision-form" width={720} onClose={() => setDrafting(false)}
        fields={['issuerName', 'issuerSymbol', 'place', 'summary', 'authority', 'bases', 'signForm', 'signerTitle', 'signerName', 'fundingSource', 'recipients', 'nomineeIds']}
        initialValues={{
          ...DECISION_DEFAULTS, bases: DECISION_DEFAULTS.bases.join('\n'), recipients: DECISION_DEFAULTS.recipients.join('\n'), nomineeIds: open.map((n) => n.id),
          summary: `Về việc tặng ${[...new Set(open.map((n) => n.loweredToName ?? n.awardTypeName))].join(', ')}`,
        }}
        onSubmit={async (v) => {
          const d = await decisionApi.create(proposal.id, { ...v, bases: lines(v.bases), recipients: lines(v.recipients) });
          void navigate(`/app/khen-thuong/quyet-dinh/${d.id}`);
        }}
      >
        {() => (
          <>
            <Form.Item name="nomineeIds" label={t('cw.decisions.recipients')} rules={[{ required: true }]}>
              <Checkbox.Group options={open.map((n) => ({ value: n.id, label: `${n.name} — ${n.loweredToName ?? n.awardTypeName}` }))} />
            </Form.Item>
            <Space wrap>
              <Form.Item name="issuerName" label={t('cw.decisions.issuer')} rules={[{ required: true }]}><Input.TextArea rows={2} style={{ width: 280 }} /></Form.Item>
              <Form.Item name="issuerSymbol" label={t('cw.decisions.symbol')} rules={[{ required: true }]}><Input style={{ width: 120 }} /></Form.Item>
              <Form.Item name="place" label={t('cw.decisions.place')} rules={[{ required: true }]}><Input style={{ width: 140 }} /></Form.Item>
            </Space>
            <Form.Item name="summary" label={t('cw.decisions.summary')} rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item name="authority" label={t('cw.decisions.authority')} rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item name="bases" label={t('cw.decisions.bases')} extra={t('cw.decisions.oneALine')}><Input.TextArea rows={4} /></Form.Item>
            <Space wrap>
              <Form.Item name="signForm" label={t('cw.decisions.signForm')}><Radio.Group options={[{ value: 'KT', label: 'KT.' }, { value: 'TM', label: 'TM.' }, { value: 'none', label: t('cw.decisions.direct') }]} /></Form.Item>
              <Form.Item name="signerTitle" label={t('cw.decisions.signerTitle')} rules={[{ required: true }]}><Input style={{ width: 180 }} /></Form.Item>
              <Form.Item name="signerName" label={t('cw.decisions.signerName')} rules={[{ required: true }]}><Input style={{ width: 220 }} data-testid="decision-signer" /></Form.Item>
            </Space>
            <Form.Item name="fundingSource" label={t('cw.decisions.funding')} rules={[{ required: true }]}><Input /></Form.Item>
            <Form.Item name="recipients" label={t('cw.decisions.noiNhan')} extra={t('cw.decisions.oneALine')}><Input.TextArea rows={3} /></Form.Item>
          </>
        )}
      </FormModal>
    </>
  );
}
