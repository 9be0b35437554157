/** Add or edit one indicator of a movement: what is measured, how it is judged, the target, who reports. */
import { Col, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import type { Rule } from 'antd/es/form/index.js';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveIndicator, type DefinedIndicator, type IndicatorBody } from '../../api/indicators.js';
import { FormModal } from '../../components/FormModal.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { parseViDecimal } from '../../lib/decimal.js';
import { formatNumber } from '../../lib/format.js';

const COMPARATORS = ['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'increase_by', 'decrease_by', 'rank_up_by', 'group'] as const;
const FROM_BASELINE = new Set<string>(['increase_by', 'decrease_by', 'rank_up_by']);
const FIELDS = ['code', 'name', 'unit', 'comparator', 'target', 'targetMax', 'baseline', 'baselineYear', 'accumulation', 'frequency', 'responsibleUnitId', 'parentId', 'sourceText'] as const;

/** Numbers are typed as text, the vi-VN way ("4.600", "63,7"), and parsed on save. */
interface Values {
  code: string; name: string; unit?: string; comparator: string; target?: string; targetMax?: string; baseline?: string; baselineYear?: number | null;
  accumulation: string; frequency: string; responsibleUnitId: string; parentId?: string | null; sourceText?: string;
}

const text = (n: number | null | undefined) => (n === null || n === undefined ? undefined : formatNumber(n, 4));
const number = (s: string | undefined) => (s?.trim() ? parseViDecimal(s) : null);

interface Props {
  open: boolean;
  movementId: string;
  year: number;
  /** The indicator being edited; absent to add one. */
  indicator?: DefinedIndicator;
  /** Groups of the movement an indicator may belong to. */
  groups: DefinedIndicator[];
  onClose: () => void;
}

export function IndicatorFormModal({ open, movementId, year, indicator: ind, groups, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveIndicator(movementId);
  const label = (f: string) => t(`indicatorDefs.${f}`);
  const initial = useMemo<Partial<Values>>(() => (ind ? {
    code: ind.code, name: ind.name, unit: ind.unit, comparator: ind.comparator, target: text(ind.target), targetMax: text(ind.targetMax), baseline: text(ind.baseline),
    baselineYear: ind.baselineYear, accumulation: ind.accumulation, frequency: ind.frequency, responsibleUnitId: ind.responsibleUnitId, parentId: ind.parentId, sourceText: ind.sourceText,
  } : { comparator: 'gte', accumulation: 'last', frequency: 'quarter', parentId: null, baselineYear: year - 1 }), [ind, year]);

  const submit = async (v: Values) => {
    const body: IndicatorBody = {
      code: v.code, name: v.name, unit: v.unit ?? '', comparator: v.comparator, target: number(v.target) ?? 0, targetMax: number(v.targetMax),
      baseline: number(v.baseline), baselineYear: number(v.baseline) === null ? null : v.baselineYear ?? null, accumulation: v.accumulation, frequency: v.frequency,
      responsibleUnitId: v.responsibleUnitId, parentId: v.parentId ?? null, sourceText: v.sourceText ?? '',
    };
    await save.mutateAsync({ id: ind?.id, updatedAt: ind?.updatedAt, body });
  };
  const required = (f: string): Rules => [{ required: true, message: t('validation.required', { field: label(f) }) }];
  const decimal = (f: string, needed = false): Rules => [
    ...(needed ? required(f) : []),
    { validator: (_: unknown, v: string | undefined) => (!v?.trim() || parseViDecimal(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('validation.decimal', { field: label(f) })))) },
  ];

  return (
    <FormModal<Values> open={open} title={ind ? label('edit') : label('add')} initialValues={initial} fields={FIELDS} onSubmit={submit} onClose={onClose} testId="indicator-form" width={760} successText={label('saved')}>
      {(form) => <Fields form={form} groups={groups.filter((g) => g.id !== ind?.id)} label={label} required={required} decimal={decimal} />}
    </FormModal>
  );
}

type Rules = Rule[];
interface FieldsProps {
  form: FormInstance<Values>;
  groups: DefinedIndicator[];
  label: (f: string) => string;
  required: (f: string) => Rules;
  decimal: (f: string, needed?: boolean) => Rules;
}

function Fields({ form, groups, label, required, decimal }: FieldsProps) {
  const { t } = useTranslation();
  const comparator = Form.useWatch('comparator', form) ?? 'gte';
  const group = comparator === 'group';
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={6}><Form.Item name="code" label={label('code')} rules={required('code')}><Input placeholder="CT01" data-testid="indicator-code" /></Form.Item></Col>
        <Col xs={24} sm={18}><Form.Item name="name" label={label('name')} rules={required('name')}><Input data-testid="indicator-name" /></Form.Item></Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="comparator" label={label('comparator')} rules={required('comparator')}>
            <Select options={COMPARATORS.map((c) => ({ value: c, label: t(`indicatorDefs.comparators.${c}`) }))} data-testid="indicator-comparator" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={6}><Form.Item name="unit" label={label('unit')}><Input placeholder="tỷ đồng" disabled={group} /></Form.Item></Col>
        {!group && (
          <Col xs={12} sm={6}>
            <Form.Item name="target" label={label('target')} rules={decimal('target', true)} extra={comparator === 'rank_up_by' ? label('rankHelp') : undefined}>
              <Input inputMode="decimal" placeholder="4.600" data-testid="indicator-target" />
            </Form.Item>
          </Col>
        )}
      </Row>
      {!group && (
        <Row gutter={12}>
          <Col xs={12} sm={8}><Form.Item name="targetMax" label={label('targetMax')} rules={decimal('targetMax', comparator === 'range')}><Input inputMode="decimal" /></Form.Item></Col>
          <Col xs={12} sm={8}><Form.Item name="baseline" label={label('baseline')} rules={decimal('baseline', FROM_BASELINE.has(comparator))}><Input inputMode="decimal" /></Form.Item></Col>
          <Col xs={12} sm={8}><Form.Item name="baselineYear" label={label('baselineYear')}><InputNumber min={1945} max={2100} className="full-width" /></Form.Item></Col>
        </Row>
      )}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="accumulation" label={label('accumulation')} rules={required('accumulation')}>
            <Select options={['last', 'sum'].map((a) => ({ value: a, label: t(`targets.accumulation.${a}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="frequency" label={label('frequency')} rules={required('frequency')}>
            <Select options={['month', 'quarter', 'half', 'year'].map((f) => ({ value: f, label: t(`targets.frequency.${f}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}><Form.Item name="responsibleUnitId" label={label('responsible')} rules={required('responsible')}><UnitTreeSelect data-testid="indicator-unit" /></Form.Item></Col>
        <Col xs={24} sm={12}>
          <Form.Item name="parentId" label={label('parent')}>
            <Select disabled={group} options={[{ value: null, label: label('noParent') }, ...groups.map((g) => ({ value: g.id, label: `${g.code} — ${g.name}` }))]} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="sourceText" label={label('sourceText')}><Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} /></Form.Item>
    </>
  );
}
