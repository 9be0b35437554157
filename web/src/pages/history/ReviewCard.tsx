/** Đang bị xem xét: a pending disciplinary review, inspection or complaint suspends every proposal. */
import { Alert, Button, Card, Form, Input, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHistoryActions } from '../../api/history.js';
import { formatDateTime } from '../../lib/format.js';
import { applyServerErrors } from '../../lib/formErrors.js';
import type { CardProps } from './props.js';

interface ReviewValues {
  underReview: boolean;
  note?: string | null;
}

export function ReviewCard({ base, id, history, canEdit }: CardProps) {
  const { t } = useTranslation();
  const { putReview } = useHistoryActions(base, id);
  const [form] = Form.useForm<ReviewValues>();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const under = Form.useWatch('underReview', form) as boolean | undefined;
  const { review } = history;
  const f = (k: string, o?: Record<string, string>) => t(`history.review.${k}`, o ?? {});

  useEffect(() => {
    form.setFieldsValue({ underReview: review.underReview, note: review.note });
  }, [form, review.underReview, review.note]);

  const submit = (v: ReviewValues) => {
    setError(null);
    setSaved(false);
    putReview.mutate(
      { underReview: v.underReview, note: v.note?.trim() || null },
      { onSuccess: () => setSaved(true), onError: (e) => setError(applyServerErrors(form, e, ['underReview', 'note'])) },
    );
  };

  return (
    <Card size="small" title={f('title')} className="check-section" data-testid="history-review">
      <Typography.Paragraph type="secondary">{f('help')}</Typography.Paragraph>
      <Form<ReviewValues> form={form} layout="vertical" onFinish={submit} onValuesChange={() => setSaved(false)} disabled={!canEdit}>
        <Form.Item name="underReview" valuePropName="checked" label={f('switch')}>
          <Switch data-testid="history-review-switch" />
        </Form.Item>
        <Form.Item
          name="note"
          label={f('note')}
          rules={[{ required: Boolean(under), whitespace: true, message: t('validation.required', { field: f('note') }) }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} data-testid="history-review-note" />
        </Form.Item>
        {error && <Alert type="error" showIcon title={error} className="form-alert" />}
        {canEdit && (
          <Button htmlType="submit" loading={putReview.isPending} data-testid="history-review-save">{t('common.save')}</Button>
        )}
        {saved && <Typography.Text type="success" className="inline-note">{t('common.saved')}</Typography.Text>}
        {review.updatedAt && <div className="muted inline-top">{f('updatedAt', { at: formatDateTime(review.updatedAt) })}</div>}
      </Form>
    </Card>
  );
}
