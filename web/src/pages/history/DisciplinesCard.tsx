/** Kỷ luật: disciplinary periods, with add (dialog) and delete. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Form, Input, List, Popconfirm, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCIPLINE_FORMS, type DisciplineForm } from '../../api/awards.js';
import { useHistoryActions } from '../../api/history.js';
import { FormModal } from '../../components/FormModal.js';
import { formatDate } from '../../lib/format.js';
import { type CardProps, isoDay } from './props.js';

interface DisciplineValues {
  form: DisciplineForm;
  from: Dayjs;
  to?: Dayjs | null;
  decisionNumber?: string;
}

const FIELDS = ['form', 'from', 'to', 'decisionNumber'] as const;
const NO_VALUES = {};

export function DisciplinesCard({ base, id, history, canEdit }: CardProps) {
  const { t } = useTranslation();
  const { addDiscipline, deleteDiscipline } = useHistoryActions(base, id);
  const [adding, setAdding] = useState(false);
  const f = (k: string) => t(`history.disciplines.${k}`);

  const submit = (v: DisciplineValues) =>
    addDiscipline.mutateAsync({ form: v.form, from: isoDay(v.from) ?? '', to: isoDay(v.to), decisionNumber: v.decisionNumber || null });

  return (
    <Card
      size="small"
      title={f('title')}
      className="check-section"
      extra={canEdit && <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="history-discipline-add">{f('add')}</Button>}
      data-testid="history-disciplines"
    >
      {history.disciplines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={f('none')} />
      ) : (
        <List
          size="small"
          dataSource={history.disciplines}
          renderItem={(d) => (
            <List.Item
              data-testid="history-discipline-item"
              actions={canEdit ? [
                <Popconfirm key="del" title={f('deleteConfirm')} okText={t('history.works.delete')} cancelText={t('common.cancel')} onConfirm={() => deleteDiscipline.mutateAsync(d.id)}>
                  <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={t('history.works.delete')} data-testid="history-discipline-delete" />
                </Popconfirm>,
              ] : []}
            >
              <List.Item.Meta
                title={<><Tag color="red">{t(`awards.disciplineForms.${d.form}`)}</Tag>{formatDate(d.from)} – {d.to ? formatDate(d.to) : f('running')}</>}
                description={d.decisionNumber ? t('history.disciplines.decision', { number: d.decisionNumber }) : undefined}
              />
            </List.Item>
          )}
        />
      )}
      <FormModal<DisciplineValues>
        open={adding}
        title={f('addTitle')}
        initialValues={NO_VALUES}
        fields={FIELDS}
        onSubmit={submit}
        onClose={() => setAdding(false)}
        testId="discipline-form"
      >
        {() => (
          <>
            <Form.Item name="form" label={f('form')} rules={[{ required: true, message: t('validation.choose', { field: f('form') }) }]}>
              <Select options={DISCIPLINE_FORMS.map((d) => ({ value: d, label: t(`awards.disciplineForms.${d}`) }))} data-testid="discipline-form-select" />
            </Form.Item>
            <Form.Item name="from" label={f('from')} rules={[{ required: true, message: t('validation.choose', { field: f('from') }) }]}>
              <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" className="full-width" data-testid="discipline-from" />
            </Form.Item>
            <Form.Item name="to" label={f('to')} extra={f('toHint')}>
              <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" className="full-width" data-testid="discipline-to" />
            </Form.Item>
            <Form.Item name="decisionNumber" label={f('decisionNumber')}>
              <Input maxLength={60} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Card>
  );
}
