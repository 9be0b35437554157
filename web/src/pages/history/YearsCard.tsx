/**
 * Thông tin theo năm: months worked and maternity (people), member numbers (units), titles registered
 * for (đăng ký thi đua), and for units the board's findings (cluster lead, exceeded targets); one dialog per year.
 */
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Members } from '../../api/awards.js';
import { useAwardTypes } from '../../api/awards.js';
import { useHistoryActions, type YearEntry } from '../../api/history.js';
import { hasRole, useMe } from '../../app/auth.js';
import { FormModal } from '../../components/FormModal.js';
import { formatNumber } from '../../lib/format.js';
import { awardFilter, awardOptions, renderAwardOption, shortName } from '../awards/awardOptions.js';
import { MEMBER_COUNTS, MemberFields } from '../awards/MemberFields.js';
import { type CardProps, pickYears } from './props.js';

interface YearValues {
  year: number;
  monthsWorked?: number | null;
  maternityMonths?: number | null;
  registered?: string[];
  members?: Partial<Record<(typeof MEMBER_COUNTS)[number], number | null>>;
  clusterLeader?: boolean;
  exceededTargets?: boolean;
}

const FIELDS = ['year', 'monthsWorked', 'maternityMonths', 'registered'] as const;

/** The six counts, null when none is entered; an Error when only some are (the rules need all six). */
function membersOf(v: YearValues['members'], message: string): Members | null {
  const counts = MEMBER_COUNTS.map((k) => v?.[k] ?? null);
  if (counts.every((n) => n === null)) return null;
  if (counts.some((n) => n === null)) throw new Error(message);
  return Object.fromEntries(MEMBER_COUNTS.map((k, i) => [k, counts[i]])) as unknown as Members;
}

export function YearsCard({ base, id, history, canEdit }: CardProps) {
  const { t } = useTranslation();
  const { putYear, putBoardFacts } = useHistoryActions(base, id);
  const types = useAwardTypes();
  const { data: user } = useMe();
  const [editing, setEditing] = useState<Partial<YearValues> | null>(null);
  const individual = base === 'people';
  const board = !individual && hasRole(user, 'admin', 'board');
  const f = (k: string) => t(`history.years.${k}`);
  const titleOptions = awardOptions(t, types.data?.filter((a) => a.category === 'title'), individual ? 'individual' : 'collective');
  const rows = [...history.years].sort((a, b) => b.year - a.year);

  const open = (y?: YearEntry) =>
    setEditing(y
      ? {
        year: y.year, monthsWorked: y.monthsWorked, maternityMonths: y.maternityMonths, registered: y.registered, members: y.members ?? {},
        clusterLeader: y.clusterLeader === true, exceededTargets: y.exceededTargets === true,
      }
      : { year: new Date().getFullYear() - 1, registered: [], members: {}, clusterLeader: false, exceededTargets: false });

  const submit = async (v: YearValues) => {
    const before = history.years.find((y) => y.year === v.year);
    const body = individual
      ? { monthsWorked: v.monthsWorked ?? null, maternityMonths: v.maternityMonths ?? null, registered: v.registered ?? [] }
      : { members: membersOf(v.members, f('membersAllOrNone')), registered: v.registered ?? [] };
    await putYear.mutateAsync({ year: v.year, body });
    // The board's findings have their own endpoint; written only when the board changed them.
    const facts = { clusterLeader: Boolean(v.clusterLeader), exceededTargets: Boolean(v.exceededTargets) };
    if (board && (facts.clusterLeader !== (before?.clusterLeader === true) || facts.exceededTargets !== (before?.exceededTargets === true))) {
      await putBoardFacts.mutateAsync({ year: v.year, body: facts });
    }
  };

  const months = (n: number | null) => (n === null ? '—' : formatNumber(n));
  const memberText = (m: Members | null) => (m
    ? (
      <span className="year-members">
        {MEMBER_COUNTS.map((k) => <span key={k}>{t(`history.years.short.${k}`)} {formatNumber(m[k])}</span>)}
      </span>
    )
    : <Typography.Text type="secondary">{f('membersNone')}</Typography.Text>);
  const finding = (v: boolean | null | undefined, label: string) => (v === true ? <Tag color="green">{label}</Tag> : v === false ? <Tag>{t('history.years.not', { what: label.toLowerCase() })}</Tag> : null);
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
          { title: t('history.year'), dataIndex: 'year', width: 64 },
          ...(individual ? [
            { title: f('monthsWorked'), dataIndex: 'monthsWorked', width: 110, render: months },
            { title: f('maternityMonths'), dataIndex: 'maternityMonths', width: 110, render: months },
          ] : [{
            // Member numbers, and under them what the board established for the year.
            title: f('members'), key: 'members', width: 230,
            render: (_: unknown, y: YearEntry) => (
              <>
                {memberText(y.members)}
                <div className="year-facts">{finding(y.clusterLeader, f('clusterLeader'))}{finding(y.exceededTargets, f('exceededTargets'))}</div>
              </>
            ),
          }]),
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
            {individual ? (
              <>
                <Form.Item name="monthsWorked" label={f('monthsWorked')}>
                  <InputNumber min={0} max={12} decimalSeparator="," className="full-width" data-testid="year-form-months" />
                </Form.Item>
                <Form.Item name="maternityMonths" label={f('maternityMonths')} extra={f('maternityHint')}>
                  <InputNumber min={0} max={12} decimalSeparator="," className="full-width" data-testid="year-form-maternity" />
                </Form.Item>
              </>
            ) : (
              <>
                <Typography.Paragraph type="secondary" className="year-members-hint">{f('membersHint')}</Typography.Paragraph>
                <MemberFields flags={board} />
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
