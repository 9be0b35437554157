/**
 * One cluster or block: members and their scorecards, the scoring template, results with the
 * ranking chart, and the vote. A member sees only its own scorecard until the results are published.
 */
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Radio, Select, Skeleton, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { apiUrl } from '../../api/client.js';
import {
  useCastBallot, useCluster, useDraftClusterProposal, useClusters, useCopyTemplate, usePublish, useResults, useVotes,
  type ClusterDetail, type CriteriaGroup, type RankingRow, type Votes,
} from '../../api/emulation.js';
import { useMe } from '../../app/auth.js';
import { BarChart } from '../../components/BarChart.js';
import { QueryError } from '../../components/QueryError.js';
import { formatDate, formatNumber } from '../../lib/format.js';
import { ClusterFormModal } from './ClusterFormModal.js';
import { PactForm, PactLine } from './Pact.js';
import { ScorecardStatusTag } from './ScorecardStatusTag.js';
import { TemplateEditor } from './TemplateEditor.js';

function TemplateView({ c }: { c: ClusterDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = useCopyTemplate(c.id);
  const lastYear = useClusters(c.year - 1);
  const same = useClusters(c.year);
  const sources = [...(lastYear.data ?? []), ...(same.data ?? [])].filter((x) => x.id !== c.id);
  const [from, setFrom] = useState<string>();
  const [editing, setEditing] = useState(false);
  const rows = c.template.flatMap((g: CriteriaGroup) => [
    { key: g.id, code: g.code, title: g.title, group: true, kind: '', max: null as number | null, source: '' },
    ...g.criteria.map((k) => ({ key: k.id, code: k.code, title: k.title, group: false, kind: k.kind, max: k.maxPoints, source: k.source, guidance: k.guidance })),
  ]);
  return (
    <>
      {c.me.board && !c.publishedAt && (
        <Space wrap className="page-toolbar">
          <Select className="template-source" placeholder={t('emulation.template.copyFrom')} value={from} onChange={setFrom} data-testid="template-source"
            options={sources.map((s) => ({ value: s.id, label: `${s.name} (${s.year})` }))} />
          <Button disabled={!from} loading={copy.isPending} data-testid="template-copy" onClick={() => from && copy.mutateAsync(from).then(() => void message.success(t('emulation.template.copied'))).catch((e: Error) => void message.error(e.message))}>
            {t('emulation.template.copy')}
          </Button>
          <Button onClick={() => setEditing(true)} data-testid="template-edit">{t('emulation.template.edit')}</Button>
          <TemplateEditor open={editing} cluster={c} onClose={() => setEditing(false)} />
        </Space>
      )}
      <Table size="small" rowKey="key" dataSource={rows} pagination={false} scroll={{ x: 640 }} locale={{ emptyText: t('emulation.template.empty') }} data-testid="template-table"
        rowClassName={(r) => (r.group ? 'template-group' : '')}
        columns={[
          { title: t('emulation.template.code'), dataIndex: 'code', width: 70 },
          { title: t('emulation.template.criterion'), render: (_, r) => (r.group ? <strong>{r.title}</strong> : r.title) },
          { title: t('emulation.template.kind'), width: 110, render: (_, r) => (r.group ? '' : <>{t(`emulation.template.kinds.${r.kind}`)}{r.source === 'targets' && <Tag color="purple" className="tag-gap">{t('emulation.template.fromTargets')}</Tag>}</>) },
          { title: t('emulation.template.max'), width: 90, align: 'right', render: (_, r) => (r.max === null ? '' : formatNumber(r.max)) },
        ]} />
    </>
  );
}

function Results({ c }: { c: ClusterDetail }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const results = useResults(c.id, Boolean(c.publishedAt) || c.me.leads || c.me.board);
  const publish = usePublish(c.id);
  if (!c.publishedAt && !c.me.leads && !c.me.board) return <Alert type="info" showIcon title={t('emulation.results.notYet')} />;
  if (!results.data) return <Skeleton active />;
  const r = results.data;
  const ranked = r.rows.filter((x) => x.totals);
  return (
    <>
      <Space wrap className="page-toolbar">
        {r.canPublish && (
          <Button type="primary" data-testid="results-publish" onClick={() => modal.confirm({
            title: t('emulation.results.publish'), content: t('emulation.results.publishConfirm'), okText: t('emulation.results.publish'), cancelText: t('common.cancel'),
            onOk: () => publish.mutateAsync().then(() => void message.success(t('emulation.results.published'))).catch((e: Error) => void message.error(e.message)),
          })}>{t('emulation.results.publish')}</Button>
        )}
        <Button icon={<DownloadOutlined />} href={apiUrl(`/clusters/${c.id}/results/export.xlsx`)}>{t('emulation.results.export')}</Button>
        {c.publishedAt ? <Tag color="green">{t('emulation.results.publishedOn', { date: formatDate(c.publishedAt.slice(0, 10)) })}</Tag> : <Tag>{t('emulation.cluster.unpublished')}</Tag>}
      </Space>
      {ranked.length > 0 && <BarChart bars={ranked.map((x) => ({ label: `${x.rank}. ${x.unit.name}`, value: x.totals!.total }))} />}
      <Table<RankingRow> size="small" rowKey={(x) => x.unit.id} dataSource={r.rows} pagination={false} scroll={{ x: 720 }} data-testid="ranking"
        columns={[
          { title: t('emulation.results.rank'), width: 70, render: (_, x) => x.rank ?? '—' },
          { title: t('emulation.unit'), render: (_, x) => <Link to={`/app/cum-khoi/${c.id}/phieu/${x.unit.id}`}>{x.unit.name}</Link> },
          { title: t('emulation.results.base'), width: 90, align: 'right', render: (_, x) => formatNumber(x.totals?.base) },
          { title: t('emulation.results.bonus'), width: 90, align: 'right', render: (_, x) => formatNumber(x.totals?.bonus) },
          { title: t('emulation.results.penalty'), width: 90, align: 'right', render: (_, x) => formatNumber(x.totals?.penalty) },
          { title: t('emulation.results.total'), width: 90, align: 'right', render: (_, x) => <strong>{formatNumber(x.totals?.total)}</strong> },
          { title: t('emulation.results.decidedBy'), width: 170, render: (_, x) => (x.decidedBy ? t(`emulation.results.rules.${x.decidedBy}`) : '') },
          { title: t('emulation.scorecard.status'), width: 140, render: (_, x) => <ScorecardStatusTag status={x.status} /> },
        ]} />
      <Typography.Paragraph type="secondary" className="ranking-rules">{t('emulation.results.rulesText')}</Typography.Paragraph>
    </>
  );
}
/** "Lập hồ sơ đề nghị": the leader turns the completed vote into its draft proposal, once; afterwards a link to it. */
function DraftProposal({ c, v }: { c: ClusterDetail; v: Votes }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const draft = useDraftClusterProposal(c.id);
  if (!c.me.leads) return null;
  if (v.proposal) {
    return <Alert type="success" showIcon title={<>{t('clusterProposal.exists')} <Link to={`/app/khen-thuong/ho-so/${v.proposal.id}`} data-testid="cluster-proposal-link">{v.proposal.title}</Link></>} />;
  }
  if (!v.mayDraftProposal) return null;
  if (!v.done) return <Typography.Text type="secondary">{t('clusterProposal.waiting')}</Typography.Text>;
  return (
    <Card size="small" title={t('clusterProposal.draft')}>
      <Typography.Paragraph type="secondary">{t('clusterProposal.hint')}</Typography.Paragraph>
      <Button type="primary" loading={draft.isPending} data-testid="cluster-proposal-draft" onClick={() => modal.confirm({
        title: t('clusterProposal.draft'), content: t('clusterProposal.confirm'), okText: t('clusterProposal.draft'), cancelText: t('common.cancel'),
        onOk: () => draft.mutateAsync().then((p) => { void message.success(t('clusterProposal.created')); void navigate(`/app/khen-thuong/ho-so/${p.id}`); })
          .catch((e: Error) => void message.error(e.message)),
      })}>{t('clusterProposal.draft')}</Button>
    </Card>
  );
}

function VotesTab({ c }: { c: ClusterDetail }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { message } = App.useApp();
  const votes = useVotes(c.id, Boolean(c.publishedAt) && (c.me.member || c.me.leads || c.me.board));
  const cast = useCastBallot(c.id);
  const [error, setError] = useState<string | null>(null);
  if (!c.publishedAt) return <Alert type="info" showIcon title={t('emulation.votes.afterPublication')} />;
  if (!votes.data) return null;
  const v = votes.data;
  const mine = me && v.voted.find((x) => x.unit.id === me.unit.id);
  const options = c.members.map((m) => ({ value: m.id, label: m.name }));
  return (
    <Space direction="vertical" className="full-width">
      <Typography.Text>{t('emulation.votes.progress', { cast: v.cast, members: v.members, quota: v.quota })}</Typography.Text>
      {mine && !mine.voted && (
        <Card size="small" title={t('emulation.votes.ballot')}>
          {error && <Alert type="error" showIcon title={error} className="form-alert" />}
          <Form layout="vertical" onFinish={(b: { leading: string; certificates?: string[] }) => {
            setError(null);
            cast.mutateAsync({ unitId: me.unit.id, leading: b.leading, certificates: b.certificates ?? [] }).then(() => void message.success(t('emulation.votes.cast'))).catch((e: Error & { details?: Array<{ message: string }> }) => setError([e.message, ...(e.details ?? []).map((d) => d.message)].join(' ')));
          }}>
            <Form.Item name="leading" label={t('emulation.votes.leading')} rules={[{ required: true, message: t('emulation.required') }]}><Radio.Group options={options} /></Form.Item>
            <Form.Item name="certificates" label={t('emulation.votes.certificates', { quota: v.quota })}><Checkbox.Group options={options} /></Form.Item>
            <Button type="primary" htmlType="submit" loading={cast.isPending}>{t('emulation.votes.submit')}</Button>
          </Form>
        </Card>
      )}
      {v.result && (
        <Descriptions size="small" bordered column={1}>
          <Descriptions.Item label={t('emulation.votes.proposedFlag')}>{v.result.leading?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('emulation.votes.proposedCertificates')}>{v.result.certificates.map((x) => x.name).join('; ') || '—'}</Descriptions.Item>
        </Descriptions>
      )}
      <DraftProposal c={c} v={v} />
      {v.tallies && (
        <Table size="small" rowKey={(x) => x.unit.id} dataSource={v.tallies} pagination={false} columns={[
          { title: t('emulation.unit'), render: (_, x) => x.unit.name },
          { title: t('emulation.votes.leadingVotes'), dataIndex: 'leading', width: 120, align: 'right' },
          { title: t('emulation.votes.certificateVotes'), dataIndex: 'certificates', width: 120, align: 'right' },
        ]} />
      )}
    </Space>
  );
}

export function ClusterPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const cluster = useCluster(id);
  const { data: me } = useMe();
  const [editing, setEditing] = useState(false);
  const [pact, setPact] = useState(false);
  const c = cluster.data;
  const statuses = useResults(id, Boolean(c && (c.me.leads || c.me.board || c.publishedAt)));
  if (cluster.error) return <QueryError error={cluster.error} onRetry={() => void cluster.refetch()} />;
  if (!c) return <Skeleton active />;
  const statusOf = new Map((statuses.data?.rows ?? []).map((r) => [r.unit.id, r.status]));
  const seesAll = c.me.leads || c.me.board || Boolean(c.publishedAt);
  return (
    <div>
      <Typography.Title level={3} className="page-title">{c.name} — {c.year}</Typography.Title>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('emulation.cluster.kind')}>{t(`emulation.cluster.kinds.${c.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('emulation.cluster.leader')}>{c.members.find((m) => m.id === c.leaderUnitId)?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('emulation.cluster.deputy')}>{c.members.find((m) => m.id === c.deputyUnitId)?.name ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('emulation.cluster.pact')}><PactLine c={c} onEdit={() => setPact(true)} /></Descriptions.Item>
        </Descriptions>
        <Space wrap>
          {c.me.member && me && <Link to={`/app/cum-khoi/${c.id}/phieu/${me.unit.id}`}><Button type="primary" data-testid="own-scorecard">{t('emulation.scorecard.own')}</Button></Link>}
          {c.me.board && !c.publishedAt && <Button onClick={() => setEditing(true)}>{t('emulation.cluster.edit')}</Button>}
        </Space>
      </Card>
      <Tabs className="cluster-tabs" items={[
        {
          key: 'members', label: t('emulation.cluster.membersTab', { count: c.members.length }),
          children: (
            <Table size="small" rowKey="id" dataSource={c.members} pagination={false} scroll={{ x: 520 }} data-testid="cluster-members" columns={[
              { title: t('emulation.unit'), render: (_, m) => (seesAll || m.id === me?.unit.id ? <Link to={`/app/cum-khoi/${c.id}/phieu/${m.id}`}>{m.name}</Link> : m.name) },
              { title: t('emulation.cluster.role'), width: 120, render: (_, m) => (m.id === c.leaderUnitId ? <Tag color="gold">{t('emulation.cluster.leaderShort')}</Tag> : m.id === c.deputyUnitId ? <Tag>{t('emulation.cluster.deputyShort')}</Tag> : '') },
              ...(seesAll ? [{ title: t('emulation.scorecard.status'), width: 150, render: (_: unknown, m: { id: string }) => <ScorecardStatusTag status={statusOf.get(m.id) ?? 'draft'} /> }] : []),
            ]} />
          ),
        },
        { key: 'template', label: t('emulation.template.tab'), children: <TemplateView c={c} /> },
        { key: 'results', label: t('emulation.results.tab'), children: <Results c={c} /> },
        { key: 'votes', label: t('emulation.votes.tab'), children: <VotesTab c={c} /> },
      ]} />
      <ClusterFormModal open={editing} year={c.year} cluster={c} onClose={() => setEditing(false)} />
      <PactForm c={c} open={pact} onClose={() => setPact(false)} />
    </div>
  );
}
