/** Thông tin theo năm: months worked, maternity months, titles registered for (đăng ký thi đua); one dialog per year. */
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, InputNumber, Select, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAwardTypes } from '../../api/awards.js';
import { useHistoryActions, type YearEntry } from '../../api/history.js';
import { FormModal } from '../../components/FormModal.js';
import { formatNumber } from '../../lib/format.js';
import { awardFilter, awardOptions, renderAwardOption, shortName } from '../awards/awardOptions.js';
import { type CardProps, pickYears } from './props.js';

interface YearValues {
  year: number;
  monthsWorked?: number | null;
  maternityMonths?: number | null;
  registered?: string[];
}

const FIELDS = ['year', 'monthsWorked', 'maternityMonths', 'registered'] as const;

export function YearsCard({ base, id, history, canEdit }: CardProps) {
  const { t } = useTranslation();
  const { putYear } = useHistoryActions(base, id);
  const types = useAwardTypes();
  const [editing, setEditing] = useState<Partial<YearValues> | null>(null);
  const individual = base === 'people';
  const f = (k: string) => t(`history.years.${k}`);
  const titleOptions = awardOptions(t, types.data?.filter((a) => a.category === 'title'), individual ? 'individual' : 'collective');
  const rows = [...history.years].sort((a, b) => b.year - a.year);

  const open = (y?: YearEntry) =>
    setEditing(y ? { year: y.year, monthsWorked: y.monthsWorked, maternityMonths: y.maternityMonths, registered: y.registered } : { year: new Date().getFullYear() - 1, registered: [] });

  const submit = (v: YearValues) => {
    // PUT replaces the year: keep what this dialog does not show (a unit's member numbers).
    const before = history.years.find((y) => y.year === v.year);
    const body = {
      ...(individual ? { monthsWorked: v.monthsWorked ?? null, maternityMonths: v.maternityMonths ?? null } : {}),
      registered: v.registered ?? [],
      ...(before?.members ? { members: before.members } : {}),
    };
    return putYear.mutateAsync({ year: v.year, body });
  };

  const months = (n: number | null) => (n === null ? '—' : formatNumber(n));
  return (
    <Card
      size="small"
      title={f('title')}
      className="check-section"
      extra={canEdit && <Button size="small" icon={<PlusOutlined />} onClick={() => open()} data-testid="history-year-add">{f('add')}</Button>}
      data-testid="history-years"
    >
      <Table<YearEntry>
        rowKey="year"
        size="small"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: f('none') }}
        scroll={{ x: 520 }}
        columns={[
          { title: t('history.year'), dataIndex: 'year', width: 70 },
          ...(individual ? [
            { title: f('monthsWorked'), dataIndex: 'monthsWorked', width: 110, render: months },
            { title: f('maternityMonths'), dataIndex: 'maternityMonths', width: 110, render: months },
          ] : []),
          { title: f('registered'), dataIndex: 'registered', render: (codes: string[]) => (codes.length ? codes.map((c) => <Tag key={c}>{shortName(t, c)}</Tag>) : '—') },
          ...(canEdit ? [{
            key: 'edit',
            width: 50,
            render: (_: unknown, y: YearEntry) => <Button type="text" size="small" icon={<EditOutlined />} onClick={() => open(y)} aria-label={t('common.edit')} data-testid={`history-year-edit-${y.year}`} />,
          }] : []),
        ]}
      />
      <FormModal<YearValues>
        open={editing !== null}
        title={f('editTitle')}
        initialValues={editing ?? {}}
        fields={FIELDS}
        onSubmit={submit}
        onClose={() => setEditing(null)}
        testId="year-form"
      >
        {() => (
          <>
            <Form.Item name="year" label={t('history.year')} rules={[{ required: true, message: t('validation.choose', { field: t('history.year') }) }]}>
              <Select options={pickYears().map((y) => ({ value: y, label: String(y) }))} data-testid="year-form-year" />
            </Form.Item>
            {individual && (
              <>
                <Form.Item name="monthsWorked" label={f('monthsWorked')}>
                  <InputNumber min={0} max={12} decimalSeparator="," className="full-width" data-testid="year-form-months" />
                </Form.Item>
                <Form.Item name="maternityMonths" label={f('maternityMonths')} extra={f('maternityHint')}>
                  <InputNumber min={0} max={12} decimalSeparator="," className="full-width" data-testid="year-form-maternity" />
                </Form.Item>
              </>
            )}
            <Form.Item name="registered" label={f('registered')} extra={f('registeredHint')}>
              <Select
                mode="multiple"
                allowClear
                options={titleOptions}
                optionLabelProp="short"
                showSearch={{ filterOption: awardFilter }}
                optionRender={renderAwardOption}
                data-testid="year-form-registered"
              />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Card>
  );
}
