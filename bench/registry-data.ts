/**
 * Synthetic award registry: a unit tree of 34 provinces (departments, communes, schools and villages
 * under them), people with Vietnamese names, and awards written through the registry's own code
 * (`newAwardRow`, `insertAwards`, `countIn` + `addToStats`, `insertPeople`), so the search text,
 * sort key, FTS5 / pg_trgm index and `award_stats` are what the app itself writes.
 * Deterministic (seeded PRNG) except the ids, which are UUIDv7 like the app's.
 */
import type { Kysely } from 'kysely';
import type { DB, NewAward, NewPerson } from '../src/db/schema.js';
import { newId } from '../src/lib/ids.js';
import { foldVietnamese } from '../src/lib/text.js';
import { hashPassword } from '../src/modules/auth/passwords.js';
import type { AwardCode, CommendationKind } from '../src/modules/awards/domain/types.js';
import { newAwardRow, countIn, type AwardSubject } from '../src/modules/awards/registry/award-row.js';
import { addToStats, BATCH, insertAwards, insertPeople } from '../src/modules/awards/registry/repo.js';
import { finishAwards, withoutIndexes } from './bulk.js';
import { BENCH_PASSWORD, BOARD_USER } from './generate.js';
import { prng } from './plan.js';

export const FIRST_AWARD_YEAR = 2005;
export const LAST_AWARD_YEAR = 2025;
const CREATED_AT = '2025-06-01T01:00:00.000Z';
/** Awards per transaction (and per `award_stats` upsert round). */
const TX_AWARDS = 50_000;

const PROVINCES = [
  'Hà Nội', 'Huế', 'Lai Châu', 'Điện Biên', 'Sơn La', 'Lạng Sơn', 'Quảng Ninh', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Cao Bằng',
  'Tuyên Quang', 'Lào Cai', 'Thái Nguyên', 'Phú Thọ', 'Bắc Ninh', 'Hưng Yên', 'Hải Phòng', 'Ninh Bình', 'Quảng Trị', 'Đà Nẵng',
  'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Thành phố Hồ Chí Minh', 'Đồng Nai', 'Tây Ninh', 'Cần Thơ',
  'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];
const DEPARTMENTS = [
  'Sở Nội vụ', 'Sở Tài chính', 'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Xây dựng', 'Sở Tư pháp', 'Sở Công Thương',
  'Sở Nông nghiệp và Môi trường', 'Sở Khoa học và Công nghệ', 'Sở Văn hóa, Thể thao và Du lịch', 'Công an tỉnh', 'Bộ Chỉ huy Quân sự tỉnh',
];
const PLACE = ['Đắk', 'Tân', 'Phú', 'Hòa', 'Bình', 'An', 'Long', 'Thạnh', 'Xuân', 'Quang', 'Đông', 'Nam', 'Trung', 'Hưng', 'Vĩnh', 'Sơn'];
const PLACE2 = ['Hà', 'Lộc', 'Thịnh', 'Phước', 'Mỹ', 'Lợi', 'Điền', 'Đức', 'Yên', 'Thủy', 'Lâm', 'Hải', 'Tiến', 'Thành', 'Định', 'Khê'];

/** Family names by their approximate share (Nguyễn ≈ 38 %), then middle and given names. */
const FAMILY: Array<[string, number]> = [
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 5.1], ['Huỳnh', 2], ['Phan', 4.5], ['Vũ', 3.9], ['Võ', 2], ['Đặng', 2.1],
  ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3], ['Dương', 1], ['Lý', 0.5], ['Đinh', 1], ['Đoàn', 0.8], ['Trịnh', 0.7], ['Y', 0.5],
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quốc', 'Hữu', 'Công', 'Thanh', 'Xuân', 'Đình', 'Ngọc'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Kim', 'Hồng', 'Diệu'];
const GIVEN_MALE = ['Anh', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Đông', 'Giang', 'Hải', 'Hiếu', 'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Lâm',
  'Long', 'Mạnh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quang', 'Quân', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Vũ'];
const GIVEN_FEMALE = ['An', 'Anh', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Hương', 'Lan', 'Linh', 'Loan',
  'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thủy', 'Trang', 'Trâm', 'Tuyết', 'Uyên', 'Vân', 'Yến', 'Xuân'];
const ETHNICITY: Array<[string, number]> = [['Kinh', 86], ['Tày', 2], ['Thái', 2], ['Mường', 1.5], ['Khmer', 1.4], ['Hmông', 1.3], ['Ba Na', 1], ['Xơ Đăng', 1], ['Ê Đê', 1]];

/** Individual award types by share of individual awards: LĐTT dominates. */
const INDIVIDUAL_TYPES: Array<[AwardCode, number]> = [
  ['LDTT', 62], ['GK', 14], ['CSTDCS', 9], ['CSTT', 4], ['BK_TINH', 6], ['CSTD_TINH', 2], ['BK_TTG', 1.5], ['HCLD3', 0.8], ['CSTDTQ', 0.2],
];
const COLLECTIVE_TYPES: Array<[AwardCode, number]> = [
  ['TTLDTT', 55], ['TTLDXS', 18], ['GK', 10], ['BK_TINH', 7], ['CO_TINH', 3], ['BK_TTG', 0.7], ['CO_CP', 0.3],
];

export interface BenchUnit {
  id: string;
  path: string;
  name: string;
  kind: string;
  province: number;
}

export interface RegistryData {
  units: number;
  people: number;
  awards: number;
  /** One province's unit (root of its subtree) and a rarer person's full name present in the data. */
  provinceId: string;
  provinceName: string;
  rareName: string;
  /** A decision number that exists (folded search finds it). */
  decisionNumber: string;
}

function weighted<T>(table: Array<[T, number]>): (r: number) => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  const cum: Array<[T, number]> = [];
  let acc = 0;
  for (const [v, w] of table) cum.push([v, (acc += w / total)]);
  const last = table[table.length - 1] as [T, number];
  return (r) => (cum.find(([, c]) => r < c) ?? last)[0];
}

