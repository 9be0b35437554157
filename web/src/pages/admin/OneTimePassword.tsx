/** Shows a generated password once, to hand over to the user. */
import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  username: string;
  password: string | null;
  onClose: () => void;
}

export function OneTimePassword({ username, password, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      open={password !== null}
      title={t('admin.users.newPasswordTitle', { name: username })}
      onCancel={onClose}
      footer={<Button type="primary" onClick={onClose}>{t('admin.users.newPasswordDone')}</Button>}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('admin.users.newPasswordHelp')}</Typography.Paragraph>
      <Typography.Text code copyable className="generated-password" data-testid="generated-password">
        {password}
      </Typography.Text>
    </Modal>
  );
}
