/**
 * Demo of the commendation workflow: the council of the 2021–2026 term (hoidong1…9, the board's
 * bantdkt as secretary), and one dossier in each state so a newcomer sees the whole path, from
 * Đắk Hà district's draft to a decided dossier whose award is already in the registry.
 * Dates are those of the 2024 demo year, except the publication under way, which runs now.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import { foldVietnamese } from '../../lib/text.js';
import { CATALOGUE } from '../../modules/awards/domain/catalogue.js';
import type { AwardCode } from '../../modules/awards/domain/types.js';
import { addWorkingDays, DEFAULT_HOLIDAYS } from '../../modules/calendar/index.js';
import { thresholdFor } from '../../modules/council/domain/tally.js';
import { deadlinesOn, dueDate } from '../../modules/proposals/domain/deadlines.js';
import { requiredDocuments, type Round } from '../../modules/proposals/domain/submission.js';
import { TRANSITIONS, type ProposalAction, type ProposalState } from '../../modules/proposals/domain/workflow.js';
import type { DB } from '../schema.js';

type Ids = ReadonlyMap<string, { id: string; path: string }>;

const COUNCIL_TITLES = ['Chủ tịch Hội đồng', 'Phó Chủ tịch Thường trực', 'Phó Chủ tịch', 'Ủy viên', 'Ủy viên', 'Ủy viên', 'Ủy viên', 'Ủy viên', 'Ủy viên'];

/** Đắk Hà people the dossiers propose (the 2024 demo has only Y Liên there). */
const DAKHA_PEOPLE = [
  { fullName: 'Trần Văn Quang', gender: 'male', birthYear: 1981, ethnicity: 'Kinh', position: 'Trưởng phòng Tài chính – Kế hoạch', isLeader: 1 },
  { fullName: 'Nguyễn Thị Mai', gender: 'female', birthYear: 1987, ethnicity: 'Kinh', position: 'Giáo viên Trường THCS thị trấn Đắk Hà', isLeader: 0 },
  { fullName: 'A Tuấn', gender: 'male', birthYear: 1990, ethnicity: 'Xơ Đăng', position: 'Chủ tịch UBND xã Đắk Pxi', isLeader: 1 },
];

type Who = { person: string; award: AwardCode; achievements: string; override?: string; outcome?: 'approved' | 'rejected'; reason?: string }
  | { collective: string; award: AwardCode; achievements: string; override?: string; outcome?: 'approved' | 'rejected'; reason?: string }
  | { household: string; unit: string; award: AwardCode; achievements: string; outcome?: 'approved' | 'rejected' };

interface Spec {
  unit: string;
  officer: string;
  title: string;
  round: Round;
  year: number;
  /** Steps taken, each with who and (for returns and rejections) why. */
  steps: Array<{ action: ProposalAction; reason?: string }>;
  nominees: Who[];
}

