/** Kiểm tra theo hồ sơ: the eligibility check judged on the stored history, shown with the check screen's verdict. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Form, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAwardTypes } from '../../api/awards.js';
import { type HistoryBase, type StoredEligibility, useStoredEligibility } from '../../api/history.js';
import { applyServerErrors } from '../../lib/formErrors.js';
import { awardFilter, awardOptions, renderAwardOption } from '../awards/awardOptions.js';
import { Verdict } from '../awards/Verdict.js';
import { isoDay, pickYears } from './props.js';

interface CheckValues {
  awardType?: string;
  year: number;
  decisionDate?: Dayjs | null;
}

interface Props {
  base: HistoryBase;
  id: string;
  /** When the stored history last changed: an answer older than it is marked stale. */
  updatedAt: number;
}

export function StoredCheck({ base, id, updatedAt }: Props) {
  const { t } = useTranslation();
  const types = useAwardTypes();
  const check = useStoredEligibility(base, id);
  const [form] = Form.useForm<CheckValues>();
  const [initial] = useState<CheckValues>(() => ({ year: new Date().getFullYear() - 1 }));
  const [answer, setAnswer] = useState<{ result: StoredEligibility; awardName: string; year: number; at: number; form: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const kind = base === 'people' ? 'individual' : 'collective';
  const f = (k: string) => t(`history.check.${k}`);

  const submit = (v: CheckValues) => {
    setError(null);
    const date = isoDay(v.decisionDate);
    const q = { awardType: v.awardType ?? '', year: v.year, ...(date ? { decisionDate: date } : {}) };
    check.mutate(q, {
      onSuccess: (result) => {
        const awardName = types.data?.find((a) => a.code === v.awardType)?.name ?? q.awardType;
        setAnswer({ result, awardName, year: v.year, at: updatedAt, form: JSON.stringify(q) });
      },
      onError: (e) => setError(applyServerErrors(form, e, ['awardType', 'year', 'decisionDate'])),
    });
  };

  const values = Form.useWatch([], form) as CheckValues | undefined;
  const current = values ? JSON.stringify({ awardType: values.awardType ?? '', year: values.year, ...(isoDay(values.decisionDate) ? { decisionDate: isoDay(values.decisionDate) } : {}) }) : answer?.form;
  const stale = Boolean(answer && (answer.at !== updatedAt || answer.form !== current));

  return (
    <div className="history-check-col">
      <Card size="small" title={f('title')} className="check-section" data-testid="history-check">
        <Typography.Paragraph type="secondary">{f('help')}</Typography.Paragraph>
        <Form<CheckValues> form={form} layout="vertical" initialValues={initial} onFinish={submit} data-testid="history-check-form">
          <Form.Item name="awardType" label={t('awards.check.awardType')} rules={[{ required: true, message: t('validation.choose', { field: t('awards.check.awardType') }) }]}>
            <Select
              placeholder={t('awards.check.awardTypePick')}
              loading={types.isLoading}
              options={awardOptions(t, types.data, kind)}
              showSearch={{ filterOption: awardFilter }}
              optionRender={renderAwardOption}
              data-testid="history-check-award"
            />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="year" label={t('awards.check.year')}>
                <Select options={pickYears().map((y) => ({ value: y, label: String(y) }))} data-testid="history-check-year" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="decisionDate" label={t('awards.check.decisionDate')} extra={t('awards.check.decisionDateHint')}>
                <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" className="full-width" data-testid="history-check-date" />
              </Form.Item>
            </Col>
          </Row>
          {error && <Alert type="error" showIcon title={error} className="form-alert" data-testid="history-check-error" />}
          <Button type="primary" htmlType="submit" icon={<SafetyCertificateOutlined />} loading={check.isPending} data-testid="history-check-submit">
            {f('submit')}
          </Button>
        </Form>
      </Card>
      {answer && <Verdict result={answer.result} awardName={answer.awardName} year={answer.year} stale={stale} />}
    </div>
  );
}
