/** "Báo cáo số liệu": one value for a period of the indicator's frequency, with evidence. */
import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Radio, Row, Select, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReportValue } from '../../api/targets.js';
import type { Frequency, IndicatorDetail, IndicatorValue, ValueKind } from '../../api/types.js';
import { usePeriodLabel } from '../../components/usePeriodLabel.js';
import { parseViDecimal } from '../../lib/decimal.js';
import { applyServerErrors } from '../../lib/formErrors.js';
import { parsePeriod, periodCode, periodsOfYear } from '../../lib/period.js';
import { EvidenceRules } from './evidenceRules.js';

interface Values {
  year: number;
  period: string;
  value: string;
  kind: ValueKind;
  note?: string;
  evidenceUrl?: string;
}

const FIELDS = ['period', 'value', 'kind', 'note', 'evidenceUrl'] as const;

interface Props {
  indicator: IndicatorDetail;
  /** All values of the indicator, newest first (loaded before the form is shown). */
  history: IndicatorValue[];
  /** Year of the latest movement, used when the indicator has no value yet. */
  movementYear: number | undefined;
}

/** Year the officer most likely reports for: that of the newest value, else the movement's year. */
/** The indicator's own periods, then the year: the official yearly result is accepted whatever the frequency. */
const reportablePeriods = (year: number, frequency: Frequency) =>
  frequency === 'year' ? periodsOfYear(year, 'year') : [...periodsOfYear(year, frequency), ...periodsOfYear(year, 'year')];

function defaultYear(ind: IndicatorDetail, history: IndicatorValue[], movementYear: number | undefined): number {
  const newest = history[0] && parsePeriod(history[0].period);
  return newest?.year ?? movementYear ?? (ind.baselineYear ? ind.baselineYear + 1 : new Date().getFullYear());
}

export function ReportValueForm({ indicator: ind, history, movementYear }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const periodLabel = usePeriodLabel();
  const [form] = Form.useForm<Values>();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const report = useReportValue(ind.id);
  const initialYear = defaultYear(ind, history, movementYear);
  const year = Form.useWatch('year', form) ?? initialYear;
  const thisYear = new Date().getFullYear();
  const firstYear = Math.min(initialYear, thisYear) - 1;
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => firstYear + i);
  const label = (field: string) => t(`targets.report.${field}`);
  const required = (field: string) => ({ required: true, message: t('validation.required', { field: label(field) }) });
  const chosen = (field: string) => ({ required: true, message: t('validation.choose', { field: label(field) }) });

  const submit = (v: Values) => {
    setError(null);
    const value = parseViDecimal(v.value);
    if (value === null) return;
    report.mutate(
      { period: v.period, value, kind: v.kind, note: v.note?.trim() || undefined, evidenceUrl: v.evidenceUrl?.trim() || undefined, file: file ?? undefined },
      {
        onSuccess: () => {
          void message.success(t('targets.report.done', { period: periodLabel(v.period) }));
          form.resetFields(['value', 'note', 'evidenceUrl']);
          setFile(null);
        },
        onError: (e) => setError(applyServerErrors(form, e, FIELDS)),
      },
    );
  };

  return (
    <Card title={t('targets.report.title')} size="small" data-testid="report-form">
      <Alert type="info" showIcon title={t('targets.report.deadlineHint')} className="form-alert" />
      {error && <Alert type="error" showIcon title={error} className="form-alert" data-testid="report-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: initialYear, kind: 'actual' }}
        onFinish={submit}
        onValuesChange={(changed: Partial<Values>) => changed.year && form.setFieldValue('period', undefined)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8} md={4}>
            <Form.Item name="year" label={label('year')} rules={[chosen('year')]}>
              <Select options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="report-year" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16} md={8}>
            <Form.Item name="period" label={label('period')} rules={[chosen('period')]}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={t(`targets.frequency.${ind.frequency}`)}
                options={reportablePeriods(year, ind.frequency).map((p) => ({ value: periodCode(p), label: periodLabel(periodCode(p)) }))}
                data-testid="report-period"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item
              name="value"
              label={label('value')}
              rules={[
                required('value'),
                {
                  validator: (_, v: string | undefined) =>
                    !v || parseViDecimal(v) !== null ? Promise.resolve() : Promise.reject(new Error(t('validation.decimal', { field: label('value') }))),
                },
              ]}
            >
              <Input inputMode="decimal" suffix={ind.unit} placeholder="63,7" data-testid="report-value" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12} md={6}>
            <Form.Item name="kind" label={label('kind')} rules={[chosen('kind')]}>
              <Radio.Group data-testid="report-kind">
                <Radio value="actual">{t('targets.kind.actual')}</Radio>
                <Radio value="estimate">{t('targets.kind.estimate')}</Radio>
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="note" label={label('note')} rules={[{ max: 2000, message: t('validation.maxLength', { field: label('note'), max: 2000 }) }]}>
              <Input.TextArea rows={2} data-testid="report-note" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="evidenceUrl" label={label('evidenceUrl')} rules={[{ type: 'url', message: t('validation.url', { field: label('evidenceUrl') }) }]}>
              <Input placeholder="https://" data-testid="report-evidence-url" />
            </Form.Item>
            <Form.Item label={label('evidenceFile')} extra={t('targets.report.evidenceHint')}>
              <Upload
                accept={EvidenceRules.accept}
                maxCount={1}
                fileList={file ? [{ uid: 'evidence', name: file.name, status: 'done' }] : []}
                beforeUpload={(f) => {
                  const problem = EvidenceRules.check(f);
                  if (problem) void message.error(t(problem, { name: f.name }));
                  else setFile(f);
                  return false;
                }}
                onRemove={() => setFile(null)}
              >
                <Button icon={<UploadOutlined />} data-testid="report-evidence-file">
                  {t('targets.report.chooseFile')}
                </Button>
              </Upload>
            </Form.Item>
          </Col>
        </Row>
        <Button type="primary" htmlType="submit" loading={report.isPending} data-testid="report-submit">
          {t('targets.report.submit')}
        </Button>
      </Form>
    </Card>
  );
}