const pick = <T>(list: readonly T[], r: number): T => list[Math.min(list.length - 1, Math.floor(r * list.length))] as T;

/** Units: root (Bộ Nội vụ), 34 provinces, each with departments, communes, and schools/villages under the communes, up to `total`. */
export function planRegistryUnits(total: number, rnd: () => number): BenchUnit[] {
  const out: BenchUnit[] = [];
  const add = (name: string, kind: string, parent: BenchUnit | null, province: number): BenchUnit => {
    const id = newId();
    const u = { id, path: `${parent?.path ?? '/'}${id}/`, name, kind, province };
    out.push(u);
    return u;
  };
  const root = add('Ban Thi đua - Khen thưởng Trung ương', 'agency', null, -1);
  const perProvince = Math.max(1, Math.floor((total - 1) / PROVINCES.length));
  PROVINCES.forEach((pName, p) => {
    const prov = add(`UBND ${pName.startsWith('Thành phố') ? pName : `tỉnh ${pName}`}`, 'province', root, p);
    let left = perProvince - 1;
    for (const d of DEPARTMENTS) {
      if (left-- <= 0) return;
      add(`${d} ${pName}`, 'department', prov, p);
    }
    const communeCount = Math.max(1, Math.min(120, Math.round(left * 0.03)));
    const communes: BenchUnit[] = [];
    for (let c = 0; c < communeCount && left > 0; c++, left--) {
      communes.push(add(`UBND ${rnd() < 0.2 ? 'phường' : 'xã'} ${pick(PLACE, rnd())} ${pick(PLACE2, rnd())} ${c + 1}`, 'commune', prov, p));
    }
    for (let i = 0; left > 0; i++, left--) {
      const parent = communes[i % communes.length] ?? prov;
      const r = rnd();
      const name = r < 0.45 ? `Trường Tiểu học ${pick(PLACE2, rnd())} số ${i + 1}` : r < 0.7 ? `Trường THCS ${pick(PLACE, rnd())} ${pick(PLACE2, rnd())} số ${i + 1}`
        : r < 0.9 ? `Thôn ${pick(PLACE2, rnd())} ${i + 1}` : `Trạm Y tế ${pick(PLACE, rnd())} số ${i + 1}`;
      add(name, r < 0.7 ? 'school' : r < 0.9 ? 'village' : 'agency', parent, p);
    }
  });
  return out;
}

