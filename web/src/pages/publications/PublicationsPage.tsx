/**
 * One screen for a kind of public item (models and practices, or news): a filtered list, the
 * create/edit form, and a drawer with the item, its files and its review steps.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Form, Input, Select, Skeleton, Space, Table, Tag, Typography, type FormInstance, type TableColumnsType } from 'antd';
import { lazy, type ReactNode, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PUBLICATION_STATUSES, type Kind, type ListFilters, type PublicationStatus, usePublication, usePublicationMutations, usePublications } from '../../api/publications.js';
import { hasRole, useMe } from '../../app/auth.js';
import { FormModal } from '../../components/FormModal.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDateTime } from '../../lib/format.js';
import { ReviewActions } from './ReviewActions.js';

// The editor (ProseMirror) loads only when a form that edits content opens.
const RichTextEditor = lazy(() => import('../../components/RichTextEditor.js'));

const STATUS_COLORS: Record<PublicationStatus, string> = { draft: 'default', submitted: 'gold', published: 'green', returned: 'red' };

interface Row { id: string; title: string; unit: { name: string }; status: PublicationStatus; statusLabel: string; updatedAt: string; slug: string; featured?: boolean }
interface Detail extends Row { summary: string; contentHtml: string; canEdit: boolean; reviewNote: string | null }

export interface FormValues { title: string; summary: string; contentHtml: string; [key: string]: unknown }

export interface PublicationConfig<D extends Detail> {
  kind: Kind;
  /** i18n prefix: `<prefix>.title`, `.subtitle`, `.create`… */
  prefix: 'practices' | 'news';
  publicPath: string;
  /** Extra filters (kind, field, category) with their values. */
  filterFields: Array<{ key: keyof ListFilters; options: readonly string[]; labelKey: string }>;
  extraColumns: TableColumnsType<Row & Record<string, unknown>>;
  formFields: (form: FormInstance<FormValues>) => ReactNode;
  fieldNames: readonly string[];
  toBody: (v: FormValues) => object;
  fromDetail: (d: D) => Partial<FormValues>;
  /** Files, cover, tags… shown in the drawer. */
  detailExtra: (d: D, canEdit: boolean) => ReactNode;
}

