import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DashboardCard, EvaluationStatus } from '../../api/types.js';
import { type CardFilter, responsibleUnits } from './filterCards.js';

const STATUSES: EvaluationStatus[] = ['achieved', 'on_track', 'at_risk', 'off_track', 'not_achieved', 'no_data'];

interface Props {
  cards: DashboardCard[];
  filter: CardFilter;
  onChange: (f: CardFilter) => void;
  /** The "as of" date picker is shown only when onAsOf is given. */
  asOf?: string;
  onAsOf?: (date: string | undefined) => void;
}

export function DashboardFilters({ cards, filter, onChange, asOf, onAsOf }: Props) {
  const { t } = useTranslation();
  const all = cards.flatMap((c) => [c, ...c.children]);
  const count = (s: EvaluationStatus) => all.filter((c) => c.evaluation.status === s).length;
  return (
    <div className="filter-bar">
      <Input.Search
        allowClear
        placeholder={t('targets.filter.search')}
        value={filter.q}
        onChange={(e) => onChange({ ...filter, q: e.target.value })}
        className="filter-search"
        data-testid="filter-search"
      />
      <Select
        allowClear
        placeholder={t('targets.filter.status')}
        value={filter.status}
        onChange={(status?: EvaluationStatus) => onChange({ ...filter, status })}
        options={STATUSES.map((s) => ({ value: s, label: `${t(`targets.status.${s}`)} (${count(s)})` }))}
        className="filter-select"
        data-testid="filter-status"
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('targets.filter.unit')}
        value={filter.unitId}
        onChange={(unitId?: string) => onChange({ ...filter, unitId })}
        options={responsibleUnits(cards).map((u) => ({ value: u.id, label: u.name }))}
        className="filter-select filter-select-wide"
        data-testid="filter-unit"
      />
      {onAsOf && (
        <DatePicker
        format="DD/MM/YYYY"
        placeholder={t('targets.filter.asOf')}
        value={asOf ? dayjs(asOf) : null}
        onChange={(d) => onAsOf(d ? d.format('YYYY-MM-DD') : undefined)}
        data-testid="filter-asof"
        />
      )}
    </div>
  );
}
