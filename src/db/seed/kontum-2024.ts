/**
 * Demo data of the reference case: Kon Tum province, Directive 08/CT-UBND of 06/02/2024
 * (shared/seed/000_a45e57f0e6f67b79.txt). Vietnamese texts are the seed's own words; values and
 * 2023 baselines that the seed does not give are marked as demo values (`DEMO_NOTE`).
 */
export const DEMO_NOTE = 'Số liệu minh họa (demo), không phải số liệu chính thức';

export interface DemoUnit {
  code: string;
  name: string;
  kind: string;
  parent: string | null;
  shortName?: string;
}

export const UNITS: DemoUnit[] = [
  { code: 'KONTUM', name: 'Tỉnh Kon Tum', kind: 'province', parent: null },
  { code: 'UBND-KT', name: 'Ủy ban nhân dân tỉnh Kon Tum', kind: 'people_committee', parent: 'KONTUM', shortName: 'UBND tỉnh' },
  { code: 'SNV', name: 'Sở Nội vụ', kind: 'department', parent: 'UBND-KT' },
  { code: 'BTDKT', name: 'Ban Thi đua – Khen thưởng', kind: 'board', parent: 'SNV', shortName: 'Ban TĐKT' },
  { code: 'SKHDT', name: 'Sở Kế hoạch và Đầu tư', kind: 'department', parent: 'UBND-KT' },
  { code: 'STC', name: 'Sở Tài chính', kind: 'department', parent: 'UBND-KT' },
  { code: 'CTHUE', name: 'Cục Thuế tỉnh Kon Tum', kind: 'agency', parent: 'KONTUM' },
  { code: 'CTK', name: 'Cục Thống kê tỉnh Kon Tum', kind: 'agency', parent: 'KONTUM' },
  { code: 'SLDTBXH', name: 'Sở Lao động – Thương binh và Xã hội', kind: 'department', parent: 'UBND-KT' },
  { code: 'SYT', name: 'Sở Y tế', kind: 'department', parent: 'UBND-KT' },
  { code: 'BHXH', name: 'Bảo hiểm xã hội tỉnh Kon Tum', kind: 'agency', parent: 'KONTUM' },
  { code: 'STNMT', name: 'Sở Tài nguyên và Môi trường', kind: 'department', parent: 'UBND-KT' },
  { code: 'BQLKKT', name: 'Ban Quản lý Khu kinh tế tỉnh', kind: 'agency', parent: 'UBND-KT' },
  { code: 'SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department', parent: 'UBND-KT' },
  { code: 'SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', parent: 'UBND-KT' },
  { code: 'SCT', name: 'Sở Công Thương', kind: 'department', parent: 'UBND-KT' },
  { code: 'TPKT', name: 'Thành phố Kon Tum', kind: 'district', parent: 'KONTUM' },
  { code: 'DAKGLEI', name: 'Huyện Đắk Glei', kind: 'district', parent: 'KONTUM' },
  { code: 'NGOCHOI', name: 'Huyện Ngọc Hồi', kind: 'district', parent: 'KONTUM' },
  { code: 'DAKTO', name: 'Huyện Đắk Tô', kind: 'district', parent: 'KONTUM' },
  { code: 'KONPLONG', name: 'Huyện Kon Plông', kind: 'district', parent: 'KONTUM' },
  { code: 'KONRAY', name: 'Huyện Kon Rẫy', kind: 'district', parent: 'KONTUM' },
  { code: 'DAKHA', name: 'Huyện Đắk Hà', kind: 'district', parent: 'KONTUM' },
  { code: 'SATHAY', name: 'Huyện Sa Thầy', kind: 'district', parent: 'KONTUM' },
  { code: 'TUMORONG', name: 'Huyện Tu Mơ Rông', kind: 'district', parent: 'KONTUM' },
  { code: 'IAHDRAI', name: "Huyện Ia H'Drai", kind: 'district', parent: 'KONTUM' },
];

export interface DemoUser {
  username: string;
  fullName: string;
  unit: string;
  roles: string[];
  /** Under the reserved `.example` domain: reminders show their e-mail path, yet reach nobody real. */
  email?: string;
}

