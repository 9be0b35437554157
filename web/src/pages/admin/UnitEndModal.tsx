/** Ends a unit (validTo), optionally naming its successor: history keeps the unit as it was. */
import { DatePicker, Form, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave } from '../../api/org.js';
import type { Unit } from '../../api/types.js';
import { FormModal } from '../../components/FormModal.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';

interface Values {
  validTo: Dayjs;
  successorId?: string;
}

export function UnitEndModal({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSave<object>('units');
  const initialValues = useMemo<Partial<Values>>(() => ({ validTo: dayjs() }), []);
  return (
    <FormModal<Values>
      open={unit !== null}
      title={t('admin.units.endTitle', { name: unit?.name ?? '' })}
      initialValues={initialValues}
      fields={['validTo', 'successorId']}
      testId="unit-end-form"
      onClose={onClose}
      onSubmit={(v) =>
        save.mutateAsync({ id: unit?.id, body: { validTo: v.validTo.format('YYYY-MM-DD'), successorId: v.successorId ?? null, active: false } })
      }
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t('admin.units.endHelp')}</Typography.Paragraph>
          <Form.Item name="validTo" label={t('admin.units.validTo')} rules={[{ required: true, message: t('validation.required', { field: t('admin.units.validTo') }) }]}>
            <DatePicker format="DD/MM/YYYY" className="full-width" />
          </Form.Item>
          <Form.Item name="successorId" label={t('admin.units.successor')}>
            <UnitTreeSelect />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
