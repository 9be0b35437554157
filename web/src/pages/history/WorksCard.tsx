/** Sáng kiến / Đề tài khoa học: the subject's list, with add (dialog) and delete. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Form, Input, List, Popconfirm, Radio, Select, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCOPES, type Scope } from '../../api/awards.js';
import { useHistoryActions, type WorkList } from '../../api/history.js';
import { FormModal } from '../../components/FormModal.js';
import { formatDate } from '../../lib/format.js';
import { renamePaths } from '../../lib/formErrors.js';
import { type CardProps, isoDay, pickYears } from './props.js';

interface WorkValues {
  title: string;
  year: number;
  scope: Scope;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  issuer?: string;
}

const FIELDS = ['title', 'year', 'scope', 'decisionNumber', 'decisionDate', 'issuer'] as const;
const DECISION_PATHS = { 'decision.number': 'decisionNumber', 'decision.date': 'decisionDate', 'decision.issuer': 'issuer', decision: 'decisionNumber' };

export function WorksCard({ base, id, history, canEdit, list }: CardProps & { list: WorkList }) {
  const { t } = useTranslation();
  const { addWork, deleteWork } = useHistoryActions(base, id);
  const [adding, setAdding] = useState(false);
  const [initial] = useState<Partial<WorkValues>>(() => ({ year: new Date().getFullYear() - 1, scope: 'unit' }));
  const items = list === 'initiatives' ? history.initiatives : history.scienceWorks;
  const f = (k: string) => t(`history.works.${k}`);
  const testId = list === 'initiatives' ? 'initiative' : 'science';

  const submit = async (v: WorkValues) => {
    const decision = { number: v.decisionNumber || null, date: isoDay(v.decisionDate), issuer: v.issuer || null };
    const hasDecision = Boolean(decision.number || decision.date || decision.issuer);
    try {
      await addWork.mutateAsync({ list, body: { title: v.title.trim(), year: v.year, scope: v.scope, ...(hasDecision ? { decision } : {}) } });
    } catch (e) {
      throw renamePaths(e, DECISION_PATHS);
    }
  };

  return (
    <Card
      size="small"
      title={t(`history.works.title.${list}`)}
      className="check-section"
      extra={canEdit && <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid={`history-${testId}-add`}>{f('add')}</Button>}
      data-testid={`history-${testId}s`}
    >
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(`history.works.none.${list}`)} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(w) => (
            <List.Item
              data-testid={`history-${testId}-item`}
              actions={canEdit ? [
                <Popconfirm key="del" title={f('deleteConfirm')} okText={f('delete')} cancelText={t('common.cancel')} onConfirm={() => deleteWork.mutateAsync({ list, itemId: w.id })}>
                  <Button type="text" danger size="small" icon={<DeleteOutlined />} aria-label={f('delete')} data-testid={`history-${testId}-delete`} />
                </Popconfirm>,
              ] : []}
            >
              <List.Item.Meta
                title={<>{w.title} <Tag>{w.year}</Tag><Tag color="blue">{t(`awards.scopes.${w.scope}`)}</Tag></>}
                description={w.decision.number ? t('history.works.decision', { number: w.decision.number, date: w.decision.date ? formatDate(w.decision.date) : '—', issuer: w.decision.issuer ?? '' }) : undefined}
              />
            </List.Item>
          )}
        />
      )}
      <FormModal<WorkValues>
        open={adding}
        title={t(`history.works.addTitle.${list}`)}
        initialValues={initial}
        fields={FIELDS}
        onSubmit={submit}
        onClose={() => setAdding(false)}
        testId={`${testId}-form`}
      >
        {() => (
          <>
            <Form.Item name="title" label={f('name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: f('name') }) }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={500} data-testid={`${testId}-title`} />
            </Form.Item>
            <Form.Item name="year" label={t('history.year')} rules={[{ required: true, message: t('validation.choose', { field: t('history.year') }) }]}>
              <Select options={pickYears().map((y) => ({ value: y, label: String(y) }))} data-testid={`${testId}-year`} />
            </Form.Item>
            <Form.Item name="scope" label={f('scope')} rules={[{ required: true, message: t('validation.choose', { field: f('scope') }) }]}>
              <Radio.Group optionType="button" options={SCOPES.map((s) => ({ value: s, label: t(`awards.scopes.${s}`) }))} data-testid={`${testId}-scope`} />
            </Form.Item>
            <Form.Item name="decisionNumber" label={f('decisionNumber')}>
              <Input maxLength={60} data-testid={`${testId}-decision-number`} />
            </Form.Item>
            <Form.Item name="decisionDate" label={f('decisionDate')}>
              <DatePicker format="DD/MM/YYYY" placeholder="dd/mm/yyyy" className="full-width" />
            </Form.Item>
            <Form.Item name="issuer" label={f('issuer')}>
              <Input maxLength={200} />
            </Form.Item>
          </>
        )}
      </FormModal>
    </Card>
  );
}
