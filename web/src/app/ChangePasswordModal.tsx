import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../api/auth.js';
import { applyServerErrors } from '../lib/formErrors.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

const MIN_LENGTH = 10;

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (v: Values) => {
    setSaving(true);
    setError(null);
    try {
      await changePassword(v.currentPassword, v.newPassword);
      void message.success(t('auth.passwordChanged'));
      form.resetFields();
      onClose();
    } catch (e) {
      setError(applyServerErrors(form, e, ['currentPassword', 'newPassword']));
    } finally {
      setSaving(false);
    }
  };

  const req = (field: string) => ({ required: true, message: t('validation.required', { field: t(field) }) });
  return (
    <Modal
      open={open}
      title={t('auth.changePassword')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error && <Alert type="error" title={error} showIcon className="form-alert" />}
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[req('auth.currentPassword')]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          rules={[
            req('auth.newPassword'),
            { min: MIN_LENGTH, message: t('validation.minLength', { field: t('auth.newPassword'), min: MIN_LENGTH }) },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            req('auth.confirmPassword'),
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
