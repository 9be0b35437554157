/**
 * Demo content of the public portal: the seed's own news post (shared/seed/000_a45e57f0e6f67b79.txt),
 * verbatim with its posted date, as the first post of the 2024 movement, linked to the directive;
 * and a few exemplary models and good practices, marked as demo content.
 */
import type { Kysely } from 'kysely';
import { newId } from '../../lib/ids.js';
import { foldVietnamese } from '../../lib/text.js';
import { paragraphsToHtml, slugify } from '../../modules/publishing/domain/rich-text.js';
import type { DB } from '../schema.js';
import { DEMO_NOTE } from './kontum-2024.js';

export const SEED_POST = {
  title: 'Phát động Phong trào thi đua yêu nước năm 2024',
  // "Ngày đăng: 08/02/2024 16:04", Indochina time (UTC+7).
  publishAt: '2024-02-08T09:04:00.000Z',
  source: 'Cổng TTĐT tỉnh',
  paragraphs: [
    'Tại Chỉ thị số 08/CT-UBND ngày 06/02/2024, Chủ tịch UBND tỉnh phát động Phong trào thi đua yêu nước năm 2024 trên địa bàn tỉnh Kon Tum với chủ đề “Đoàn kết - Trách nhiệm - Chủ động vượt khó - Quyết tâm thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội tỉnh Kon Tum năm 2024”.',
    'Để thực hiện thắng lợi các chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh, xây dựng hệ thống chính trị của tỉnh năm 2024 theo tinh thần Nghị quyết số 23-NQ/TU ngày 05/12/2023 của Tỉnh ủy, Chỉ thị nêu một số chỉ tiêu thi đua chủ yếu: (1) Tốc độ tăng trưởng GRDP của tỉnh đạt từ 10% trở lên; (2) GRDP bình quân đầu người trên 63,7 triệu đồng; (3) Thu ngân sách nhà nước trên địa bàn từ 4.600 tỷ đồng trở lên; (4) Thành lập mới 360 doanh nghiệp; (5) Giá trị xuất khẩu 320 triệu USD; (6) Xây dựng thêm 01 sản phẩm tham gia vào chuỗi giá trị các sản phẩm quốc gia; (7) Tỷ lệ lao động qua đào tạo đạt 58,5%, trong đó lao động được đào tạo nghề 43%; (8) Tỷ lệ hộ nghèo giảm ít nhất 3-4%/năm; (9) Số giường bệnh đạt 39,3 giường/1 vạn dân; (10) Tỷ lệ bao phủ bảo hiểm y tế đạt 94,15%; (11) Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường đạt 100%; tỷ lệ cơ sở sản xuất kinh doanh đạt tiêu chuẩn về môi trường 85%; (12) Phấn đấu Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI), Chỉ số cải cách hành chính (PAR INDEX); Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), tăng 05 bậc so với năm 2023; (13) Phấn đấu có thêm 05 xã đạt chuẩn nông thôn mới; (14) Phấn đấu có 1,7 triệu lượt khách du lịch đến tỉnh.',
    'Chỉ thị đề ra các nội dung thi đua, như: Tiếp tục thực hiện có hiệu quả Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng; Kế hoạch số 80-KH/TU ngày 15/12/2014 của Ban Thường vụ Tỉnh ủy; Tổ chức triển khai và thực hiện có hiệu quả các phong trào thi đua yêu nước năm 2024 gắn với mục tiêu chủ yếu, nhiệm vụ trọng tâm, giải pháp cơ bản  theo Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025; Quyết tâm phấn đấu hoàn thành nhiệm vụ phát triển kinh tế - xã hội năm 2024 và những năm tiếp theo; Đẩy mạnh công tác tuyên truyền sâu rộng tới đội ngũ cán bộ, đảng viên và các tầng lớp Nhân dân; Tăng cường công tác quản lý Nhà nước về thi đua, khen thưởng; Duy trì và nâng cao chất lượng, hiệu quả hoạt động cụm, khối thi đua từ tỉnh đến cơ sở, bảo đảm các hoạt động đi vào chiều sâu, hiệu quả và đổi mới nội dung, phương thức hoạt động, chia sẻ kinh nghiệm, mô hình, cách làm hay, giao lưu với điển hình, mô hình tiêu biểu tạo sự lan tỏa rộng lớn trong phong trào thi đua trên địa bàn toàn tỉnh và trong từng cơ quan, đơn vị, địa phương...',
  ],
  /** The post's own words for the link to the directive, typo included (verbatim). */
  documentLink: 'Chỉ tiết văn bản, xem tại đây!',
};

interface DemoPractice { kind: string; title: string; summary: string; body: string; field: string; location: string; unit: string; tags: string[]; award?: { person: string; awardType: string }; status: 'published' | 'submitted'; featured?: boolean }