const SPECS: Spec[] = [
  {
    unit: 'DAKHA', officer: 'dakha', title: 'Đề nghị khen thưởng tổng kết năm 2024 (đợt 2)', round: 'year_end', year: 2024, steps: [],
    nominees: [
      { person: 'Nguyễn Thị Mai', award: 'LDTT', achievements: 'Hoàn thành tốt nhiệm vụ giảng dạy; 96% học sinh lớp chủ nhiệm lên lớp; bồi dưỡng 3 học sinh giỏi cấp huyện.' },
      { person: 'Y Liên', award: 'GK', achievements: 'Tổ chức 12 buổi tuyên truyền pháp luật bằng tiếng Xơ Đăng tại các thôn đặc biệt khó khăn.', override: 'Kết quả đánh giá năm 2024 đã có (HTTNV), đơn vị đang cập nhật vào hệ thống.' },
    ],
  },
  {
    unit: 'SKHDT', officer: 'skhdt', title: 'Đề nghị khen thưởng tổng kết năm 2024 – Sở Kế hoạch và Đầu tư', round: 'year_end', year: 2024, steps: [{ action: 'submit' }],
    nominees: [{ person: 'Y Hoa', award: 'CSTDCS', achievements: 'Rút ngắn thời gian cấp đăng ký doanh nghiệp còn 2 ngày; sáng kiến "Hướng dẫn đăng ký trực tuyến bằng video" được công nhận cấp cơ sở.' }],
  },
  {
    unit: 'SYT', officer: 'syte', title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2024 – ngành Y tế', round: 'year_end', year: 2024, steps: [{ action: 'submit' }, { action: 'start_review' }],
    nominees: [{ person: 'A Thút', award: 'BK_TINH', achievements: 'Trực tiếp điều trị thành công 14 ca sốt rét ác tính tại vùng biên giới; hai năm liền hoàn thành xuất sắc nhiệm vụ.' }],
  },
  {
    unit: 'DAKHA', officer: 'dakha', title: 'Đề nghị khen thưởng đột xuất: ứng phó bão số 4 năm 2024', round: 'unscheduled', year: 2024,
    steps: [{ action: 'submit' }, { action: 'start_review' }, { action: 'return', reason: 'Bổ sung xác nhận của UBND xã Đắk Pxi về việc di dời 37 hộ dân ra khỏi vùng sạt lở.' }],
    nominees: [{ person: 'A Tuấn', award: 'GK', achievements: 'Chỉ đạo di dời 37 hộ dân ra khỏi vùng nguy cơ sạt lở trong đêm 19/9/2024, không có thiệt hại về người.' }],
  },
  {
    unit: 'SYT', officer: 'syte', title: 'Đề nghị tặng danh hiệu Tập thể lao động xuất sắc năm 2024 – Sở Y tế', round: 'year_end', year: 2024,
    steps: [{ action: 'submit' }, { action: 'start_review' }, { action: 'return', reason: 'Thiếu biên bản họp bình xét thi đua của Sở.' }, { action: 'resubmit' }],
    nominees: [{ collective: 'SYT', award: 'TTLDXS', achievements: 'Hoàn thành 100% chỉ tiêu kế hoạch năm; số giường bệnh đạt 39,3 giường/vạn dân; không có cá nhân bị kỷ luật.', override: 'Số liệu thành viên năm 2024 gửi kèm báo cáo thành tích.' }],
  },
  {
    unit: 'DAKHA', officer: 'dakha', title: 'Đề nghị khen thưởng tổng kết năm 2024 – huyện Đắk Hà', round: 'year_end', year: 2024,
    steps: [{ action: 'submit' }, { action: 'start_review' }, { action: 'approve' }],
    nominees: [
      { person: 'Trần Văn Quang', award: 'CSTDCS', achievements: 'Tham mưu tăng thu ngân sách huyện 18% so với dự toán; sáng kiến quản lý nguồn vốn đầu tư công được áp dụng toàn huyện.', override: 'Sáng kiến đã được Hội đồng sáng kiến huyện công nhận ngày 05/11/2024.' },
      { collective: 'DAKHA', award: 'TTLDTT', achievements: 'Hoàn thành vượt mức 15/17 chỉ tiêu kinh tế – xã hội năm 2024; 100% thôn có đường giao thông cứng hóa.', override: 'Số liệu thành viên năm 2024 gửi kèm báo cáo thành tích.' },
    ],
  },
  {
    unit: 'SKHDT', officer: 'skhdt', title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh – Sở Kế hoạch và Đầu tư', round: 'year_end', year: 2024,
    steps: [{ action: 'submit' }, { action: 'start_review' }, { action: 'approve' }, { action: 'open_disclosure' }],
    nominees: [
      { person: 'Đặng Văn Đức', award: 'BK_TINH', achievements: 'Chỉ đạo thu hút 12 dự án đầu tư mới với tổng vốn đăng ký 4.600 tỷ đồng; giải ngân vốn đầu tư công đạt 97%.' },
      { person: 'Lê Minh Tuấn', award: 'BK_TINH', achievements: 'Chủ trì xây dựng Kế hoạch phát triển kinh tế – xã hội 5 năm; hai năm liền hoàn thành xuất sắc nhiệm vụ.' },
    ],
  },
  {
    unit: 'DAKHA', officer: 'dakha', title: 'Đề nghị khen thưởng chuyên đề: hiến đất làm đường giao thông nông thôn', round: 'thematic', year: 2024,
    steps: [{ action: 'submit' }, { action: 'start_review' }, { action: 'approve' }, { action: 'decide' }],
    nominees: [{ household: 'Hộ bà Y Nhi', unit: 'DAKHA', award: 'GK', achievements: 'Hiến 650 m² đất sản xuất để mở rộng đường liên thôn Kon Gung – Đắk Mút.', outcome: 'approved' }],
  },
  {
    unit: 'SYT', officer: 'syte', title: 'Đề nghị tặng Cờ thi đua của UBND tỉnh năm 2024 – Trung tâm Y tế', round: 'year_end', year: 2024,
    steps: [{ action: 'submit' }, { action: 'start_review' }, { action: 'reject', reason: 'Đơn vị không dẫn đầu khối thi đua năm 2024; đề nghị xét Bằng khen ở đợt sau.' }],
    nominees: [{ collective: 'SYT', award: 'CO_TINH', achievements: 'Dẫn đầu khối các sở, ngành về chuyển đổi số trong khám chữa bệnh.', override: 'Sở dẫn đầu khối về chuyển đổi số trong khám chữa bệnh; đề nghị Hội đồng xem xét cùng kết quả bình xét của khối.' }],
  },
];

const at = (day: string, hour: number) => `${day}T0${hour}:30:00.000Z`;

