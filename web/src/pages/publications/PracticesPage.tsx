/** Điển hình tiên tiến, mô hình hay: units submit, the board publishes, returns or features. */
import { UploadOutlined } from '@ant-design/icons';
import { Button, Form, Input, List, Select, Space, Tag, Upload } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PRACTICE_FIELDS, PRACTICE_KINDS, type PracticeDetail, usePublicationMutations } from '../../api/publications.js';
import { formatFileSize } from '../../lib/format.js';
import { type FormValues, type PublicationConfig, PublicationsPage } from './PublicationsPage.js';

function Files({ d, canEdit }: { d: PracticeDetail; canEdit: boolean }) {
  const { t } = useTranslation();
  const { upload } = usePublicationMutations('practices');
  const add = (kind: 'images' | 'attachments') => (file: File) => {
    upload.mutate({ path: `/practices/${d.id}/${kind}`, file });
    return false;
  };
  return (
    <>
      {d.tags.length > 0 && <Space wrap>{d.tags.map((tag) => <Tag key={tag}>{tag}</Tag>)}</Space>}
      <List size="small" header={t('publishing.practices.files')} dataSource={d.files} locale={{ emptyText: t('publishing.practices.noFiles') }}
        renderItem={(f) => (
          <List.Item>
            {f.kind === 'image' ? <img src={f.url} alt={f.caption ?? f.name} style={{ maxWidth: 160 }} /> : <a href={f.url}>{f.name}</a>}
            <span>{formatFileSize(f.size)}</span>
          </List.Item>
        )} />
      {upload.error && <span className="ant-form-item-explain-error">{upload.error.message}</span>}
      {canEdit && (
        <Space wrap>
          <Upload accept=".jpg,.jpeg,.png" showUploadList={false} beforeUpload={add('images')}><Button icon={<UploadOutlined />} loading={upload.isPending}>{t('publishing.practices.addImage')}</Button></Upload>
          <Upload accept=".pdf,.docx,.xlsx,.jpg,.png" showUploadList={false} beforeUpload={add('attachments')}><Button icon={<UploadOutlined />}>{t('publishing.practices.addAttachment')}</Button></Upload>
        </Space>
      )}
    </>
  );
}

export function PracticesPage() {
  const { t } = useTranslation();
  const config = useMemo((): PublicationConfig<PracticeDetail> => ({
    kind: 'practices',
    prefix: 'practices',
    publicPath: '/dien-hinh',
    filterFields: [
      { key: 'kind', options: PRACTICE_KINDS, labelKey: 'publishing.practices.kind' },
      { key: 'field', options: PRACTICE_FIELDS, labelKey: 'publishing.practices.field' },
    ],
    extraColumns: [{ title: t('publishing.practices.kind.label'), dataIndex: 'kindLabel', responsive: ['md'] }],
    fieldNames: ['kind', 'field', 'location', 'tags'],
    formFields: () => (
      <>
        <Form.Item name="kind" label={t('publishing.practices.kind.label')} rules={[{ required: true, message: t('publishing.form.choose', { field: t('publishing.practices.kind.label') }) }]}>
          <Select options={PRACTICE_KINDS.map((k) => ({ value: k, label: t(`publishing.practices.kind.${k}`) }))} data-testid="field-kind" />
        </Form.Item>
        <Form.Item name="field" label={t('publishing.practices.field.label')} rules={[{ required: true, message: t('publishing.form.choose', { field: t('publishing.practices.field.label') }) }]}>
          <Select options={PRACTICE_FIELDS.map((k) => ({ value: k, label: t(`publishing.practices.field.${k}`) }))} data-testid="field-field" />
        </Form.Item>
        <Form.Item name="location" label={t('publishing.practices.location')}><Input /></Form.Item>
        <Form.Item name="tags" label={t('publishing.practices.tags')}><Select mode="tags" tokenSeparators={[',']} data-testid="field-tags" /></Form.Item>
      </>
    ),
    toBody: (v: FormValues) => ({ kind: v.kind, field: v.field, location: v.location || null, tags: v.tags ?? [] }),
    fromDetail: (d) => ({ kind: d.kind, field: d.field, location: d.location ?? undefined, tags: d.tags }),
    detailExtra: (d, canEdit) => <Files d={d} canEdit={canEdit} />,
  }), [t]);
  return <PublicationsPage config={config} />;
}