function personName(rnd: () => number, female: boolean, family: (r: number) => string): string {
  const given = female ? pick(GIVEN_FEMALE, rnd()) : pick(GIVEN_MALE, rnd());
  const middle = female ? pick(MIDDLE_FEMALE, rnd()) : pick(MIDDLE_MALE, rnd());
  // About one in four has a second middle name (Nguyễn Thị Thu Hà).
  const second = rnd() < 0.25 ? ` ${pick(female ? GIVEN_FEMALE : GIVEN_MALE, rnd())}` : '';
  return `${family(rnd())} ${middle}${second} ${given}`;
}

/** The issuer of a unit's award: the commune or province committee, or the department. */
function issuerOf(unit: BenchUnit, byId: Map<string, BenchUnit>, type: AwardCode, provinceName: string): { issuer: string; unitId: string | null; suffix: string } {
  const level = ['BK_TTG', 'HCLD3', 'CSTDTQ', 'CO_CP'].includes(type) ? 'national' : ['BK_TINH', 'CSTD_TINH', 'CO_TINH', 'TTLDXS'].includes(type) ? 'province' : 'unit';
  if (level === 'national') return { issuer: type === 'HCLD3' ? 'Chủ tịch nước' : 'Thủ tướng Chính phủ', unitId: null, suffix: type === 'HCLD3' ? 'QĐ-CTN' : 'QĐ-TTg' };
  const ids = unit.path.split('/').filter(Boolean);
  const prov = byId.get(ids[1] ?? '');
  if (level === 'province' || !ids[2]) return { issuer: `UBND tỉnh ${provinceName}`, unitId: prov?.id ?? null, suffix: 'QĐ-UBND' };
  const second = byId.get(ids[2]);
  if (second?.kind === 'department') return { issuer: `Giám đốc ${second.name}`, unitId: second.id, suffix: 'QĐ-SNV' };
  return { issuer: second?.name ?? `UBND tỉnh ${provinceName}`, unitId: second?.id ?? null, suffix: 'QĐ-UBND' };
}

/** A stable small hash: the same (issuer, year, type) always gets the same decision number. */
function decisionNo(key: string): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 2900) + 1;
}

export interface RegistryOptions {
  awards: number;
  units: number;
  seed?: number;
  /**
   * 'app': every award through the registry's write path (FTS rows, stats upserts) — the import's rate.
   * 'bulk': plain multi-row inserts with the indexes dropped, then indexes, FTS and stats built once
   * (same rows, same summary; the benchmark measures queries, not loading).
   */
  load?: 'app' | 'bulk';
  onProgress?: (awards: number) => void;
}

export async function generateRegistry(db: Kysely<DB>, opts: RegistryOptions): Promise<RegistryData> {
  if (opts.load !== 'bulk') return generateRows(db, opts, false);
  let data: RegistryData | undefined;
  await withoutIndexes(db, ['awards', 'people'], async () => { data = await generateRows(db, opts, true); });
  await finishAwards(db);
  return data!;
}

