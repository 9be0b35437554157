/** Public disclosure (no login): the lists under publication and a form to send feedback. */
import { Alert, Button, Card, Form, Input, List, Result, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { usePublicDisclosure, usePublicDisclosures } from '../../api/commendation.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate } from '../../lib/format.js';
import { applyServerErrors } from '../../lib/formErrors.js';

export function PublicDisclosuresPage() {
  const { t } = useTranslation();
  const q = usePublicDisclosures();
  return (
    <div className="public-page">
      <Typography.Title level={3}>{t('cw.public.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cw.public.intro')}</Typography.Paragraph>
      {q.error && <QueryError error={q.error} onRetry={() => void q.refetch()} />}
      <List
        data-testid="public-disclosures" dataSource={q.data?.items} locale={{ emptyText: t('cw.public.none') }}
        renderItem={(d) => (
          <List.Item>
            <List.Item.Meta
              title={<Link to={`/cong-khai/${d.id}`}>{d.title}</Link>}
              description={<>{d.unitName} · {formatDate(d.opensOn)} – {formatDate(d.closesOn)} · {t('cw.public.nominees', { n: d.nominees })} <Tag color={d.open ? 'green' : 'default'}>{t(d.open ? 'cw.public.open' : 'cw.public.closed')}</Tag></>}
            />
          </List.Item>
        )}
      />
    </div>
  );
}

interface FeedbackValues { name: string; contact: string; content: string }

export function PublicDisclosurePage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const q = usePublicDisclosure(id);
  const [form] = Form.useForm<FeedbackValues>();
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (q.error) return <div className="public-page"><QueryError error={q.error} onRetry={() => void q.refetch()} /></div>;
  const d = q.data;
  if (!d) return null;
  return (
    <div className="public-page">
      <Typography.Text type="secondary"><Link to="/cong-khai">{t('cw.public.title')}</Link></Typography.Text>
      <Typography.Title level={3}>{d.title}</Typography.Title>
      <Typography.Paragraph>{t('cw.public.period', { unit: d.unitName, from: formatDate(d.opensOn), to: formatDate(d.closesOn), n: d.workingDays })}</Typography.Paragraph>
      <Table
        rowKey={(n) => `${n.name}${n.awardTypeName}`} size="small" pagination={false} dataSource={d.nominees} scroll={{ x: 560 }} data-testid="public-nominees"
        columns={[
          { title: t('cw.fields.nominee'), render: (_, n) => <><b>{n.name}</b><div className="muted">{[n.position, n.unitName].filter(Boolean).join(', ')}</div></> },
          { title: t('cw.fields.awardType'), dataIndex: 'awardTypeName' },
          { title: t('cw.fields.achievements'), dataIndex: 'achievements' },
        ]}
      />
      <Card title={t('cw.public.feedback')} style={{ marginTop: 16 }}>
        {!d.open ? <Alert type="info" showIcon title={t('cw.public.closedHelp')} /> : sent ? (
          <Result status="success" title={t('cw.public.thanks')} data-testid="feedback-sent" />
        ) : (
          <Form<FeedbackValues> form={form} layout="vertical" data-testid="feedback-form" onFinish={(v) => {
            setError(null);
            api.post(`/public/disclosures/${d.id}/feedback`, v).then(() => setSent(true), (e: unknown) => setError(applyServerErrors(form, e, ['name', 'contact', 'content'])));
          }}>
            {error && <Alert type="error" showIcon title={error} className="form-alert" />}
            <Form.Item name="name" label={t('cw.public.name')} rules={[{ required: true, min: 2 }]}><Input maxLength={120} data-testid="feedback-name" /></Form.Item>
            <Form.Item name="contact" label={t('cw.public.contact')} rules={[{ required: true, min: 5 }]}><Input maxLength={200} data-testid="feedback-contact" /></Form.Item>
            <Form.Item name="content" label={t('cw.public.content')} rules={[{ required: true, min: 10 }]}><Input.TextArea rows={5} maxLength={4000} showCount data-testid="feedback-content" /></Form.Item>
            <Button type="primary" htmlType="submit" data-testid="feedback-send">{t('cw.public.send')}</Button>
          </Form>
        )}
      </Card>
    </div>
  );
}
