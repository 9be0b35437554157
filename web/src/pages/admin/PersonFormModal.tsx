import { Checkbox, Form, Input, InputNumber, Radio } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave } from '../../api/org.js';
import type { Person } from '../../api/types.js';
import { FormModal } from '../../components/FormModal.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';

interface Values {
  fullName: string;
  gender: 'male' | 'female';
  birthYear?: number | null;
  ethnicity?: string;
  position?: string;
  unitId: string;
  isLeader: boolean;
}

const FIELDS = ['fullName', 'gender', 'birthYear', 'ethnicity', 'position', 'unitId', 'isLeader'] as const;
const thisYear = new Date().getFullYear();
const blankToNull = (s: string | null | undefined) => s?.trim() || null;

export function PersonFormModal({ person, onClose }: { person: Person | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSave<object>('people');
  const editing = person && person !== 'new' ? person : null;
  const initialValues = useMemo<Partial<Values>>(
    () => (editing ? { ...editing, ethnicity: editing.ethnicity ?? undefined, position: editing.position ?? undefined } : { isLeader: false }),
    [editing],
  );
  const label = (f: string) => t(`admin.people.${f}`);
  const required = (f: string) => ({ required: true, message: t('validation.required', { field: label(f) }) });

  return (
    <FormModal<Values>
      open={person !== null}
      title={editing ? t('admin.people.edit', { name: editing.fullName }) : t('admin.people.create')}
      initialValues={initialValues}
      fields={FIELDS}
      testId="person-form"
      onClose={onClose}
      onSubmit={(v) =>
        save.mutateAsync({
          id: editing?.id,
          body: { ...v, fullName: v.fullName.trim(), birthYear: v.birthYear ?? null, ethnicity: blankToNull(v.ethnicity), position: blankToNull(v.position) },
        })
      }
    >
      {() => (
        <>
          <Form.Item name="fullName" label={label('fullName')} rules={[{ ...required('fullName'), whitespace: true }, { min: 2, message: t('validation.minLength', { field: label('fullName'), min: 2 }) }]}>
            <Input data-testid="person-fullName" />
          </Form.Item>
          <Form.Item name="gender" label={label('gender')} rules={[{ required: true, message: t('validation.choose', { field: label('gender') }) }]}>
            <Radio.Group>
              <Radio value="male">{t('admin.people.genders.male')}</Radio>
              <Radio value="female">{t('admin.people.genders.female')}</Radio>
            </Radio.Group>
          </Form.Item>
          <Form.Item
            name="birthYear"
            label={label('birthYear')}
            rules={[{ type: 'integer', min: 1900, max: thisYear, message: t('validation.between', { field: label('birthYear'), min: 1900, max: thisYear }) }]}
          >
            <InputNumber className="full-width" controls={false} />
          </Form.Item>
          <Form.Item name="ethnicity" label={label('ethnicity')}>
            <Input placeholder="Kinh, Ba Na, Xơ Đăng…" />
          </Form.Item>
          <Form.Item name="position" label={label('position')}>
            <Input />
          </Form.Item>
          <Form.Item name="unitId" label={label('unit')} rules={[{ required: true, message: t('validation.choose', { field: label('unit') }) }]}>
            <UnitTreeSelect allowClear={false} data-testid="person-unit" />
          </Form.Item>
          <Form.Item name="isLeader" valuePropName="checked">
            <Checkbox>{label('isLeader')}</Checkbox>
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
