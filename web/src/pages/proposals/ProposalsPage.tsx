/** Hồ sơ đề nghị khen thưởng: the dossiers the caller may see, filtered by state, searched without diacritics. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PROCEDURES, PROPOSAL_STATES, proposalApi, ROUNDS, useProposals, type ProposalBody, type ProposalSummary } from '../../api/commendation.js';
import { hasRole, useMe } from '../../app/auth.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryError } from '../../components/QueryError.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { StateTag } from './stateTag.js';

export function ProposalsPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const state = params.get('trang-thai') ?? '';
  const [q, setQ] = useState('');
  const list = useProposals({ state: state || undefined, q: q || undefined });
  const [creating, setCreating] = useState(false);
  const canCreate = hasRole(user, 'admin', 'unit_officer');

  const columns = [
    { title: t('cw.fields.title'), dataIndex: 'title', render: (v: string, p: ProposalSummary) => <Link to={`/app/khen-thuong/ho-so/${p.id}`}>{v}</Link> },
    { title: t('cw.fields.unit'), render: (_: unknown, p: ProposalSummary) => p.unit.name, responsive: ['md' as const] },
    { title: t('cw.fields.round'), render: (_: unknown, p: ProposalSummary) => `${t(`cw.rounds.${p.round}`)} ${p.year}`, responsive: ['lg' as const] },
    { title: t('cw.fields.nominees'), dataIndex: 'nomineeCount', align: 'right' as const, render: (n: number) => formatNumber(n), responsive: ['md' as const] },
    {
      title: t('cw.fields.due'), render: (_: unknown, p: ProposalSummary) => (
        <Space size={4}>{p.dueDate ? formatDate(p.dueDate) : '—'}{p.late && <Tag color="red">{t('cw.late')}</Tag>}</Space>
      ), responsive: ['lg' as const],
    },
    { title: t('cw.fields.state'), dataIndex: 'state', render: (s: ProposalSummary['state']) => <StateTag state={s} /> },
  ];

  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('cw.proposals.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('cw.proposals.subtitle')}</Typography.Text>
        </div>
        {canCreate && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="proposal-create">{t('cw.proposals.create')}</Button>}
      </div>
      <Space wrap className="toolbar">
        <Select
          value={state} style={{ minWidth: 200 }} onChange={(v: string) => setParams(v ? { 'trang-thai': v } : {})} data-testid="proposal-state-filter"
          options={[{ value: '', label: t('cw.allStates') }, ...PROPOSAL_STATES.map((s) => ({ value: s, label: t(`cw.states.${s}`) }))]}
        />
        <Input.Search allowClear placeholder={t('cw.proposals.search')} onSearch={setQ} style={{ maxWidth: 320 }} data-testid="proposal-search" />
      </Space>
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<ProposalSummary> rowKey="id" size="middle" loading={list.isFetching} dataSource={list.data?.items} columns={columns} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="proposal-list" />
      <FormModal<ProposalBody & { event?: dayjs.Dayjs }>
        open={creating} title={t('cw.proposals.create')} testId="proposal-form" onClose={() => setCreating(false)}
        fields={['unitId', 'title', 'round', 'procedure', 'year', 'eventDate']}
        initialValues={{ unitId: user?.unit.id, round: 'year_end', procedure: 'regular', year: dayjs().year(), title: t('cw.proposals.defaultTitle', { year: dayjs().year() }) }}
        onSubmit={async ({ event, ...v }) => {
          const p = await proposalApi.create({ ...v, eventDate: event ? event.format('YYYY-MM-DD') : null });
          void navigate(`/app/khen-thuong/ho-so/${p.id}`);
        }}
      >
        {() => (
          <>
            <Form.Item name="unitId" label={t('cw.fields.unit')} rules={[{ required: true }]}><UnitTreeSelect data-testid="proposal-form-unit" /></Form.Item>
            <Form.Item name="title" label={t('cw.fields.title')} rules={[{ required: true, min: 5 }]}><Input data-testid="proposal-form-title" /></Form.Item>
            <Space wrap>
              <Form.Item name="round" label={t('cw.fields.round')}><Select style={{ width: 200 }} options={ROUNDS.map((r) => ({ value: r, label: t(`cw.rounds.${r}`) }))} /></Form.Item>
              <Form.Item name="year" label={t('cw.fields.year')}><InputNumber min={1945} max={2100} /></Form.Item>
            </Space>
            <Form.Item name="procedure" label={t('cw.fields.procedure')}><Select options={PROCEDURES.map((r) => ({ value: r, label: t(`cw.procedures.${r}`) }))} /></Form.Item>
            <Form.Item noStyle shouldUpdate>
              {({ getFieldValue }) => getFieldValue('round') === 'thematic' && (
                <Form.Item name="event" label={t('cw.fields.eventDate')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
              )}
            </Form.Item>
          </>
        )}
      </FormModal>
    </div>
  );
}
