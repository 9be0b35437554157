/**
 * Demo (not official data): the 2024 Kon Tum arrangement of emulation clusters and blocks, the 2024
 * movement's scope, deadlines, registrations and mid-term reports, title registrations of Đắk Hà,
 * scoring templates and scorecards in every state. Names of clusters say "(demo)".
 */
import type { Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import { foldVietnamese } from '../../lib/text.js';
import type { DB } from '../schema.js';

type Units = ReadonlyMap<string, { id: string }>;
type Users = ReadonlyMap<string, string>;

const DISTRICTS = ['TPKT', 'DAKGLEI', 'NGOCHOI', 'DAKTO', 'KONPLONG', 'KONRAY', 'DAKHA', 'SATHAY', 'TUMORONG', 'IAHDRAI'];
const BLOCKS = [
  { name: 'Khối các sở, ngành kinh tế (demo)', members: ['SKHDT', 'STC', 'SCT', 'SNNPTNT', 'STNMT', 'BQLKKT'], leader: 'SKHDT', deputy: 'STC' },
  { name: 'Khối các sở, ngành văn hóa – xã hội (demo)', members: ['SYT', 'SLDTBXH', 'SVHTTDL'], leader: 'SVHTTDL', deputy: 'SYT' },
  { name: 'Khối các cơ quan Trung ương đóng trên địa bàn (demo)', members: ['CTHUE', 'CTK', 'BHXH'], leader: 'CTHUE', deputy: 'BHXH' },
];

type Kind = 'standard' | 'bonus' | 'penalty';
type Row = [code: string, title: string, max: number, kind?: Kind, source?: 'targets', guidance?: string];
const TEMPLATE: Array<{ code: string; title: string; criteria: Row[] }> = [
  {
    code: 'I', title: 'Thực hiện nhiệm vụ chính trị, các chỉ tiêu phát triển kinh tế - xã hội', criteria: [
      ['1.1', 'Kết quả thực hiện các chỉ tiêu thi đua chủ yếu được giao năm 2024', 30, 'standard', 'targets', 'Tính theo tỷ lệ chỉ tiêu đạt hoặc đúng tiến độ trên bảng theo dõi chỉ tiêu'],
      ['1.2', 'Thu ngân sách nhà nước trên địa bàn, giải ngân vốn đầu tư công', 15],
      ['1.3', 'Thực hiện các chương trình mục tiêu quốc gia, giảm nghèo bền vững', 15],
    ],
  },
  {
    code: 'II', title: 'Công tác thi đua, khen thưởng và hoạt động của cụm, khối', criteria: [
      ['2.1', 'Ban hành kế hoạch, phát động phong trào thi đua; đăng ký thi đua đúng hạn', 10],
      ['2.2', 'Ký kết và thực hiện giao ước thi đua; tham gia hoạt động của cụm, khối', 10],
      ['2.3', 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến, mô hình hay', 10],
      ['2.4', 'Chất lượng, thời hạn hồ sơ, báo cáo sơ kết, tổng kết', 10],
    ],
  },
  {
    code: 'III', title: 'Điểm cộng, điểm trừ', criteria: [
      ['3.1', 'Có mô hình, cách làm hay được cấp tỉnh trở lên công nhận', 5, 'bonus'],
      ['3.2', 'Chậm gửi báo cáo, hồ sơ theo yêu cầu của Trưởng cụm, khối', 5, 'penalty'],
    ],
  },
];

/** Self scores (and assessed = self − adjust) of the district cluster's scorecards, by criterion order. */
const CARDS: Array<{ unit: string; status: 'draft' | 'submitted' | 'assessed' | 'approved' | 'returned'; self: number[]; adjust?: number[]; reason?: string }> = [
  { unit: 'TPKT', status: 'approved', self: [28, 15, 14, 10, 10, 9, 10, 4, 0], adjust: [1, 0, 1, 0, 0, 0, 0, 1, 0] },
  { unit: 'KONRAY', status: 'assessed', self: [24, 12, 13, 9, 9, 8, 9, 2, 1], adjust: [0, 1, 0, 0, 0, 0, 1, 0, 0] },
  { unit: 'DAKTO', status: 'submitted', self: [26, 13, 12, 9, 10, 8, 8, 3, 0] },
  { unit: 'SATHAY', status: 'returned', self: [25, 14, 15, 10, 10, 10, 10, 5, 0], reason: 'Tiêu chí 1.3 chưa có minh chứng (báo cáo kết quả giảm nghèo năm 2024); điểm cộng 3.1 chưa có quyết định công nhận mô hình.' },
  { unit: 'NGOCHOI', status: 'draft', self: [22, 12] },
];
const BLOCK_CARDS: Record<string, number[]> = {
  SVHTTDL: [27, 14, 14, 10, 9, 9, 9, 3, 0],
  SYT: [27, 14, 13, 10, 10, 9, 9, 3, 0],
  SLDTBXH: [24, 13, 14, 9, 9, 8, 9, 0, 1],
};

export async function seedDemoClusters(trx: Kysely<DB>, unitIds: Units, users: Users, movementId: string): Promise<void> {
  const u = (code: string) => unitIds.get(code)!.id;
  const board = users.get('bantdkt')!;
  const cum = users.get('cumtruong')!;
  const officer = (code: string) => users.get(code === 'DAKHA' ? 'dakha' : code === 'TPKT' ? 'cumtruong' : code === 'SKHDT' ? 'skhdt' : code === 'SYT' ? 'syte' : 'bantdkt')!;

  // The 2024 movement: scope (districts, departments, agencies), deadlines, registrations, reports.
  const scope = [...DISTRICTS, ...BLOCKS.flatMap((b) => b.members)];
  await trx.updateTable('movements').set({ registration_deadline: '2024-03-31', mid_term_deadline: '2024-07-15', final_deadline: '2024-11-30', launched_at: '2024-02-06T02:00:00.000Z' }).where('id', '=', movementId).execute();
  await trx.insertInto('movement_units').values(scope.map((c) => ({ movement_id: movementId, unit_id: u(c) }))).execute();
  const registered: Array<[string, string]> = [
    ['TPKT', '2024-03-12'], ['DAKTO', '2024-03-20'], ['KONRAY', '2024-03-28'], ['SATHAY', '2024-04-05'], ['NGOCHOI', '2024-03-30'],
    ['SKHDT', '2024-03-08'], ['STC', '2024-03-15'], ['SYT', '2024-03-18'], ['SVHTTDL', '2024-03-25'], ['CTHUE', '2024-04-10'],
  ];
  await trx.insertInto('movement_registrations').values(registered.map(([c, d]) => ({
    id: newId(), movement_id: movementId, unit_id: u(c),
    commitments: 'Hoàn thành và vượt các chỉ tiêu được giao năm 2024; 100% cán bộ, công chức đăng ký thi đua; tổ chức sơ kết, tổng kết đúng hạn (demo).',
    targets_json: JSON.stringify([{ name: 'Tỷ lệ cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên', target: '≥ 90%' }]),
    registered_by: officer(c), registered_at: `${d}T03:00:00.000Z`, updated_at: `${d}T03:00:00.000Z`,
  }))).execute();
  const reported: Array<[string, string]> = [['TPKT', '2024-07-10'], ['DAKTO', '2024-07-15'], ['SKHDT', '2024-07-12'], ['KONRAY', '2024-07-22']];
  await trx.insertInto('movement_reports').values(reported.map(([c, d]) => ({
    id: newId(), movement_id: movementId, unit_id: u(c), kind: 'mid_term',
    body: 'Báo cáo sơ kết 6 tháng đầu năm 2024 phong trào thi đua yêu nước: kết quả, hạn chế và nhiệm vụ 6 tháng cuối năm (demo).',
    file_ids_json: '[]', submitted_by: officer(c), submitted_at: `${d}T08:00:00.000Z`,
  }))).execute();

  // Title registrations of Đắk Hà for 2024 (the unit and two of its people).
  const people = await trx.selectFrom('people').select(['id', 'full_name']).where('unit_id', '=', u('DAKHA')).execute();
  const regs = [
    { subject_kind: 'collective', subject_id: u('DAKHA'), award_type: 'TTLDXS' },
    ...people.slice(0, 2).map((p, i) => ({ subject_kind: 'individual', subject_id: p.id, award_type: i === 0 ? 'CSTDCS' : 'LDTT' })),
  ];
  // Only the registrations: the demo keeps `subject_years` empty (the history screen's own demo state).
  await trx.insertInto('subject_registrations').values(regs.map((r) => ({ ...r, year: 2024, unit_id: u('DAKHA'), registered_by: users.get('dakha')!, registered_at: '2024-01-20T02:00:00.000Z', source: 'manual' }))).execute();

  // Clusters and blocks of 2024, each with the template.
  const now = '2024-02-20T02:00:00.000Z';
  const make = async (kind: 'cluster' | 'block', name: string, members: string[], leader: string, deputy: string, pact: string, published: string | null) => {
    const id = newId();
    await trx.insertInto('clusters').values({
      id, year: 2024, kind, name, search: foldVietnamese(name), leader_unit_id: u(leader), deputy_unit_id: u(deputy), pact_number: pact, pact_date: '2024-02-20',
      pact_file_id: null, is_demo: 1, published_at: published, created_at: now, updated_at: now,
    }).execute();
    await trx.insertInto('cluster_members').values(members.map((m) => ({ cluster_id: id, unit_id: u(m) }))).execute();
    const criteria: string[] = [];
    let order = 0;
    for (const g of TEMPLATE) {
      const gid = newId();
      await trx.insertInto('cluster_criteria').values({ id: gid, cluster_id: id, group_id: null, order_no: ++order, code: g.code, title: g.title, guidance: '', evidence: '', kind: 'group', source: 'manual', max_points: 0 }).execute();
      for (const [code, title, max, k, source, guidance] of g.criteria) {
        const cid = newId();
        criteria.push(cid);
        await trx.insertInto('cluster_criteria').values({
          id: cid, cluster_id: id, group_id: gid, order_no: ++order, code, title, guidance: guidance ?? '', evidence: 'Báo cáo, văn bản chứng minh kết quả',
          kind: k ?? 'standard', source: source ?? 'manual', max_points: max,
        }).execute();
      }
    }
    return { id, criteria };
  };
  const card = async (clusterId: string, criteria: string[], unit: string, status: string, self: number[], adjust: number[] = [], reason?: string) => {
    const id = newId();
    const done = status !== 'draft' && status !== 'returned';
    await trx.insertInto('scorecards').values({
      id, cluster_id: clusterId, unit_id: u(unit), status, return_reason: reason ?? null, submitted_at: status === 'draft' ? null : '2024-11-25T02:00:00.000Z',
      assessed_by: status === 'assessed' || status === 'approved' ? cum : null, assessed_at: status === 'assessed' || status === 'approved' ? '2024-12-02T02:00:00.000Z' : null,
      approved_by: status === 'approved' ? board : null, approved_at: status === 'approved' ? '2024-12-10T02:00:00.000Z' : null, updated_at: '2024-12-10T02:00:00.000Z',
    }).execute();
    const assessed = status === 'assessed' || status === 'approved';
    await trx.insertInto('scorecard_scores').values(self.map((pts, i) => ({
      scorecard_id: id, criterion_id: criteria[i]!, self_points: pts, self_note: 'Theo báo cáo tổng kết năm 2024 của đơn vị (demo)', evidence_url: null, evidence_file_id: null,
      assessed_points: assessed ? pts - (adjust[i] ?? 0) : null, assessed_note: assessed && adjust[i] ? 'Điều chỉnh theo minh chứng' : null,
    }))).execute();
    return done;
  };

  const district = await make('cluster', 'Cụm thi đua các huyện, thành phố (demo)', DISTRICTS, 'TPKT', 'DAKTO', '01/GƯTĐ-CTĐ', null);
  for (const c of CARDS) await card(district.id, district.criteria, c.unit, c.status, c.self, c.adjust, c.reason);
  for (const [i, b] of BLOCKS.entries()) {
    // The cultural-social block finished its year: all approved and published, one ballot cast.
    const published = i === 1 ? '2024-12-15T02:00:00.000Z' : null;
    const block = await make('block', b.name, b.members, b.leader, b.deputy, `0${i + 2}/GƯTĐ-KTĐ`, published);
    if (i === 1) {
      for (const m of b.members) await card(block.id, block.criteria, m, 'approved', BLOCK_CARDS[m]!);
      await trx.insertInto('cluster_ballots').values({ cluster_id: block.id, unit_id: u('SYT'), cast_by: users.get('syte')!, cast_at: '2024-12-18T02:00:00.000Z' }).execute();
      await trx.insertInto('cluster_vote_tallies').values([
        { cluster_id: block.id, unit_id: u('SVHTTDL'), leading: 1, certificates: 0 },
        { cluster_id: block.id, unit_id: u('SLDTBXH'), leading: 0, certificates: 1 },
      ]).execute();
    }
  }
}
