/** The review steps an item offers the current user: submit (its unit), publish / return / feature (the board). */
import { App, Button, type ButtonProps, Form, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationStatus, ReviewAction } from '../../api/publications.js';
import { ApiError } from '../../api/client.js';

interface Props {
  status: PublicationStatus;
  canEdit: boolean;
  isReviewer: boolean;
  featured?: boolean;
  onReview: (action: ReviewAction, note?: string) => Promise<unknown>;
  onFeature?: (featured: boolean) => Promise<unknown>;
}

export function ReviewActions({ status, canEdit, isReviewer, featured, onReview, onFeature }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const run = async (action: ReviewAction, n?: string) => {
    try {
      await onReview(action, n);
      void message.success(t(`publishing.done.${action}`));
      return true;
    } catch (e) {
      const text = e instanceof ApiError ? (e.details[0]?.message ?? e.message) : String(e);
      setError(text);
      void message.error(text);
      return false;
    }
  };
  return (
    <Space wrap>
      {canEdit && (status === 'draft' || status === 'returned') && !isReviewer && (
        <Button type="primary" onClick={() => void run('submit')} data-testid="review-submit">{t('publishing.actions.submit')}</Button>
      )}
      {isReviewer && status !== 'published' && (
        <Button
          type="primary"
          data-testid="review-publish"
          onClick={() => modal.confirm({
            title: t('publishing.confirmPublish.title'),
            content: t('publishing.confirmPublish.content'),
            okText: t('publishing.actions.publish'),
            cancelText: t('common.cancel'),
            okButtonProps: { 'data-testid': 'review-publish-confirm' } as ButtonProps,
            onOk: () => run('publish'),
          })}
        >
          {t('publishing.actions.publish')}
        </Button>
      )}
      {isReviewer && status === 'submitted' && (
        <Button danger onClick={() => { setNote(''); setError(null); setReturning(true); }} data-testid="review-return">{t('publishing.actions.return')}</Button>
      )}
      {isReviewer && onFeature && status === 'published' && (
        <Button onClick={() => void onFeature(!featured)} data-testid="review-feature">{featured ? t('publishing.actions.unfeature') : t('publishing.actions.feature')}</Button>
      )}
      <Modal
        open={returning}
        title={t('publishing.actions.return')}
        okText={t('publishing.actions.return')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, 'data-testid': 'review-return-confirm' } as ButtonProps}
        onCancel={() => setReturning(false)}
        onOk={async () => { if (await run('return', note)) setReturning(false); }}
      >
        <Form layout="vertical">
          <Form.Item label={t('publishing.returnReason')} validateStatus={error ? 'error' : undefined} help={error ?? undefined} required>
            <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} data-testid="review-return-note" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