export const USERS: DemoUser[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', unit: 'BTDKT', roles: ['admin'] },
  { username: 'bantdkt', email: 'bantdkt@kontum.gov.vn.example', fullName: 'Nguyễn Thị Thu Hà', unit: 'BTDKT', roles: ['board'] },
  { username: 'lanhdao', fullName: 'Trần Văn Đức', unit: 'UBND-KT', roles: ['viewer'] },
  { username: 'skhdt', email: 'skhdt@kontum.gov.vn.example', fullName: 'Lê Minh Tuấn', unit: 'SKHDT', roles: ['unit_officer'] },
  { username: 'syte', email: 'syte@kontum.gov.vn.example', fullName: 'Phạm Thị Hồng Nhung', unit: 'SYT', roles: ['unit_officer'] },
  // Đắk Hà district, a member of the 2024 district cluster led by Kon Tum city.
  { username: 'dakha', email: 'dakha@kontum.gov.vn.example', fullName: 'Nguyễn Văn Hùng', unit: 'DAKHA', roles: ['unit_officer'] },
  { username: 'cumtruong', email: 'cumtruong@kontum.gov.vn.example', fullName: 'Võ Thị Kim Oanh', unit: 'TPKT', roles: ['unit_officer', 'cluster_leader'] },
  // The provincial Emulation–Commendation Council: nine members, the board's officer is its secretary.
  { username: 'hoidong1', fullName: 'Lê Ngọc Tuấn', unit: 'UBND-KT', roles: ['council_member'] },
  { username: 'hoidong2', fullName: 'Nguyễn Văn Hòa', unit: 'SNV', roles: ['council_member'] },
  { username: 'hoidong3', fullName: 'Trần Thị Ngọc Hoa', unit: 'BTDKT', roles: ['council_member'] },
  { username: 'hoidong4', fullName: 'Y Ngọc', unit: 'STC', roles: ['council_member'] },
  { username: 'hoidong5', fullName: 'Đỗ Xuân Tiến', unit: 'SKHDT', roles: ['council_member'] },
  { username: 'hoidong6', fullName: 'A Pớt', unit: 'SVHTTDL', roles: ['council_member'] },
  { username: 'hoidong7', fullName: 'Huỳnh Thị Lan', unit: 'SYT', roles: ['council_member'] },
  { username: 'hoidong8', fullName: 'Phan Văn Thế', unit: 'SNNPTNT', roles: ['council_member'] },
  { username: 'hoidong9', fullName: 'Nguyễn Thị Bích Thủy', unit: 'SLDTBXH', roles: ['council_member'] },
];

export const PEOPLE: Array<{ fullName: string; gender: 'male' | 'female'; birthYear: number; ethnicity: string; position: string; unit: string; isLeader: boolean }> = [
  { fullName: 'Đặng Văn Đức', gender: 'male', birthYear: 1975, ethnicity: 'Kinh', position: 'Giám đốc Sở', unit: 'SKHDT', isLeader: true },
  { fullName: 'Lê Minh Tuấn', gender: 'male', birthYear: 1986, ethnicity: 'Kinh', position: 'Chuyên viên Phòng Tổng hợp', unit: 'SKHDT', isLeader: false },
  { fullName: 'Y Hoa', gender: 'female', birthYear: 1990, ethnicity: 'Xơ Đăng', position: 'Chuyên viên Phòng Đăng ký kinh doanh', unit: 'SKHDT', isLeader: false },
  { fullName: 'Phạm Thị Hồng Nhung', gender: 'female', birthYear: 1984, ethnicity: 'Kinh', position: 'Phó Trưởng phòng Kế hoạch – Tài chính', unit: 'SYT', isLeader: true },
  { fullName: 'A Thút', gender: 'male', birthYear: 1979, ethnicity: 'Ba Na', position: 'Bác sĩ, Trưởng khoa', unit: 'SYT', isLeader: true },
  { fullName: 'Nguyễn Thị Thu Hà', gender: 'female', birthYear: 1982, ethnicity: 'Kinh', position: 'Trưởng ban', unit: 'BTDKT', isLeader: true },
  { fullName: 'Hoàng Văn Đạt', gender: 'male', birthYear: 1988, ethnicity: 'Kinh', position: 'Chuyên viên', unit: 'BTDKT', isLeader: false },
  { fullName: 'Y Liên', gender: 'female', birthYear: 1992, ethnicity: 'Gia Rai', position: 'Chuyên viên Phòng Văn hóa – Thông tin', unit: 'DAKHA', isLeader: false },
];