export async function seedDemoCommendation(trx: Kysely<DB>, units: Ids, users: ReadonlyMap<string, string>, now: string): Promise<void> {
  const board = users.get('bantdkt')!;
  const termId = newId();
  await trx.insertInto('council_terms').values({ id: termId, name: 'Hội đồng Thi đua – Khen thưởng tỉnh Kon Tum nhiệm kỳ 2021–2026', starts_on: '2021-07-01', ends_on: '2026-12-31', secretary_id: board, created_at: now }).execute();
  await trx.insertInto('council_members').values(COUNCIL_TITLES.map((title, i) => ({ term_id: termId, user_id: users.get(`hoidong${i + 1}`)!, title, order_no: i + 1 }))).execute();

  for (const p of DAKHA_PEOPLE) {
    await trx.insertInto('people').values({
      id: newId(), full_name: p.fullName, search: foldVietnamese(p.fullName), gender: p.gender, birth_year: p.birthYear, birth_date: null, id_number: null,
      ethnicity: p.ethnicity, position: p.position, unit_id: units.get('DAKHA')!.id, is_leader: p.isLeader, active: 1, created_at: now, updated_at: now,
    }).execute();
  }
  const people = await trx.selectFrom('people').select(['id', 'full_name', 'unit_id', 'position']).execute();
  const unitNames = new Map((await trx.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const pdf = Buffer.from('%PDF-1.4\n% Tài liệu mẫu của bản trình diễn thidua\n');
  const fileId = newId();
  await trx.insertInto('stored_files').values({ id: fileId, name: 'tai-lieu-mau.pdf', mime: 'application/pdf', size: pdf.length, sha256: createHash('sha256').update(pdf).digest('hex'), content: pdf, created_by: board, created_at: now }).execute();
  const toCouncil: string[] = [];

  for (const [k, spec] of SPECS.entries()) {
    const unit = units.get(spec.unit)!;
    const officer = users.get(spec.officer)!;
    const id = newId();
    let state: ProposalState = 'draft';
    const history = spec.steps.map((s, i) => {
      const from = state;
      state = TRANSITIONS[s.action].to;
      const unitStep = TRANSITIONS[s.action].side === 'unit';
      const day = `2024-11-${String(18 + i).padStart(2, '0')}`;
      return {
        id: newId(), proposal_id: id, action: s.action, from_state: from, to_state: state, reason: s.reason ?? null,
        actor_id: unitStep ? officer : board, actor_name: unitStep ? spec.officer === 'dakha' ? 'Nguyễn Văn Hùng' : spec.officer === 'skhdt' ? 'Lê Minh Tuấn' : 'Cán bộ Sở Y tế' : 'Nguyễn Thị Thu Hà',
        at: at(day, (k % 8) + 1),
      };
    });
    const final: ProposalState = history.at(-1)?.to_state ?? 'draft';
    await trx.insertInto('proposals').values({
      id, unit_id: unit.id, unit_path: unit.path, title: spec.title, search: foldVietnamese(`${spec.title} ${unitNames.get(unit.id)}`), round: spec.round, procedure: 'regular',
      year: spec.year, event_date: spec.round === 'thematic' ? '2024-12-20' : null, due_date: dueDate(spec.round, spec.year, spec.round === 'thematic' ? '2024-12-20' : null, deadlinesOn([], '2024-11-15')),
      state: final, version: spec.steps.length + 1, late: 0, submitted_at: history[0]?.at ?? null, note: null, created_by: officer, created_at: at('2024-11-15', 2), updated_at: history.at(-1)?.at ?? at('2024-11-15', 2),
    }).execute();
    if (history.length) await trx.insertInto('proposal_transitions').values(history).execute();
    const nominees = spec.nominees.map((n, i) => {
      const person = 'person' in n ? people.find((x) => x.full_name === n.person)! : null;
      const unitId = 'collective' in n ? units.get(n.collective)!.id : 'household' in n ? units.get(n.unit)!.id : person!.unit_id;
      const override = 'override' in n ? n.override ?? null : null;
      return {
        id: newId(), proposal_id: id, order_no: i + 1, subject_kind: person ? 'individual' : 'collective' in n ? 'collective' : 'household', person_id: person?.id ?? null, unit_id: unitId,
        name: person?.full_name ?? ('household' in n ? n.household : unitNames.get(unitId)!), position: person?.position ?? null, award_type: n.award, achievements: n.achievements,
        // Judged by the engine once the whole demo history is written (kontum-verdicts.ts).
        eligible: null, eligibility_json: null, checked_at: null,
        override_reason: override, outcome: final === 'rejected' ? 'rejected' : n.outcome ?? 'pending', outcome_reason: final === 'rejected' ? spec.steps.at(-1)!.reason! : null, lowered_to: null, award_id: null as string | null,
      };
    });
    const documents = requiredDocuments('regular', spec.nominees.map((n) => n.award));
    await trx.insertInto('proposal_documents').values(documents.map((requirement) => ({ id: newId(), proposal_id: id, requirement, file_id: fileId, file_name: 'tai-lieu-mau.pdf', size: pdf.length, uploaded_by: officer, uploaded_at: at('2024-11-16', 3) }))).execute();
    if (final === 'decided') {
      // The award of this dossier is the demo registry's (kontum-awards.ts), decision 2105/QĐ-UBND of UBND huyện Đắk Hà.
      const award = await trx.selectFrom('awards').select(['id', 'reward_amount']).where('decision_number', '=', '2105/QĐ-UBND').where('subject_name', '=', 'Hộ bà Y Nhi').executeTakeFirstOrThrow();
      nominees[0]!.award_id = award.id;
      const decisionId = newId();
      await trx.insertInto('proposal_nominees').values(nominees).execute();
      await trx.insertInto('decisions').values({
        id: decisionId, proposal_id: id, issuer_name: 'Ủy ban nhân dân\nhuyện Đắk Hà', issuer_symbol: 'UBND', issuer_unit_id: unit.id, number: '2105/QĐ-UBND', number_year: 2024, decision_date: '2024-11-18',
        place: 'Đắk Hà', summary: 'Về việc tặng Giấy khen cho hộ gia đình có thành tích hiến đất làm đường giao thông nông thôn', authority: 'Chủ tịch Ủy ban nhân dân huyện Đắk Hà',
        bases_json: JSON.stringify(['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015', 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ', 'Theo đề nghị của Trưởng phòng Nội vụ huyện']),
        sign_form: 'KT', signer_title: 'Phó Chủ tịch', signer_name: 'Nguyễn Đình Ninh', funding_source: 'Quỹ thi đua, khen thưởng của huyện', recipients_json: JSON.stringify(['Như Điều 3', 'Lưu: VT']),
        state: 'issued', version: 2, docx_file_id: null, issued_by: board, issued_at: at('2024-11-21', 4), revoked_number: null, revoked_date: null, revoked_reason: null, created_by: board, created_at: at('2024-11-20', 4), updated_at: at('2024-11-21', 4),
      }).execute();
      await trx.insertInto('decision_items').values({ decision_id: decisionId, nominee_id: nominees[0]!.id, award_type: 'GK', amount: award.reward_amount, award_id: award.id }).execute();
      continue;
    }
    await trx.insertInto('proposal_nominees').values(nominees).execute();
    if (final === 'to_council') toCouncil.push(...nominees.map((n) => n.id));
    if (final === 'disclosure') {
      // Running now, so the public page has something to show and takes feedback.
      const opens = now.slice(0, 10);
      const disclosureId = newId();
      await trx.insertInto('disclosures').values({
        id: disclosureId, proposal_id: id, title: `Công khai danh sách đề nghị tặng ${CATALOGUE.BK_TINH.name}: ${unitNames.get(unit.id)}`, opens_on: opens,
        closes_on: addWorkingDays(opens, 9, DEFAULT_HOLIDAYS), working_days: 10, state: 'published', published_by: board, published_at: now,
      }).execute();
      await trx.insertInto('disclosure_feedback').values({
        id: newId(), disclosure_id: disclosureId, name: 'Phạm Văn Lợi', contact: 'Thôn 3, xã Hòa Bình, TP Kon Tum', sender_hash: 'demo', created_at: now, status: 'new', handling: null, handled_by: null, handled_at: null,
        content: 'Tôi đồng ý với danh sách. Đề nghị ghi rõ thêm kết quả giải ngân vốn đầu tư công của các dự án ở thành phố.',
      }).execute();
    }
  }

  const sessionId = newId();
  await trx.insertInto('council_sessions').values({
    id: sessionId, term_id: termId, title: 'Phiên họp xét khen thưởng tổng kết năm 2024', meets_on: '2024-12-27', place: 'Phòng họp số 1, UBND tỉnh Kon Tum', quorum_percent: 80,
    state: 'planned', opened_at: null, closed_at: null, created_by: board, created_at: now,
  }).execute();
  const nominees = await trx.selectFrom('proposal_nominees').select(['id', 'award_type']).where('id', 'in', toCouncil).orderBy('order_no').execute();
  await trx.insertInto('council_agenda').values(nominees.map((n, i) => {
    const t = thresholdFor(n.award_type as AwardCode, '2024-12-27');
    return { id: newId(), session_id: sessionId, nominee_id: n.id, order_no: i + 1, threshold_percent: t.percent, threshold_mode: t.mode, yes_count: 0, no_count: 0, written_yes: 0, written_no: 0, result: null };
  })).execute();
}
