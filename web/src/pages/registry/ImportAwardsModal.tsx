/**
 * Nhập sổ khen thưởng cũ từ Excel: upload, then follow the job until it ends; all or nothing, so a
 * failure lists every error by row and column and nothing is saved.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Progress, Result, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiErrorDetail } from '../../api/client.js';
import { importTemplateUrl, useImportJob, useStartImport } from '../../api/registry.js';
import { formatNumber } from '../../lib/format.js';
import { ImportErrorsTable } from '../../components/ImportErrorsTable.js';
import { type ImportErrorRow, toImportErrorRows } from '../../lib/importErrors.js';

export function ImportAwardsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [jobId, setJobId] = useState<string>();
  const start = useStartImport();
  const job = useImportJob(jobId);
  const state = job.data?.state;
  const running = start.isPending || (jobId !== undefined && state !== 'succeeded' && state !== 'failed');

  const close = () => {
    setFile(null);
    setJobId(undefined);
    start.reset();
    onClose();
  };
  const submit = () => {
    if (!file) return;
    setJobId(undefined);
    start.mutate(file, { onSuccess: (j) => setJobId(j.id) });
  };

  // Errors of a rejected upload (not .xlsx, missing header) or of a failed job.
  const details: ApiErrorDetail[] = state === 'failed' ? (job.data?.errors ?? []) : start.error instanceof ApiError ? start.error.details : [];
  const rows: ImportErrorRow[] = toImportErrorRows(details, t('targets.import.headerRow'));
  const failure = state === 'failed' ? t('registry.import.failed') : start.error?.message;
  const percent = job.data && job.data.total > 0 ? Math.round((job.data.processed / job.data.total) * 100) : 0;

  return (
    <Modal
      open={open}
      title={t('registry.import.title')}
      okText={t('registry.import.submit')}
      cancelText={t('common.close')}
      okButtonProps={{ disabled: !file || running || state === 'succeeded', 'data-testid': 'registry-import-submit' }}
      confirmLoading={running}
      onOk={submit}
      onCancel={close}
      width={760}
    >
      <Typography.Paragraph type="secondary">{t('registry.import.help')}</Typography.Paragraph>
      <Button icon={<DownloadOutlined />} href={importTemplateUrl()} className="import-template" data-testid="registry-template">
        {t('registry.import.template')}
      </Button>
      {state === 'succeeded' && job.data ? (
        <Result status="success" title={t('registry.import.done', { count: job.data.imported, n: formatNumber(job.data.imported) })} data-testid="registry-import-done" />
      ) : (
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          disabled={running}
          beforeUpload={(f) => {
            setFile(f);
            setJobId(undefined);
            start.reset();
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          data-testid="registry-import-file"
        >
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p>{t('targets.import.drop')}</p>
        </Upload.Dragger>
      )}
      {running && jobId && (
        <div className="import-progress" data-testid="registry-import-progress">
          <Typography.Text>
            {t(`registry.import.state.${state ?? 'validating'}`, { processed: formatNumber(job.data?.processed ?? 0), total: formatNumber(job.data?.total ?? 0) })}
          </Typography.Text>
          <Progress percent={percent} status="active" />
        </div>
      )}
      {job.error && <Alert type="error" showIcon className="form-alert-top" title={job.error.message} />}
      {failure && (
        <Alert
          type="error"
          showIcon
          className="form-alert-top"
          title={failure}
          description={rows.length > 0 ? t('registry.import.nothingSaved', { count: rows.length }) : undefined}
          data-testid="registry-import-error"
        />
      )}
      {rows.length > 0 && (
        <ImportErrorsTable rows={rows} testId="registry-import-errors" />
      )}
    </Modal>
  );
}
