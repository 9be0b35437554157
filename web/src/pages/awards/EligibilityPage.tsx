/** Khen thưởng › Kiểm tra điều kiện: one subject's history against one award's criteria, with the reasons. */
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Col, DatePicker, Empty, Form, Grid, InputNumber, Radio, Row, Select, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type EligibilityResult, SUBJECT_KINDS, type SubjectKind, useAwardTypes, useEligibilityCheck } from '../../api/awards.js';
import { QueryError } from '../../components/QueryError.js';
import { awardFilter, awardOptions, renderAwardOption } from './awardOptions.js';
import { applyCheckErrors, type CheckValues, defaultValues, toRequest } from './checkForm.js';
import { DisciplineList, ScopedList } from './HistoryLists.js';
import { MemberFields } from './MemberFields.js';
import { Verdict } from './Verdict.js';
import { YearGrid } from './YearGrid.js';

const FIRST_YEAR = 2015;

export function EligibilityPage() {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const types = useAwardTypes();
  const check = useEligibilityCheck();
  const [form] = Form.useForm<CheckValues>();
  const [initial] = useState(defaultValues);
  const [answer, setAnswer] = useState<{ result: EligibilityResult; awardName: string; year: number } | null>(null);
  const [stale, setStale] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const verdictRef = useRef<HTMLDivElement>(null);
  const kind = (Form.useWatch('kind', form) as SubjectKind | undefined) ?? initial.kind;
  const year = (Form.useWatch('year', form) as number | undefined) ?? initial.year;
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const field = (k: string) => t(`awards.check.${k}`);

  const onValuesChange = (changed: Partial<CheckValues>) => {
    if (answer) setStale(true);
    if (changed.kind) {
      const award = types.data?.find((a) => a.code === form.getFieldValue('awardType'));
      if (award && !award.subject.includes(changed.kind)) form.setFieldValue('awardType', undefined);
      // Titles received stay only when the new kind of subject can hold them.
      const allowed = new Set(types.data?.filter((a) => a.subject.includes(changed.kind as SubjectKind)).map((a) => a.code));
      const history = form.getFieldValue('history') as CheckValues['history'];
      for (const [key, entry] of Object.entries(history ?? {})) {
        if (entry?.titles) form.setFieldValue(['history', key, 'titles'], entry.titles.filter((c) => allowed.has(c)));
      }
    }
  };

  const submit = (v: CheckValues) => {
    setError(null);
    const { body, ratingYears, titleYears } = toRequest(v);
    check.mutate(body, {
      onSuccess: (result) => {
        const awardName = types.data?.find((a) => a.code === v.awardType)?.name ?? v.awardType ?? '';
        setAnswer({ result, awardName, year: v.year });
        setStale(false);
        if (isPhone) requestAnimationFrame(() => verdictRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
      },
      onError: (e) => setError(applyCheckErrors(form, e, ratingYears, titleYears)),
    });
  };

  if (types.error) return <QueryError error={types.error} onRetry={() => void types.refetch()} />;
  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('awards.check.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('awards.check.intro')}</Typography.Text>
        </div>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Form<CheckValues>
            form={form}
            layout="vertical"
            initialValues={initial}
            onFinish={submit}
            onValuesChange={onValuesChange}
            scrollToFirstError
            data-testid="check-form"
          >
            <Card size="small" title={field('sectionAward')} className="check-section">
              <Row gutter={12}>
                <Col xs={24} sm={14}>
                  <Form.Item name="kind" label={field('kind')}>
                    <Radio.Group optionType="button" buttonStyle="solid" options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`awards.subjects.${k}`) }))} data-testid="check-kind" />
                  </Form.Item>
                </Col>
                {kind === 'individual' && (
                  <Col xs={24} sm={10}>
                    <Form.Item name="gender" label={field('gender')}>
                      <Radio.Group options={(['female', 'male'] as const).map((g) => ({ value: g, label: t(`admin.people.genders.${g}`) }))} data-testid="check-gender" />
                    </Form.Item>
                  </Col>
                )}
              </Row>
              <Form.Item name="awardType" label={field('awardType')} rules={[{ required: true, message: t('validation.choose', { field: field('awardType') }) }]}>
                <Select
                  placeholder={field('awardTypePick')}
                  loading={types.isLoading}
                  options={awardOptions(t, types.data, kind)}
                  showSearch={{ filterOption: awardFilter }}
                  optionRender={renderAwardOption}
                  data-testid="check-award"
                />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="year" label={field('year')} extra={field('yearHint')}>
                    <Select options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="check-year" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="decisionDate" label={field('decisionDate')} extra={field('decisionDateHint')}>
                    <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" className="full-width" data-testid="check-decision-date" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>

            <Card size="small" title={t('awards.check.sectionHistory', { from: year - 5, to: year })} className="check-section">
              <YearGrid year={year} kind={kind} types={types.data} />
            </Card>

            {kind === 'individual' && (
              <Card size="small" title={field('sectionAchievements')} className="check-section">
                <ScopedList name="initiatives" testId="initiative" year={year} />
                <ScopedList name="scienceWorks" testId="science" year={year} />
              </Card>
            )}

            {kind === 'collective' && (
              <Card size="small" title={field('sectionMembers')} className="check-section">
                <MemberFields />
              </Card>
            )}

            <Card size="small" title={t('awards.check.sectionStatus', { year })} className="check-section">
              {kind === 'individual' && (
                <Row gutter={12}>
                  <Col xs={12}>
                    <Form.Item name="monthsWorked" label={field('monthsWorked')}>
                      <InputNumber min={0} max={12} step={1} decimalSeparator="," className="full-width" data-testid="check-months" />
                    </Form.Item>
                  </Col>
                  <Col xs={12}>
                    <Form.Item name="maternityMonths" label={field('maternityMonths')}>
                      <InputNumber min={0} max={12} step={1} decimalSeparator="," className="full-width" data-testid="check-maternity" />
                    </Form.Item>
                  </Col>
                </Row>
              )}
              <Form.Item name="registered" valuePropName="checked" className="check-item">
                <Checkbox data-testid="check-registered">{t('awards.check.registered', { year })}</Checkbox>
              </Form.Item>
              <Form.Item name="underReview" valuePropName="checked" className="check-item">
                <Checkbox data-testid="check-underReview">{field('underReview')}</Checkbox>
              </Form.Item>
              <DisciplineList />
            </Card>

            {error && <Alert type="error" showIcon title={error} className="form-alert" data-testid="check-error" />}
            <Button type="primary" htmlType="submit" size="large" icon={<SafetyCertificateOutlined />} loading={check.isPending} block={isPhone} data-testid="check-submit">
              {field('submit')}
            </Button>
          </Form>
        </Col>
        <Col xs={24} xl={10}>
          <div ref={verdictRef} className="verdict-col">
            {answer ? (
              <Verdict result={answer.result} awardName={answer.awardName} year={answer.year} stale={stale} />
            ) : (
              !isPhone && (
                <Card size="small" className="verdict-empty">
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={field('empty')} />
                </Card>
              )
            )}
          </div>
        </Col>
      </Row>
    </div>
  );
}
