/** The Board's editor of a cluster's scoring template: groups of criteria with maximum points, bonus and penalty items. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveTemplate, type ClusterDetail, type CriteriaGroup } from '../../api/emulation.js';
import { FormModal } from '../../components/FormModal.js';

interface Values { groups: CriteriaGroup[] }

export function TemplateEditor({ open, cluster, onClose }: { open: boolean; cluster: ClusterDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTemplate(cluster.id);
  const initial = useMemo<Partial<Values>>(() => ({ groups: cluster.template.length ? cluster.template : [{ id: '', code: 'I', title: '', criteria: [] }] }), [cluster.template]);
  const required = [{ required: true, message: t('emulation.required') }];
  return (
    <FormModal<Values> open={open} title={t('emulation.template.edit')} initialValues={initial} fields={['groups']} testId="template-form" width={980} onClose={onClose}
      // Ids of existing rows are sent back so units' draft scores stay attached; new rows get theirs on the server.
      onSubmit={(v) => save.mutateAsync(v.groups.map((g) => ({
        ...g, criteria: (g.criteria ?? []).map((c) => ({ ...c, guidance: c.guidance ?? '', evidence: c.evidence ?? '' })),
      })))}>
      {() => (
        <Form.List name="groups">
          {(groups, { add: addGroup, remove: removeGroup }) => (
            <Space direction="vertical" className="full-width">
              {groups.map((g) => (
                <Card key={g.key} size="small" data-testid="template-group" title={
                  <Space wrap>
                    <Form.Item name={[g.name, 'id']} hidden><Input /></Form.Item>
                    <Form.Item name={[g.name, 'code']} rules={required} noStyle><Input className="template-code" placeholder={t('emulation.template.code')} /></Form.Item>
                    <Form.Item name={[g.name, 'title']} rules={required} noStyle><Input className="template-title" placeholder={t('emulation.template.groupTitle')} /></Form.Item>
                  </Space>
                } extra={<Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => removeGroup(g.name)} aria-label={t('emulation.remove')} />}>
                  <Form.List name={[g.name, 'criteria']}>
                    {(criteria, { add, remove }) => (
                      <>
                        {criteria.map((c) => (
                          <Space key={c.key} wrap align="start" className="movement-doc-row">
                            <Form.Item name={[c.name, 'id']} hidden><Input /></Form.Item>
                            <Form.Item name={[c.name, 'code']} rules={required}><Input className="template-code" placeholder={t('emulation.template.code')} /></Form.Item>
                            <Form.Item name={[c.name, 'title']} rules={required}><Input.TextArea className="template-title" autoSize placeholder={t('emulation.template.criterion')} /></Form.Item>
                            <Form.Item name={[c.name, 'maxPoints']} rules={required}><InputNumber min={0.25} step={0.5} placeholder={t('emulation.template.max')} decimalSeparator="," /></Form.Item>
                            <Form.Item name={[c.name, 'kind']}><Select className="doc-kind" data-testid={`template-kind-${g.name}-${c.name}`} options={(['standard', 'bonus', 'penalty'] as const).map((k) => ({ value: k, label: t(`emulation.template.kinds.${k}`) }))} /></Form.Item>
                            <Form.Item name={[c.name, 'source']}><Select className="doc-kind" options={[{ value: 'manual', label: t('emulation.template.manual') }, { value: 'targets', label: t('emulation.template.fromTargets') }]} /></Form.Item>
                            <Form.Item name={[c.name, 'guidance']}><Input.TextArea autoSize placeholder={t('emulation.template.guidance')} /></Form.Item>
                            <Form.Item name={[c.name, 'evidence']}><Input placeholder={t('emulation.template.evidence')} /></Form.Item>
                            <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(c.name)} aria-label={t('emulation.remove')} />
                          </Space>
                        ))}
                        <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'standard', source: 'manual', guidance: '', evidence: '' })} data-testid="template-add-criterion">{t('emulation.template.addCriterion')}</Button>
                      </>
                    )}
                  </Form.List>
                </Card>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => addGroup({ code: '', title: '', criteria: [] })} data-testid="template-add-group">{t('emulation.template.addGroup')}</Button>
            </Space>
          )}
        </Form.List>
      )}
    </FormModal>
  );
}
