/** Excel import of values: all or nothing; every row error shown at once by row and column. */
import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { useImportValues } from '../../api/targets.js';
import { ImportErrorsTable } from '../../components/ImportErrorsTable.js';
import { type ImportErrorRow, toImportErrorRows } from '../../lib/importErrors.js';

interface Props {
  movementId: string;
  open: boolean;
  onClose: () => void;
}

export function ImportValuesModal({ movementId, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<ImportErrorRow[]>([]);
  const importValues = useImportValues(movementId);

  const close = () => {
    setFile(null);
    setRows([]);
    importValues.reset();
    onClose();
  };
  const submit = () => {
    if (!file) return;
    setRows([]);
    importValues.mutate(file, {
      onSuccess: ({ imported }) => {
        void message.success(t('targets.import.done', { count: imported }));
        close();
      },
      onError: (e) => setRows(e instanceof ApiError ? toImportErrorRows(e.details, t('targets.import.headerRow')) : []),
    });
  };

  return (
    <Modal
      open={open}
      title={t('targets.import.title')}
      okText={t('targets.import.submit')}
      cancelText={t('common.close')}
      okButtonProps={{ disabled: !file, 'data-testid': 'import-submit' }}
      confirmLoading={importValues.isPending}
      onOk={submit}
      onCancel={close}
      width={760}
    >
      <Typography.Paragraph type="secondary">{t('targets.import.help')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx"
        maxCount={1}
        beforeUpload={(f) => {
          setFile(f);
          setRows([]);
          return false;
        }}
        onRemove={() => setFile(null)}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        data-testid="import-file"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{t('targets.import.drop')}</p>
      </Upload.Dragger>
      {importValues.error && (
        <Alert
          type="error"
          showIcon
          className="form-alert-top"
          title={importValues.error.message}
          description={rows.length > 0 ? t('targets.import.nothingSaved', { count: rows.length }) : undefined}
        />
      )}
      {rows.length > 0 && (
        <ImportErrorsTable rows={rows} testId="import-errors" />
      )}
    </Modal>
  );
}
