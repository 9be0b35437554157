/** Filters of the registry: the list uses all of them, the statistics only unit, years and level. */
import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Grid, Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SCOPES, type Scope, useAwardTypes } from '../../api/awards.js';
import { type AwardFilters, useAwardStats } from '../../api/registry.js';
import { UnitTreeSelect } from '../../components/UnitTreeSelect.js';
import { awardFilter, renderAwardOption } from '../awards/awardOptions.js';
import { foldVietnamese } from '../../lib/text.js';

const SEARCH_DELAY_MS = 350;
const FIRST_YEAR = 1945;
const years = Array.from({ length: new Date().getFullYear() - FIRST_YEAR + 1 }, (_, i) => new Date().getFullYear() - i);

interface Props {
  filters: AwardFilters;
  onChange: (f: AwardFilters) => void;
  /** Only the filters the statistics understand. */
  statsOnly: boolean;
}

export function RegistryFilters({ filters, onChange, statsOnly }: Props) {
  const { t } = useTranslation();
  const types = useAwardTypes();
  const ethnicities = useAwardStats('ethnicity', {});
  const [q, setQ] = useState(filters.q ?? '');
  const isPhone = !Grid.useBreakpoint().md;
  // On phones the search comes first; the other filters open on demand.
  const [moreOpen, setMoreOpen] = useState(false);
  const active = [filters.unitId, filters.yearFrom, filters.yearTo, filters.level, ...(statsOnly ? [] : [filters.awardType, filters.gender, filters.ethnicity])]
    .filter((v) => v !== undefined).length;
  const showRest = !isPhone || moreOpen || statsOnly;
  const set = (patch: Partial<AwardFilters>) => onChange({ ...filters, ...patch });

  // The list follows the search box as one types, once typing pauses.
  useEffect(() => {
    const trimmed = q.trim() || undefined;
    if (trimmed === filters.q) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, q: trimmed }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [q, filters, onChange]);

  const typeOptions = useMemo(
    () =>
      (['title', 'form'] as const).map((c) => ({
        label: t(`awards.categories.${c}`),
        title: t(`awards.categories.${c}`),
        options: (types.data ?? [])
          .filter((a) => a.category === c)
          .map((a) => ({ value: a.code, label: a.name, search: foldVietnamese(`${a.code} ${a.name}`) })),
      })),
    [types.data, t],
  );
  const yearOptions = (other: number | undefined, from: boolean) =>
    years.filter((y) => other === undefined || (from ? y <= other : y >= other)).map((y) => ({ value: y, label: String(y) }));

  const more = (
    <>
      <UnitTreeSelect value={filters.unitId} onChange={(unitId) => set({ unitId })} placeholder={t('registry.filter.unit')} className="filter-select-wide" data-testid="registry-unit" />
      <Select
        allowClear
        showSearch
        placeholder={t('registry.filter.yearFrom')}
        value={filters.yearFrom}
        onChange={(yearFrom?: number) => set({ yearFrom })}
        options={yearOptions(filters.yearTo, true)}
        className="registry-year"
        data-testid="registry-year-from"
      />
      <Select
        allowClear
        showSearch
        placeholder={t('registry.filter.yearTo')}
        value={filters.yearTo}
        onChange={(yearTo?: number) => set({ yearTo })}
        options={yearOptions(filters.yearFrom, false)}
        className="registry-year"
        data-testid="registry-year-to"
      />
      <Select
        allowClear
        placeholder={t('registry.filter.level')}
        value={filters.level}
        onChange={(level?: Scope) => set({ level })}
        options={SCOPES.map((s) => ({ value: s, label: t(`awards.levels.${s}`) }))}
        className="filter-select"
        data-testid="registry-level"
      />
      {!statsOnly && (
        <>
          <Select
            allowClear
            showSearch={{ filterOption: awardFilter }}
            placeholder={t('registry.filter.awardType')}
            value={filters.awardType}
            onChange={(awardType?: string) => set({ awardType })}
            options={typeOptions}
            optionRender={renderAwardOption}
            loading={types.isPending}
            popupMatchSelectWidth={false}
            className="filter-select-wide"
            data-testid="registry-award-type"
          />
          <Select
            allowClear
            placeholder={t('registry.filter.gender')}
            value={filters.gender}
            onChange={(gender?: 'male' | 'female') => set({ gender })}
            options={(['female', 'male'] as const).map((g) => ({ value: g, label: t(`admin.people.genders.${g}`) }))}
            className="registry-gender"
            data-testid="registry-gender"
          />
          <Select
            allowClear
            showSearch
            placeholder={t('registry.filter.ethnicity')}
            value={filters.ethnicity}
            onChange={(ethnicity?: string) => set({ ethnicity })}
            options={(ethnicities.data ?? []).flatMap((g) => (g.key === null ? [] : [{ value: String(g.key), label: String(g.key) }]))}
            className="filter-select"
            data-testid="registry-ethnicity"
          />
        </>
      )}
    </>
  );

  return (
    <div className="filter-bar no-print" data-testid="registry-filters">
      {!statsOnly && (
        <Input.Search
          allowClear
          placeholder={t('registry.filter.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(v) => set({ q: v.trim() || undefined })}
          className="registry-search"
          data-testid="registry-search"
        />
      )}
      {isPhone && !statsOnly && (
        <Button icon={<FilterOutlined />} onClick={() => setMoreOpen(!moreOpen)} data-testid="registry-more-filters">
          {moreOpen ? t('registry.filter.hide') : t('registry.filter.more')} <Badge count={active} size="small" />
        </Button>
      )}
      {showRest && more}
    </div>
  );
}
