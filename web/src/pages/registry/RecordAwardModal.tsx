/** Ghi nhận khen thưởng (board, admin): one award of a person, a collective or a household. */
import { DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SUBJECT_KINDS, type SubjectKind, useAwardTypes } from '../../api/awards.js';
import { ApiError } from '../../api/client.js';
import { COMMENDATION_KINDS, type CommendationKind, useRecordAward } from '../../api/registry.js';
import { FormModal } from '../../components/FormModal.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { awardFilter, awardOptions, renderAwardOption } from '../awards/awardOptions.js';
import { PersonPicker } from './PersonPicker.js';

interface Values {
  subjectKind: SubjectKind;
  personId?: string;
  unitId?: string;
  name?: string;
  awardType: string;
  kind: CommendationKind;
  year: number;
  decisionNumber: string;
  decisionDate?: Dayjs | null;
  issuer: string;
  certificateNo?: string;
  rewardAmount?: number | null;
}

const FIELDS = ['subjectKind', 'personId', 'unitId', 'name', 'awardType', 'kind', 'year', 'decisionNumber', 'decisionDate', 'issuer', 'certificateNo', 'rewardAmount'] as const;
/** Server paths ("subject.personId", "decision.number") → the form's fields. */
const SERVER_FIELDS: Record<string, string> = {
  'subject.kind': 'subjectKind', 'subject.personId': 'personId', 'subject.unitId': 'unitId', 'subject.name': 'name',
  'decision.number': 'decisionNumber', 'decision.date': 'decisionDate', 'decision.issuer': 'issuer', 'decision.issuerUnitId': 'issuer',
};
const thisYear = new Date().getFullYear();
const blankToNull = (s: string | undefined) => s?.trim() || null;
const vnd = new Intl.NumberFormat('vi-VN');