export const MOVEMENT = {
  code: 'PTTD-2024',
  title: 'Phong trào thi đua yêu nước năm 2024',
  theme: 'Đoàn kết - Trách nhiệm - Chủ động vượt khó - Quyết tâm thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội tỉnh Kon Tum năm 2024',
  kind: 'regular',
  status: 'launched',
  year: 2024,
  directive: { number: '08/CT-UBND', date: '2024-02-06', signer: 'Chủ tịch Ủy ban nhân dân tỉnh Kon Tum' },
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  owner: 'UBND-KT',
  contents: [
    'Tiếp tục thực hiện có hiệu quả Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng; Kế hoạch số 80-KH/TU ngày 15/12/2014 của Ban Thường vụ Tỉnh ủy',
    'Tổ chức triển khai và thực hiện có hiệu quả các phong trào thi đua yêu nước năm 2024 gắn với mục tiêu chủ yếu, nhiệm vụ trọng tâm, giải pháp cơ bản theo Nghị quyết Đại hội Đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025',
    'Quyết tâm phấn đấu hoàn thành nhiệm vụ phát triển kinh tế - xã hội năm 2024 và những năm tiếp theo',
    'Đẩy mạnh công tác tuyên truyền sâu rộng tới đội ngũ cán bộ, đảng viên và các tầng lớp Nhân dân',
    'Tăng cường công tác quản lý Nhà nước về thi đua, khen thưởng',
    'Duy trì và nâng cao chất lượng, hiệu quả hoạt động cụm, khối thi đua từ tỉnh đến cơ sở, bảo đảm các hoạt động đi vào chiều sâu, hiệu quả và đổi mới nội dung, phương thức hoạt động, chia sẻ kinh nghiệm, mô hình, cách làm hay, giao lưu với điển hình, mô hình tiêu biểu tạo sự lan tỏa rộng lớn trong phong trào thi đua trên địa bàn toàn tỉnh và trong từng cơ quan, đơn vị, địa phương',
  ],
  documents: [
    { kind: 'directive', number: '08/CT-UBND', date: '2024-02-06', issuer: 'Ủy ban nhân dân tỉnh Kon Tum', title: 'Chỉ thị về việc phát động Phong trào thi đua yêu nước năm 2024' },
    { kind: 'resolution', number: '23-NQ/TU', date: '2023-12-05', issuer: 'Tỉnh ủy Kon Tum', title: 'Nghị quyết về nhiệm vụ năm 2024' },
    { kind: 'directive', number: '34-CT/TW', date: '2014-04-07', issuer: 'Bộ Chính trị', title: 'Chỉ thị về tiếp tục đổi mới công tác thi đua, khen thưởng' },
    { kind: 'plan', number: '80-KH/TU', date: '2014-12-15', issuer: 'Ban Thường vụ Tỉnh ủy Kon Tum', title: 'Kế hoạch thực hiện Chỉ thị số 34-CT/TW' },
  ],
};

export interface DemoIndicator {
  code: string;
  order: number;
  parent?: string;
  name: string;
  unit: string;
  comparator: string;
  target: number;
  targetMax?: number;
  baseline?: number;
  accumulation: 'sum' | 'last';
  frequency: 'month' | 'quarter' | 'half' | 'year';
  responsible: string;
  sourceText: string;
}

