/**
 * Demo entries of the award registry (sổ vàng) for Kon Tum: people and units of kontum-2024.ts.
 * Decision numbers and dates are demo values in the official style; issuers are written as they
 * were at issuance (district People's Committees still existed before 01/07/2025, LAW.md §8).
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../../lib/ids.js';
import { rewardAmount } from '../../modules/awards/domain/catalogue.js';
import { DEFAULT_SETTINGS } from '../../modules/awards/domain/settings.js';
import type { AwardCode, CommendationKind } from '../../modules/awards/domain/types.js';
import { countIn, newAwardRow, type AwardSubject } from '../../modules/awards/registry/award-row.js';
import { addToStats, insertAwards } from '../../modules/awards/registry/repo.js';
import type { DB } from '../schema.js';

interface Decision { number: string; date: string; issuer: string; issuerUnit: string | null }
const UBND_TINH_2024: Decision = { number: '163/QĐ-UBND', date: '2024-01-25', issuer: 'UBND tỉnh Kon Tum', issuerUnit: 'UBND-KT' };
const SKHDT_2023: Decision = { number: '215/QĐ-SKHĐT', date: '2023-12-28', issuer: 'Sở Kế hoạch và Đầu tư tỉnh Kon Tum', issuerUnit: 'SKHDT' };
const SYT_2023: Decision = { number: '1128/QĐ-SYT', date: '2023-12-29', issuer: 'Sở Y tế tỉnh Kon Tum', issuerUnit: 'SYT' };
const SNV_2023: Decision = { number: '452/QĐ-SNV', date: '2023-12-27', issuer: 'Sở Nội vụ tỉnh Kon Tum', issuerUnit: 'SNV' };
const DAKHA_2022: Decision = { number: '1520/QĐ-UBND', date: '2022-12-20', issuer: 'UBND huyện Đắk Hà', issuerUnit: 'DAKHA' };
const DAKHA_2023: Decision = { number: '1684/QĐ-UBND', date: '2023-12-22', issuer: 'UBND huyện Đắk Hà', issuerUnit: 'DAKHA' };
const DAKHA_2024: Decision = { number: '2105/QĐ-UBND', date: '2024-11-18', issuer: 'UBND huyện Đắk Hà', issuerUnit: 'DAKHA' };
const TTG_2023: Decision = { number: '1197/QĐ-TTg', date: '2023-10-12', issuer: 'Thủ tướng Chính phủ', issuerUnit: null };

type Who = { person: string } | { collective: string } | { household: string; unit: string };
type DemoAward = { who: Who; award: AwardCode; kind?: CommendationKind; year: number; decision: Decision; certificate?: string };

export const DEMO_AWARDS: DemoAward[] = [
  { who: { person: 'Đặng Văn Đức' }, award: 'BK_TINH', year: 2023, decision: UBND_TINH_2024, certificate: '0163-01' },
  { who: { person: 'Đặng Văn Đức' }, award: 'CSTDCS', year: 2023, decision: SKHDT_2023 },
  { who: { person: 'Lê Minh Tuấn' }, award: 'LDTT', year: 2023, decision: SKHDT_2023 },
  { who: { person: 'Y Hoa' }, award: 'LDTT', year: 2023, decision: SKHDT_2023 },
  { who: { collective: 'SKHDT' }, award: 'TTLDXS', year: 2023, decision: UBND_TINH_2024, certificate: '0163-02' },
  { who: { person: 'A Thút' }, award: 'CSTD_TINH', year: 2023, decision: UBND_TINH_2024, certificate: '0163-03' },
  { who: { person: 'Phạm Thị Hồng Nhung' }, award: 'CSTDCS', year: 2023, decision: SYT_2023 },
  { who: { person: 'Nguyễn Thị Thu Hà' }, award: 'BK_TTG', year: 2022, decision: TTG_2023 },
  { who: { person: 'Hoàng Văn Đạt' }, award: 'LDTT', year: 2023, decision: SNV_2023 },
  { who: { person: 'Y Liên' }, award: 'GK', year: 2022, decision: DAKHA_2022 },
  { who: { person: 'Y Liên' }, award: 'LDTT', year: 2023, decision: DAKHA_2023 },
  { who: { household: 'Hộ bà Y Nhi', unit: 'DAKHA' }, award: 'GK', kind: 'thematic', year: 2024, decision: DAKHA_2024 },
];

/** Adds the demo awards (with their summary counts) inside the demo seed's transaction. */
export async function seedDemoAwards(trx: Kysely<DB>, ids: ReadonlyMap<string, { id: string; path: string }>): Promise<void> {
  const unit = (code: string) => ids.get(code)!;
  const people = await trx.selectFrom('people').innerJoin('units', 'units.id', 'people.unit_id')
    .select(['people.id', 'people.full_name', 'people.unit_id', 'units.path', 'people.gender', 'people.ethnicity', 'people.is_leader']).execute();
  const unitNames = new Map((await trx.selectFrom('units').select(['id', 'name']).execute()).map((u) => [u.id, u.name]));
  const subjectOf = (who: Who): AwardSubject => {
    if ('person' in who) {
      const p = people.find((x) => x.full_name === who.person)!;
      return { kind: 'individual', id: p.id, name: p.full_name, unitId: p.unit_id, unitPath: p.path, gender: p.gender, ethnicity: p.ethnicity, isLeader: p.is_leader === 1 };
    }
    if ('collective' in who) {
      const u = unit(who.collective);
      return { kind: 'collective', id: u.id, name: unitNames.get(u.id)!, unitId: u.id, unitPath: u.path, gender: null, ethnicity: null, isLeader: false };
    }
    const u = unit(who.unit);
    return { kind: 'household', id: null, name: who.household, unitId: u.id, unitPath: u.path, gender: null, ethnicity: null, isLeader: false };
  };
  const now = nowIso();
  const rows = DEMO_AWARDS.map((a) => {
    const subject = subjectOf(a.who);
    return newAwardRow(subject, {
      awardType: a.award, kind: a.kind ?? 'regular', year: a.year, certificateNo: a.certificate ?? null,
      rewardAmount: rewardAmount(a.award, subject.kind, a.decision.date, DEFAULT_SETTINGS),
      decision: { number: a.decision.number, date: a.decision.date, issuer: a.decision.issuer, issuerUnitId: a.decision.issuerUnit ? unit(a.decision.issuerUnit).id : null },
    }, { by: null, importId: null, now });
  });
  await insertAwards(trx, rows);
  await addToStats(trx, countIn(rows));
}
