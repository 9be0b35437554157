/** Editable lists: initiatives and science works (year + scope), and disciplinary periods. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DISCIPLINE_FORMS, SCOPES } from '../../api/awards.js';
import { gridYears } from './checkForm.js';

/** Year + scope rows; `name` is the list in the form, `testId` prefixes the testids. */
export function ScopedList({ name, testId, year }: { name: 'initiatives' | 'scienceWorks'; testId: string; year: number }) {
  const { t } = useTranslation();
  const years = gridYears(year).reverse();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div className="edit-list" data-testid={`${testId}-list`}>
          <Typography.Text strong>{t(`awards.check.${name}`)}</Typography.Text>
          {fields.length === 0 && <div className="edit-list-empty">{t(`awards.check.${name}None`)}</div>}
          {fields.map((f, i) => (
            <div key={f.key} className="edit-row" data-testid={`${testId}-${i}`}>
              <Form.Item name={[f.name, 'year']} className="edit-year" rules={[{ required: true, message: t('validation.choose', { field: t('awards.check.year') }) }]}>
                <Select
                  options={years.map((y) => ({ value: y, label: String(y) }))}
                  aria-label={t('awards.check.year')}
                  data-testid={`${testId}-year-${i}`}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'scope']} className="edit-scope" rules={[{ required: true, message: t('validation.choose', { field: t('awards.check.scope') }) }]}>
                <Radio.Group
                  optionType="button"
                  options={SCOPES.map((s) => ({ value: s, label: t(`awards.scopes.${s}`) }))}
                  aria-label={t('awards.check.scope')}
                  data-testid={`${testId}-scope-${i}`}
                />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('awards.check.remove')} data-testid={`${testId}-remove-${i}`} />
            </div>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ year, scope: 'unit' })} data-testid={`${testId}-add`}>
            {t(`awards.check.${name}Add`)}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

export function DisciplineList() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Form.List name="disciplines">
      {(fields, { add, remove }) => (
        <div className="edit-list" data-testid="discipline-list">
          <Typography.Text strong>{t('awards.check.disciplines')}</Typography.Text>
          {fields.length === 0 && <div className="edit-list-empty">{t('awards.check.disciplinesNone')}</div>}
          {fields.map((f, i) => (
            <div key={f.key} className="edit-row" data-testid={`discipline-${i}`}>
              <Form.Item name={[f.name, 'form']} className="edit-form" rules={[{ required: true, message: t('validation.choose', { field: t('awards.check.disciplineForm') }) }]}>
                <Select
                  placeholder={t('awards.check.disciplineForm')}
                  options={DISCIPLINE_FORMS.map((d) => ({ value: d, label: t(`awards.disciplineForms.${d}`) }))}
                  data-testid={`discipline-form-${i}`}
                />
              </Form.Item>
              <Form.Item name={[f.name, 'from']} className="edit-date" rules={[{ required: true, message: t('validation.choose', { field: t('awards.check.from') }) }]}>
                <DatePicker format="DD/MM/YYYY" placeholder={t('awards.check.from')} className="full-width" data-testid={`discipline-from-${i}`} />
              </Form.Item>
              <Form.Item
                name={[f.name, 'to']}
                className="edit-date"
                dependencies={[['disciplines', f.name, 'from']]}
                rules={[{
                  validator: (_, to: Dayjs | null | undefined) => {
                    const from = form.getFieldValue(['disciplines', f.name, 'from']) as Dayjs | null | undefined;
                    return !to || !from || !to.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error(t('awards.check.toBeforeFrom')));
                  },
                }]}
              >
                <DatePicker format="DD/MM/YYYY" placeholder={t('awards.check.toOpen')} className="full-width" data-testid={`discipline-to-${i}`} />
              </Form.Item>
              <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('awards.check.remove')} data-testid={`discipline-remove-${i}`} />
            </div>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="discipline-add">
            {t('awards.check.disciplinesAdd')}
          </Button>
        </div>
      )}
    </Form.List>
  );
}
