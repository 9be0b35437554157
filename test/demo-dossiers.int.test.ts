/**
 * The demo's dossiers: one in each state, and their nominees' eligibility is the engine's answer on
 * the demo history (not typed in), with the officer's reason wherever the engine finds them short.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINES, type Session, type TestApp } from './harness.js';

describe.each(ENGINES)('demo dossiers on %s', (engine) => {
  let t: TestApp;
  let board: Session;
  beforeAll(async () => { t = await createTestApp(engine); board = await t.login('bantdkt'); });
  afterAll(async () => { await t?.close(); });

  it('shows one dossier in each state, judged by the engine on the stored history', async () => {
    const db = t.database.db;
    const proposals = await db.selectFrom('proposals').select(['state', 'year']).execute();
    expect(proposals.map((p) => p.state).sort()).toEqual(['decided', 'disclosure', 'draft', 'rejected', 'resubmitted', 'returned', 'submitted', 'to_council', 'under_review']);
    const nominees = await db.selectFrom('proposal_nominees').innerJoin('proposals', 'proposals.id', 'proposal_nominees.proposal_id')
      .select(['proposal_nominees.name', 'subject_kind', 'person_id', 'proposal_nominees.unit_id', 'award_type', 'eligible', 'eligibility_json', 'override_reason', 'checked_at', 'proposals.year'])
      .execute();
    for (const n of nominees) {
      if (n.subject_kind === 'household') {
        expect(n.eligible).toBeNull();
        continue;
      }
      const base = n.subject_kind === 'individual' ? `people/${n.person_id}` : `units/${n.unit_id}`;
      const now = (await board.get(`/api/v1/${base}/eligibility?awardType=${n.award_type}&year=${n.year}`)).json<{ status: string; ruleSet: string; missing: string[]; reasons: unknown[] }>();
      expect(JSON.parse(n.eligibility_json!), n.name).toEqual({ status: now.status, ruleSet: now.ruleSet, missing: now.missing, reasons: now.reasons });
      expect(n.checked_at).not.toBeNull();
      // Short of a criterion: the officer said why the nominee is proposed all the same.
      if (n.eligible !== 1) expect(n.override_reason, n.name).toBeTruthy();
    }
    const eligible = nominees.filter((n) => n.eligible === 1).map((n) => n.name).sort();
    expect(eligible).toEqual(['A Thút', 'A Tuấn', 'Lê Minh Tuấn', 'Nguyễn Thị Mai', 'Y Hoa', 'Đặng Văn Đức'].sort());
  });
});
