/** Quản trị › Lịch ngày nghỉ (board): a year's public holidays, swapped days and make-up working days; time limits count on it. */
import { LeftOutlined, PlusOutlined, RightOutlined } from '@ant-design/icons';
import { Alert, Button, Grid, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Holiday, useHolidays, useRemoveHoliday } from '../../api/calendar.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';
import { hasRole, useMe } from '../../app/auth.js';
import { HolidayFormModal } from './HolidayFormModal.js';

/** Days the default list could not know yet carry this mark until the board confirms them. */
const TENTATIVE = '(dự kiến)';
const isTentative = (h: Holiday) => h.name.includes(TENTATIVE);

export function HolidaysPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const canEdit = hasRole(user, 'admin', 'board');
  const isPhone = !Grid.useBreakpoint().md;
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState<Holiday | 'new' | null>(null);
  const days = useHolidays(year);
  const remove = useRemoveHoliday();
  const items = days.data?.items ?? [];
  const off = items.filter((h) => h.kind === 'off').length;
  const tentative = items.filter(isTentative).length;
  const kindTag = (k: Holiday['kind']) => <Tag color={k === 'work' ? 'blue' : 'red'}>{t(`holidays.kinds.${k}`)}</Tag>;

  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('holidays.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('holidays.subtitle')}</Typography.Text>
        </div>
        <Space wrap>
          <Space.Compact>
            <Button icon={<LeftOutlined />} onClick={() => setYear(year - 1)} aria-label={t('holidays.previousYear')} />
            <InputNumber min={1900} max={2999} value={year} onChange={(v) => v && setYear(v)} aria-label={t('reports.year')} data-testid="holidays-year" />
            <Button icon={<RightOutlined />} onClick={() => setYear(year + 1)} aria-label={t('holidays.nextYear')} />
          </Space.Compact>
          {canEdit && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="holiday-create">{t('holidays.add')}</Button>}
        </Space>
      </div>
      {days.error && <QueryError error={days.error} onRetry={() => void days.refetch()} />}
      {days.data && (
        <Typography.Paragraph data-testid="holidays-summary">
          {t('holidays.summary', { year, off, work: items.length - off })}
        </Typography.Paragraph>
      )}
      {tentative > 0 && <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={t('holidays.tentative', { count: tentative })} data-testid="holidays-tentative" />}
      <Table<Holiday>
        rowKey="date" size="middle" loading={days.isFetching} dataSource={items} pagination={false} scroll={isPhone ? undefined : { x: 'max-content' }} data-testid="holidays-table"
        locale={{ emptyText: t('holidays.empty', { year }) }}
        columns={[
          {
            title: t('holidays.date'), dataIndex: 'date', width: isPhone ? 110 : 180,
            render: (d: string) => <>{formatDate(d)}{isPhone ? <br /> : ' '}<Typography.Text type="secondary">({t(`holidays.weekdays.${dayjs(d).day()}`)})</Typography.Text></>,
          },
          {
            // A phone has no room for the kind column: the kind's tag goes with the name.
            title: t('holidays.name'), dataIndex: 'name',
            render: (n: string, h: Holiday) => <>{n} {isTentative(h) && <Tag color="orange">{t('holidays.tentativeTag')}</Tag>}{isPhone && kindTag(h.kind)}</>,
          },
          ...(isPhone ? [] : [{ title: t('holidays.kind'), dataIndex: 'kind', width: 150, render: kindTag }]),
          ...(canEdit ? [{
            title: '', key: 'actions', width: isPhone ? 80 : 150,
            render: (_: unknown, h: Holiday) => (
              <Space wrap>
                <Button size="small" onClick={() => setEditing(h)} data-testid={`holiday-edit-${h.date}`}>{t('common.edit')}</Button>
                <Popconfirm title={t('holidays.removeConfirm', { date: formatDate(h.date), name: h.name })} okText={t('holidays.remove')} okButtonProps={{ danger: true }}
                  cancelText={t('common.cancel')} onConfirm={() => remove.mutateAsync(h.date)}>
                  <Button size="small" danger data-testid={`holiday-remove-${h.date}`}>{t('holidays.remove')}</Button>
                </Popconfirm>
              </Space>
            ),
          }] : []),
        ]}
      />
      <HolidayFormModal editing={editing} year={year} onClose={() => setEditing(null)} />
    </div>
  );
}
