/** Create or edit a movement: directive, period and deadlines, contents (one per line), scope, documents. */
import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select, Space, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile, useSaveMovement, type MovementBody, type MovementFull } from '../../api/emulation.js';
import { useAllUnits } from '../../api/org.js';
import { FormModal } from '../../components/FormModal.js';
import { foldVietnamese } from '../../lib/text.js';

const KINDS = ['regular', 'thematic', 'unscheduled'] as const;
const DOC_KINDS = ['directive', 'plan', 'resolution', 'guidance', 'decision', 'other'] as const;
const FIELDS = ['code', 'title', 'theme', 'kind', 'year', 'directive', 'periodStart', 'periodEnd', 'contents', 'documents', 'scopeUnitIds', 'registrationDeadline', 'midTermDeadline', 'finalDeadline'] as const;

interface Doc { kind: string; number: string; date: Dayjs; issuer: string; signer?: string; title: string; url?: string; fileId?: string; fileName?: string }
interface Values {
  code: string; title: string; theme: string; kind: string; year: number;
  directive: { number: string; date: Dayjs; signer: string };
  periodStart: Dayjs; periodEnd: Dayjs; contents: string; scopeUnitIds: string[];
  registrationDeadline?: Dayjs | null; midTermDeadline?: Dayjs | null; finalDeadline?: Dayjs | null; documents: Doc[];
}

const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const day = (s: string | null | undefined) => (s ? dayjs(s) : null);

