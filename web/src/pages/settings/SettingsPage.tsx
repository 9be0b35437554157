/** Khen thưởng › Cài đặt quy định: the board-editable rules with the value in force, their history, and new versions. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag, Typography } from 'antd';
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

function VersionHistory({ s }: { s: Setting }) {
  const { t } = useTranslation();
  const rows = [...s.upcoming.map((v) => ({ ...v, upcoming: true })), ...s.history.map((v) => ({ ...v, upcoming: false }))];
  return (
    <Table
      rowKey={(v) => `${v.id ?? 'default'}-${v.effectiveFrom}-${v.text}`}
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
        { title: t('settings.createdBy'), width: 190, render: (_, v) => (v.createdBy ? `${v.createdBy.name}, ${formatDateTime(v.createdAt)}` : '—') },
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
        scroll={{ x: 860 }}
        expandable={{ expandedRowRender: (s) => <VersionHistory s={s} />, rowExpandable: (s) => s.history.length + s.upcoming.length > 0 }}
        onRow={(s) => ({ 'data-testid': `setting-${s.key}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('settings.rule'),
            render: (_, s) => (<><div>{s.description}</div><span className="award-code">{s.key}</span></>),
          },
          {
            title: t('settings.current'),
            width: 220,
            render: (_, s) => (
              <>
                <strong data-testid={`setting-value-${s.key}`}>{s.current.text}</strong>
                {s.upcoming.length > 0 && <div><Tag color="gold">{t('settings.upcomingCount', { count: s.upcoming.length })}</Tag></div>}
              </>
            ),
          },
          { title: t('settings.effectiveFrom'), width: 130, render: (_, s) => <EffectiveFrom date={s.current.effectiveFrom} /> },
          ...(canAdd ? [{
            key: 'add',
            width: 110,
            render: (_: unknown, s: Setting) => <Button size="small" onClick={() => setAdding({ key: s.key })} data-testid={`setting-change-${s.key}`}>{t('settings.change')}</Button>,
          }] : []),
        ]}
      />
      {canAdd && <SettingFormModal preset={adding} settings={settings.data?.items ?? []} today={settings.data?.today} onClose={() => setAdding(null)} />}
    </div>
  );
}
