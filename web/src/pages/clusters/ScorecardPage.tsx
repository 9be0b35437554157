/**
 * A unit's scorecard: the unit scores itself with an explanation and evidence, then sends it; the
 * cluster leader (or the board) assesses each criterion; the board approves or anyone above returns
 * it with reasons. Scores are checked against each criterion's maximum as they are typed.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, InputNumber, Modal, Skeleton, Space, Table, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, apiUrl } from '../../api/client.js';
import { uploadFile, useSaveScores, useScorecard, useScorecardAction, type ScorecardAction, type ScoreView } from '../../api/emulation.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDateTime, formatNumber } from '../../lib/format.js';
import type { Criterion } from '../../../../src/modules/clusters/domain/template.js';
import { ScorecardStatusTag } from './ScorecardStatusTag.js';

type Edit = { points: number | null; note: string; evidenceUrl: string; evidenceFileId?: string };
type Row = { key: string; group?: string; criterion?: Criterion; score?: ScoreView };

const errorText = (e: unknown) => (e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].join(' ') : e instanceof Error ? e.message : String(e));

export function ScorecardPage() {
  const { t } = useTranslation();
  const { id = '', unitId = '' } = useParams();
  const { modal, message } = App.useApp();
  const card = useScorecard(id, unitId);
  const save = useSaveScores(id, unitId);
  const act = useScorecardAction(id, unitId);
  const [self, setSelf] = useState<Record<string, Edit>>({});
  const [assessed, setAssessed] = useState<Record<string, Edit>>({});
  const [error, setError] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const rows = useMemo<Row[]>(() => {
    const byId = new Map((card.data?.scores ?? []).map((s) => [s.criterionId, s]));
    return (card.data?.template ?? []).flatMap((g) => [{ key: g.id, group: `${g.code}. ${g.title}` }, ...g.criteria.map((c) => ({ key: c.id, criterion: c, score: byId.get(c.id) }))]);
  }, [card.data]);
  if (card.error) return <QueryError error={card.error} onRetry={() => void card.refetch()} />;
  if (!card.data) return <Skeleton active />;
  const c = card.data;
  const edited = (map: Record<string, Edit>, s: ScoreView | undefined, side: 'self' | 'assessed'): Edit =>
    map[s?.criterionId ?? ''] ?? { points: side === 'self' ? s?.self ?? null : s?.assessed ?? null, note: (side === 'self' ? s?.selfNote : s?.assessedNote) ?? '', evidenceUrl: s?.evidenceUrl ?? '' };
  const overMax = (cr: Criterion, p: number | null) => p !== null && p > cr.maxPoints;
  const dirtySelf = Object.keys(self).length > 0;
  const dirtyAssessed = Object.keys(assessed).length > 0;

  const persist = async (side: 'self' | 'assessed') => {
    const map = side === 'self' ? self : assessed;
    const scores = Object.entries(map).map(([criterionId, e]) => ({ criterionId, points: e.points, note: e.note || null, ...(side === 'self' ? { evidenceUrl: e.evidenceUrl || null, ...(e.evidenceFileId ? { evidenceFileId: e.evidenceFileId } : {}) } : {}) }));
    if (scores.length) await save.mutateAsync({ side: side === 'self' ? 'self' : 'assessment', scores });
    if (side === 'self') setSelf({}); else setAssessed({});
  };
  const run = async (fn: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await fn();
      void message.success(done);
    } catch (e) {
      setError(errorText(e));
    }
  };
  const step = (action: ScorecardAction, side: 'self' | 'assessed' | null, confirm: string) => modal.confirm({
    title: t(`emulation.scorecard.actions.${action}`), content: confirm, okText: t(`emulation.scorecard.actions.${action}`), cancelText: t('common.cancel'),
    onOk: () => run(async () => { if (side) await persist(side); await act.mutateAsync({ action }); }, t('common.saved')),
  });

  return (
    <div>
      <Typography.Title level={3} className="page-title">{t('emulation.scorecard.title', { unit: c.unit.name })}</Typography.Title>
      <Typography.Paragraph>
        <Link to={`/app/cum-khoi/${c.cluster.id}`}>{c.cluster.name}</Link> — {c.cluster.year} <ScorecardStatusTag status={c.status} />
      </Typography.Paragraph>
      {c.status === 'returned' && c.returnReason && <Alert type="warning" showIcon title={t('emulation.scorecard.returned')} description={c.returnReason} className="form-alert" data-testid="return-reason" />}
      {error && <Alert type="error" showIcon title={error} className="form-alert" data-testid="scorecard-error" />}
      <Card size="small">
        <Space wrap size="large">
          <Typography.Text>{t('emulation.scorecard.selfTotal')}: <strong data-testid="self-total">{formatNumber(c.selfTotals.total)}</strong> / {formatNumber(c.maximum)}</Typography.Text>
          {(c.status === 'assessed' || c.status === 'approved') && <Typography.Text>{t('emulation.scorecard.finalTotal')}: <strong data-testid="final-total">{formatNumber(c.totals.total)}</strong></Typography.Text>}
          {c.submittedAt && <Typography.Text type="secondary">{t('emulation.scorecard.submittedAt', { at: formatDateTime(c.submittedAt) })}</Typography.Text>}
        </Space>
      </Card>
      <Table<Row> size="small" rowKey="key" dataSource={rows} pagination={false} scroll={{ x: 1100 }} data-testid="scorecard" className="scorecard-table"
        rowClassName={(r) => (r.group ? 'template-group' : '')}
        columns={[
          { title: t('emulation.template.code'), width: 60, render: (_, r) => (r.group ? <strong>{r.group}</strong> : r.criterion!.code), onCell: (r) => ({ colSpan: r.group ? 7 : 1 }) },
          { title: t('emulation.template.criterion'), width: 300, onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => r.criterion && (
            <>
              <div>{r.criterion.title}</div>
              {r.criterion.guidance && <div className="scorecard-guidance">{r.criterion.guidance}</div>}
              {r.score?.fromTargets !== null && r.score?.fromTargets !== undefined && <div className="scorecard-guidance">{t('emulation.scorecard.fromTargets', { points: formatNumber(r.score.fromTargets) })}</div>}
            </>
          ) },
          { title: t('emulation.template.max'), width: 70, align: 'right', onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => r.criterion && <>{formatNumber(r.criterion.maxPoints)}{r.criterion.kind !== 'standard' && <div className="scorecard-guidance">{t(`emulation.template.kinds.${r.criterion.kind}`)}</div>}</> },
          { title: t('emulation.scorecard.self'), width: 110, onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => {
            if (!r.criterion) return null;
            const e = edited(self, r.score, 'self');
            if (!c.can.score) return formatNumber(r.score?.self);
            return (
              <InputNumber<number> size="small" min={0} step={0.5} value={e.points} status={overMax(r.criterion, e.points) ? 'error' : undefined} decimalSeparator=","
                aria-label={`${t('emulation.scorecard.self')} ${r.criterion.code}`} data-testid={`self-${r.criterion.code}`}
                onChange={(v) => setSelf((m) => ({ ...m, [r.key]: { ...e, points: v ?? null } }))} />
            );
          } },
          { title: t('emulation.scorecard.note'), onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => {
            if (!r.criterion) return null;
            const e = edited(self, r.score, 'self');
            const files = r.score?.evidenceFileUrl && <div><a href={r.score.evidenceFileUrl}>{t('emulation.scorecard.evidenceFile')}</a></div>;
            if (!c.can.score) return <>{r.score?.selfNote}{r.score?.evidenceUrl && <div><a href={r.score.evidenceUrl} target="_blank" rel="noreferrer">{t('emulation.scorecard.evidence')}</a></div>}{files}</>;
            return (
              <Space direction="vertical" className="full-width" size={4}>
                <Input.TextArea size="small" autoSize value={e.note} placeholder={t('emulation.scorecard.notePlaceholder')} onChange={(ev) => setSelf((m) => ({ ...m, [r.key]: { ...e, note: ev.target.value } }))} />
                <Input size="small" value={e.evidenceUrl} placeholder={t('emulation.scorecard.evidencePlaceholder')} onChange={(ev) => setSelf((m) => ({ ...m, [r.key]: { ...e, evidenceUrl: ev.target.value } }))} />
                {files}
                <Upload maxCount={1} customRequest={({ file, onSuccess, onError }) => {
                  uploadFile(file as File).then((f) => { setSelf((m) => ({ ...m, [r.key]: { ...edited(m, r.score, 'self'), evidenceFileId: f.id } })); onSuccess?.(f); }).catch((err: Error) => onError?.(err));
                }}>
                  <Button size="small">{t('emulation.scorecard.attach')}</Button>
                </Upload>
                {overMax(r.criterion, e.points) && <Typography.Text type="danger">{t('emulation.scorecard.overMax', { max: formatNumber(r.criterion.maxPoints) })}</Typography.Text>}
              </Space>
            );
          } },
          { title: t('emulation.scorecard.assessed'), width: 110, onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => {
            if (!r.criterion) return null;
            const e = edited(assessed, r.score, 'assessed');
            if (!c.can.assess) return formatNumber(r.score?.assessed);
            return (
              <InputNumber<number> size="small" min={0} step={0.5} value={e.points} status={overMax(r.criterion, e.points) ? 'error' : undefined} decimalSeparator=","
                aria-label={`${t('emulation.scorecard.assessed')} ${r.criterion.code}`} data-testid={`assessed-${r.criterion.code}`}
                onChange={(v) => setAssessed((m) => ({ ...m, [r.key]: { ...e, points: v ?? null } }))} />
            );
          } },
          { title: t('emulation.scorecard.assessedNote'), width: 200, onCell: (r) => ({ colSpan: r.group ? 0 : 1 }), render: (_, r) => {
            if (!r.criterion) return null;
            const e = edited(assessed, r.score, 'assessed');
            if (!c.can.assess) return r.score?.assessedNote;
            return <Input.TextArea size="small" autoSize value={e.note} onChange={(ev) => setAssessed((m) => ({ ...m, [r.key]: { ...e, note: ev.target.value } }))} />;
          } },
        ]} />
      <Space wrap className="scorecard-actions">
        {c.can.score && (
          <>
            <Button disabled={!dirtySelf} loading={save.isPending} onClick={() => void run(() => persist('self'), t('common.saved'))} data-testid="scorecard-save">{t('emulation.scorecard.save')}</Button>
            <Button type="primary" onClick={() => step('submit', 'self', t('emulation.scorecard.confirm.submit'))} data-testid="scorecard-submit">{t('emulation.scorecard.actions.submit')}</Button>
          </>
        )}
        {c.can.assess && (
          <>
            <Button disabled={!dirtyAssessed} loading={save.isPending} onClick={() => void run(() => persist('assessed'), t('common.saved'))} data-testid="assessment-save">{t('emulation.scorecard.saveAssessment')}</Button>
            <Button type="primary" onClick={() => step('assess', 'assessed', t('emulation.scorecard.confirm.assess'))} data-testid="scorecard-assess">{t('emulation.scorecard.actions.assess')}</Button>
          </>
        )}
        {c.can.approve && <Button type="primary" onClick={() => step('approve', null, t('emulation.scorecard.confirm.approve'))} data-testid="scorecard-approve">{t('emulation.scorecard.actions.approve')}</Button>}
        {c.can.return && <Button danger onClick={() => setReturning(true)} data-testid="scorecard-return">{t('emulation.scorecard.actions.return')}</Button>}
        <Button icon={<DownloadOutlined />} href={apiUrl(`/clusters/${id}/scorecards/${unitId}/export.xlsx`)}>{t('emulation.scorecard.export')}</Button>
      </Space>
      <Modal open={returning} title={t('emulation.scorecard.actions.return')} okText={t('emulation.scorecard.actions.return')} cancelText={t('common.cancel')} okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onCancel={() => setReturning(false)} onOk={() => { setReturning(false); void run(() => act.mutateAsync({ action: 'return', reason }), t('emulation.scorecard.returnedDone')); }}>
        <Typography.Paragraph>{t('emulation.scorecard.returnHelp')}</Typography.Paragraph>
        <Input.TextArea autoSize={{ minRows: 3 }} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="return-reason-input" />
      </Modal>
    </div>
  );
}
