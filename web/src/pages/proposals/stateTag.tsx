/** Colour and label of a dossier state, and of a nominee's outcome. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Nominee, ProposalState } from '../../api/commendation.js';

const COLORS: Record<ProposalState, string> = {
  draft: 'default', submitted: 'blue', under_review: 'processing', returned: 'orange', resubmitted: 'blue',
  to_council: 'purple', disclosure: 'cyan', decided: 'green', rejected: 'red',
};

export function StateTag({ state }: { state: ProposalState }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[state]} data-testid="proposal-state">{t(`cw.states.${state}`)}</Tag>;
}

const OUTCOME_COLORS: Record<Nominee['outcome'], string> = { pending: 'default', approved: 'green', rejected: 'red', lowered: 'gold' };

export function OutcomeTag({ n }: { n: Pick<Nominee, 'outcome' | 'loweredToName'> }) {
  const { t } = useTranslation();
  return <Tag color={OUTCOME_COLORS[n.outcome]}>{n.outcome === 'lowered' ? t('cw.outcome.loweredTo', { name: n.loweredToName }) : t(`cw.outcome.${n.outcome}`)}</Tag>;
}