export function MovementFormModal({ open, movement, onClose }: { open: boolean; movement?: MovementFull; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveMovement();
  const units = useAllUnits();
  const unitOptions = useMemo(() => (units.data ?? []).filter((u) => u.active && u.depth > 0).map((u) => ({ value: u.id, label: u.name, folded: foldVietnamese(`${u.name} ${u.code}`) })), [units.data]);
  const initial = useMemo<Partial<Values>>(() => (movement ? {
    code: movement.code, title: movement.title, theme: movement.theme, kind: movement.kind, year: movement.year,
    directive: { ...movement.directive, date: dayjs(movement.directive.date) }, periodStart: dayjs(movement.periodStart), periodEnd: dayjs(movement.periodEnd),
    contents: movement.contents.join('\n'), scopeUnitIds: movement.scope.map((u) => u.id), registrationDeadline: day(movement.registrationDeadline),
    midTermDeadline: day(movement.midTermDeadline), finalDeadline: day(movement.finalDeadline),
    documents: movement.documents.map((d) => ({ kind: d.kind, number: d.number, date: dayjs(d.date), issuer: d.issuer, signer: d.signer ?? undefined, title: d.title, url: d.url ?? undefined })),
  } : { kind: 'thematic', year: dayjs().year(), documents: [], scopeUnitIds: [] }), [movement]);

  const submit = async (v: Values) => {
    const body: MovementBody = {
      code: v.code, title: v.title, theme: v.theme ?? '', kind: v.kind, year: v.year,
      directive: { number: v.directive.number, date: iso(v.directive.date)!, signer: v.directive.signer },
      periodStart: iso(v.periodStart)!, periodEnd: iso(v.periodEnd)!,
      contents: (v.contents ?? '').split('\n').map((s) => s.trim()).filter(Boolean), scopeUnitIds: v.scopeUnitIds ?? [],
      registrationDeadline: iso(v.registrationDeadline), midTermDeadline: iso(v.midTermDeadline), finalDeadline: iso(v.finalDeadline),
      documents: (v.documents ?? []).map((d) => ({ kind: d.kind, number: d.number, date: iso(d.date)!, issuer: d.issuer, signer: d.signer || null, title: d.title, url: d.url || null, fileId: d.fileId ?? null })),
    };
    await save.mutateAsync({ id: movement?.id, body });
  };
  const required = [{ required: true, message: t('emulation.required') }];

  return (
    <FormModal<Values> open={open} title={movement ? t('emulation.movement.edit') : t('emulation.movement.create')} initialValues={initial} fields={FIELDS} onSubmit={submit} onClose={onClose} testId="movement-form" width={860}>
      {(form) => (
        <>
          <Row gutter={12}>
            <Col xs={24} sm={8}><Form.Item name="code" label={t('movements.code')} rules={required}><Input data-testid="movement-code" /></Form.Item></Col>
            <Col xs={24} sm={16}><Form.Item name="title" label={t('movements.name')} rules={required}><Input data-testid="movement-title" /></Form.Item></Col>
          </Row>
          <Form.Item name="theme" label={t('movements.theme')}><Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} /></Form.Item>
          <Row gutter={12}>
            <Col xs={12} sm={8}><Form.Item name="kind" label={t('movements.kind')} rules={required}><Select options={KINDS.map((k) => ({ value: k, label: t(`movements.kinds.${k}`) }))} /></Form.Item></Col>
            <Col xs={12} sm={4}><Form.Item name="year" label={t('movements.year')} rules={required}><InputNumber min={2000} max={2100} className="full-width" /></Form.Item></Col>
            <Col xs={12} sm={6}><Form.Item name="periodStart" label={t('emulation.movement.periodStart')} rules={required}><DatePicker format="DD/MM/YYYY" className="full-width" data-testid="movement-start" /></Form.Item></Col>
            <Col xs={12} sm={6}><Form.Item name="periodEnd" label={t('emulation.movement.periodEnd')} rules={required}><DatePicker format="DD/MM/YYYY" className="full-width" data-testid="movement-end" /></Form.Item></Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24} sm={8}><Form.Item name={['directive', 'number']} label={t('emulation.movement.directiveNumber')} rules={required}><Input placeholder="08/CT-UBND" data-testid="movement-directive" /></Form.Item></Col>
            <Col xs={12} sm={6}><Form.Item name={['directive', 'date']} label={t('emulation.movement.directiveDate')} rules={required}><DatePicker format="DD/MM/YYYY" className="full-width" data-testid="movement-directive-date" /></Form.Item></Col>
            <Col xs={12} sm={10}><Form.Item name={['directive', 'signer']} label={t('emulation.movement.signer')} rules={required}><Input data-testid="movement-signer" /></Form.Item></Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24} sm={8}><Form.Item name="registrationDeadline" label={t('emulation.movement.registrationDeadline')}><DatePicker format="DD/MM/YYYY" className="full-width" /></Form.Item></Col>
            <Col xs={12} sm={8}><Form.Item name="midTermDeadline" label={t('emulation.movement.midTermDeadline')}><DatePicker format="DD/MM/YYYY" className="full-width" /></Form.Item></Col>
            <Col xs={12} sm={8}><Form.Item name="finalDeadline" label={t('emulation.movement.finalDeadline')}><DatePicker format="DD/MM/YYYY" className="full-width" /></Form.Item></Col>
          </Row>
          <Form.Item name="contents" label={t('emulation.movement.contents')} extra={t('emulation.movement.contentsHelp')}><Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="movement-contents-input" /></Form.Item>
          <Form.Item name="scopeUnitIds" label={t('emulation.movement.scope')}>
            <Select mode="multiple" options={unitOptions} loading={units.isPending} showSearch={{ filterOption: (input, o) => (o as { folded: string }).folded.includes(foldVietnamese(input)) }} data-testid="movement-scope" maxTagCount="responsive" />
          </Form.Item>
          <Form.List name="documents">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f) => (
                  <Space key={f.key} wrap align="start" className="movement-doc-row">
                    <Form.Item name={[f.name, 'kind']} rules={required}><Select className="doc-kind" options={DOC_KINDS.map((k) => ({ value: k, label: t(`movements.docKinds.${k}`, { defaultValue: k }) }))} placeholder={t('emulation.movement.docKind')} /></Form.Item>
                    <Form.Item name={[f.name, 'number']} rules={required}><Input placeholder={t('emulation.movement.docNumber')} /></Form.Item>
                    <Form.Item name={[f.name, 'date']} rules={required}><DatePicker format="DD/MM/YYYY" placeholder={t('emulation.movement.docDate')} /></Form.Item>
                    <Form.Item name={[f.name, 'issuer']} rules={required}><Input placeholder={t('emulation.movement.docIssuer')} /></Form.Item>
                    <Form.Item name={[f.name, 'signer']}><Input placeholder={t('emulation.movement.signer')} /></Form.Item>
                    <Form.Item name={[f.name, 'title']} rules={required}><Input placeholder={t('emulation.movement.docTitle')} /></Form.Item>
                    <Form.Item name={[f.name, 'url']}><Input placeholder="https://…" /></Form.Item>
                    <Form.Item name={[f.name, 'fileId']} hidden><Input /></Form.Item>
                    <Upload maxCount={1} showUploadList customRequest={({ file, onSuccess, onError }) => {
                      uploadFile(file as File).then((r) => { form.setFieldValue(['documents', f.name, 'fileId'], r.id); onSuccess?.(r); }).catch((e: Error) => onError?.(e));
                    }}>
                      <Button icon={<UploadOutlined />}>{t('emulation.upload')}</Button>
                    </Upload>
                    <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('emulation.remove')} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'plan' })}>{t('emulation.movement.addDocument')}</Button>
              </>
            )}
          </Form.List>
        </>
      )}
    </FormModal>
  );
}
