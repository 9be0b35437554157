/** Which titles can be registered, by whom, for which year: pure rules shared with the web app. */
import { CATALOGUE } from '../../awards/domain/catalogue.js';
import { AWARD_CODES, type AwardCode } from '../../awards/domain/types.js';

export type TitleSubjectKind = 'individual' | 'collective';

/** Titles (not forms) a subject of this kind can hold, in catalogue order. */
export const titleCodesFor = (kind: TitleSubjectKind): AwardCode[] =>
  AWARD_CODES.filter((c) => CATALOGUE[c].category === 'title' && CATALOGUE[c].subjects.includes(kind));

/** Registration is for the current year, the next (registered in December) or the last (late entry of paper lists). */
export function yearProblem(year: number, now = new Date()): string | null {
  const y = now.getUTCFullYear();
  return year < y - 1 || year > y + 1 ? `Năm đăng ký phải từ ${y - 1} đến ${y + 1}` : null;
}

/** What is wrong with the title itself, whoever the subject is. */
export function titleProblem(code: string, kind: TitleSubjectKind): string | null {
  if (!(AWARD_CODES as readonly string[]).includes(code)) return `Mã danh hiệu "${code}" không có trong danh mục (ví dụ LDTT, CSTDCS, TTLDTT)`;
  const entry = CATALOGUE[code as AwardCode];
  if (entry.category !== 'title') return `"${entry.name}" là hình thức khen thưởng, không phải danh hiệu thi đua để đăng ký`;
  if (!entry.subjects.includes(kind)) return `Danh hiệu "${entry.name}" không dành cho ${kind === 'individual' ? 'cá nhân' : 'tập thể'}`;
  return null;
}

