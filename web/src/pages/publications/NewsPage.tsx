/** Tin tức: the board posts (now or at a set time); units' posts are published after review. */
import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Upload } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NEWS_CATEGORIES, type NewsDetail, usePublicationMutations } from '../../api/publications.js';
import { formatDateTime } from '../../lib/format.js';
import { type FormValues, type PublicationConfig, PublicationsPage } from './PublicationsPage.js';

function Cover({ d, canEdit }: { d: NewsDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const { upload } = usePublicationMutations('news');
  return (
    <Space direction="vertical">
      {d.publishAt && <span>{t('publishing.news.postedAt', { at: formatDateTime(d.publishAt) })}</span>}
      {d.source && <span>{t('publishing.news.source')}: {d.source}</span>}
      {d.cover && <img src={d.cover.url} alt={d.cover.alt ?? d.title} style={{ maxWidth: 320 }} />}
      {upload.error && <span className="ant-form-item-explain-error">{upload.error.message}</span>}
      {canEdit && (
        <Upload accept=".jpg,.jpeg,.png" showUploadList={false} beforeUpload={(file) => { upload.mutate({ path: `/news/${d.id}/cover`, file }); return false; }}>
          <Button icon={<UploadOutlined />} loading={upload.isPending}>{t('publishing.news.cover')}</Button>
        </Upload>
      )}
    </Space>
  );
}

export function NewsPage() {
  const { t } = useTranslation();
  const config = useMemo((): PublicationConfig<NewsDetail> => ({
    kind: 'news',
    prefix: 'news',
    publicPath: '/tin-tuc',
    filterFields: [{ key: 'category', options: NEWS_CATEGORIES, labelKey: 'publishing.news.category' }],
    extraColumns: [
      { title: t('publishing.news.category.label'), dataIndex: 'categoryLabel', responsive: ['md'] },
      { title: t('publishing.news.posted'), dataIndex: 'publishAt', render: (v: string | null) => formatDateTime(v), responsive: ['md'] },
    ],
    fieldNames: ['category', 'source'],
    formFields: () => (
      <>
        <Form.Item name="category" label={t('publishing.news.category.label')} rules={[{ required: true, message: t('publishing.form.choose', { field: t('publishing.news.category.label') }) }]}>
          <Select options={NEWS_CATEGORIES.map((k) => ({ value: k, label: t(`publishing.news.category.${k}`) }))} data-testid="field-category" />
        </Form.Item>
        <Form.Item name="source" label={t('publishing.news.source')}><Input placeholder="Cổng TTĐT tỉnh" /></Form.Item>
      </>
    ),
    toBody: (v: FormValues) => ({ category: v.category, source: v.source || null }),
    fromDetail: (d) => ({ category: d.category, source: d.source ?? undefined }),
    detailExtra: (d, canEdit) => <Cover d={d} canEdit={canEdit} />,
  }), [t]);
  return <PublicationsPage config={config} />;
}
