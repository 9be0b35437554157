/**
 * Đăng ký thi đua: a unit's registrations for the running movements it takes part in, and the
 * year's title registrations of its people and of itself (one by one, or an Excel list).
 */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, InputNumber, Modal, Popconfirm, Select, Space, Table, Tabs, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError, apiUrl } from '../../api/client.js';
import { useImportTitles, useRegisterTitle, useTitleRegistrations, useWithdrawTitle, type TitleRegistration } from '../../api/emulation.js';
import { usePeoplePage } from '../../api/org.js';
import { useMovements } from '../../api/targets.js';
import { useMe } from '../../app/auth.js';
import { FormModal } from '../../components/FormModal.js';
import { ImportErrorsTable } from '../../components/ImportErrorsTable.js';
import { formatDateTime } from '../../lib/format.js';
import { toImportErrorRows, type ImportErrorRow } from '../../lib/importErrors.js';
import { foldVietnamese } from '../../lib/text.js';
import { CATALOGUE } from '../../../../src/modules/awards/domain/catalogue.js';
import { titleCodesFor } from '../../../../src/modules/movements/domain/titles.js';

interface TitleValues { subjectKind: 'individual' | 'collective'; subjectId: string; awardType: string }

function AddTitle({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const register = useRegisterTitle();
  const people = usePeoplePage({ limit: 500, offset: 0, unitId: me?.unit.id });
  const [kind, setKind] = useState<'individual' | 'collective'>('individual');
  const initial = useMemo(() => ({ subjectKind: 'individual' as const }), []);
  return (
    <FormModal<TitleValues> open={open} title={t('emulation.titles.add')} initialValues={initial} fields={['subjectKind', 'subjectId', 'awardType', 'year']} testId="title-form"
      onSubmit={(v) => register.mutateAsync({ ...v, subjectId: v.subjectKind === 'collective' ? me!.unit.id : v.subjectId, year })} onClose={onClose}>
      {(form) => (
        <>
          <Form.Item name="subjectKind" label={t('emulation.titles.subject')}>
            <Select onChange={(k: 'individual' | 'collective') => { setKind(k); form.setFieldsValue({ awardType: undefined }); }}
              options={[{ value: 'individual', label: t('emulation.titles.individual') }, { value: 'collective', label: t('emulation.titles.collective', { unit: me?.unit.name ?? '' }) }]} />
          </Form.Item>
          {kind === 'individual' && (
            <Form.Item name="subjectId" label={t('emulation.titles.person')} rules={[{ required: true, message: t('emulation.required') }]}>
              <Select showSearch={{ filterOption: (input, o) => foldVietnamese(String(o?.label ?? '')).includes(foldVietnamese(input)) }} loading={people.isPending} data-testid="title-person"
                options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName}${p.birthYear ? ` (${p.birthYear})` : ''}` }))} />
            </Form.Item>
          )}
          <Form.Item name="awardType" label={t('emulation.titles.title')} rules={[{ required: true, message: t('emulation.required') }]}>
            <Select data-testid="title-award" options={titleCodesFor(kind).map((c) => ({ value: c, label: `${CATALOGUE[c].name} (${c})` }))} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

function ImportTitles({ open, year, onClose }: { open: boolean; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importer = useImportTitles();
  const [errors, setErrors] = useState<ImportErrorRow[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <Modal open={open} title={t('emulation.titles.import')} footer={null} onCancel={() => { setErrors([]); setFailure(null); onClose(); }} width={760}>
      <Space direction="vertical" className="full-width">
        <Typography.Paragraph>{t('emulation.titles.importHelp')}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={apiUrl('/title-registrations/template.xlsx', { year })}>{t('emulation.titles.template')}</Button>
          <Upload accept=".xlsx" showUploadList={false} customRequest={({ file }) => {
            setErrors([]); setFailure(null);
            importer.mutateAsync(file as File).then((r) => { void message.success(t('emulation.titles.imported', { count: r.imported })); onClose(); }).catch((e: unknown) => {
              if (e instanceof ApiError && e.details.length) setErrors(toImportErrorRows(e.details, t('emulation.titles.headerRow')));
              else setFailure(e instanceof Error ? e.message : String(e));
            });
          }}>
            <Button type="primary" icon={<UploadOutlined />} loading={importer.isPending} data-testid="title-import-file">{t('emulation.titles.chooseFile')}</Button>
          </Upload>
        </Space>
        {failure && <Alert type="error" showIcon title={failure} />}
        {errors.length > 0 && <><Alert type="error" showIcon title={t('emulation.titles.importFailed', { count: errors.length })} /><ImportErrorsTable rows={errors} testId="title-import-errors" /></>}
      </Space>
    </Modal>
  );
}

function TitlesTab() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const list = useTitleRegistrations(year);
  const withdraw = useWithdrawTitle();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  return (
    <>
      <div className="page-toolbar">
        <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} addonBefore={t('movements.year')} data-testid="title-year" />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="title-add">{t('emulation.titles.add')}</Button>
        <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="title-import">{t('emulation.titles.import')}</Button>
      </div>
      <Table<TitleRegistration> size="small" rowKey={(r) => `${r.subject.kind}${r.subject.id}${r.awardType}`} loading={list.isPending} dataSource={list.data} pagination={{ pageSize: 50, hideOnSinglePage: true }} scroll={{ x: 700 }} data-testid="title-list"
        columns={[
          { title: t('emulation.titles.subject'), render: (_, r) => (r.subject.kind === 'individual' ? t('emulation.titles.individualShort') : t('emulation.titles.collectiveShort')), width: 90 },
          { title: t('emulation.titles.name'), render: (_, r) => r.subject.name },
          { title: t('emulation.unit'), render: (_, r) => r.unit.name },
          { title: t('emulation.titles.title'), render: (_, r) => r.awardName },
          { title: t('emulation.registration.at'), width: 150, render: (_, r) => formatDateTime(r.registeredAt) },
          { title: '', width: 90, render: (_, r) => (
            <Popconfirm title={t('emulation.titles.withdrawConfirm')} okText={t('emulation.titles.withdraw')} cancelText={t('common.cancel')}
              onConfirm={() => withdraw.mutateAsync({ subjectKind: r.subject.kind, subjectId: r.subject.id, awardType: r.awardType, year: r.year })}>
              <Button size="small" danger type="link">{t('emulation.titles.withdraw')}</Button>
            </Popconfirm>
          ) },
        ]} />
      <AddTitle open={adding} year={year} onClose={() => setAdding(false)} />
      <ImportTitles open={importing} year={year} onClose={() => setImporting(false)} />
    </>
  );
}

function MovementsTab() {
  const { t } = useTranslation();
  const movements = useMovements();
  const running = (movements.data ?? []).filter((m) => m.status === 'launched' || m.status === 'mid_term_reviewed');
  return (
    <Table size="small" rowKey="id" loading={movements.isPending} dataSource={running} pagination={false} scroll={{ x: 600 }} data-testid="registration-movements"
      columns={[
        { title: t('movements.year'), dataIndex: 'year', width: 70 },
        { title: t('movements.name'), render: (_, m) => <Link to={`/app/phong-trao/${m.id}`}>{m.title}</Link> },
        { title: t('movements.kind'), dataIndex: 'kind', width: 140, render: (k: string) => t(`movements.kinds.${k}`, { defaultValue: k }) },
        { title: '', width: 150, render: (_, m) => <Link to={`/app/phong-trao/${m.id}`}>{t('emulation.registration.open')}</Link> },
      ]} />
  );
}

export function RegistrationsPage() {
  const { t } = useTranslation();
  return (
    <div>
      <Typography.Title level={3} className="page-title">{t('nav.registrations')}</Typography.Title>
      <Tabs items={[
        { key: 'movements', label: t('emulation.registration.movementsTab'), children: <MovementsTab /> },
        { key: 'titles', label: t('emulation.titles.tab'), children: <TitlesTab /> },
      ]} />
    </div>
  );
}
