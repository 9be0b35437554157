/** Sign-in: username and password; server errors (wrong password, too many attempts) in Vietnamese. */
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useAuthActions, useMe } from '../../app/auth.js';
import { LanguageSwitch } from '../../app/HeaderBar.js';
import { applyServerErrors } from '../../lib/formErrors.js';

interface Values {
  username: string;
  password: string;
}

function loginErrorText(e: unknown, t: (k: string) => string, fallback: string | null): string | null {
  if (e instanceof ApiError && e.status === 429) return e.message || t('auth.tooManyAttempts');
  if (e instanceof ApiError && e.status === 401) return e.message || t('auth.wrongCredentials');
  return fallback;
}

export function LoginPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { login } = useAuthActions();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: string } | null)?.from ?? '/app';
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (me.data) return <Navigate to={from} replace />;

  const submit = async ({ username, password }: Values) => {
    setBusy(true);
    setError(null);
    try {
      await login(username.trim(), password);
      void navigate(from, { replace: true });
    } catch (e) {
      setError(loginErrorText(e, t, applyServerErrors(form, e, ['username', 'password'])));
    } finally {
      setBusy(false);
    }
  };

  const req = (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field: t(field) }) });
  return (
    <div className="login-shell">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <Card className="login-card">
        <Typography.Title level={3} className="login-title">
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.intro')}</Typography.Paragraph>
        {error && <Alert type="error" showIcon title={error} className="form-alert" data-testid="login-error" />}
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} data-testid="login-form" requiredMark={false}>
          <Form.Item name="username" label={t('auth.username')} rules={[req('auth.username')]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" data-testid="login-username" />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} rules={[req('auth.password')]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="login-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="login-submit">
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
