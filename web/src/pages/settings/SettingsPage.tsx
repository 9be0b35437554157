/** Khen thưởng › Cài đặt quy định: the board-editable rules with the value in force, their history, and new versions. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Grid, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Setting, type SettingVersion, useAwardSettings } from '../../api/settings.js';
import { hasRole, useMe } from '../../app/auth.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { SettingFormModal } from './SettingFormModal.js';

/** Code defaults apply from the beginning of time (0001-01-01): shown as "always". */
function EffectiveFrom({ date }: { date: string }) {
  const { t } = useTranslation();
  return <>{date < '1900' ? t('settings.always') : formatDate(date)}</>;
}

function VersionTags({ v }: { v: SettingVersion }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={v.source === 'board' ? 'blue' : undefined}>{t(`settings.source.${v.source}`)}</Tag>
      {v.retroactive && <Tag color="orange">{t('settings.retroactiveTag')}</Tag>}
      {v.superseded && <Tag>{t('settings.superseded')}</Tag>}
    </>
  );
}

/** On a phone each version is a short block (date, value, origin, reason, author) instead of a five-column table. */
function VersionHistory({ s, isPhone }: { s: Setting; isPhone: boolean }) {
  const { t } = useTranslation();
  const rows = [...s.upcoming.map((v) => ({ ...v, upcoming: true })), ...s.history.map((v) => ({ ...v, upcoming: false }))];
  const key = (v: SettingVersion) => `${v.id ?? 'default'}-${v.effectiveFrom}-${v.text}`;
  const author = (v: SettingVersion) => (v.createdBy ? `${v.createdBy.name}, ${formatDateTime(v.createdAt)}` : null);
  if (isPhone) {
    return (
      <ul className="setting-versions" data-testid={`setting-history-${s.key}`}>
        {rows.map((v) => (
          <li key={key(v)}>
            <div><EffectiveFrom date={v.effectiveFrom} />{v.upcoming && <Tag color="gold" className="inline-tag">{t('settings.upcoming')}</Tag>}: <strong>{v.text}</strong></div>
            <div><VersionTags v={v} /></div>
            {v.reason && <div>{t('settings.reason')}: {v.reason}</div>}
            {author(v) && <Typography.Text type="secondary">{author(v)}</Typography.Text>}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <Table
      rowKey={key}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 700 }}
      data-testid={`setting-history-${s.key}`}
      columns={[
        { title: t('settings.effectiveFrom'), dataIndex: 'effectiveFrom', width: 120, render: (d: string, v) => <><EffectiveFrom date={d} />{v.upcoming && <Tag color="gold" className="inline-tag">{t('settings.upcoming')}</Tag>}</> },
        { title: t('settings.value'), dataIndex: 'text', width: 200 },
        { title: t('settings.origin'), width: 160, render: (_, v) => <VersionTags v={v} /> },
        { title: t('settings.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '—' },
        { title: t('settings.createdBy'), width: 190, render: (_, v) => author(v) ?? '—' },
      ]}
    />
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const canAdd = hasRole(user, 'admin', 'board');
  const settings = useAwardSettings();
  const [adding, setAdding] = useState<{ key?: string } | null>(null);
  // A phone gets one column (rule, value in force, date, button) instead of scrolling a 860 px table sideways.
  const isPhone = !Grid.useBreakpoint().md;
  const current = (s: Setting) => (
    <>
      <strong data-testid={`setting-value-${s.key}`}>{s.current.text}</strong>
      {s.upcoming.length > 0 && <div><Tag color="gold">{t('settings.upcomingCount', { count: s.upcoming.length })}</Tag></div>}
    </>
  );
  const change = (s: Setting) => <Button size="small" onClick={() => setAdding({ key: s.key })} data-testid={`setting-change-${s.key}`}>{t('settings.change')}</Button>;

  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('settings.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('settings.intro')}</Typography.Text>
        </div>
        {canAdd && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding({})} data-testid="setting-add">{t('settings.add')}</Button>
        )}
      </div>
      {settings.error && <QueryError error={settings.error} onRetry={() => void settings.refetch()} />}
      <Table<Setting>
        rowKey="key"
        loading={settings.isFetching}
        dataSource={settings.data?.items}
        pagination={false}
        scroll={isPhone ? undefined : { x: 860 }}
        expandable={{ expandedRowRender: (s) => <VersionHistory s={s} isPhone={isPhone} />, rowExpandable: (s) => s.history.length + s.upcoming.length > 0 }}
        onRow={(s) => ({ 'data-testid': `setting-${s.key}` }) as React.HTMLAttributes<HTMLElement>}
        columns={isPhone
          ? [{
            title: t('settings.rule'),
            render: (_, s) => (
              <div className="setting-phone">
                <div>{s.description}</div>
                <span className="award-code">{s.key}</span>
                <div className="setting-phone-value">{current(s)}</div>
                <Typography.Text type="secondary">{t('settings.effectiveFrom')}: <EffectiveFrom date={s.current.effectiveFrom} /></Typography.Text>
                {canAdd && <div>{change(s)}</div>}
              </div>
            ),
          }]
          : [
            {
              title: t('settings.rule'),
              render: (_, s) => (<><div>{s.description}</div><span className="award-code">{s.key}</span></>),
            },
            { title: t('settings.current'), width: 220, render: (_, s) => current(s) },
            { title: t('settings.effectiveFrom'), width: 130, render: (_, s) => <EffectiveFrom date={s.current.effectiveFrom} /> },
            ...(canAdd ? [{ key: 'add', width: 110, render: (_: unknown, s: Setting) => change(s) }] : []),
          ]}
      />
      {canAdd && <SettingFormModal preset={adding} settings={settings.data?.items ?? []} today={settings.data?.today} onClose={() => setAdding(null)} />}
    </div>
  );
}
