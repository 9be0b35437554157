/** Xếp loại hằng năm: one rating Select per year, saved as soon as it changes (cleared = deleted). */
import { Card, Select, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Rating } from '../../api/awards.js';
import { useHistoryActions } from '../../api/history.js';
import type { CardProps } from './props.js';

const SHOWN_YEARS = 6;

export function RatingsCard({ base, id, history, canEdit }: CardProps) {
  const { t } = useTranslation();
  const { putRating } = useHistoryActions(base, id);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [saving, setSaving] = useState<number | null>(null);
  const thisYear = new Date().getFullYear();
  const byYear = new Map(history.ratings.map((r) => [r.year, r.rating]));
  const years = [...new Set([...Array.from({ length: SHOWN_YEARS }, (_, i) => thisYear - i), ...byYear.keys()])].sort((a, b) => b - a);

  const save = (year: number, rating: Rating | null) => {
    setSaving(year);
    setErrors((e) => ({ ...e, [year]: '' }));
    putRating.mutate(
      { year, rating },
      {
        onError: (e) => setErrors((all) => ({ ...all, [year]: e.message })),
        onSettled: () => setSaving(null),
      },
    );
  };

  return (
    <Card size="small" title={t('history.ratings.title')} className="check-section" data-testid="history-ratings">
      <Table
        rowKey="year"
        size="small"
        pagination={false}
        dataSource={years.map((year) => ({ year }))}
        columns={[
          { title: t('history.year'), dataIndex: 'year', width: 90 },
          {
            title: t('history.ratings.rating'),
            render: (_: unknown, { year }: { year: number }) => (
              <>
                <Select<Rating>
                  allowClear
                  value={byYear.get(year)}
                  placeholder={t('awards.check.noRating')}
                  disabled={!canEdit}
                  loading={saving === year}
                  onChange={(r) => save(year, r ?? null)}
                  options={RATINGS.map((r) => ({ value: r, label: `${r} – ${t(`awards.ratings.${r}`)}` }))}
                  popupMatchSelectWidth={false}
                  className="rating-select"
                  status={errors[year] ? 'error' : undefined}
                  aria-label={t('awards.check.ratingOf', { year })}
                  data-testid={`history-rating-${year}`}
                />
                {errors[year] && <div className="field-error" data-testid={`history-rating-error-${year}`}>{errors[year]}</div>}
              </>
            ),
          },
        ]}
      />
    </Card>
  );
}
