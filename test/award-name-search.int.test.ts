import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewAward } from '../src/db/schema.js';
import { foldVietnamese } from '../src/lib/text.js';
import { newAwardRow } from '../src/modules/awards/registry/award-row.js';
import { WINDOWS, type Windows } from '../src/modules/awards/registry/name-search.js';
import { countAwards, insertAwards, listAwards, type AwardFilter } from '../src/modules/awards/registry/repo.js';
import { createTestApp, ENGINES, type TestApp } from './harness.js';

/**
 * The name search's bounded walks (name-search.ts) against the definition of the search: every award
 * whose folded text contains the folded query, in (sort key, id) order — what the general search
 * returned before them. A register where many names match: Nguyễn Văn (and Nguyên, Nguyen, Ngô),
 * households "Hộ ông Nguyễn Văn …" (the match is not at the start), "Đặng", decisions sharing numbers.
 */
const FAMILY = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyên', 'Nguyen', 'Ngô', 'Lê', 'Trần', 'Đặng', 'Hộ ông Nguyễn', 'Lê Nguyễn'];
const MIDDLE = ['Văn', 'Văn', 'Vân', 'Thị', 'Văn Anh', 'Đức', 'Vạn'];
const GIVEN = ['An', 'Anh', 'Bình', 'Dũng', 'Hà', 'Tuấn', 'Vinh', 'Đạt', 'Yến'];

/** Small windows reach every branch (page proved by a walk, or handed to the general search) on a small register. */
const SMALL: Windows = { dense: 15, prefix: 40 };

function rnd(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe.each(ENGINES)('award name search on %s', (engine) => {
  let t: TestApp;
  /** Every award as the reference reads it: folded text, sort key, id, year, revoked. */
  let all: Array<{ id: string; search: string; sort_key: string; year: number; revoked: number; unit_path: string }>;
  let provincePath: string;

  const bytewise = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));
  const reference = (f: Omit<AwardFilter, 'limit'>): string[] => all
    .filter((a) => a.search.includes(f.folded ?? '') && (f.year === undefined || a.year === f.year)
      && (f.revoked === undefined || a.revoked === (f.revoked ? 1 : 0)) && (!f.path || a.unit_path.startsWith(f.path)))
    .sort((a, b) => bytewise(a.sort_key, b.sort_key) || bytewise(a.id, b.id))
    .map((a) => a.id);

  /** Every page through the keyset cursor, concatenated. */
  async function allPages(f: Omit<AwardFilter, 'limit' | 'after'>, limit: number, windows: Windows): Promise<string[]> {
    const out: string[] = [];
    let after: AwardFilter['after'];
    for (;;) {
      const rows = await listAwards(t.database.db, { ...f, after, limit: limit + 1 }, windows);
      const page = rows.slice(0, limit);
      out.push(...page.map((r) => r.id));
      const last = page[page.length - 1];
      if (rows.length <= limit || !last) return out;
      after = { sortKey: last.sort_key, id: last.id };
    }
  }

  beforeAll(async () => {
    t = await createTestApp(engine);
    const db = t.database.db;
    const units = await db.selectFrom('units').select(['id', 'path']).orderBy('path').execute();
    provincePath = units[0]!.path;
    const r = rnd(7);
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
    const rows: NewAward[] = [];
    for (let i = 0; i < 900; i++) {
      const unit = pick(units);
      const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
      const row = newAwardRow(
        { kind: name.startsWith('Hộ') ? 'household' : 'individual', id: null, name, unitId: unit.id, unitPath: unit.path, gender: null, ethnicity: null, isLeader: false },
        { awardType: 'LDTT', kind: 'regular', year: 2020 + (i % 5), decision: { number: `${(i % 40) + 1}/QĐ-UBND`, date: null, issuer: 'UBND tỉnh Kon Tum', issuerUnitId: null }, certificateNo: null, rewardAmount: null },
        { by: null, importId: null, now: '2025-01-01T00:00:00.000Z' },
      );
      rows.push({ ...row, revoked: i % 11 === 0 ? 1 : 0 });
    }
    await insertAwards(db, rows);
    all = await db.selectFrom('awards').select(['id', 'search', 'sort_key', 'year', 'revoked', 'unit_path']).execute();
  });
  afterAll(async () => { await t?.drop(); });

  const queries = ['nguyen van', 'Nguyễn Văn', 'nguyen', 'van', 'nguyen van tuan', 'ho ong nguyen', 'le nguyen van', 'le v', 'Đặng', 'dang van', '12/qd', 'qd-ubnd', 'ngo', 'zzz khong co'];

  it.each(queries)('"%s": every page, through the cursor, in the order of the plain search (small and default windows)', async (q) => {
    const folded = foldVietnamese(q);
    const want = reference({ path: null, folded });
    for (const windows of [SMALL, WINDOWS]) {
      expect(await allPages({ path: null, folded }, 7, windows)).toEqual(want);
    }
    // First page with the page size of the portal and of the registry.
    const first = await listAwards(t.database.db, { path: null, folded, limit: 51 }, SMALL);
    expect(first.map((r) => r.id)).toEqual(want.slice(0, 51));
  });

  it('with filters (year, live only, one unit\'s subtree) the pages are those of the plain search', async () => {
    for (const q of ['nguyen van', 'nguyen', 'van', 'ho ong nguyen']) {
      const folded = foldVietnamese(q);
      for (const extra of [{ year: 2022 }, { revoked: false }, { path: provincePath }]) {
        const f = { path: null, folded, ...extra };
        expect(await allPages(f, 9, SMALL)).toEqual(reference(f));
      }
    }
  });

  it('diacritics and đ do not matter: "nguyen van" finds "Nguyễn Văn", "dang" finds "Đặng"', async () => {
    const names = async (q: string) => (await listAwards(t.database.db, { path: null, folded: foldVietnamese(q), limit: 500 })).map((r) => r.subject_name);
    const nguyenVan = await names('nguyen van');
    expect(nguyenVan.some((n) => n.startsWith('Nguyễn Văn'))).toBe(true);
    expect(nguyenVan.some((n) => n.startsWith('Hộ ông Nguyễn Văn'))).toBe(true);
    expect((await names('dang')).some((n) => n.startsWith('Đặng'))).toBe(true);
  });

  it('counts up to the cap the matches the plain search finds, and says "more" above it', async () => {
    for (const q of ['nguyen van', 'nguyen', 'van', 'ho ong nguyen', 'le nguyen van', '12/qd', 'zzz khong co']) {
      const folded = foldVietnamese(q);
      for (const extra of [{}, { year: 2021 }, { revoked: false }]) {
        const n = reference({ path: null, folded, ...extra }).length;
        for (const cap of [10, 1000]) {
          expect(await countAwards(t.database.db, { path: null, folded, ...extra }, cap)).toBe(Math.min(n, cap + 1));
        }
      }
    }
  });
});
