/**
 * Create/edit dialog shared by the admin screens: validates as you type, keeps what was typed on a
 * server error, and puts the server's `details` on the named fields.
 */
import { Alert, App, Form, type FormInstance, Modal } from 'antd';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyServerErrors } from '../lib/formErrors.js';

interface Props<T> {
  open: boolean;
  title: string;
  /** Values to start from (the record being edited); undefined fields stay empty. */
  initialValues: Partial<T>;
  /** Form field names, so server details can be placed on them. */
  fields: readonly string[];
  onSubmit: (values: T) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance<T>) => ReactNode;
  testId?: string;
  /** Label of the confirm button ("Lưu" when absent) and whether it is a destructive action. */
  okText?: string;
  danger?: boolean;
  /** Toast after success ("Đã lưu" when absent). */
  successText?: string;
  /** Shown above the form (what the action will do). */
  intro?: ReactNode;
  width?: number;
}

export function FormModal<T extends object>({ open, title, initialValues, fields, onSubmit, onClose, children, testId, okText, danger, successText, intro, width }: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<T>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
  }, [open, form, initialValues]);

  const submit = async (values: T) => {
    setSaving(true);
    setError(null);
    try {
      await onSubmit(values);
      void message.success(successText ?? t('common.saved'));
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, fields));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
      okButtonProps={{ danger, 'data-testid': `${testId ?? 'form'}-save` }}
      width={width}
    >
      {intro}
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form<T> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid={testId}>
        {children(form)}
      </Form>
    </Modal>
  );
}
