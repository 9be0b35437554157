/** Kinds and fields of the library of exemplary models and good practices, with their Vietnamese labels. */
export const PRACTICE_KINDS = ['exemplary_person', 'exemplary_collective', 'model', 'good_practice'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

export const PRACTICE_KIND_LABELS: Record<PracticeKind, string> = {
  exemplary_person: 'Điển hình tiên tiến – cá nhân',
  exemplary_collective: 'Điển hình tiên tiến – tập thể',
  model: 'Mô hình hay',
  good_practice: 'Cách làm hay',
};

export const PRACTICE_FIELDS = ['economy', 'agriculture', 'education', 'health', 'culture', 'environment', 'social', 'security', 'administration', 'other'] as const;
export type PracticeField = (typeof PRACTICE_FIELDS)[number];

export const PRACTICE_FIELD_LABELS: Record<PracticeField, string> = {
  economy: 'Kinh tế',
  agriculture: 'Nông nghiệp, nông thôn mới',
  education: 'Giáo dục, đào tạo',
  health: 'Y tế',
  culture: 'Văn hóa, du lịch',
  environment: 'Tài nguyên, môi trường',
  social: 'Lao động, an sinh xã hội',
  security: 'Quốc phòng, an ninh',
  administration: 'Cải cách hành chính',
  other: 'Lĩnh vực khác',
};

/** Tags as typed, trimmed, one of each (compared without case or diacritics), at most 12. */
export function normalizeTags(tags: readonly string[], fold: (s: string) => string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 40);
    const key = fold(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out.slice(0, 12);
}
