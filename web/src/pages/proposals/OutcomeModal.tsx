/** The board's outcome for one nominee: approved, rejected with a reason, or moved to a lower form. */
import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAwardTypes } from '../../api/awards.js';
import { proposalApi, useProposalChange, type Nominee, type Proposal } from '../../api/commendation.js';
import { FormModal } from '../../components/FormModal.js';
import { awardFilter, awardOptions } from '../awards/awardOptions.js';

interface Values { outcome: Nominee['outcome']; reason?: string; loweredTo?: string }

export function OutcomeModal({ proposal, nominee, onClose }: { proposal: Proposal; nominee: Nominee | null; onClose: () => void }) {
  const { t } = useTranslation();
  const types = useAwardTypes();
  const save = useProposalChange((v: Values) => proposalApi.outcome(proposal, nominee!.id, v));
  return (
    <FormModal<Values>
      open={nominee !== null} title={nominee ? t('cw.nominees.outcomeOf', { name: nominee.name }) : ''} testId="outcome-form" onClose={onClose}
      fields={['outcome', 'reason', 'loweredTo']} initialValues={{ outcome: nominee?.outcome === 'pending' ? 'approved' : nominee?.outcome, reason: nominee?.outcomeReason ?? undefined }}
      onSubmit={(v) => save.mutateAsync(v)}
    >
      {() => (
        <>
          <Form.Item name="outcome"><Radio.Group options={(['approved', 'rejected', 'lowered'] as const).map((o) => ({ value: o, label: t(`cw.outcome.${o}`) }))} /></Form.Item>
          <Form.Item noStyle shouldUpdate>
            {({ getFieldValue }) => getFieldValue('outcome') === 'lowered' && nominee && (
              <Form.Item name="loweredTo" label={t('cw.fields.loweredTo')} rules={[{ required: true }]}>
                <Select showSearch={{ filterOption: awardFilter }} options={awardOptions(t, types.data, nominee.subjectKind)} />
              </Form.Item>
            )}
          </Form.Item>
          <Form.Item name="reason" label={t('cw.history.reason')}><Input.TextArea rows={3} /></Form.Item>
        </>
      )}
    </FormModal>
  );
}