/** The 14 key targets, each with the seed's own phrase as `sourceText`. Groups (11, 12) have comparator `group`. */
export const INDICATORS: DemoIndicator[] = [
  { code: 'CT01', order: 1, name: 'Tốc độ tăng trưởng GRDP', unit: '%', comparator: 'gte', target: 10, accumulation: 'last', frequency: 'quarter', responsible: 'SKHDT', sourceText: 'Tốc độ tăng trưởng GRDP của tỉnh đạt từ 10% trở lên' },
  { code: 'CT02', order: 2, name: 'GRDP bình quân đầu người', unit: 'triệu đồng', comparator: 'gt', target: 63.7, accumulation: 'last', frequency: 'half', responsible: 'SKHDT', sourceText: 'GRDP bình quân đầu người trên 63,7 triệu đồng' },
  { code: 'CT03', order: 3, name: 'Thu ngân sách nhà nước trên địa bàn', unit: 'tỷ đồng', comparator: 'gte', target: 4600, accumulation: 'sum', frequency: 'month', responsible: 'STC', sourceText: 'Thu ngân sách nhà nước trên địa bàn từ 4.600 tỷ đồng trở lên' },
  { code: 'CT04', order: 4, name: 'Số doanh nghiệp thành lập mới', unit: 'doanh nghiệp', comparator: 'gte', target: 360, accumulation: 'sum', frequency: 'month', responsible: 'SKHDT', sourceText: 'Thành lập mới 360 doanh nghiệp' },
  { code: 'CT05', order: 5, name: 'Giá trị xuất khẩu', unit: 'triệu USD', comparator: 'gte', target: 320, accumulation: 'sum', frequency: 'quarter', responsible: 'SCT', sourceText: 'Giá trị xuất khẩu 320 triệu USD' },
  { code: 'CT06', order: 6, name: 'Sản phẩm mới tham gia chuỗi giá trị các sản phẩm quốc gia', unit: 'sản phẩm', comparator: 'gte', target: 1, accumulation: 'sum', frequency: 'half', responsible: 'SNNPTNT', sourceText: 'Xây dựng thêm 01 sản phẩm tham gia vào chuỗi giá trị các sản phẩm quốc gia' },
  { code: 'CT07', order: 7, name: 'Tỷ lệ lao động qua đào tạo', unit: '%', comparator: 'gte', target: 58.5, accumulation: 'last', frequency: 'half', responsible: 'SLDTBXH', sourceText: 'Tỷ lệ lao động qua đào tạo đạt 58,5%, trong đó lao động được đào tạo nghề 43%' },
  { code: 'CT07.1', order: 1, parent: 'CT07', name: 'Tỷ lệ lao động được đào tạo nghề', unit: '%', comparator: 'gte', target: 43, accumulation: 'last', frequency: 'half', responsible: 'SLDTBXH', sourceText: 'trong đó lao động được đào tạo nghề 43%' },
  { code: 'CT08', order: 8, name: 'Tỷ lệ hộ nghèo', unit: '%', comparator: 'decrease_by', target: 3, targetMax: 4, baseline: 16.5, accumulation: 'last', frequency: 'year', responsible: 'SLDTBXH', sourceText: 'Tỷ lệ hộ nghèo giảm ít nhất 3-4%/năm' },
  { code: 'CT09', order: 9, name: 'Số giường bệnh trên 1 vạn dân', unit: 'giường/vạn dân', comparator: 'gte', target: 39.3, accumulation: 'last', frequency: 'half', responsible: 'SYT', sourceText: 'Số giường bệnh đạt 39,3 giường/1 vạn dân' },
  { code: 'CT10', order: 10, name: 'Tỷ lệ bao phủ bảo hiểm y tế', unit: '%', comparator: 'gte', target: 94.15, accumulation: 'last', frequency: 'quarter', responsible: 'BHXH', sourceText: 'Tỷ lệ bao phủ bảo hiểm y tế đạt 94,15%' },
  { code: 'CT11', order: 11, name: 'Môi trường khu công nghiệp và cơ sở sản xuất kinh doanh', unit: '', comparator: 'group', target: 0, accumulation: 'last', frequency: 'year', responsible: 'STNMT', sourceText: 'Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường đạt 100%; tỷ lệ cơ sở sản xuất kinh doanh đạt tiêu chuẩn về môi trường 85%' },
  { code: 'CT11.1', order: 1, parent: 'CT11', name: 'Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường', unit: '%', comparator: 'gte', target: 100, accumulation: 'last', frequency: 'year', responsible: 'BQLKKT', sourceText: 'Tỷ lệ khu công nghiệp đang hoạt động có hệ thống xử lý nước thải tập trung đạt tiêu chuẩn môi trường đạt 100%' },
  { code: 'CT11.2', order: 2, parent: 'CT11', name: 'Tỷ lệ cơ sở sản xuất kinh doanh đạt tiêu chuẩn về môi trường', unit: '%', comparator: 'gte', target: 85, accumulation: 'last', frequency: 'half', responsible: 'STNMT', sourceText: 'tỷ lệ cơ sở sản xuất kinh doanh đạt tiêu chuẩn về môi trường 85%' },
  { code: 'CT12', order: 12, name: 'Các chỉ số PCI, PAPI, PAR INDEX, SIPAS', unit: '', comparator: 'group', target: 0, accumulation: 'last', frequency: 'year', responsible: 'SNV', sourceText: 'Phấn đấu Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI), Chỉ số cải cách hành chính (PAR INDEX); Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), tăng 05 bậc so với năm 2023' },
  { code: 'CT12.1', order: 1, parent: 'CT12', name: 'Xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', unit: 'bậc', comparator: 'rank_up_by', target: 5, baseline: 55, accumulation: 'last', frequency: 'year', responsible: 'SKHDT', sourceText: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) … tăng 05 bậc so với năm 2023' },
  { code: 'CT12.2', order: 2, parent: 'CT12', name: 'Xếp hạng Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI)', unit: 'bậc', comparator: 'rank_up_by', target: 5, baseline: 47, accumulation: 'last', frequency: 'year', responsible: 'SNV', sourceText: 'Chỉ số Hiệu quả quản trị và Hành chính công cấp tỉnh (PAPI) … tăng 05 bậc so với năm 2023' },
  { code: 'CT12.3', order: 3, parent: 'CT12', name: 'Xếp hạng Chỉ số cải cách hành chính (PAR INDEX)', unit: 'bậc', comparator: 'rank_up_by', target: 5, baseline: 50, accumulation: 'last', frequency: 'year', responsible: 'SNV', sourceText: 'Chỉ số cải cách hành chính (PAR INDEX) … tăng 05 bậc so với năm 2023' },
  { code: 'CT12.4', order: 4, parent: 'CT12', name: 'Xếp hạng Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', unit: 'bậc', comparator: 'rank_up_by', target: 5, baseline: 42, accumulation: 'last', frequency: 'year', responsible: 'SNV', sourceText: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), tăng 05 bậc so với năm 2023' },
  { code: 'CT13', order: 13, name: 'Số xã đạt chuẩn nông thôn mới tăng thêm', unit: 'xã', comparator: 'gte', target: 5, accumulation: 'sum', frequency: 'half', responsible: 'SNNPTNT', sourceText: 'Phấn đấu có thêm 05 xã đạt chuẩn nông thôn mới' },
  { code: 'CT14', order: 14, name: 'Lượt khách du lịch đến tỉnh', unit: 'triệu lượt', comparator: 'gte', target: 1.7, accumulation: 'sum', frequency: 'quarter', responsible: 'SVHTTDL', sourceText: 'Phấn đấu có 1,7 triệu lượt khách du lịch đến tỉnh' },
];

