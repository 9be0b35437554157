/** Picks a person by name from the server (search ignores diacritics), showing unit and birth year. */
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePeoplePage } from '../../api/org.js';
import { foldVietnamese } from '../../lib/text.js';

const SEARCH_DELAY_MS = 300;

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  'data-testid'?: string;
}

export function PersonPicker({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQ(typed.trim()), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const people = usePeoplePage({ q: q || undefined, limit: 20, offset: 0 });
  const options = (people.data?.items ?? []).map((p) => ({
    value: p.id,
    label: p.fullName,
    detail: [p.unitName, p.birthYear].filter(Boolean).join(' · '),
  }));
  return (
    <Select
      value={value}
      onChange={onChange}
      // The server searches; the options already shown are narrowed at once, so Enter never picks a stale one.
      showSearch={{ filterOption: (input, o) => foldVietnamese(String(o?.label ?? '')).includes(foldVietnamese(input.trim())), onSearch: setTyped }}
      allowClear
      placeholder={t('registry.record.personSearch')}
      loading={people.isFetching}
      options={options}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          <div className="muted">{o.data.detail}</div>
        </div>
      )}
      notFoundContent={people.isFetching ? t('common.loading') : t('registry.record.noPerson')}
      data-testid={rest['data-testid']}
    />
  );
}
