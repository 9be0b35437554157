/**
 * The cluster's pact (giao ước thi đua) of the year: number, date and the signed document. The
 * board or the cluster's leader records it; every member downloads it.
 */
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Form, Input, Space, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadFile, useSavePact, type ClusterDetail } from '../../api/emulation.js';
import { FormModal } from '../../components/FormModal.js';
import { formatDate } from '../../lib/format.js';

interface Values { number: string; date: Dayjs | null; fileId?: string }

/** A form control: uploads the chosen file at once and holds its id; the name is shown once uploaded. */
function PactUpload({ value, onChange }: { value?: string; onChange?: (id: string | undefined) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <Space wrap>
      <Upload accept=".pdf,.doc,.docx,.png,.jpg,.jpeg" showUploadList={false} customRequest={({ file, onSuccess, onError }) => {
        setBusy(true);
        uploadFile(file as File).then((r) => { setName(r.name); onChange?.(r.id); onSuccess?.(r); })
          .catch((e: Error) => { onChange?.(undefined); onError?.(e); }).finally(() => setBusy(false));
      }}>
        <Button icon={<UploadOutlined />} loading={busy} data-testid="pact-file">{t('emulation.pact.choose')}</Button>
      </Upload>
      {value && name && <Typography.Text data-testid="pact-file-name">{name}</Typography.Text>}
    </Space>
  );
}

/** The pact as a line of the cluster's description, with download and (for the board or the leader) the button that opens PactForm. */
export function PactLine({ c, onEdit }: { c: ClusterDetail; onEdit: () => void }) {
  const { t } = useTranslation();
  const { pact } = c;
  return (
    <Space wrap className="pact-line" data-testid="pact">
      <Typography.Text>
        {pact.number ? `${pact.number}${pact.date ? `, ${formatDate(pact.date)}` : ''}` : t('emulation.pact.none')}
      </Typography.Text>
      {pact.fileUrl
        ? <Button size="small" icon={<DownloadOutlined />} href={pact.fileUrl} data-testid="pact-download">{t('emulation.pact.download')}</Button>
        : pact.number && <Typography.Text type="secondary">({t('emulation.pact.noFile')})</Typography.Text>}
      {(c.me.board || c.me.leads) && <Button size="small" onClick={onEdit} data-testid="pact-edit">{t('emulation.pact.record')}</Button>}
    </Space>
  );
}

/**
 * The pact's form. Rendered outside the responsive Descriptions (which rebuilds its items when the
 * width crosses a breakpoint), so turning a phone does not close it and lose what was typed.
 */
export function PactForm({ c, open, onClose }: { c: ClusterDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSavePact(c.id);
  const initial = useMemo<Partial<Values>>(() => ({ number: c.pact.number ?? '', date: c.pact.date ? dayjs(c.pact.date) : null }), [c.pact]);
  return (
    <FormModal<Values> open={open} title={`${t('emulation.pact.title')} — ${c.name} ${c.year}`} initialValues={initial} fields={['number', 'date', 'fileId']} testId="pact-form" onClose={onClose}
      // No new file: the stored document stays.
      onSubmit={(v) => save.mutateAsync({ number: v.number, date: v.date ? v.date.format('YYYY-MM-DD') : '', ...(v.fileId ? { fileId: v.fileId } : {}) })}>
      {() => (
        <>
          <Form.Item name="number" label={t('emulation.cluster.pactNumber')} rules={[{ required: true, whitespace: true, message: t('emulation.required') }]}><Input maxLength={60} /></Form.Item>
          <Form.Item name="date" label={t('emulation.cluster.pactDate')} rules={[{ required: true, message: t('emulation.required') }]}><DatePicker format="DD/MM/YYYY" className="full-width" /></Form.Item>
          <Form.Item name="fileId" label={t('emulation.pact.file')} extra={c.pact.fileUrl ? t('emulation.pact.keep') : undefined}><PactUpload /></Form.Item>
        </>
      )}
    </FormModal>
  );
}
