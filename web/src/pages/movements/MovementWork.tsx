/**
 * The work of a movement: the board's steps (edit, launch, reviews, close) and roll-ups of who has
 * registered and reported; a unit in scope registers and sends its review reports here.
 */
import { Alert, App, Button, Card, Form, Input, Space, Statistic, Table, Tabs, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  uploadFile, useMovementAction, useRegisterUnit, useRegistrations, useReports, useSubmitReport,
  type MovementAction, type MovementFull, type RegistrationRow, type ReportKind, type ReportRow, type Rollup, type SubmissionState,
} from '../../api/emulation.js';
import { hasRole, useMe } from '../../app/auth.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { MovementFormModal } from './MovementFormModal.js';

const NEXT: Record<string, MovementAction[]> = { draft: ['launch'], launched: ['mid_term_review', 'final_review'], mid_term_reviewed: ['final_review'], final_reviewed: ['close'], closed: [] };
const STATE_COLOR: Record<SubmissionState, string> = { on_time: 'green', late: 'orange', missing: 'red' };

export function StateTag({ state }: { state: SubmissionState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLOR[state]}>{t(`emulation.state.${state}`)}</Tag>;
}

function Counts({ r }: { r: Rollup<unknown> }) {
  const { t } = useTranslation();
  return (
    <Space size="large" wrap className="rollup-counts">
      <Statistic title={t('emulation.rollup.total')} value={r.total} />
      <Statistic title={t('emulation.state.on_time')} value={r.onTime} />
      <Statistic title={t('emulation.state.late')} value={r.late} />
      <Statistic title={t('emulation.state.missing')} value={r.missing} />
      {r.deadline && <Statistic title={t('emulation.rollup.deadline')} value={formatDate(r.deadline)} />}
    </Space>
  );
}

function Actions({ m }: { m: MovementFull }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const act = useMovementAction(m.id);
  const [editing, setEditing] = useState(false);
  const run = (a: MovementAction) => modal.confirm({
    title: t(`emulation.movement.actions.${a}`),
    content: t(`emulation.movement.confirm.${a}`, { count: m.scope.length }),
    okText: t(`emulation.movement.actions.${a}`),
    cancelText: t('common.cancel'),
    onOk: () => act.mutateAsync(a).then(() => void message.success(t('common.saved'))).catch((e: Error) => { void message.error(e.message); }),
  });
  return (
    <Space wrap className="movement-actions">
      {m.status !== 'final_reviewed' && m.status !== 'closed' && <Button onClick={() => setEditing(true)} data-testid="movement-edit">{t('emulation.movement.edit')}</Button>}
      {(NEXT[m.status] ?? []).map((a) => (
        <Button key={a} type={a === 'launch' ? 'primary' : 'default'} onClick={() => run(a)} data-testid={`movement-${a}`}>{t(`emulation.movement.actions.${a}`)}</Button>
      ))}
      <MovementFormModal open={editing} movement={m} onClose={() => setEditing(false)} />
    </Space>
  );
}

