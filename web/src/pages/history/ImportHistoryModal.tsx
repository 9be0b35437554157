/**
 * Nhập hồ sơ thi đua từ Excel: the officer picks what the file holds (ratings, initiatives and science
 * works, discipline, yearly numbers), downloads that template, uploads it; all or nothing, every row error shown.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Modal, Radio, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { HISTORY_SHEETS, type HistorySheet, historyTemplateUrl, useImportHistory } from '../../api/history.js';
import { ImportErrorsTable } from '../../components/ImportErrorsTable.js';
import { type ImportErrorRow, toImportErrorRows } from '../../lib/importErrors.js';

export function ImportHistoryModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [sheet, setSheet] = useState<HistorySheet>('ratings');
  const [file, setFile] = useState<File | null>(null);
  const [rows, setRows] = useState<ImportErrorRow[]>([]);
  const importHistory = useImportHistory();
  const f = (k: string, o?: Record<string, unknown>) => t(`history.import.${k}`, o);

  const close = () => {
    setFile(null);
    setRows([]);
    importHistory.reset();
    onClose();
  };
  const submit = () => {
    if (!file) return;
    setRows([]);
    importHistory.mutate({ sheet, file }, {
      onSuccess: ({ imported, people, units }) => {
        void message.success(f('done', { count: imported, people, units }));
        close();
      },
      onError: (e) => setRows(e instanceof ApiError ? toImportErrorRows(e.details, f('headerRow')) : []),
    });
  };

  return (
    <Modal
      open={open}
      title={f('title')}
      okText={f('submit')}
      cancelText={t('common.close')}
      okButtonProps={{ disabled: !file, 'data-testid': 'history-import-submit' }}
      confirmLoading={importHistory.isPending}
      onOk={submit}
      onCancel={close}
      width={760}
    >
      <Typography.Paragraph type="secondary">{f('help')}</Typography.Paragraph>
      <Radio.Group
        value={sheet}
        onChange={(e) => { setSheet(e.target.value as HistorySheet); setRows([]); importHistory.reset(); }}
        options={HISTORY_SHEETS.map((s) => ({ value: s, label: f(`sheets.${s}`) }))}
        className="history-import-kinds"
        data-testid="history-import-sheet"
      />
      <Typography.Paragraph>
        <Button type="link" icon={<DownloadOutlined />} href={historyTemplateUrl(sheet)} data-testid="history-import-template">
          {f('template', { sheet: f(`sheets.${sheet}`).toLowerCase() })}
        </Button>
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx"
        maxCount={1}
        beforeUpload={(picked) => {
          setFile(picked);
          setRows([]);
          return false;
        }}
        onRemove={() => setFile(null)}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
        data-testid="history-import-file"
      >
        <p className="ant-upload-drag-icon"><InboxOutlined /></p>
        <p>{f('drop')}</p>
      </Upload.Dragger>
      {importHistory.error && (
        <Alert
          type="error"
          showIcon
          className="form-alert-top"
          title={importHistory.error.message}
          description={rows.length > 0 ? f('nothingSaved', { count: rows.length }) : undefined}
        />
      )}
      {rows.length > 0 && <ImportErrorsTable rows={rows} testId="history-import-errors" />}
    </Modal>
  );
}
