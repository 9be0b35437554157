/** A unit's own registration for a movement: its commitments and, optionally, unit-level targets (a name and the level it commits to). */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterUnit, type MovementFull, type RegistrationRow } from '../../api/emulation.js';
import { StateTag } from './Rollup.js';

interface Values { commitments: string; targets?: Array<{ name: string; target?: string }> }

export function OwnRegistration({ m, row }: { m: MovementFull; row: RegistrationRow }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const register = useRegisterUnit(m.id);
  const [error, setError] = useState<string | null>(null);
  return (
    <Card size="small" title={t('emulation.registration.own', { unit: row.unit.name })} extra={<StateTag state={row.state} />}>
      {error && <Alert type="error" showIcon title={error} className="form-alert" />}
      <Form<Values> layout="vertical" initialValues={{ commitments: row.commitments ?? '', targets: row.targets }} onFinish={(v) => {
        setError(null);
        const targets = (v.targets ?? []).map((x) => ({ name: x.name, target: x.target ?? '' }));
        register.mutateAsync({ unitId: row.unit.id, commitments: v.commitments, targets }).then(() => void message.success(t('emulation.registration.done')))
          .catch((e: Error & { details?: Array<{ message: string }> }) => setError([e.message, ...(e.details ?? []).map((d) => d.message)].join(' ')));
      }}>
        <Form.Item name="commitments" label={t('emulation.registration.commitments')} rules={[{ required: true, min: 10, message: t('emulation.registration.commitmentsHelp') }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} data-testid="registration-commitments" />
        </Form.Item>
        <Typography.Text strong>{t('emulation.registration.targets')}</Typography.Text>
        <Form.List name="targets">
          {(fields, { add, remove }) => (
            <div className="registration-targets" data-testid="registration-targets">
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap className="registration-target">
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('emulation.registration.targetRequired') }]}>
                    <Input className="registration-target-name" placeholder={t('emulation.registration.targetName')} maxLength={300} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'target']}><Input className="registration-target-value" placeholder={t('emulation.registration.targetValue')} maxLength={200} /></Form.Item>
                  <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('emulation.remove')} />
                </Space>
              ))}
              <div>
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', target: '' })} disabled={fields.length >= 50} data-testid="registration-add-target">
                  {t('emulation.registration.addTarget')}
                </Button>
              </div>
            </div>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={register.isPending} data-testid="registration-submit">{row.registeredAt ? t('emulation.registration.update') : t('emulation.registration.submit')}</Button>
      </Form>
    </Card>
  );
}
