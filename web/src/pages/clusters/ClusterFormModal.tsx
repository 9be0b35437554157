/** Create or edit a cluster or block of a year: members, leader and deputy (members themselves). The pact has its own form (Pact.tsx). */
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSaveCluster, type ClusterDetail } from '../../api/emulation.js';
import { useAllUnits } from '../../api/org.js';
import { FormModal } from '../../components/FormModal.js';
import { foldVietnamese } from '../../lib/text.js';

interface Values { year: number; kind: string; name: string; memberUnitIds: string[]; leaderUnitId?: string; deputyUnitId?: string }
const FIELDS = ['year', 'kind', 'name', 'memberUnitIds', 'leaderUnitId', 'deputyUnitId'];

export function ClusterFormModal({ open, year, cluster, onClose }: { open: boolean; year: number; cluster?: ClusterDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCluster();
  const units = useAllUnits();
  const options = useMemo(() => (units.data ?? []).filter((u) => u.active && u.depth > 0).map((u) => ({ value: u.id, label: u.name, folded: foldVietnamese(`${u.name} ${u.code}`) })), [units.data]);
  const initial = useMemo<Partial<Values>>(() => (cluster ? {
    year: cluster.year, kind: cluster.kind, name: cluster.name, memberUnitIds: cluster.members.map((m) => m.id), leaderUnitId: cluster.leaderUnitId ?? undefined,
    deputyUnitId: cluster.deputyUnitId ?? undefined,
  } : { year, kind: 'cluster', memberUnitIds: [] }), [cluster, year]);
  const filter = { filterOption: (input: string, o?: { folded: string }) => (o?.folded ?? '').includes(foldVietnamese(input)) };
  return (
    <FormModal<Values> open={open} title={cluster ? t('emulation.cluster.edit') : t('emulation.cluster.create')} initialValues={initial} fields={FIELDS} testId="cluster-form" width={720} onClose={onClose}
      onSubmit={(v) => save.mutateAsync({ id: cluster?.id, body: {
        year: v.year, kind: v.kind, name: v.name, memberUnitIds: v.memberUnitIds, leaderUnitId: v.leaderUnitId ?? null, deputyUnitId: v.deputyUnitId ?? null,
      } })}>
      {(form) => (
        <>
          <Row gutter={12}>
            <Col xs={12} sm={6}><Form.Item name="year" label={t('movements.year')} rules={[{ required: true }]}><InputNumber min={2000} max={2100} className="full-width" /></Form.Item></Col>
            <Col xs={12} sm={6}><Form.Item name="kind" label={t('emulation.cluster.kind')}><Select options={['cluster', 'block'].map((k) => ({ value: k, label: t(`emulation.cluster.kinds.${k}`) }))} /></Form.Item></Col>
            <Col xs={24} sm={12}><Form.Item name="name" label={t('emulation.cluster.name')} rules={[{ required: true, message: t('emulation.required') }]}><Input /></Form.Item></Col>
          </Row>
          <Form.Item name="memberUnitIds" label={t('emulation.cluster.members')}><Select mode="multiple" options={options} showSearch={filter} maxTagCount="responsive" /></Form.Item>
          {/* Leader and deputy are picked among the members chosen above. */}
          <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.memberUnitIds !== b.memberUnitIds}>
            {() => {
              const chosen = new Set<string>((form.getFieldValue('memberUnitIds') as string[] | undefined) ?? []);
              const memberOptions = options.filter((o) => chosen.has(o.value));
              return (
                <Row gutter={12}>
                  <Col xs={24} sm={12}><Form.Item name="leaderUnitId" label={t('emulation.cluster.leader')}><Select allowClear options={memberOptions} /></Form.Item></Col>
                  <Col xs={24} sm={12}><Form.Item name="deputyUnitId" label={t('emulation.cluster.deputy')}><Select allowClear options={memberOptions} /></Form.Item></Col>
                </Row>
              );
            }}
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
