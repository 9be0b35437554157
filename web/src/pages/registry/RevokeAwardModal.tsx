/** Hủy khen thưởng (board, admin): says what happens, asks for the revoking decision and the reason. */
import { Alert, DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Award, useRevokeAward } from '../../api/registry.js';
import { FormModal } from '../../components/FormModal.js';
import { decisionSentence } from './awardText.js';

interface Values {
  decisionNumber: string;
  decisionDate: Dayjs;
  reason: string;
}

const FIELDS = ['decisionNumber', 'decisionDate', 'reason'] as const;

export function RevokeAwardModal({ award, onClose }: { award: Award | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeAward();
  const initialValues = useMemo<Partial<Values>>(() => ({}), []);
  const label = (f: string) => t(`registry.revoke.${f}`);
  const required = (f: string, choose = false) => (choose
    ? { required: true, message: t('validation.choose', { field: label(f) }) }
    // whitespace makes the rule a string rule: only for typed text (a date picker's value is an object).
    : { required: true, whitespace: true, message: t('validation.required', { field: label(f) }) });

  return (
    <FormModal<Values>
      open={award !== null}
      title={t('registry.revoke.title')}
      initialValues={initialValues}
      fields={FIELDS}
      testId="revoke-form"
      okText={t('registry.revoke.submit')}
      danger
      successText={t('registry.revoke.done')}
      onClose={onClose}
      onSubmit={(v) =>
        revoke.mutateAsync({
          id: award?.id ?? '',
          body: { decisionNumber: v.decisionNumber.trim(), decisionDate: v.decisionDate.format('YYYY-MM-DD'), reason: v.reason.trim() },
        })
      }
      intro={
        award && (
          <Alert
            type="warning"
            showIcon
            className="form-alert"
            data-testid="revoke-what"
            title={t('registry.revoke.what', { award: award.awardTypeName, year: award.year, name: award.subject.name })}
            description={
              <>
                <div>{decisionSentence(t, award)}</div>
                <div>{t('registry.revoke.effect')}</div>
              </>
            }
          />
        )
      }
    >
      {() => (
        <>
          <Form.Item name="decisionNumber" label={label('decisionNumber')} rules={[required('decisionNumber'), { max: 60, message: t('validation.maxLength', { field: label('decisionNumber'), max: 60 }) }]}>
            <Input data-testid="revoke-number" />
          </Form.Item>
          <Form.Item name="decisionDate" label={label('decisionDate')} rules={[required('decisionDate', true)]}>
            <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" className="full-width" data-testid="revoke-date" />
          </Form.Item>
          <Form.Item
            name="reason"
            label={label('reason')}
            rules={[
              required('reason'),
              { min: 5, message: t('validation.minLength', { field: label('reason'), min: 5 }) },
              { max: 2000, message: t('validation.maxLength', { field: label('reason'), max: 2000 }) },
            ]}
          >
            <Input.TextArea rows={3} data-testid="revoke-reason" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