async function generateRows(db: Kysely<DB>, opts: RegistryOptions, bulk: boolean): Promise<RegistryData> {
  const rnd = prng(opts.seed ?? 20_250_701);
  const family = weighted(FAMILY);
  const ethnicity = weighted(ETHNICITY);
  const individualType = weighted(INDIVIDUAL_TYPES);
  const collectiveType = weighted(COLLECTIVE_TYPES);
  const units = planRegistryUnits(opts.units, rnd);
  const byId = new Map(units.map((u) => [u.id, u]));
  const root = units[0] as BenchUnit;
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  await db.transaction().execute(async (trx) => {
    const rows = units.map((u) => ({
      id: u.id, code: `U${u.id.slice(-12)}`, name: u.name, short_name: null, kind: u.kind, parent_id: u.path.split('/').filter(Boolean).at(-2) ?? null,
      path: u.path, depth: u.path.split('/').filter(Boolean).length - 1, valid_from: `${FIRST_AWARD_YEAR}-01-01`, valid_to: null, successor_id: null, active: 1,
      search: foldVietnamese(u.name), created_at: CREATED_AT, updated_at: CREATED_AT,
    }));
    for (let i = 0; i < rows.length; i += 2000) await trx.insertInto('units').values(rows.slice(i, i + 2000)).execute();
    const userId = newId();
    await trx.insertInto('users').values({
      id: userId, username: BOARD_USER, full_name: 'Nguyễn Thị Thu Hà (bench)', search: foldVietnamese('Nguyễn Thị Thu Hà (bench)'), unit_id: root.id,
      person_id: null, password_hash: passwordHash, must_change_password: 0, active: 1, created_at: CREATED_AT, updated_at: CREATED_AT,
    }).execute();
    await trx.insertInto('user_roles').values({ user_id: userId, role: 'board' }).execute();
  });

  // Awards go to the leaves and communes (where people work); collectives are any unit below a province.
  const workplaces = units.filter((u) => u.kind !== 'province' && u.province >= 0);
  const collectives = workplaces;
  const individualTarget = Math.round(opts.awards * 0.85);
  const householdTarget = Math.round(opts.awards * 0.03);
  const collectiveTarget = opts.awards - individualTarget - householdTarget;
  const meta = { by: null, importId: null, now: CREATED_AT };
  let written = 0;
  let people = 0;
  let rareName = '';
  let decisionNumber = '';
  const nameCount = new Map<string, number>();

  let pendingAwards: NewAward[] = [];
  let pendingPeople: NewPerson[] = [];
  const flush = async (): Promise<void> => {
    if (!pendingAwards.length && !pendingPeople.length) return;
    const a = pendingAwards;
    const p = pendingPeople;
    pendingAwards = [];
    pendingPeople = [];
    await db.transaction().execute(async (trx) => {
      await insertPeople(trx, p);
      if (bulk) {
        for (let i = 0; i < a.length; i += BATCH) await trx.insertInto('awards').values(a.slice(i, i + BATCH)).execute();
        return;
      }
      await insertAwards(trx, a);
      await addToStats(trx, countIn(a));
    });
    written += a.length;
    opts.onProgress?.(written);
  };
  const facts = (unit: BenchUnit, type: AwardCode, year: number): Parameters<typeof newAwardRow>[1] => {
    const prov = PROVINCES[unit.province] ?? '';
    const iss = issuerOf(unit, byId, type, prov);
    const n = decisionNo(`${iss.unitId ?? iss.issuer}|${year}|${type}`);
    const kind: CommendationKind = ['LDTT', 'CSTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS', 'CO_TINH'].includes(type) ? 'regular' : rnd() < 0.7 ? 'regular' : 'thematic';
    const month = 1 + Math.floor(rnd() * 3);
    return {
      awardType: type, kind, year,
      decision: { number: `${n}/${iss.suffix}`, date: `${year + 1}-0${month}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`, issuer: iss.issuer, issuerUnitId: iss.unitId },
      certificateNo: rnd() < 0.3 ? `${Math.floor(rnd() * 90000) + 10000}/GCN` : null, rewardAmount: null,
    };
  };
  /** Consecutive years (one award a year at most: the registry's unique live award per subject, type and year). */
  const careerYears = (): number[] => {
    const n = 1 + Math.floor(rnd() * 7);
    const start = FIRST_AWARD_YEAR + Math.floor(rnd() * (LAST_AWARD_YEAR - FIRST_AWARD_YEAR + 2 - n));
    return Array.from({ length: n }, (_, i) => start + i);
  };

  // Individuals.
  let individuals = 0;
  while (individuals < individualTarget) {
    const unit = pick(workplaces, rnd());
    const female = rnd() < 0.55;
    const name = personName(rnd, female, family);
    const isLeader = rnd() < 0.08;
    const eth = ethnicity(rnd());
    const person: NewPerson = {
      id: newId(), full_name: name, search: foldVietnamese(name), gender: female ? 'female' : 'male', birth_year: 1960 + Math.floor(rnd() * 42),
      birth_date: null, id_number: null, ethnicity: eth, position: isLeader ? 'Trưởng phòng' : null, unit_id: unit.id, is_leader: isLeader ? 1 : 0,
      active: 1, created_at: CREATED_AT, updated_at: CREATED_AT,
    };
    pendingPeople.push(person);
    people++;
    nameCount.set(name, (nameCount.get(name) ?? 0) + 1);
    const subject: AwardSubject = { kind: 'individual', id: person.id, name, unitId: unit.id, unitPath: unit.path, gender: person.gender, ethnicity: eth, isLeader };
    for (const year of careerYears()) {
      if (individuals >= individualTarget) break;
      const f = facts(unit, individualType(rnd()), year);
      pendingAwards.push(newAwardRow(subject, f, meta));
      if (!decisionNumber && f.decision.number.endsWith('QĐ-UBND')) decisionNumber = f.decision.number;
      individuals++;
    }
    if (pendingAwards.length >= TX_AWARDS) await flush();
  }
  // Collectives: every unit gets the same number of titles, one a year over consecutive years
  // (so a unit never holds two live awards of a type in a year), until the target.
  let collectiveCount = 0;
  const perUnit = Math.min(LAST_AWARD_YEAR - FIRST_AWARD_YEAR + 1, Math.ceil(collectiveTarget / Math.max(1, collectives.length)));
  for (const unit of collectives) {
    if (collectiveCount >= collectiveTarget) break;
    const subject: AwardSubject = { kind: 'collective', id: unit.id, name: unit.name, unitId: unit.id, unitPath: unit.path, gender: null, ethnicity: null, isLeader: false };
    const start = FIRST_AWARD_YEAR + Math.floor(rnd() * (LAST_AWARD_YEAR - FIRST_AWARD_YEAR + 2 - perUnit));
    for (let year = start; year < start + perUnit && collectiveCount < collectiveTarget; year++) {
      const type = unit.kind === 'village' ? 'THON_VH' : collectiveType(rnd());
      pendingAwards.push(newAwardRow(subject, facts(unit, type, year), meta));
      collectiveCount++;
    }
    if (pendingAwards.length >= TX_AWARDS) await flush();
  }
  // Households ("Gia đình văn hóa"), known by the head's name only.
  for (let i = 0; i < householdTarget; i++) {
    const unit = pick(workplaces, rnd());
    const name = `Hộ ông ${personName(rnd, false, family)}`;
    const subject: AwardSubject = { kind: 'household', id: null, name, unitId: unit.id, unitPath: unit.path, gender: null, ethnicity: null, isLeader: false };
    pendingAwards.push(newAwardRow(subject, facts(unit, 'GIA_DINH_VH', FIRST_AWARD_YEAR + Math.floor(rnd() * 21)), meta));
    if (pendingAwards.length >= TX_AWARDS) await flush();
  }
  await flush();

  // A rarer full name (held by a few people): the search of one person by name.
  for (const [n, c] of nameCount) {
    if (c >= 2 && c <= 5 && n.split(' ').length === 4) {
      rareName = n;
      break;
    }
  }
  if (!rareName) rareName = nameCount.keys().next().value ?? 'Nguyễn Văn An';
  const province = units.find((u) => u.kind === 'province' && u.province === 0) as BenchUnit;
  return { units: units.length, people, awards: written, provinceId: province.id, provinceName: province.name, rareName, decisionNumber };
}