function toFormError(e: unknown): unknown {
  if (!(e instanceof ApiError)) return e;
  const details = e.details.map((d) => {
    const path = d.path.replace(/^\/?(body[./])?/, '').replace(/\//g, '.');
    return { ...d, path: SERVER_FIELDS[path] ?? path };
  });
  return new ApiError(e.status, e.code, e.message, details);
}

export function RecordAwardModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const types = useAwardTypes();
  const record = useRecordAward();
  const initialValues = useMemo<Partial<Values>>(() => ({ subjectKind: 'individual', kind: 'regular', year: thisYear - 1 }), []);
  const label = (f: string) => t(`registry.record.${f}`);
  const required = (f: string, choose = false) => (choose
    ? { required: true, message: t('validation.choose', { field: label(f) }) }
    // whitespace makes the rule a string rule: only for typed text (a date picker's value is an object).
    : { required: true, whitespace: true, message: t('validation.required', { field: label(f) }) });
  const max = (f: string, n: number) => ({ max: n, message: t('validation.maxLength', { field: label(f), max: n }) });

  const submit = async (v: Values) => {
    try {
      await record.mutateAsync({
        subject: {
          kind: v.subjectKind,
          ...(v.subjectKind === 'individual' ? { personId: v.personId } : { unitId: v.unitId }),
          ...(v.subjectKind === 'household' ? { name: v.name?.trim() } : {}),
        },
        awardType: v.awardType,
        kind: v.kind,
        year: v.year,
        decision: { number: v.decisionNumber.trim(), date: v.decisionDate ? v.decisionDate.format('YYYY-MM-DD') : null, issuer: v.issuer.trim() },
        certificateNo: blankToNull(v.certificateNo),
        rewardAmount: v.rewardAmount ?? null,
      });
    } catch (e) {
      throw toFormError(e);
    }
  };

  return (
    <FormModal<Values>
      open={open}
      title={t('registry.record.title')}
      initialValues={initialValues}
      fields={FIELDS}
      testId="award-form"
      okText={t('registry.record.submit')}
      successText={t('registry.record.done')}
      width={640}
      onClose={onClose}
      onSubmit={submit}
    >
      {(form) => (
        <>
          <Form.Item name="subjectKind" label={label('subjectKind')} rules={[required('subjectKind', true)]}>
            <Radio.Group onChange={() => form.setFieldsValue({ awardType: undefined, personId: undefined, unitId: undefined })} data-testid="award-subject-kind">
              {SUBJECT_KINDS.map((k) => <Radio key={k} value={k}>{t(`awards.subjects.${k}`)}</Radio>)}
            </Radio.Group>
          </Form.Item>
          <Form.Item noStyle dependencies={['subjectKind']}>
            {() => {
              const kind = form.getFieldValue('subjectKind') as SubjectKind;
              return (
                <>
                  {kind === 'individual' ? (
                    <Form.Item name="personId" label={label('personId')} rules={[required('personId', true)]}>
                      <PersonPicker data-testid="award-person" />
                    </Form.Item>
                  ) : (
                    <Form.Item name="unitId" label={label(kind === 'collective' ? 'collectiveUnit' : 'householdUnit')} rules={[required(kind === 'collective' ? 'collectiveUnit' : 'householdUnit', true)]}>
                      <UnitTreeSelect allowClear={false} data-testid="award-unit" />
                    </Form.Item>
                  )}
                  {kind === 'household' && (
                    <Form.Item name="name" label={label('name')} rules={[required('name'), { min: 2, message: t('validation.minLength', { field: label('name'), min: 2 }) }, max('name', 200)]}>
                      <Input placeholder={t('registry.record.namePlaceholder')} />
                    </Form.Item>
                  )}
                  <Form.Item name="awardType" label={label('awardType')} rules={[required('awardType', true)]}>
                    <Select
                      showSearch={{ filterOption: awardFilter }}
                      options={awardOptions(t, types.data, kind)}
                      optionRender={renderAwardOption}
                      loading={types.isPending}
                      data-testid="award-type"
                    />
                  </Form.Item>
                </>
              );
            }}
          </Form.Item>
          <div className="form-row">
            <Form.Item name="kind" label={label('kind')} rules={[required('kind', true)]} className="form-row-grow">
              <Select options={COMMENDATION_KINDS.map((k) => ({ value: k, label: t(`registry.kinds.${k}`) }))} data-testid="award-kind" />
            </Form.Item>
            <Form.Item name="year" label={label('year')} rules={[{ required: true, type: 'integer', min: 1945, max: 2100, message: t('validation.between', { field: label('year'), min: 1945, max: 2100 }) }]}>
              <InputNumber controls={false} className="form-year" data-testid="award-year" />
            </Form.Item>
          </div>
          <div className="form-row">
            <Form.Item name="decisionNumber" label={label('decisionNumber')} rules={[required('decisionNumber'), max('decisionNumber', 60)]} className="form-row-grow">
              <Input placeholder="163/QĐ-UBND" data-testid="award-decision-number" />
            </Form.Item>
            <Form.Item name="decisionDate" label={label('decisionDate')}>
              <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" data-testid="award-decision-date" />
            </Form.Item>
          </div>
          <Form.Item name="issuer" label={label('issuer')} rules={[required('issuer'), { min: 2, message: t('validation.minLength', { field: label('issuer'), min: 2 }) }, max('issuer', 200)]}>
            <Input placeholder={t('registry.record.issuerPlaceholder')} data-testid="award-issuer" />
          </Form.Item>
          <div className="form-row">
            <Form.Item name="certificateNo" label={label('certificateNo')} rules={[max('certificateNo', 60)]} className="form-row-grow">
              <Input data-testid="award-certificate" />
            </Form.Item>
            <Form.Item name="rewardAmount" label={label('rewardAmount')} rules={[{ type: 'integer', min: 0, message: t('registry.record.amountRule') }]} className="form-row-grow">
              <InputNumber<number>
                className="full-width"
                controls={false}
                suffix="đồng"
                formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : vnd.format(Number(v)))}
                parser={(s) => { const digits = (s ?? '').replace(/\D/g, ''); return (digits ? Number(digits) : null) as number; }}
                data-testid="award-amount"
              />
            </Form.Item>
          </div>
        </>
      )}
    </FormModal>
  );
}
