/** Khen thưởng › Danh mục: every award type with its subjects, authority, ballot, reward and dossier. */
import { Grid, Input, Select, Skeleton, Table, Tag, Typography } from 'antd';
import { type HTMLAttributes, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type AwardType, SUBJECT_KINDS, type SubjectKind, useAwardTypes } from '../../api/awards.js';
import { QueryError } from '../../components/QueryError.js';
import { foldVietnamese } from '../../lib/text.js';
import { CatalogueCards, CouncilText, RewardCell, unique } from './CatalogueCards.js';

export function CataloguePage() {
  const { t } = useTranslation();
  const types = useAwardTypes();
  const isPhone = !Grid.useBreakpoint().md;
  const [q, setQ] = useState('');
  const [subject, setSubject] = useState<SubjectKind | undefined>();
  const rows = useMemo(() => {
    const needle = foldVietnamese(q);
    return (types.data ?? []).filter(
      (a) => (!subject || a.subject.includes(subject)) && (!needle || foldVietnamese(`${a.code} ${a.name}`).includes(needle)),
    );
  }, [types.data, q, subject]);

  if (types.error) return <QueryError error={types.error} onRetry={() => void types.refetch()} />;
  return (
    <div>
      <div className="page-head">
        <div>
          <Typography.Title level={3} className="page-title">{t('awards.catalogue.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('awards.catalogue.subtitle')}</Typography.Text>
        </div>
      </div>
      <div className="filter-bar">
        <Input.Search
          allowClear
          placeholder={t('awards.catalogue.search')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          className="filter-search"
          data-testid="catalogue-search"
        />
        <Select
          allowClear
          placeholder={t('awards.catalogue.subjectFilter')}
          value={subject}
          onChange={(v?: SubjectKind) => setSubject(v)}
          options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`awards.subjects.${k}`) }))}
          className="filter-select"
          data-testid="catalogue-subject"
        />
      </div>
      {!types.data ? (
        <Skeleton active />
      ) : (
        <>
          <Typography.Paragraph type="secondary" className="result-count" data-testid="catalogue-count">
            {t('awards.catalogue.shown', { count: rows.length, total: types.data.length })}
          </Typography.Paragraph>
          {isPhone ? <CatalogueCards rows={rows} /> : <Table<AwardType>
            rowKey="code"
            dataSource={rows}
            pagination={false}
            size="small"
            scroll={{ x: 1000 }}
            data-testid="catalogue-table"
            locale={{ emptyText: t('awards.catalogue.empty') }}
            onRow={(a) => ({ 'data-testid': `award-${a.code}` }) as HTMLAttributes<HTMLElement>}
            expandable={{
              expandRowByClick: true,
              expandedRowRender: (a) => (
                <div className="dossier" data-testid={`dossier-${a.code}`}>
                  <Typography.Text strong>{t('awards.catalogue.dossier')}</Typography.Text>
                  <ol className="dossier-list">
                    {a.dossierDocuments.map((d) => <li key={d}>{d}</li>)}
                  </ol>
                </div>
              ),
            }}
            columns={[
              { title: t('awards.catalogue.code'), dataIndex: 'code', width: 96, render: (c: string) => <span className="award-code">{c}</span> },
              {
                title: t('awards.catalogue.name'),
                dataIndex: 'name',
                width: 210,
                render: (n: string, a) => (
                  <>
                    <div className="award-name">{n}</div>
                    <Tag color={a.category === 'title' ? 'red' : 'blue'} className="award-category">{t(`awards.categories.${a.category}`)}</Tag>
                    {a.annual && <Typography.Text type="secondary" className="award-annual">{t('awards.catalogue.annual')}</Typography.Text>}
                  </>
                ),
              },
              { title: t('awards.catalogue.subjects'), dataIndex: 'subject', width: 100, render: (s: SubjectKind[]) => s.map((k) => t(`awards.subjects.${k}`)).join(', ') },
              { title: t('awards.catalogue.level'), dataIndex: 'level', width: 100, render: (l: string) => t(`awards.levels.${l}`) },
              {
                title: t('awards.catalogue.conferredBy'),
                dataIndex: 'conferredBy',
                width: 220,
                render: (who: string[]) => (
                  <ul className="plain-list">{unique(who).map((w) => <li key={w}>{w}</li>)}</ul>
                ),
              },
              {
                title: t('awards.catalogue.council'),
                dataIndex: 'councilVote',
                width: 120,
                render: (v: AwardType['councilVote']) => <CouncilText vote={v} />,
              },
              { title: t('awards.catalogue.reward'), key: 'reward', width: 140, render: (_, a) => <RewardCell a={a} /> },
            ]}
          />}
        </>
      )}
    </div>
  );
}
