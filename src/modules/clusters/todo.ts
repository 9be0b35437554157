/**
 * "Việc cần làm" of movements and clusters for the signed-in user: a registration still due, a
 * scorecard to fill or fix, one to assess (cluster leader), one to approve (Board).
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Actor } from '../auth/actor.js';
import { actsForBoard, hasPermission } from '../auth/policy.js';
import { vietnamDate } from '../movements/domain/status.js';

export interface TodoItem {
  kind: 'register' | 'score' | 'assess' | 'approve';
  title: string;
  detail: string;
  link: string;
  deadline: string | null;
}

export async function emulationTodo(db: Kysely<DB>, actor: Actor): Promise<TodoItem[]> {
  const items: TodoItem[] = [];
  if (hasPermission(actor, 'movements.register') && !actsForBoard(actor)) {
    const due = await db.selectFrom('movement_units').innerJoin('movements', 'movements.id', 'movement_units.movement_id')
      .leftJoin('movement_registrations as r', (j) => j.onRef('r.movement_id', '=', 'movements.id').onRef('r.unit_id', '=', 'movement_units.unit_id'))
      .select(['movements.id', 'movements.title', 'movements.registration_deadline'])
      .where('movement_units.unit_id', '=', actor.unitId).where('movements.status', 'in', ['launched', 'mid_term_reviewed']).where('r.id', 'is', null)
      // Past the deadline the unit can no longer register: not a thing to do any more.
      .where((eb) => eb.or([eb('movements.registration_deadline', 'is', null), eb('movements.registration_deadline', '>=', vietnamDate(new Date().toISOString()))])).execute();
    for (const m of due) items.push({ kind: 'register', title: m.title, detail: 'Đăng ký tham gia và cam kết thi đua', link: `/app/phong-trao/${m.id}`, deadline: m.registration_deadline });
    const cards = await db.selectFrom('cluster_members').innerJoin('clusters', 'clusters.id', 'cluster_members.cluster_id')
      .leftJoin('scorecards as s', (j) => j.onRef('s.cluster_id', '=', 'clusters.id').onRef('s.unit_id', '=', 'cluster_members.unit_id'))
      .select(['clusters.id', 'clusters.name', 'clusters.year', 's.status', 's.return_reason'])
      .where('cluster_members.unit_id', '=', actor.unitId).where('clusters.published_at', 'is', null)
      .where((eb) => eb.or([eb('s.status', 'is', null), eb('s.status', 'in', ['draft', 'returned'])])).execute();
    for (const c of cards) {
      items.push({
        kind: 'score', title: `${c.name} năm ${c.year}`, link: `/app/cum-khoi/${c.id}/phieu/${actor.unitId}`, deadline: null,
        detail: c.status === 'returned' ? `Phiếu chấm điểm bị trả lại: ${c.return_reason ?? ''}` : 'Tự chấm điểm và gửi phiếu chấm điểm thi đua',
      });
    }
  }
  const waiting = async (status: string, leaderOnly: boolean) => {
    let q = db.selectFrom('scorecards').innerJoin('clusters', 'clusters.id', 'scorecards.cluster_id').innerJoin('units', 'units.id', 'scorecards.unit_id')
      .select(['clusters.id', 'clusters.name', 'clusters.year', 'units.id as unit_id', 'units.name as unit_name'])
      .where('scorecards.status', '=', status).where('clusters.published_at', 'is', null);
    if (leaderOnly) q = q.where('clusters.leader_unit_id', '=', actor.unitId);
    return q.orderBy('clusters.name').orderBy('units.name').limit(200).execute();
  };
  if (hasPermission(actor, 'clusters.assess') && !actsForBoard(actor)) {
    for (const s of await waiting('submitted', true)) items.push({ kind: 'assess', title: `${s.name} năm ${s.year}`, detail: `Thẩm định phiếu chấm điểm của ${s.unit_name}`, link: `/app/cum-khoi/${s.id}/phieu/${s.unit_id}`, deadline: null });
  }
  if (hasPermission(actor, 'clusters.approve') && actsForBoard(actor)) {
    for (const s of await waiting('assessed', false)) items.push({ kind: 'approve', title: `${s.name} năm ${s.year}`, detail: `Phê duyệt phiếu chấm điểm của ${s.unit_name}`, link: `/app/cum-khoi/${s.id}/phieu/${s.unit_id}`, deadline: null });
  }
  return items;
}
