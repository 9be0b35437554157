/** Biểu 0602.N/BNV-TĐKT: the year's State-level awards of a reporting unit, on screen as the form's table and as Excel. */
import { FileExcelOutlined } from '@ant-design/icons';
import { Alert, Button, Grid, InputNumber, Space, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StateForm, stateFormXlsx, useStateForm } from '../../api/reports.js';
import { QueryError } from '../../components/QueryError.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { formatNumber } from '../../lib/format.js';

type Row = StateForm['rows'][number] & { i: number };
const count = (v: number | null) => (v === null ? '' : formatNumber(v));

/** The award's name over its collective / individual columns, as on the paper form. */
function formColumns(form: StateForm, t: (k: string) => string, isPhone: boolean): TableColumnsType<Row> {
  const groups: Array<{ name: string; indexes: number[] }> = [];
  form.columns.forEach((c, i) => {
    const last = groups[groups.length - 1];
    if (last && form.columns[last.indexes[0]!]!.awardType === c.awardType) last.indexes.push(i);
    else groups.push({ name: c.name, indexes: [i] });
  });
  return [
    { title: '', dataIndex: 'label', fixed: 'left', width: isPhone ? 150 : 220, render: (v: string, r) => (r.section || r.code === '1' ? <strong>{v}</strong> : v) },
    { title: t('stateForm.code'), dataIndex: 'code', align: 'center', width: 64 },
    // A phone keeps the counts in view: the unit of count is implied by the row (and is in the Excel form).
    ...(isPhone ? [] : [{ title: t('stateForm.measure'), dataIndex: 'measure', align: 'center' as const, width: 80 }]),
    { title: t('stateForm.total'), dataIndex: 'total', align: 'right', width: 72, render: (v: number | null) => <strong>{count(v)}</strong> },
    ...groups.map((g) => ({
      title: g.name,
      children: g.indexes.map((i) => ({
        title: t(`stateForm.subject.${form.columns[i]!.subject}`), key: String(i), align: 'right' as const, width: 84,
        render: (_: unknown, r: Row) => count(r.cells[i] ?? null),
      })),
    })),
  ];
}

export function StateFormTab() {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const [year, setYear] = useState(new Date().getFullYear());
  const [unitId, setUnitId] = useState<string | undefined>();
  const q = { year, unitId };
  const form = useStateForm(q);
  const data = form.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text type="secondary">{t('stateForm.intro')}</Typography.Text>
      <Space wrap>
        <InputNumber min={1945} max={2100} value={year} onChange={(v) => v && setYear(v)} aria-label={t('reports.year')} addonBefore={t('reports.year')} data-testid="state-form-year" />
        <UnitTreeSelect value={unitId} onChange={setUnitId} placeholder={t('stateForm.unit')} className="filter-select-wide" data-testid="state-form-unit" />
        <Button icon={<FileExcelOutlined />} href={stateFormXlsx(q)} data-testid="state-form-xlsx">{t('reports.excel')}</Button>
      </Space>
      {form.error && <QueryError error={form.error} onRetry={() => void form.refetch()} />}
      {data && (
        <>
          <div className="state-form-head">
            <div>
              <Typography.Text strong>{t('stateForm.formCode', { code: data.formCode })}</Typography.Text><br />
              <Typography.Text type="secondary">{t('stateForm.circular')}</Typography.Text>
            </div>
            <div>
              <Typography.Text>{t('stateForm.reportingUnit', { name: data.reportingUnit.name })}</Typography.Text><br />
              <Typography.Text>{t('stateForm.receivingUnit', { name: data.receivingUnit })}</Typography.Text>
            </div>
          </div>
          <Typography.Title level={5} style={{ textAlign: 'center', margin: 0 }} data-testid="state-form-title">
            {t('stateForm.title')}<br /><Typography.Text italic>{t('stateForm.period', { year: data.year })}</Typography.Text>
          </Typography.Title>
          <Table<Row> size="small" bordered rowKey="i" pagination={false} scroll={{ x: 'max-content' }} data-testid="state-form-table"
            dataSource={data.rows.map((r, i) => ({ ...r, i }))} columns={formColumns(data, t, isPhone)} />
          <Alert type="info" showIcon message={t('stateForm.note', { missing: data.notInCatalogue.join(', ') })} />
        </>
      )}
    </Space>
  );
}
