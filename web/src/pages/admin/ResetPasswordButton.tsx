/** Resets a user's password; the generated one is shown once. */
import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useResetPassword } from '../../api/org.js';
import type { UserAccount } from '../../api/types.js';
import { OneTimePassword } from './OneTimePassword.js';

export function ResetPasswordButton({ user }: { user: UserAccount }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const reset = useResetPassword();
  const [password, setPassword] = useState<string | null>(null);
  return (
    <>
      <Popconfirm
        title={t('admin.users.resetConfirm', { name: user.username })}
        okText={t('admin.users.reset')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          reset.mutateAsync(user.id).then(
            (r) => setPassword(r.password),
            (e: Error) => void message.error(e.message),
          )
        }
      >
        <Button size="small" loading={reset.isPending} data-testid={`reset-${user.username}`}>
          {t('admin.users.reset')}
        </Button>
      </Popconfirm>
      <OneTimePassword username={user.username} password={password} onClose={() => setPassword(null)} />
    </>
  );
}
