/** Adds or edits one day of the calendar: date (dd/mm/yyyy), name, day off or make-up working day. */
import { DatePicker, Form, Input, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type DayKind, type Holiday, useSaveHoliday } from '../../api/calendar.js';
import { FormModal } from '../../components/FormModal.js';

interface Values { date: Dayjs; name: string; kind: DayKind }

/** `editing`: the day being edited, 'new' to add one (in `year`), null when closed. */
export function HolidayFormModal({ editing, year, onClose }: { editing: Holiday | 'new' | null; year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveHoliday();
  const day = editing === 'new' ? null : editing;
  const initialValues = useMemo<Partial<Values>>(
    () => (day ? { date: dayjs(day.date), name: day.name, kind: day.kind } : { kind: 'off', date: dayjs(`${year}-01-01`) }),
    [day, year],
  );
  return (
    <FormModal<Values>
      open={editing !== null}
      title={day ? t('holidays.editTitle') : t('holidays.addTitle')}
      initialValues={initialValues}
      fields={['date', 'name', 'kind']}
      testId="holiday-form"
      onClose={onClose}
      onSubmit={(v) => save.mutateAsync({ original: day?.date, day: { date: v.date.format('YYYY-MM-DD'), name: v.name, kind: v.kind } })}
    >
      {() => (
        <>
          <Form.Item name="date" label={t('holidays.date')} rules={[{ required: true, message: t('validation.required', { field: t('holidays.date') }) }]}>
            <DatePicker format="DD/MM/YYYY" className="full-width" data-testid="holiday-date" />
          </Form.Item>
          <Form.Item name="name" label={t('holidays.name')} extra={t('holidays.nameHelp')}
            rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('holidays.name') }) }, { min: 2, message: t('validation.minLength', { field: t('holidays.name'), min: 2 }) }, { max: 200, message: t('validation.maxLength', { field: t('holidays.name'), max: 200 }) }]}>
            <Input data-testid="holiday-name" />
          </Form.Item>
          <Form.Item name="kind" label={t('holidays.kind')}>
            <Radio.Group options={[{ value: 'off', label: t('holidays.kinds.off') }, { value: 'work', label: t('holidays.kinds.work') }]} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
