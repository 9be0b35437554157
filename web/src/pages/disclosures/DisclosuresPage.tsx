/** Công khai: the board's publications, the feedback citizens sent, and how each was handled. */
import { App, Button, Drawer, Input, List, Modal, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { useDisclosures, useFeedback, type Disclosure, type Proposal } from '../../api/commendation.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate, formatDateTime } from '../../lib/format.js';

export function DisclosuresPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const list = useDisclosures();
  const [open, setOpen] = useState<Disclosure | null>(null);
  const feedback = useFeedback(open?.id);
  const [handling, setHandling] = useState<{ id: string; text: string } | null>(null);
  const [closing, setClosing] = useState<{ d: Disclosure; reason: string } | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  const refresh = () => { void qc.invalidateQueries({ queryKey: ['disclosures'] }); void qc.invalidateQueries({ queryKey: ['proposals'] }); };

  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('cw.disclosure.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('cw.disclosure.subtitle')} <a href="/cong-khai" target="_blank" rel="noreferrer">{t('cw.disclosure.publicPage')}</a></Typography.Text>
        </div>
      </div>
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table<Disclosure>
        rowKey="id" size="middle" loading={list.isFetching} dataSource={list.data?.items} pagination={false} data-testid="disclosure-list" scroll={{ x: 640 }}
        columns={[
          { title: t('cw.disclosure.list'), render: (_, d) => <><Link to={`/app/khen-thuong/ho-so/${d.proposalId}`}>{d.proposalTitle}</Link><div className="muted">{d.unitName}</div></> },
          { title: t('cw.disclosure.period'), render: (_, d) => `${formatDate(d.opensOn)} – ${formatDate(d.closesOn)} (${t('cw.disclosure.nDays', { n: d.workingDays })})` },
          { title: t('cw.disclosure.feedback'), render: (_, d) => <Button size="small" onClick={() => setOpen(d)} data-testid="feedback-open">{t('cw.disclosure.feedbackCount', d.feedback)}</Button> },
          { title: t('cw.fields.state'), render: (_, d) => <Tag color={d.state === 'published' ? 'cyan' : 'default'}>{t(`cw.disclosure.states.${d.state}`)}</Tag> },
          { title: '', render: (_, d) => d.state === 'published' && <Button size="small" onClick={() => setClosing({ d, reason: '' })} data-testid="disclosure-close">{t('cw.disclosure.close')}</Button> },
        ]}
      />
      <Drawer open={open !== null} onClose={() => setOpen(null)} title={open?.proposalTitle} size="large">
        <List
          data-testid="feedback-list" dataSource={feedback.data?.items} locale={{ emptyText: t('cw.disclosure.noFeedback') }}
          renderItem={(f) => (
            <List.Item actions={[<Button key="h" size="small" onClick={() => setHandling({ id: f.id, text: f.handling ?? '' })} data-testid="feedback-handle">{t('cw.disclosure.handle')}</Button>]}>
              <List.Item.Meta
                title={<>{f.name} <span className="muted">({f.contact}, {formatDateTime(f.createdAt)})</span> <Tag color={f.status === 'handled' ? 'green' : 'orange'}>{t(`cw.disclosure.fb.${f.status}`)}</Tag></>}
                description={<>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 4 }}>{f.content}</Typography.Paragraph>
                  {f.handling && <div>{t('cw.disclosure.handledAs')}: {f.handling} — {f.handledBy}</div>}
                </>}
              />
            </List.Item>
          )}
        />
      </Drawer>
      <Modal open={handling !== null} title={t('cw.disclosure.handle')} okText={t('common.save')} cancelText={t('common.cancel')} onCancel={() => setHandling(null)}
        okButtonProps={{ disabled: (handling?.text.trim().length ?? 0) < 5, 'data-testid': 'feedback-handle-save' }}
        onOk={() => api.put(`/disclosures/${open!.id}/feedback/${handling!.id}`, { handling: handling!.text }).then(() => { setHandling(null); refresh(); void feedback.refetch(); }, (e: Error) => void message.error(e.message))}>
        <Input.TextArea rows={4} value={handling?.text} onChange={(e) => setHandling({ id: handling!.id, text: e.target.value })} data-testid="feedback-handle-text" />
      </Modal>
      <Modal open={closing !== null} title={t('cw.disclosure.close')} okText={t('cw.disclosure.close')} cancelText={t('common.cancel')} onCancel={() => setClosing(null)}
        okButtonProps={{ 'data-testid': 'disclosure-close-ok' }}
        onOk={() => api.get<Proposal>(`/proposals/${closing!.d.proposalId}`).then((p) => api.post(`/disclosures/${closing!.d.id}/close`, { version: p.version, reason: closing!.reason || null }))
          .then(() => { setClosing(null); refresh(); void message.success(t('cw.done')); }, (e: Error) => void message.error(e.message))}>
        {closing && today <= closing.d.closesOn && (
          <>
            <Typography.Paragraph>{t('cw.disclosure.earlyHelp', { date: formatDate(closing.d.closesOn) })}</Typography.Paragraph>
            <Input.TextArea rows={3} value={closing.reason} onChange={(e) => setClosing({ ...closing, reason: e.target.value })} data-testid="disclosure-close-reason" />
          </>
        )}
      </Modal>
    </div>
  );
}