export function PublicationsPage<D extends Detail>({ config }: { config: PublicationConfig<D> }) {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const isReviewer = hasRole(user, 'admin', 'board');
  const canWrite = hasRole(user, 'admin', 'board', 'unit_officer');
  const [filters, setFilters] = useState<ListFilters>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<D | 'new' | null>(null);
  const list = usePublications<Row & Record<string, unknown>>(config.kind, filters);
  const detail = usePublication<D>(config.kind, openId);
  const m = usePublicationMutations(config.kind);
  const p = config.prefix;

  const columns: TableColumnsType<Row & Record<string, unknown>> = [
    { title: t('publishing.columns.title'), dataIndex: 'title', render: (v: string, r) => <a onClick={() => setOpenId(r.id)} data-testid={`item-${r.slug}`}>{v}</a> },
    ...config.extraColumns,
    { title: t('publishing.columns.unit'), dataIndex: ['unit', 'name'], responsive: ['md'] },
    { title: t('publishing.columns.status'), dataIndex: 'status', render: (s: PublicationStatus, r) => <Space size={4}><Tag color={STATUS_COLORS[s]}>{r.statusLabel}</Tag>{r.featured && <Tag color="blue">{t('publishing.featured')}</Tag>}</Space> },
    { title: t('publishing.columns.updated'), dataIndex: 'updatedAt', render: formatDateTime, responsive: ['lg'] },
  ];
  const initial = useMemo(() => (editing && editing !== 'new' ? { ...config.fromDetail(editing), title: editing.title, summary: editing.summary, contentHtml: editing.contentHtml } : {}), [editing, config]);
  const d = detail.data;

  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t(`publishing.${p}.title`)}</Typography.Title>
          <Typography.Text type="secondary">{t(`publishing.${p}.subtitle`)}</Typography.Text>
        </div>
        {canWrite && <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid={`${p}-create`}>{t(`publishing.${p}.create`)}</Button>}
      </div>
      <Space wrap className="toolbar">
        <Input.Search allowClear placeholder={t('publishing.search')} onSearch={(q) => setFilters({ ...filters, q: q || undefined })} style={{ width: 260 }} data-testid={`${p}-search`} />
        <Select allowClear placeholder={t('publishing.columns.status')} style={{ width: 160 }} value={filters.status} onChange={(s) => setFilters({ ...filters, status: s })}
          options={PUBLICATION_STATUSES.map((s) => ({ value: s, label: t(`publishing.status.${s}`) }))} data-testid={`${p}-status`} />
        {config.filterFields.map((f) => (
          <Select key={f.key} allowClear placeholder={t(`${f.labelKey}.label`)} style={{ width: 220 }} value={filters[f.key]} onChange={(v) => setFilters({ ...filters, [f.key]: v })}
            options={f.options.map((o) => ({ value: o, label: t(`${f.labelKey}.${o}`) }))} />
        ))}
      </Space>
      {list.error && <QueryError error={list.error} onRetry={() => void list.refetch()} />}
      <Table rowKey="id" size="middle" columns={columns} dataSource={list.data?.items ?? []} loading={list.isFetching} pagination={{ pageSize: 20, hideOnSinglePage: true }} data-testid={`${p}-table`} />

      <Drawer open={openId !== null} onClose={() => setOpenId(null)} width={720} title={d?.title} data-testid={`${p}-drawer`}
        extra={d && (
          <Space wrap>
            {d.canEdit && <Button onClick={() => setEditing(d)} data-testid="item-edit">{t('common.edit')}</Button>}
            {d.status === 'published' && <Button href={`${config.publicPath}/${d.slug}`} target="_blank">{t('publishing.viewPublic')}</Button>}
          </Space>
        )}
      >
        {detail.error && <QueryError error={detail.error} onRetry={() => void detail.refetch()} />}
        {d && (
          <Space direction="vertical" style={{ width: '100%' }} size="middle">
            <Space wrap><Tag color={STATUS_COLORS[d.status]} data-testid="item-status">{d.statusLabel}</Tag><span>{d.unit.name}</span></Space>
            {d.status === 'returned' && d.reviewNote && <Typography.Text type="danger" data-testid="item-review-note">{t('publishing.returnedBecause', { note: d.reviewNote })}</Typography.Text>}
            <ReviewActions status={d.status} canEdit={d.canEdit} isReviewer={isReviewer} featured={d.featured}
              onReview={(action, note) => m.review.mutateAsync({ id: d.id, action, note })}
              onFeature={config.kind === 'practices' ? (featured) => m.feature.mutateAsync({ id: d.id, featured }) : undefined} />
            <Typography.Paragraph strong>{d.summary}</Typography.Paragraph>
            {/* Sanitized by the server on every write, as the portal shows it. */}
            <div className="rich-text" dangerouslySetInnerHTML={{ __html: d.contentHtml }} data-testid="item-content" />
            {config.detailExtra(d, d.canEdit)}
          </Space>
        )}
      </Drawer>

      <FormModal<FormValues>
        open={editing !== null}
        title={editing === 'new' ? t(`publishing.${p}.create`) : t('common.edit')}
        initialValues={initial}
        fields={['title', 'summary', 'contentHtml', ...config.fieldNames]}
        testId={`${p}-form`}
        width={720}
        onClose={() => setEditing(null)}
        onSubmit={async (v) => {
          const body = { ...config.toBody(v), title: v.title, summary: v.summary, contentHtml: v.contentHtml };
          if (editing === 'new') {
            const created = await m.create.mutateAsync(body);
            setOpenId(created.id);
          } else if (editing) await m.update.mutateAsync({ id: editing.id, body });
        }}
      >
        {(form) => (
          <>
            <FormItemText name="title" label={t('publishing.form.title')} min={5} />
            <FormItemText name="summary" label={t('publishing.form.summary')} min={10} rows={2} />
            <Form.Item name="contentHtml" label={t('publishing.form.content')} extra={t('publishing.form.contentHelp')}
              rules={[{ required: true, message: t('publishing.form.required', { field: t('publishing.form.content') }) }]}>
              <ContentEditor />
            </Form.Item>
            {config.formFields(form)}
          </>
        )}
      </FormModal>
    </div>
  );
}

/** The form's control: passes the item's value and onChange through the lazy boundary. */
function ContentEditor(props: { value?: string; onChange?: (html: string) => void }) {
  return <Suspense fallback={<Skeleton active paragraph={{ rows: 5 }} />}><RichTextEditor {...props} data-testid="field-content" /></Suspense>;
}

function FormItemText({ name, label, min, rows }: { name: string; label: string; min: number; rows?: number }) {
  const { t } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[{ required: true, whitespace: true, message: t('publishing.form.required', { field: label }) }, { min, message: t('publishing.form.min', { field: label, min }) }]}>
      {rows ? <Input.TextArea rows={rows} data-testid={`field-${name}`} /> : <Input data-testid={`field-${name}`} />}
    </Form.Item>
  );
}
