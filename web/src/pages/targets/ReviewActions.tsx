/** The board accepts a submitted value, or returns it with a reason the officer will read. */
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReviewValue } from '../../api/targets.js';
import type { IndicatorValue } from '../../api/types.js';

export function ReviewActions({ value }: { value: IndicatorValue }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const review = useReviewValue();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');

  const run = (decision: 'accept' | 'return') =>
    review.mutate(
      { id: value.id, decision, note: note.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t(`targets.review.${decision}Done`));
          setReturning(false);
          setNote('');
        },
        onError: (e) => void message.error(e.message),
      },
    );

  return (
    <Space wrap>
      <Button
        size="small"
        type="primary"
        icon={<CheckOutlined />}
        loading={review.isPending && !returning}
        onClick={() => run('accept')}
        data-testid={`accept-${value.id}`}
      >
        {t('targets.review.accept')}
      </Button>
      <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} data-testid={`return-${value.id}`}>
        {t('targets.review.return')}
      </Button>
      <Modal
        open={returning}
        title={t('targets.review.returnTitle')}
        okText={t('targets.review.return')}
        okButtonProps={{ danger: true, disabled: !note.trim() }}
        cancelText={t('common.cancel')}
        confirmLoading={review.isPending}
        onOk={() => run('return')}
        onCancel={() => setReturning(false)}
      >
        <Input.TextArea
          rows={3}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('targets.review.returnNote')}
          status={note.trim() ? undefined : 'warning'}
          data-testid="return-note"
        />
      </Modal>
    </Space>
  );
}
