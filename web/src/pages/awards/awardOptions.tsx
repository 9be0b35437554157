/** Select options of award types: grouped Danh hiệu / Hình thức, filtered by subject, searchable without diacritics. */
import type { TFunction } from 'i18next';
import type { AwardType, SubjectKind } from '../../api/awards.js';
import { foldVietnamese } from '../../lib/text.js';

export interface AwardOption {
  value: string;
  label: string;
  /** Shown in the tags of a multi-select ("CSTĐCS"). */
  short: string;
  search: string;
}

/** "CSTĐCS", "Bằng khen tỉnh"…; the code when there is no abbreviation. */
export const shortName = (t: TFunction, code: string) => t(`awards.short.${code}`, { defaultValue: code });

export function awardOptions(t: TFunction, types: AwardType[] | undefined, kind: SubjectKind) {
  const of = (category: AwardType['category']): AwardOption[] =>
    (types ?? [])
      .filter((a) => a.category === category && a.subject.includes(kind))
      .map((a) => {
        const short = shortName(t, a.code);
        return { value: a.code, label: a.name, short, search: foldVietnamese(`${a.code} ${short} ${a.name}`) };
      });
  return (['title', 'form'] as const)
    .map((c) => ({ label: t(`awards.categories.${c}`), title: t(`awards.categories.${c}`), options: of(c) }))
    .filter((g) => g.options.length > 0);
}

export const awardFilter = (input: string, option?: object) =>
  Boolean(option && 'search' in option && typeof option.search === 'string' && option.search.includes(foldVietnamese(input)));

/** Option row: the name, with its code on the right for officers who know the codes. */
export function renderAwardOption(option: { data: { label?: unknown; value?: unknown } }) {
  return (
    <div className="award-option">
      <span>{String(option.data.label)}</span>
      <span className="award-option-code">{String(option.data.value)}</span>
    </div>
  );
}
