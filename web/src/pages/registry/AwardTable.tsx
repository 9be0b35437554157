/** The registry as a table (desktop) or as cards (phones), in the order the API returns it. */
import { Button, Card, Empty, Grid, Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Award } from '../../api/registry.js';
import { AwardCell, DecisionCell, SubjectCell } from './awardText.js';

interface Props {
  rows: Award[];
  loading: boolean;
  /** Revocation, for those allowed to record awards. */
  onRevoke?: (a: Award) => void;
}

export function AwardTable({ rows, loading, onRevoke }: Props) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().md;
  const revokeButton = (a: Award) =>
    onRevoke && !a.revoked ? (
      <Button size="small" danger onClick={() => onRevoke(a)} className="no-print" data-testid={`award-revoke-${a.id}`}>
        {t('registry.revoke.action')}
      </Button>
    ) : null;

  if (isPhone) {
    if (rows.length === 0 && !loading) return <Empty description={t('registry.empty')} />;
    return (
      <div className="registry-cards" data-testid="registry-cards">
        {rows.map((a) => (
          <Card key={a.id} size="small" className={a.revoked ? 'registry-card registry-card-revoked' : 'registry-card'} data-testid="award-row">
            <div className="registry-card-head">
              <div><SubjectCell a={a} /></div>
              <span className="registry-card-year">{a.year}</span>
            </div>
            <div className="registry-card-award"><AwardCell a={a} /></div>
            <dl className="catalogue-facts">
              <dt>{t('registry.col.unit')}</dt>
              <dd>{a.unit.name}</dd>
              <dt>{t('registry.col.decision')}</dt>
              <dd><DecisionCell a={a} /></dd>
              {a.certificateNo && (
                <>
                  <dt>{t('registry.col.certificate')}</dt>
                  <dd>{a.certificateNo}</dd>
                </>
              )}
            </dl>
            {revokeButton(a)}
          </Card>
        ))}
      </div>
    );
  }

  return (
    <Table<Award>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={rows}
      pagination={false}
      scroll={{ x: onRevoke ? 1030 : 880 }}
      data-testid="registry-table"
      locale={{ emptyText: <Empty description={t('registry.empty')} /> }}
      rowClassName={(a) => (a.revoked ? 'registry-row-revoked' : '')}
      onRow={() => ({ 'data-testid': 'award-row' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('registry.col.subject'), key: 'subject', width: 180, render: (_, a) => <SubjectCell a={a} /> },
        { title: t('registry.col.unit'), key: 'unit', width: 150, render: (_, a) => a.unit.name },
        { title: t('registry.col.award'), key: 'award', width: 180, render: (_, a) => <AwardCell a={a} /> },
        { title: t('registry.col.year'), dataIndex: 'year', width: 60 },
        { title: t('registry.col.decision'), key: 'decision', width: 220, render: (_, a) => <DecisionCell a={a} /> },
        { title: t('registry.col.certificate'), dataIndex: 'certificateNo', width: 90, render: (c: string | null) => c ?? '' },
        ...(onRevoke ? [{ title: '', key: 'actions', width: 150, className: 'no-print', render: (_: unknown, a: Award) => revokeButton(a) }] : []),
      ]}
    />
  );
}
