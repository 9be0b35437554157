/** Per-year grid: the performance rating and the titles or forms received, with thematic/ad-hoc marking. */
import { Form, Grid, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AwardType, RATINGS, type SubjectKind, TITLE_KINDS } from '../../api/awards.js';
import { awardFilter, awardOptions, renderAwardOption, shortName } from './awardOptions.js';
import { type CheckValues, gridYears, yearKey } from './checkForm.js';

interface Props {
  year: number;
  kind: SubjectKind;
  types: AwardType[] | undefined;
}

function TitleKinds({ year }: { year: number }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<CheckValues>();
  const titles = (Form.useWatch(['history', yearKey(year), 'titles'], form) as string[] | undefined) ?? [];
  if (titles.length === 0) return null;
  return (
    <div className="title-kinds">
      {titles.map((code) => (
        <span key={code} className="title-kind">
          <span className="title-kind-name">{shortName(t, code)}</span>
          <Form.Item name={['history', yearKey(year), 'kinds', code]} noStyle initialValue="regular">
            <Select
              size="small"
              popupMatchSelectWidth={false}
              options={TITLE_KINDS.map((k) => ({ value: k, label: t(`awards.titleKinds.${k}`) }))}
              aria-label={t('awards.check.titleKindOf', { name: shortName(t, code), year })}
              data-testid={`title-kind-${year}-${code}`}
            />
          </Form.Item>
        </span>
      ))}
    </div>
  );
}

export function YearGrid({ year, kind, types }: Props) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const options = awardOptions(t, types, kind);
  return (
    <div className="year-grid" data-testid="year-grid">
      <div className="year-grid-head" aria-hidden>
        <span>{t('awards.check.gridYear')}</span>
        <span>{t('awards.check.rating')}</span>
        <span>{t('awards.check.titles')}</span>
      </div>
      {gridYears(year).map((y) => (
        <div key={y} className={`year-row${y === year ? ' year-row-current' : ''}`} data-testid={`year-${y}`}>
          <div className="year-cell">
            <strong>{y}</strong>
            {y === year && <Tag color="red" className="year-current-tag">{t('awards.check.reviewYear')}</Tag>}
          </div>
          <div className="year-field">
            <Form.Item name={['history', yearKey(y), 'rating']} className="year-item">
              <Select
                allowClear
                placeholder={isPhone ? t('awards.check.rating') : t('awards.check.noRating')}
                options={RATINGS.map((r) => ({ value: r, label: `${r} – ${t(`awards.ratings.${r}`)}`, short: r }))}
                optionLabelProp="short"
                popupMatchSelectWidth={false}
                aria-label={t('awards.check.ratingOf', { year: y })}
                data-testid={`rating-${y}`}
              />
            </Form.Item>
          </div>
          <div className="year-field">
            <Form.Item name={['history', yearKey(y), 'titles']} className="year-item">
              <Select
                mode="multiple"
                allowClear
                placeholder={isPhone ? t('awards.check.titlesShort') : t('awards.check.noTitles')}
                options={options}
                optionLabelProp="short"
                showSearch={{ filterOption: awardFilter }}
                optionRender={renderAwardOption}
                popupMatchSelectWidth={false}
                aria-label={t('awards.check.titlesOf', { year: y })}
                className="full-width"
                data-testid={`titles-${y}`}
              />
            </Form.Item>
            <TitleKinds year={y} />
          </div>
        </div>
      ))}
    </div>
  );
}
