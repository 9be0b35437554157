/** Every error of a rejected Excel import, by row and column, as the officer goes through the sheet. */
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportErrorRow } from '../lib/importErrors.js';

export function ImportErrorsTable({ rows, testId }: { rows: ImportErrorRow[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <Table<ImportErrorRow>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={false}
      scroll={{ x: true, y: 320 }}
      data-testid={testId}
      columns={[
        { title: t('targets.import.row'), dataIndex: 'row', width: 70 },
        { title: t('targets.import.column'), dataIndex: 'column', width: 140 },
        { title: t('targets.import.error'), dataIndex: 'message' },
      ]}
    />
  );
}
