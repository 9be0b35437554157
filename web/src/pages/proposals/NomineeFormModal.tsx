/** Adds one nominee: a person, a collective or a household of the dossier's unit, with the award type and achievements. */
import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAwardTypes, type SubjectKind } from '../../api/awards.js';
import { proposalApi, useProposalChange, type NomineeBody, type Proposal } from '../../api/commendation.js';
import { FormModal } from '../../components/FormModal.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { awardFilter, awardOptions } from '../awards/awardOptions.js';
import { PersonPicker } from '../registry/PersonPicker.js';

export function NomineeFormModal({ proposal, open, onClose }: { proposal: Proposal; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const types = useAwardTypes();
  const add = useProposalChange((b: NomineeBody) => proposalApi.addNominee(proposal, b));
  return (
    <FormModal<NomineeBody>
      open={open} title={t('cw.nominees.add')} testId="nominee-form" onClose={onClose} width={640}
      fields={['subjectKind', 'personId', 'unitId', 'name', 'awardType', 'achievements', 'overrideReason']}
      initialValues={{ subjectKind: 'individual', unitId: proposal.unit.id }}
      successText={t('cw.nominees.added')}
      onSubmit={(v) => add.mutateAsync(v)}
    >
      {() => (
        <>
          <Form.Item name="subjectKind" label={t('cw.fields.subjectKind')}>
            <Radio.Group optionType="button" options={(['individual', 'collective', 'household'] as const).map((k) => ({ value: k, label: t(`cw.subjects.${k}`) }))} data-testid="nominee-kind" />
          </Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) => {
              const kind = getFieldValue('subjectKind') as SubjectKind;
              return (
                <>
                  {kind === 'individual'
                    ? <Form.Item name="personId" label={t('cw.fields.person')} rules={[{ required: true }]}><PersonPicker data-testid="nominee-person" /></Form.Item>
                    : <Form.Item name="unitId" label={t(kind === 'collective' ? 'cw.fields.collective' : 'cw.fields.householdUnit')} rules={[{ required: true }]}><UnitTreeSelect data-testid="nominee-unit" /></Form.Item>}
                  {kind === 'household' && <Form.Item name="name" label={t('cw.fields.household')} rules={[{ required: true, min: 2 }]}><Input placeholder="Hộ ông Nguyễn Văn A" /></Form.Item>}
                  <Form.Item name="awardType" label={t('cw.fields.awardType')} rules={[{ required: true }]}>
                    <Select showSearch={{ filterOption: awardFilter }} options={awardOptions(t, types.data, kind)} data-testid="nominee-award" />
                  </Form.Item>
                </>
              );
            }}
          </Form.Item>
          <Form.Item name="achievements" label={t('cw.fields.achievements')} rules={[{ required: true, min: 10 }]}><Input.TextArea rows={4} data-testid="nominee-achievements" /></Form.Item>
          <Form.Item name="overrideReason" label={t('cw.fields.overrideReason')} extra={t('cw.nominees.overrideHelp')}><Input.TextArea rows={2} data-testid="nominee-override" /></Form.Item>
        </>
      )}
    </FormModal>
  );
}
