/** Hội đồng: the sessions the caller may see; the board creates one for the current term. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { councilApi, useSessions, useTerms } from '../../api/commendation.js';
import { hasRole, useMe } from '../../app/auth.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';

export const SESSION_COLORS: Record<string, string> = { planned: 'default', open: 'processing', closed: 'green' };

export function CouncilPage() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const navigate = useNavigate();
  const isBoard = hasRole(user, 'admin', 'board');
  const sessions = useSessions();
  const terms = useTerms(isBoard);
  const [creating, setCreating] = useState(false);
  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('cw.council.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('cw.council.subtitle')}</Typography.Text>
        </div>
        {isBoard && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="session-create">{t('cw.council.create')}</Button>}
      </div>
      {sessions.error && <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />}
      <Table
        rowKey="id" size="middle" loading={sessions.isFetching} dataSource={sessions.data?.items} pagination={false} data-testid="session-list"
        columns={[
          { title: t('cw.council.session'), render: (_, s) => <Link to={`/app/hoi-dong/${s.id}`}>{s.title}</Link> },
          { title: t('cw.council.meetsOn'), render: (_, s) => formatDate(s.meetsOn) },
          { title: t('cw.council.term'), dataIndex: 'termName', responsive: ['md'] },
          { title: t('cw.council.items'), dataIndex: 'items', align: 'right', responsive: ['md'] },
          { title: t('cw.fields.state'), render: (_, s) => <Tag color={SESSION_COLORS[s.state]}>{t(`cw.council.states.${s.state}`)}</Tag> },
        ]}
      />
      <FormModal<{ termId: string; title: string; meets: dayjs.Dayjs; place?: string }>
        open={creating} title={t('cw.council.create')} testId="session-form" onClose={() => setCreating(false)} fields={['termId', 'title', 'meetsOn', 'place']}
        initialValues={{ termId: terms.data?.items[0]?.id, meets: dayjs(), title: t('cw.council.defaultTitle') }}
        onSubmit={async ({ meets, ...v }) => {
          const s = await councilApi.createSession({ ...v, meetsOn: meets.format('YYYY-MM-DD') });
          void navigate(`/app/hoi-dong/${s.id}`);
        }}
      >
        {() => (
          <>
            <Form.Item name="termId" label={t('cw.council.term')} rules={[{ required: true }]}><Select options={terms.data?.items.map((x) => ({ value: x.id, label: x.name }))} /></Form.Item>
            <Form.Item name="title" label={t('cw.council.session')} rules={[{ required: true, min: 3 }]}><Input /></Form.Item>
            <Form.Item name="meets" label={t('cw.council.meetsOn')} rules={[{ required: true }]}><DatePicker format="DD/MM/YYYY" /></Form.Item>
            <Form.Item name="place" label={t('cw.council.place')}><Input /></Form.Item>
          </>
        )}
      </FormModal>
    </div>
  );
}
