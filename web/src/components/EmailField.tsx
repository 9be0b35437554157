/** The optional e-mail address of a user (admin form and one's own): checked as typed, by the server's own rule. */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeEmail } from '../../../src/lib/email.js';

export function EmailField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="email"
      label={t('reminders.email.label')}
      extra={t('reminders.email.hint')}
      rules={[{ validator: (_, v?: string) => (normalizeEmail(v) !== undefined ? Promise.resolve() : Promise.reject(new Error(t('reminders.email.invalid')))) }]}
    >
      <Input type="email" inputMode="email" autoComplete="email" placeholder="ten.ho@kontum.gov.vn" data-testid="user-email" />
    </Form.Item>
  );
}