const DEMO_PRACTICES: DemoPractice[] = [
  {
    kind: 'exemplary_person', title: 'Bác sĩ A Thút: tận tụy với đồng bào vùng sâu, vùng xa',
    summary: 'Trưởng khoa người Ba Na nhiều năm đưa bác sĩ về tận làng khám bệnh, được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh.',
    body: 'Mỗi tháng, bác sĩ A Thút cùng tổ y tế lưu động về các làng xa trung tâm để khám bệnh, cấp thuốc và hướng dẫn bà con phòng bệnh bằng tiếng Ba Na.\n\nCách làm gần dân, nói tiếng của dân đã giúp nhiều người bệnh được phát hiện sớm và điều trị kịp thời.',
    field: 'health', location: 'Tỉnh Kon Tum', unit: 'SYT', tags: ['Y tế cơ sở', 'Đồng bào dân tộc thiểu số'], award: { person: 'A Thút', awardType: 'CSTD_TINH' }, status: 'published', featured: true,
  },
  {
    kind: 'model', title: 'Mô hình đăng ký doanh nghiệp qua mạng, trả kết quả tại nhà',
    summary: 'Sở Kế hoạch và Đầu tư rút ngắn thời gian đăng ký doanh nghiệp, góp phần vào chỉ tiêu thành lập mới 360 doanh nghiệp năm 2024.',
    body: 'Hồ sơ được nộp trực tuyến, kết quả gửi qua dịch vụ bưu chính công ích; cán bộ Phòng Đăng ký kinh doanh hỗ trợ doanh nghiệp qua điện thoại và mạng xã hội.',
    field: 'administration', location: 'Thành phố Kon Tum', unit: 'SKHDT', tags: ['Cải cách hành chính', 'Chuyển đổi số', 'Doanh nghiệp'], status: 'published',
  },
  {
    kind: 'good_practice', title: 'Cách làm hay: vận động đồng bào hiến đất làm đường nông thôn mới',
    summary: 'Huyện Đắk Hà phát huy vai trò người có uy tín trong làng, vận động bà con hiến đất, góp công làm đường giao thông nông thôn.',
    body: 'Già làng, trưởng thôn đi đầu hiến đất; chính quyền công khai thiết kế và kinh phí; bà con cùng giám sát thi công.',
    field: 'agriculture', location: 'Huyện Đắk Hà', unit: 'DAKHA', tags: ['Nông thôn mới', 'Đồng bào dân tộc thiểu số'], status: 'published',
  },
  {
    kind: 'exemplary_collective', title: 'Tập thể Phòng Văn hóa – Thông tin huyện Đắk Hà',
    summary: 'Tập thể tiêu biểu trong tuyên truyền phong trào thi đua yêu nước năm 2024 tới các thôn, làng.',
    body: 'Phòng tổ chức tuyên truyền lưu động bằng tiếng Gia Rai, Xơ Đăng tại các thôn, làng đồng bào dân tộc thiểu số.',
    field: 'culture', location: 'Huyện Đắk Hà', unit: 'DAKHA', tags: ['Tuyên truyền'], status: 'submitted',
  },
];

/** Inside the demo seed's transaction, after units, users, people, awards and the movement exist. */
export async function seedDemoPortal(trx: Kysely<DB>): Promise<void> {
  const movement = await trx.selectFrom('movements').select(['id', 'owner_unit_id']).where('year', '=', 2024).where('kind', '=', 'regular').executeTakeFirstOrThrow();
  const directive = await trx.selectFrom('movement_documents').select('id').where('movement_id', '=', movement.id).where('number', '=', '08/CT-UBND').executeTakeFirstOrThrow();
  const board = await trx.selectFrom('users').select(['id', 'unit_id']).where('username', '=', 'bantdkt').executeTakeFirstOrThrow();
  const units = new Map((await trx.selectFrom('units').select(['id', 'code', 'path', 'name']).execute()).map((u) => [u.code, u]));
  const owner = (await trx.selectFrom('units').select(['id', 'path', 'name']).where('id', '=', movement.owner_unit_id).executeTakeFirstOrThrow());

  const postId = newId();
  const html = `${paragraphsToHtml(SEED_POST.paragraphs.join('\n\n'))}\n<p><a href="/van-ban/${directive.id}">${SEED_POST.documentLink}</a></p>`;
  await trx.insertInto('news').values({
    id: postId, slug: slugify(SEED_POST.title), title: SEED_POST.title, summary: SEED_POST.paragraphs[0]!, content_html: html,
    search: foldVietnamese(`${SEED_POST.title} ${SEED_POST.paragraphs[0]} ${SEED_POST.source} ${owner.name}`), category: 'movement', source: SEED_POST.source,
    movement_id: movement.id, document_id: directive.id, cover_file_id: null, cover_alt: null, unit_id: owner.id, unit_path: owner.path,
    status: 'published', review_note: null, publish_at: SEED_POST.publishAt, reviewed_by: board.id, created_by: board.id,
    created_at: SEED_POST.publishAt, updated_at: SEED_POST.publishAt,
  }).execute();

  for (const [i, p] of DEMO_PRACTICES.entries()) {
    const unit = units.get(p.unit)!;
    const id = newId();
    const at = `2024-0${3 + i}-15T02:00:00.000Z`;
    await trx.insertInto('practices').values({
      id, slug: `${slugify(p.title)}-${id.slice(-6)}`, kind: p.kind, title: p.title, summary: p.summary,
      content_html: `${paragraphsToHtml(p.body)}\n<p><em>${DEMO_NOTE}.</em></p>`, field: p.field, location: p.location,
      search: foldVietnamese([p.title, p.summary, p.location, unit.name, ...p.tags].join(' ')), unit_id: unit.id, unit_path: unit.path,
      movement_id: movement.id, status: p.status, review_note: null, featured: p.featured ? 1 : 0, published_at: p.status === 'published' ? at : null,
      reviewed_by: p.status === 'published' ? board.id : null, created_by: board.id, created_at: at, updated_at: at,
    }).execute();
    await trx.insertInto('practice_tags').values(p.tags.map((tag) => ({ practice_id: id, tag }))).execute();
    if (p.award) {
      const award = await trx.selectFrom('awards').select('id').where('subject_name', '=', p.award.person).where('award_type', '=', p.award.awardType).executeTakeFirst();
      if (award) await trx.insertInto('practice_awards').values({ practice_id: id, award_id: award.id }).execute();
    }
  }
}
