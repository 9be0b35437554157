/** Reports: statistics of awards, targets and movements, within the caller's scope. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { countAll } from '../../db/dialect.js';
import type { Actor } from '../auth/actor.js';
import { readScope, requirePermission, requireRead } from '../auth/policy.js';
import { CATALOGUE } from '../awards/domain/catalogue.js';
import type { Scope } from '../awards/domain/types.js';
import { awardStats } from '../awards/registry/service.js';
import { findUnit } from '../org/units.repo.js';
import { badField } from '../../server/errors.js';
import { buildDashboard } from '../targets/dashboard.js';
import { byLevel, tallyStatuses, type Group, type TargetStatus } from './domain/tally.js';
import { leaderCounts } from './repo.js';

export const AWARD_GROUPS = ['year', 'unit', 'awardType', 'level', 'gender', 'ethnicity', 'leader'] as const;
export type AwardGroup = (typeof AWARD_GROUPS)[number];

export const AWARD_GROUP_TITLES: Record<AwardGroup, string> = {
  year: 'Khen thưởng theo năm', unit: 'Khen thưởng theo đơn vị', awardType: 'Khen thưởng theo danh hiệu, hình thức', level: 'Khen thưởng theo cấp',
  gender: 'Khen thưởng cá nhân theo giới tính', ethnicity: 'Khen thưởng cá nhân theo dân tộc', leader: 'Lãnh đạo, quản lý và người lao động trực tiếp',
};

export interface AwardReportQuery { groupBy: AwardGroup; unitId?: string; yearFrom?: number; yearTo?: number; level?: Scope }

/** Live awards grouped; the unit subtree is the caller's (403 outside it), as in the registry's stats. */
export async function awardReport(db: Kysely<DB>, actor: Actor, q: AwardReportQuery): Promise<Group[]> {
  requirePermission(actor, 'reports.read');
  const { groupBy, ...filters } = q;
  if (groupBy === 'level') return byLevel(await awardStats(db, actor, { ...filters, groupBy: 'awardType' }));
  if (groupBy === 'leader') return leaderGroups(db, actor, filters);
  const groups = await awardStats(db, actor, { ...filters, groupBy });
  const persons = groupBy === 'gender' || groupBy === 'ethnicity';
  // Gender, ethnicity and leadership describe people: collectives and households (key null) leave these reports.
  const rows = persons ? groups.filter((g) => g.key !== null && g.key !== '') : groups;
  return groupBy === 'year' ? [...rows].sort((a, b) => Number(a.key) - Number(b.key)) : rows;
}

/** Leaders versus direct workers among people's awards (the law favours direct workers). */
async function leaderGroups(db: Kysely<DB>, actor: Actor, f: Omit<AwardReportQuery, 'groupBy'>): Promise<Group[]> {
  let rootPath = readScope(actor) ?? '/';
  if (f.unitId) {
    const unit = await findUnit(db, f.unitId);
    if (!unit) throw badField('unitId', 'Không tìm thấy đơn vị');
    requireRead(actor, unit.path);
    rootPath = unit.path;
  }
  const awardTypes = f.level ? Object.values(CATALOGUE).filter((e) => e.level === f.level).map((e) => e.code) : undefined;
  const rows = await leaderCounts(db, { rootPath, yearFrom: f.yearFrom, yearTo: f.yearTo, awardTypes });
  return rows.filter((r) => r.count > 0).sort((a, b) => b.count - a.count)
    .map((r) => ({ key: r.is_leader, label: r.is_leader ? 'Lãnh đạo, quản lý' : 'Người lao động trực tiếp', count: r.count }));
}

export interface TargetYear { year: number; movement: string; total: number; counts: Record<TargetStatus, number> }

/** Per year: how the regular movement's top-level targets stand (accepted values only), at year end or today. */
export async function targetsReport(db: Kysely<DB>, actor: Actor, today: string): Promise<TargetYear[]> {
  requirePermission(actor, 'reports.read');
  const movements = await db.selectFrom('movements').select(['id', 'year', 'title']).where('kind', '=', 'regular').orderBy('year').execute();
  const out: TargetYear[] = [];
  for (const m of movements) {
    const asOf = `${m.year}-12-31` < today ? `${m.year}-12-31` : today;
    const cards = await buildDashboard(db, m.id, asOf, { actor: null, publicOnly: true });
    out.push({ year: m.year, movement: m.title, total: cards.length, counts: tallyStatuses(cards.map((c) => c.evaluation.status)) });
  }
  return out;
}

export interface MovementRow { year: number; code: string; title: string; status: string; directive: string; indicators: number; news: number; practices: number }

/** Each movement with what hangs on it: targets, news and published models. Registrations and reviews join when that module exists. */
export async function movementsReport(db: Kysely<DB>, actor: Actor): Promise<MovementRow[]> {
  requirePermission(actor, 'reports.read');
  const [movements, indicators, news, practices] = await Promise.all([
    db.selectFrom('movements').select(['id', 'year', 'code', 'title', 'status', 'directive_number']).orderBy('year', 'desc').execute(),
    db.selectFrom('indicators').select(['movement_id', countAll.as('n')]).where('parent_id', 'is', null).groupBy('movement_id').execute(),
    db.selectFrom('news').select(['movement_id', countAll.as('n')]).where('status', '=', 'published').groupBy('movement_id').execute(),
    db.selectFrom('practices').select(['movement_id', countAll.as('n')]).where('status', '=', 'published').groupBy('movement_id').execute(),
  ]);
  const count = (rows: Array<{ movement_id: string | null; n: number }>, id: string) => rows.find((r) => r.movement_id === id)?.n ?? 0;
  return movements.map((m) => ({
    year: m.year, code: m.code, title: m.title, status: m.status, directive: m.directive_number,
    indicators: count(indicators, m.id), news: count(news, m.id), practices: count(practices, m.id),
  }));
}
