/** The signed-in user's own e-mail address, where the unit's deadline reminders are mailed. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useOwnEmail, useSetOwnEmail } from '../api/reminders.js';
import { EmailField } from '../components/EmailField.js';
import { FormModal } from '../components/FormModal.js';

export function EmailModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const own = useOwnEmail(open);
  const save = useSetOwnEmail();
  // Stable while open: FormModal resets its fields whenever the initial values change.
  const initialValues = useMemo(() => ({ email: own.data?.email ?? '' }), [own.data]);
  return (
    <FormModal<{ email?: string }>
      open={open && own.isSuccess}
      title={t('reminders.email.title')}
      initialValues={initialValues}
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
