/**
 * The work of a movement: the board's steps (edit, launch, reviews, close) and roll-ups of who has
 * registered and reported; a unit in scope registers and sends its review reports here.
 */
import { Alert, App, Button, Card, Form, Input, Space, Table, Tabs, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  uploadFile, useMovementAction, useRegistrations, useReports, useSubmitReport,
  type MovementAction, type MovementFull, type RegistrationRow, type ReportKind, type ReportRow,
} from '../../api/emulation.js';
import { hasRole, useMe } from '../../app/auth.js';
import { formatDateTime } from '../../lib/format.js';
import { MovementFormModal } from './MovementFormModal.js';
import { OwnRegistration } from './OwnRegistration.js';
import { Counts, RollupFilters, StateTag, useRollupPaging } from './Rollup.js';

const NEXT: Record<string, MovementAction[]> = { draft: ['launch'], launched: ['mid_term_review', 'final_review'], mid_term_reviewed: ['final_review'], final_reviewed: ['close'], closed: [] };
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
  const paging = useRollupPaging();
  const reports = useReports(m.id, kind, paging.query);
  if (!reports.data) return null;
  const own = officer && reports.data.own?.unit.id === officer ? reports.data.own : undefined;
  const open = kind === 'mid_term' ? m.status === 'launched' : m.status === 'launched' || m.status === 'mid_term_reviewed';
  return (
    <>
      {own && open && <OwnReport m={m} kind={kind} row={own} />}
      <Counts r={reports.data} />
      {reports.data.total > 1 && <RollupFilters paging={paging} movementId={m.id} testId={`report-${kind}`} />}
      <Table<ReportRow> size="small" rowKey={(r) => r.unit.id} dataSource={reports.data.rows} loading={reports.isFetching} pagination={paging.pagination(reports.data.matched)} scroll={{ x: 640 }} columns={[
        { title: t('emulation.unit'), render: (_, r) => r.unit.name },
        { title: t('emulation.rollup.state'), width: 130, render: (_, r) => <StateTag state={r.state} /> },
        { title: t('emulation.report.at'), width: 150, render: (_, r) => formatDateTime(r.submittedAt) },
        { title: t('emulation.report.files'), render: (_, r) => r.files.map((f) => <div key={f.url}><a href={f.url}>{f.name}</a></div>) },
      ]} />
    </>
  );
}

function RegistrationsTab({ m, officer, running }: { m: MovementFull; officer: string | null; running: boolean }) {
  const { t } = useTranslation();
  const paging = useRollupPaging();
  const regs = useRegistrations(m.id, paging.query);
  if (!regs.data) return null;
  const own = officer && regs.data.own?.unit.id === officer ? regs.data.own : undefined;
  return (
    <>
      {own && running && <OwnRegistration m={m} row={own} />}
      <Counts r={regs.data} />
      {/* A unit's own single row needs no search, filter or export. */}
      {regs.data.total > 1 && <RollupFilters paging={paging} movementId={m.id} testId="registration" />}
      <Table<RegistrationRow> size="small" rowKey={(r) => r.unit.id} dataSource={regs.data.rows} loading={regs.isFetching} pagination={paging.pagination(regs.data.matched)} scroll={{ x: 760 }} data-testid="registration-rollup" columns={[
        { title: t('emulation.unit'), render: (_, r) => r.unit.name },
        { title: t('emulation.rollup.state'), width: 120, render: (_, r) => <StateTag state={r.state} /> },
        { title: t('emulation.registration.at'), width: 140, render: (_, r) => formatDateTime(r.registeredAt) },
        { title: t('emulation.registration.commitments'), render: (_, r) => r.commitments },
        { title: t('emulation.registration.targetName'), render: (_, r) => r.targets.map((x, i) => <div key={i}>{x.name}{x.target ? `: ${x.target}` : ''}</div>) },
      ]} />
    </>
  );
}

export function MovementWork({ movement: m }: { movement: MovementFull }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const board = hasRole(me, 'admin', 'board');
  const officer = hasRole(me, 'unit_officer') && me ? me.unit.id : null;
  const running = m.status === 'launched' || m.status === 'mid_term_reviewed';
  return (
    <Card size="small" className="card-head-wraps" title={t('emulation.movement.work')} extra={board ? <Actions m={m} /> : null} data-testid="movement-work">
      <Tabs items={[
        { key: 'registrations', label: t('emulation.registration.tab'), children: <RegistrationsTab m={m} officer={officer} running={running} /> },
        { key: 'mid', label: t('emulation.report.tab.mid_term'), children: <ReportsTab m={m} kind="mid_term" officer={officer} /> },
        { key: 'final', label: t('emulation.report.tab.final'), children: <ReportsTab m={m} kind="final" officer={officer} /> },
      ]} />
    </Card>
  );
}
