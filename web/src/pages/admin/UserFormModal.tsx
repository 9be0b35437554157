import { Checkbox, Form, Input } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave } from '../../api/org.js';
import { type CreatedUser, type Role, ROLES, type UserAccount } from '../../api/types.js';
import { FormModal } from '../../components/FormModal.js';
import { EmailField } from '../../components/EmailField.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { OneTimePassword } from './OneTimePassword.js';

interface Values {
  username: string;
  fullName: string;
  unitId: string;
  roles: Role[];
  email?: string;
  password?: string;
}

const FIELDS = ['username', 'fullName', 'unitId', 'roles', 'email', 'password'] as const;
const MIN_PASSWORD = 10;

export function UserFormModal({ user, onClose }: { user: UserAccount | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSave<object>('users');
  const editing = user && user !== 'new' ? user : null;
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null);
  const initialValues = useMemo<Partial<Values>>(
    () => (editing ? { username: editing.username, fullName: editing.fullName, unitId: editing.unit.id, roles: editing.roles, email: editing.email ?? '' } : { roles: ['unit_officer'] }),
    [editing],
  );
  const submit = async ({ password, ...v }: Values) => {
    const body = { ...v, username: v.username.trim(), fullName: v.fullName.trim(), email: v.email?.trim() || null, ...(password ? { password } : {}) };
    const result = await save.mutateAsync({ id: editing?.id, body });
    if (!editing && !password) setCreated({ username: body.username, password: (result as CreatedUser).password });
  };
  const label = (f: string) => t(`admin.users.${f}`);

  return (
    <>
      <FormModal<Values>
        open={user !== null}
        title={editing ? t('admin.users.edit', { name: editing.username }) : t('admin.users.create')}
        initialValues={initialValues}
        fields={FIELDS}
        testId="user-form"
        onClose={onClose}
        onSubmit={submit}
      >
        {() => (
          <>
            <Form.Item
              name="username"
              label={label('username')}
              rules={[
                { required: true, message: t('validation.required', { field: label('username') }) },
                { pattern: /^[a-z0-9._-]{3,50}$/, message: t('admin.users.usernameRule') },
              ]}
            >
              <Input disabled={Boolean(editing)} autoComplete="off" data-testid="user-username" />
            </Form.Item>
            <Form.Item name="fullName" label={label('fullName')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: label('fullName') }) }]}>
              <Input data-testid="user-fullName" />
            </Form.Item>
            <Form.Item name="unitId" label={t('admin.people.unit')} rules={[{ required: true, message: t('validation.choose', { field: t('admin.people.unit') }) }]}>
              <UnitTreeSelect allowClear={false} data-testid="user-unit" />
            </Form.Item>
            <Form.Item name="roles" label={label('roles')} rules={[{ required: true, type: 'array', min: 1, message: t('validation.choose', { field: label('roles') }) }]}>
              <Checkbox.Group options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} className="roles-group" data-testid="user-roles" />
            </Form.Item>
            <EmailField />
            {!editing && (
              <Form.Item
                name="password"
                label={label('password')}
                extra={t('admin.users.passwordHint')}
                rules={[{ min: MIN_PASSWORD, message: t('validation.minLength', { field: label('password'), min: MIN_PASSWORD }) }]}
              >
                <Input.Password autoComplete="new-password" data-testid="user-password" />
              </Form.Item>
            )}
          </>
        )}
      </FormModal>
      <OneTimePassword username={created?.username ?? ''} password={created?.password ?? null} onClose={() => setCreated(null)} />
    </>
  );
}