/**
 * Demo values (all marked DEMO_NOTE). `status` submitted leaves work for the board's queue.
 * Some indicators are left without data on purpose, as on a real dashboard.
 */
export const VALUES: Array<{ code: string; period: string; value: number; status?: 'submitted' }> = [
  { code: 'CT01', period: '2024-Q1', value: 8.2 }, { code: 'CT01', period: '2024-Q2', value: 8.9 }, { code: 'CT01', period: '2024-Q3', value: 9.1 },
  { code: 'CT02', period: '2024-H1', value: 62.1 },
  ...[420, 350, 380, 360, 390, 370, 400, 380, 410, 395, 430].map((value, i) => ({ code: 'CT03', period: `2024-${String(i + 1).padStart(2, '0')}`, value })),
  ...[22, 25, 31, 30, 33, 29, 34, 32, 30, 35].map((value, i) => ({ code: 'CT04', period: `2024-${String(i + 1).padStart(2, '0')}`, value })),
  { code: 'CT05', period: '2024-Q1', value: 61 }, { code: 'CT05', period: '2024-Q2', value: 70 }, { code: 'CT05', period: '2024-Q3', value: 74 },
  { code: 'CT07', period: '2024-H1', value: 57.9 }, { code: 'CT07.1', period: '2024-H1', value: 42.6 },
  { code: 'CT08', period: '2024', value: 13.5 },
  { code: 'CT09', period: '2024-H1', value: 38.9 }, { code: 'CT09', period: '2024-H2', value: 39.4, status: 'submitted' },
  { code: 'CT10', period: '2024-Q1', value: 93.1 }, { code: 'CT10', period: '2024-Q2', value: 93.6 }, { code: 'CT10', period: '2024-Q3', value: 93.9 },
  { code: 'CT11.1', period: '2024', value: 100 },
  { code: 'CT11.2', period: '2024-H1', value: 82 },
  { code: 'CT12.1', period: '2024', value: 50 }, { code: 'CT12.2', period: '2024', value: 44 },
  { code: 'CT13', period: '2024-H1', value: 2 }, { code: 'CT13', period: '2024-H2', value: 4, status: 'submitted' },
  { code: 'CT14', period: '2024-Q1', value: 0.38 }, { code: 'CT14', period: '2024-Q2', value: 0.45 }, { code: 'CT14', period: '2024-Q3', value: 0.41 },
];
