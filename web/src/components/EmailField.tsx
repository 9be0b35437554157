/** The optional e-mail address of a user (admin form and one's own): checked as typed, like the server does. */
import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** One @, a dotted domain, no spaces: the same loose shape as src/lib/email.ts. */
const EMAIL = /^[^\s@<>(),;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function EmailField() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="email"
      label={t('reminders.email.label')}
      extra={t('reminders.email.hint')}
      rules={[{ validator: (_, v?: string) => (!v?.trim() || EMAIL.test(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('reminders.email.invalid')))) }]}
    >
      <Input type="email" inputMode="email" autoComplete="email" placeholder="ten.ho@kontum.gov.vn" data-testid="user-email" />
    </Form.Item>
  );
}