function OwnRegistration({ m, row }: { m: MovementFull; row: RegistrationRow }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const register = useRegisterUnit(m.id);
  const [error, setError] = useState<string | null>(null);
  return (
    <Card size="small" title={t('emulation.registration.own', { unit: row.unit.name })} extra={<StateTag state={row.state} />}>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form layout="vertical" initialValues={{ commitments: row.commitments ?? '' }} onFinish={(v: { commitments: string }) => {
        setError(null);
        register.mutateAsync({ unitId: row.unit.id, commitments: v.commitments, targets: row.targets }).then(() => void message.success(t('emulation.registration.done'))).catch((e: Error & { details?: Array<{ message: string }> }) => setError([e.message, ...(e.details ?? []).map((d) => d.message)].join(' ')));
      }}>
        <Form.Item name="commitments" label={t('emulation.registration.commitments')} rules={[{ required: true, min: 10, message: t('emulation.registration.commitmentsHelp') }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} data-testid="registration-commitments" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="registration-submit">{row.registeredAt ? t('emulation.registration.update') : t('emulation.registration.submit')}</Button>
      </Form>
    </Card>
  );
}

function OwnReport({ m, kind, row }: { m: MovementFull; kind: ReportKind; row: ReportRow }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const submit = useSubmitReport(m.id);
  const [files, setFiles] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  return (
    <Card size="small" title={t(`emulation.report.own.${kind}`)} extra={<StateTag state={row.state} />}>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form layout="vertical" initialValues={{ body: row.body ?? '' }} onFinish={(v: { body: string }) => {
        setError(null);
        submit.mutateAsync({ unitId: row.unit.id, kind, body: v.body, fileIds: files }).then(() => void message.success(t('common.saved'))).catch((e: Error & { details?: Array<{ message: string }> }) => setError([e.message, ...(e.details ?? []).map((d) => d.message)].join(' ')));
      }}>
        <Form.Item name="body" label={t('emulation.report.body')} rules={[{ required: true, min: 20, message: t('emulation.report.bodyHelp') }]}><Input.TextArea autoSize={{ minRows: 4 }} /></Form.Item>
        <Space wrap>
          <Upload customRequest={({ file, onSuccess, onError }) => { uploadFile(file as File).then((r) => { setFiles((f) => [...f, r.id]); onSuccess?.(r); }).catch((e: Error) => onError?.(e)); }}>
            <Button>{t('emulation.upload')}</Button>
          </Upload>
          <Button type="primary" htmlType="submit" loading={submit.isPending}>{t('emulation.report.submit')}</Button>
        </Space>
      </Form>
    </Card>
  );
}

function ReportsTab({ m, kind, officer }: { m: MovementFull; kind: ReportKind; officer: string | null }) {
  const { t } = useTranslation();
  const reports = useReports(m.id, kind);
  if (!reports.data) return null;
  const own = officer ? reports.data.rows.find((r) => r.unit.id === officer) : undefined;
  const open = kind === 'mid_term' ? m.status === 'launched' : m.status === 'launched' || m.status === 'mid_term_reviewed';
  return (
    <>
      {own && open && <OwnReport m={m} kind={kind} row={own} />}
      <Counts r={reports.data} />
      <Table<ReportRow> size="small" rowKey={(r) => r.unit.id} dataSource={reports.data.rows} pagination={false} scroll={{ x: 640 }} columns={[
        { title: t('emulation.unit'), render: (_, r) => r.unit.name },
        { title: t('emulation.rollup.state'), width: 130, render: (_, r) => <StateTag state={r.state} /> },
        { title: t('emulation.report.at'), width: 150, render: (_, r) => formatDateTime(r.submittedAt) },
        { title: t('emulation.report.files'), render: (_, r) => r.files.map((f) => <div key={f.url}><a href={f.url}>{f.name}</a></div>) },
      ]} />
    </>
  );
}

export function MovementWork({ movement: m }: { movement: MovementFull }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const regs = useRegistrations(m.id);
  const board = hasRole(me, 'admin', 'board');
  const officer = hasRole(me, 'unit_officer') && me ? me.unit.id : null;
  const own = officer ? regs.data?.rows.find((r) => r.unit.id === officer) : undefined;
  const running = m.status === 'launched' || m.status === 'mid_term_reviewed';
  return (
    <Card size="small" title={t('emulation.movement.work')} extra={board ? <Actions m={m} /> : null} data-testid="movement-work">
      <Tabs items={[
        {
          key: 'registrations', label: t('emulation.registration.tab'),
          children: regs.data ? (
            <>
              {own && running && <OwnRegistration m={m} row={own} />}
              <Counts r={regs.data} />
              <Table<RegistrationRow> size="small" rowKey={(r) => r.unit.id} dataSource={regs.data.rows} pagination={false} scroll={{ x: 640 }} data-testid="registration-rollup" columns={[
                { title: t('emulation.unit'), render: (_, r) => r.unit.name },
                { title: t('emulation.rollup.state'), width: 130, render: (_, r) => <StateTag state={r.state} />,
                  filters: (['on_time', 'late', 'missing'] as const).map((s) => ({ text: t(`emulation.state.${s}`), value: s })), onFilter: (v, r) => r.state === v },
                { title: t('emulation.registration.at'), width: 150, render: (_, r) => formatDateTime(r.registeredAt) },
                { title: t('emulation.registration.commitments'), render: (_, r) => r.commitments },
              ]} />
            </>
          ) : null,
        },
        { key: 'mid', label: t('emulation.report.tab.mid_term'), children: <ReportsTab m={m} kind="mid_term" officer={officer} /> },
        { key: 'final', label: t('emulation.report.tab.final'), children: <ReportsTab m={m} kind="final" officer={officer} /> },
      ]} />
    </Card>
  );
}
