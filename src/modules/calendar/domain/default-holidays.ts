import type { Holiday } from './working-days.js';

/*
 * Public holidays 2024–2027 for public bodies (Labour Code 2019 Art 112: Tết Dương lịch 1 day,
 * Tết Âm lịch 5 days, Giỗ Tổ Hùng Vương 10/3 lunar, 30/4, 1/5, Quốc khánh 2/9 plus one adjacent
 * day; a holiday on a weekend gives the next working day off), with the swaps the government
 * announced for civil servants. Lunar dates were computed for UTC+7 (Tết: 10/02/2024, 29/01/2025,
 * 17/02/2026, 06/02/2027; Giỗ Tổ: 18/04/2024, 07/04/2025, 26/04/2026, 16/04/2027).
 *
 * Days marked "(dự kiến)" were not announced when this list was written (how the 2027 Tết days
 * are placed, the day next to 2/9 in 2026 and 2027): migration 0012 seeds them marked so, and the
 * board checks and edits them on the holiday calendar screen, like any later announcement.
 */

const TET = 'Tết Nguyên đán';
const UNSURE = ' (dự kiến)';

const days = (dates: string[], name: string, kind: Holiday['kind'] = 'off'): Holiday[] => dates.map((date) => ({ date, name, kind }));

export const DEFAULT_HOLIDAYS: readonly Holiday[] = [
  // 2024: Tết 08–14/02 (7 days); 27/04–01/05 with Monday 29/04 swapped, made up on Saturday 04/05.
  ...days(['2024-01-01'], 'Tết Dương lịch'),
  ...days(['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'], `${TET} Giáp Thìn`),
  ...days(['2024-04-18'], 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  ...days(['2024-04-29'], 'Nghỉ hoán đổi dịp 30/4 - 1/5'),
  ...days(['2024-04-30'], 'Ngày Chiến thắng (30/4)'),
  ...days(['2024-05-01'], 'Ngày Quốc tế Lao động (1/5)'),
  ...days(['2024-05-04'], 'Làm bù cho ngày 29/4', 'work'),
  ...days(['2024-09-02'], 'Quốc khánh (2/9)'),
  ...days(['2024-09-03'], 'Quốc khánh (ngày liền kề)'),

  // 2025: Tết 25/01–02/02 (9 days); 30/04–04/05 with Friday 02/05 swapped, made up on Saturday 26/04.
  ...days(['2025-01-01'], 'Tết Dương lịch'),
  ...days(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], `${TET} Ất Tỵ`),
  ...days(['2025-04-07'], 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  ...days(['2025-04-26'], 'Làm bù cho ngày 2/5', 'work'),
  ...days(['2025-04-30'], 'Ngày Chiến thắng (30/4)'),
  ...days(['2025-05-01'], 'Ngày Quốc tế Lao động (1/5)'),
  ...days(['2025-05-02'], 'Nghỉ hoán đổi dịp 30/4 - 1/5'),
  ...days(['2025-09-01'], 'Quốc khánh (ngày liền kề)'),
  ...days(['2025-09-02'], 'Quốc khánh (2/9)'),

  // 2026: 01–04/01 with Friday 02/01 swapped, made up on Saturday 10/01 (VPCP 12729/VPCP-KGVX);
  // Tết 14–22/02 (9 days); Giỗ Tổ falls on Sunday 26/04, so Monday 27/04 is off.
  ...days(['2026-01-01'], 'Tết Dương lịch'),
  ...days(['2026-01-02'], 'Nghỉ hoán đổi dịp Tết Dương lịch'),
  ...days(['2026-01-10'], 'Làm bù cho ngày 2/1', 'work'),
  ...days(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], `${TET} Bính Ngọ`),
  ...days(['2026-04-27'], 'Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch, chủ nhật 26/4)'),
  ...days(['2026-04-30'], 'Ngày Chiến thắng (30/4)'),
  ...days(['2026-05-01'], 'Ngày Quốc tế Lao động (1/5)'),
  ...days(['2026-09-01'], `Quốc khánh (ngày liền kề)${UNSURE}`),
  ...days(['2026-09-02'], 'Quốc khánh (2/9)'),

  // 2027: 1/5 falls on a Saturday, so Monday 03/05 is off.
  ...days(['2027-01-01'], 'Tết Dương lịch'),
  ...days(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'], `${TET} Đinh Mùi${UNSURE}`),
  ...days(['2027-04-16'], 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'),
  ...days(['2027-04-30'], 'Ngày Chiến thắng (30/4)'),
  ...days(['2027-05-03'], 'Nghỉ bù Ngày Quốc tế Lao động (1/5, thứ bảy)'),
  ...days(['2027-09-02'], 'Quốc khánh (2/9)'),
  ...days(['2027-09-03'], `Quốc khánh (ngày liền kề)${UNSURE}`),
];
