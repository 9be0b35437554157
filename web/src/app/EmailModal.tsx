/** The signed-in user's own e-mail address, where the unit's deadline reminders are mailed. */
import { useTranslation } from 'react-i18next';
import { useOwnEmail, useSetOwnEmail } from '../api/reminders.js';
import { EmailField } from '../components/EmailField.js';
import { FormModal } from '../components/FormModal.js';

export function EmailModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const own = useOwnEmail(open);
  const save = useSetOwnEmail();
  return (
    <FormModal<{ email?: string }>
      open={open && own.isSuccess}
      title={t('reminders.email.title')}
      initialValues={{ email: own.data?.email ?? '' }}
      fields={['email']}
      onSubmit={(v) => save.mutateAsync(v.email?.trim() || null)}
      onClose={onClose}
      successText={t('reminders.email.saved')}
      testId="own-email-form"
    >
      {() => <EmailField />}
    </FormModal>
  );
}
