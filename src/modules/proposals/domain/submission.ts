/**
 * What a dossier must hold before it leaves the unit (LAW.md §4.1–4.2): every nominee checked by
 * the eligibility engine (a failure needs the officer's recorded reason), every required document.
 */
import { CATALOGUE } from '../../awards/domain/catalogue.js';
import type { AwardCode, SubjectKind } from '../../awards/domain/types.js';

export const ROUNDS = ['year_end', 'movement', 'thematic', 'unscheduled', 'lifetime', 'service_years'] as const;
export type Round = (typeof ROUNDS)[number];
export const PROCEDURES = ['regular', 'simplified'] as const;
export type Procedure = (typeof PROCEDURES)[number];

export const ROUND_LABELS: Record<Round, string> = {
  year_end: 'Tổng kết năm', movement: 'Phong trào thi đua', thematic: 'Chuyên đề', unscheduled: 'Đột xuất',
  lifetime: 'Quá trình cống hiến', service_years: 'Theo niên hạn',
};

/** Law Art 85: the simplified dossier is the submission plus a short summary of the achievement. */
export const SIMPLIFIED_DOSSIER = ['Tờ trình đề nghị (Mẫu 01)', 'Tóm tắt thành tích'] as const;

/** The documents a dossier needs: the union of its award types' lists, in catalogue order. */
export function requiredDocuments(procedure: Procedure, awardTypes: readonly AwardCode[]): string[] {
  if (procedure === 'simplified') return [...SIMPLIFIED_DOSSIER];
  const out: string[] = [];
  for (const code of awardTypes) for (const d of CATALOGUE[code].dossier) if (!out.includes(d)) out.push(d);
  return out;
}

export interface GateNominee {
  name: string;
  awardType: AwardCode;
  /** null: the engine could not judge (a household, a type without automatic criteria). */
  eligible: boolean | null;
  overrideReason: string | null;
}

export interface GateIssue {
  path: string;
  message: string;
}

/** Everything that blocks submission, each naming what to fix; empty when the dossier may go. */
export function submissionIssues(procedure: Procedure, nominees: readonly GateNominee[], documents: readonly string[]): GateIssue[] {
  const issues: GateIssue[] = [];
  if (nominees.length === 0) issues.push({ path: 'nominees', message: 'Hồ sơ chưa có người hoặc tập thể được đề nghị' });
  nominees.forEach((n, i) => {
    if (n.eligible === false && (n.overrideReason ?? '').trim().length < 5) {
      issues.push({ path: `nominees[${i}].overrideReason`, message: `${n.name}: chưa đủ điều kiện "${CATALOGUE[n.awardType].name}"; ghi lý do vẫn đề nghị hoặc bỏ khỏi hồ sơ` });
    }
  });
  const have = new Set(documents);
  for (const d of requiredDocuments(procedure, nominees.map((n) => n.awardType))) {
    if (!have.has(d)) issues.push({ path: 'documents', message: `Thiếu tài liệu: ${d}` });
  }
  return issues;
}

/**
 * Award types in precedence order, lowest first (used to tell a "lower form"). Titles and forms of
 * one level sit together; the ladder follows the reward coefficients of LAW.md §3.3.
 */
const PRECEDENCE: readonly AwardCode[] = [
  'GIA_DINH_VH', 'GK', 'LDTT', 'CSTT', 'TTLDTT', 'THON_VH', 'CSTDCS', 'BK_TINH', 'TTLDXS', 'CSTD_TINH', 'CO_TINH',
  'BK_TTG', 'CSTDTQ', 'CO_CP', 'HCLD3', 'HCLD2', 'HCLD1',
];

/** True when `to` ranks below `from` and is conferred on the same kind of subject. */
export function isLowerForm(from: AwardCode, to: AwardCode, subject: SubjectKind): boolean {
  return CATALOGUE[to].subjects.includes(subject) && PRECEDENCE.indexOf(to) < PRECEDENCE.indexOf(from);
}

/**
 * Who may propose a type: awards conferred by the Prime Minister or the President go up through the
 * province (LAW.md §4.3), so only the board proposes them; units propose the rest.
 */
export function proposableBy(code: AwardCode, proposer: 'unit' | 'province'): boolean {
  return proposer === 'province' || CATALOGUE[code].level !== 'national';
}
