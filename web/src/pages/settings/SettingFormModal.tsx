/** A new version of one setting: key, value typed per key, effective date, reason, and retroactive application. */
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCIPLINE_FORMS } from '../../api/awards.js';
import { ApiError } from '../../api/client.js';
import { type Setting, useAddSetting } from '../../api/settings.js';
import { FormModal } from '../../components/FormModal.js';

interface Values {
  key: string;
  value?: unknown;
  effectiveFrom?: Dayjs;
  reason?: string;
  retroactive?: boolean;
}

const FIELDS = ['key', 'value', 'effectiveFrom', 'reason', 'retroactive'] as const;
const BOOLEAN_KEYS = ['registrationRequired', 'ttldxsNoDisciplinedMember'];
const NUMBER_RANGES: Record<string, [number, number]> = {
  minMonthsWorked: [0, 12], cstdcsQuotaPercent: [0, 100], councilThresholdHigh: [1, 100], councilThresholdLow: [1, 100],
  clusterFlagProposals: [0, 100], clusterCertificateProposals: [0, 100], cstdTinhChainStep: [1, 10],
  thematicDaysBefore: [0, 90], reminderDaysBefore: [1, 60], disclosureWorkingDays: [1, 60],
};
const DAY_MONTH_KEY = 'yearEndDueDay';
const DAY_MONTH = /^(\d{1,2})\/(\d{1,2})$/;
/** "5/12" → "05/12", as the server stores it. */
const padDayMonth = (v: string) => v.trim().replace(DAY_MONTH, (_, d: string, m: string) => `${d.padStart(2, '0')}/${m.padStart(2, '0')}`);
const TABLE_KEY = 'individualFormCoefficients';

/** The form's value for a stored one: the table of coefficients is edited as JSON text. */
const toField = (key: string, v: unknown) => (key === TABLE_KEY ? JSON.stringify(v ?? {}, null, 1) : v);

/** Form.Item hands its child `id`, `value` and `onChange`: they must reach the control, or what is typed is never saved. */
function ValueInput({ settingKey, ...props }: { settingKey?: string } & Record<string, unknown>) {
  const { t } = useTranslation();
  const control = props as object;
  if (!settingKey) return <Input disabled placeholder={t('settings.form.pickKeyFirst')} />;
  if (BOOLEAN_KEYS.includes(settingKey)) {
    return <Radio.Group options={[{ value: true, label: t('settings.form.yes') }, { value: false, label: t('settings.form.no') }]} data-testid="setting-form-value" {...control} />;
  }
  if (settingKey === 'individualDisciplineThreshold') {
    return <Select options={DISCIPLINE_FORMS.map((d) => ({ value: d, label: t(`awards.disciplineForms.${d}`) }))} data-testid="setting-form-value" {...control} />;
  }
  if (settingKey === DAY_MONTH_KEY) return <Input placeholder={t('reminders.dayMonthPlaceholder')} maxLength={5} inputMode="numeric" data-testid="setting-form-value" {...control} />;
  if (settingKey === TABLE_KEY) return <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} className="code-input" data-testid="setting-form-value" {...control} />;
  const [min, max] = NUMBER_RANGES[settingKey] ?? [0, 1000];
  return <InputNumber min={min} max={max} decimalSeparator="," className="full-width" data-testid="setting-form-value" {...control} />;
}

interface Props {
  /** Open with this key chosen (or none); null: closed. */
  preset: { key?: string } | null;
  settings: Setting[];
  today?: string;
  onClose: () => void;
}

export function SettingFormModal({ preset, settings, today, onClose }: Props) {
  const { t } = useTranslation();
  const add = useAddSetting();
  const f = (k: string, o?: Record<string, string>) => t(`settings.form.${k}`, o ?? {});
  const initial = useMemo<Partial<Values>>(() => {
    const s = settings.find((x) => x.key === preset?.key);
    return { key: preset?.key, value: s ? toField(s.key, s.current.value) : undefined, retroactive: false };
  }, [preset, settings]);

  const submit = async (v: Values) => {
    let value: unknown = v.value ?? null;
    if (v.key === DAY_MONTH_KEY) value = padDayMonth(String(v.value ?? ''));
    if (v.key === TABLE_KEY) {
      try {
        value = JSON.parse(String(v.value ?? '{}'));
      } catch {
        throw new ApiError(400, 'validation', f('badJson'), [{ path: 'value', message: f('badJson') }]);
      }
    }
    await add.mutateAsync({ key: v.key, value, effectiveFrom: v.effectiveFrom?.format('YYYY-MM-DD') ?? '', reason: (v.reason ?? '').trim(), retroactive: Boolean(v.retroactive) });
  };

  return (
    <FormModal<Values>
      open={preset !== null}
      title={f('title')}
      initialValues={initial}
      fields={FIELDS}
      onSubmit={submit}
      onClose={onClose}
      testId="setting-form"
      width={620}
      intro={<Alert type="info" showIcon title={f('intro')} className="form-alert" />}
    >
      {(form) => (
        <>
          <Form.Item name="key" label={f('key')} rules={[{ required: true, message: t('validation.choose', { field: f('key') }) }]}>
            <Select
              options={settings.map((s) => ({ value: s.key, label: s.description }))}
              onChange={(key: string) => {
                const s = settings.find((x) => x.key === key);
                form.setFieldValue('value', s ? toField(key, s.current.value) : undefined);
              }}
              popupMatchSelectWidth={false}
              className="full-width"
              data-testid="setting-form-key"
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['key']}>
            {() => {
              const key = form.getFieldValue('key') as string | undefined;
              const current = settings.find((s) => s.key === key)?.current.text;
              return (
                <Form.Item name="value" label={f('value')} extra={current ? f('currentIs', { value: current }) : undefined} rules={[
                  { required: key !== 'cstdcsQuotaPercent', message: t('validation.required', { field: f('value') }) },
                  ...(key === DAY_MONTH_KEY ? [{ pattern: DAY_MONTH, message: t('reminders.dayMonthInvalid') }] : []),
                ]}>
                  <ValueInput settingKey={key} />
                </Form.Item>
              );
            }}
          </Form.Item>
          <Form.Item name="effectiveFrom" label={f('effectiveFrom')} extra={today ? f('effectiveHint', { today: dayjs(today).format('DD/MM/YYYY') }) : undefined} rules={[{ required: true, message: t('validation.choose', { field: f('effectiveFrom') }) }]}>
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" className="full-width" data-testid="setting-form-date" />
          </Form.Item>
          <Form.Item name="reason" label={f('reason')} rules={[{ required: true, whitespace: true, min: 5, message: t('validation.minLength', { field: f('reason'), min: 5 }) }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} placeholder={f('reasonHint')} data-testid="setting-form-reason" />
          </Form.Item>
          <Form.Item name="retroactive" valuePropName="checked" extra={f('retroactiveHelp')}>
            <Checkbox data-testid="setting-form-retroactive">{f('retroactive')}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
