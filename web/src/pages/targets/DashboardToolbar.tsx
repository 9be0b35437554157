import { DownloadOutlined, FileExcelOutlined, PrinterOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dashboardXlsxUrl, templateXlsxUrl } from '../../api/targets.js';
import { ImportValuesModal } from './ImportValuesModal.js';

interface Props {
  movementId: string;
  asOf: string | undefined;
  canImport: boolean;
  printSearch: string;
}

export function DashboardToolbar({ movementId, asOf, canImport, printSearch }: Props) {
  const { t } = useTranslation();
  const [importOpen, setImportOpen] = useState(false);
  return (
    <Space wrap className="toolbar">
      <Button icon={<FileExcelOutlined />} href={dashboardXlsxUrl(movementId, asOf)} data-testid="export-xlsx">
        {t('targets.actions.export')}
      </Button>
      <Button icon={<DownloadOutlined />} href={templateXlsxUrl(movementId)} data-testid="download-template">
        {t('targets.actions.template')}
      </Button>
      {canImport && (
        <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="import-open">
          {t('targets.actions.import')}
        </Button>
      )}
      <Link to={`/app/chi-tieu/in${printSearch ? `?${printSearch}` : ''}`}>
        <Button icon={<PrinterOutlined />} data-testid="print-view">
          {t('targets.actions.print')}
        </Button>
      </Link>
      <ImportValuesModal movementId={movementId} open={importOpen} onClose={() => setImportOpen(false)} />
    </Space>
  );
}
