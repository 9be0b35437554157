import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave } from '../../api/org.js';
import { type Unit, UNIT_KINDS, type UnitKind } from '../../api/types.js';
import { FormModal } from '../../components/FormModal.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';

interface Values {
  code: string;
  name: string;
  kind: UnitKind;
  parentId?: string;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
}

const FIELDS = ['code', 'name', 'kind', 'parentId', 'validFrom', 'validTo'] as const;
const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);

export function UnitFormModal({ unit, onClose }: { unit: Unit | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSave<object>('units');
  const editing = unit && unit !== 'new' ? unit : null;
  const initialValues = useMemo<Partial<Values>>(
    () =>
      editing
        ? { ...editing, parentId: editing.parentId ?? undefined, validFrom: editing.validFrom ? dayjs(editing.validFrom) : null, validTo: editing.validTo ? dayjs(editing.validTo) : null }
        : {},
    [editing],
  );
  const label = (f: string) => t(`admin.units.${f}`);
  const required = (f: string) => ({ required: true, whitespace: true, message: t('validation.required', { field: label(f) }) });

  return (
    <FormModal<Values>
      open={unit !== null}
      title={editing ? t('admin.units.edit', { name: editing.name }) : t('admin.units.create')}
      initialValues={initialValues}
      fields={FIELDS}
      testId="unit-form"
      onClose={onClose}
      onSubmit={(v) =>
        save.mutateAsync({
          id: editing?.id,
          body: { code: v.code.trim(), name: v.name.trim(), kind: v.kind, parentId: v.parentId ?? null, validFrom: iso(v.validFrom), validTo: iso(v.validTo) },
        })
      }
    >
      {() => (
        <>
          <Form.Item name="code" label={label('code')} rules={[required('code'), { pattern: /^[A-Za-z0-9._-]{1,40}$/, message: t('admin.units.codeRule') }]}>
            <Input data-testid="unit-code" />
          </Form.Item>
          <Form.Item name="name" label={label('name')} rules={[
              required('name'),
              { min: 2, message: t('validation.minLength', { field: label('name'), min: 2 }) },
              { max: 300, message: t('validation.maxLength', { field: label('name'), max: 300 }) },
            ]}>
            <Input data-testid="unit-name" />
          </Form.Item>
          <Form.Item name="kind" label={label('kind')} rules={[{ required: true, message: t('validation.choose', { field: label('kind') }) }]}>
            <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))} data-testid="unit-kind" />
          </Form.Item>
          <Form.Item name="parentId" label={label('parent')}>
            <UnitTreeSelect data-testid="unit-parent" />
          </Form.Item>
          <Form.Item name="validFrom" label={label('validFrom')}>
            <DatePicker format="DD/MM/YYYY" className="full-width" />
          </Form.Item>
          <Form.Item
            name="validTo"
            label={label('validTo')}
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, to: Dayjs | null) => {
                  const from = getFieldValue('validFrom') as Dayjs | null;
                  return !to || !from || !to.isBefore(from) ? Promise.resolve() : Promise.reject(new Error(t('admin.units.validToBeforeFrom')));
                },
              }),
            ]}
          >
            <DatePicker format="DD/MM/YYYY" className="full-width" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
