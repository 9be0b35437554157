/**
 * Pure plans of the synthetic data (no I/O): the unit tree, the indicator tree of one movement and
 * the value model. Scale 1 is the Kon Tum demo's shape (26 units, 21 indicators); scale N has N×
 * the units (a deeper tree: more departments and districts, then communes and schools) and N× the
 * indicators (N copies of the demo's 21-indicator tree, spread over the responsible units).
 */
import { type DemoIndicator, INDICATORS, UNITS } from '../src/db/seed/kontum-2024.js';

export interface PlannedUnit {
  code: string;
  name: string;
  kind: string;
  /** Code of the parent; parents always come before their children. */
  parent: string | null;
  shortName: string | null;
}

export interface PlannedIndicator {
  code: string;
  order: number;
  parentCode: string | null;
  name: string;
  template: DemoIndicator;
  /** Copy number of the demo's tree (0: the demo's own codes). */
  block: number;
  /** Code of the responsible unit. */
  responsible: string;
}

/** Deterministic PRNG (mulberry32): the same seed gives the same data on every run and engine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const PROVINCE = 'KONTUM';
const COMMITTEE = 'UBND-KT';

/** The demo's 26 units, then (scale > 1) extra departments and districts, communes and schools. */
export function planUnits(scale: number): PlannedUnit[] {
  const units: PlannedUnit[] = UNITS.map((u) => ({ code: u.code, name: u.name, kind: u.kind, parent: u.parent, shortName: u.shortName ?? null }));
  const total = UNITS.length * scale;
  const extraDepartments = Math.floor((scale - 1) / 7);
  const extraDistricts = Math.floor((scale - 1) / 10);
  for (let i = 1; i <= extraDepartments; i++) {
    units.push({ code: `SO${pad(i, 2)}`, name: `Sở chuyên ngành số ${i}`, kind: 'department', parent: COMMITTEE, shortName: null });
  }
  const districts = UNITS.filter((u) => u.kind === 'district').map((u) => u.code);
  for (let i = 1; i <= extraDistricts; i++) {
    const code = `HUYEN${pad(i, 2)}`;
    districts.push(code);
    units.push({ code, name: `Huyện Đắk Mới số ${i}`, kind: 'district', parent: PROVINCE, shortName: null });
  }
  const rest = Math.max(0, total - units.length);
  const communeCount = Math.round(rest * 0.45);
  const communes: string[] = [];
  for (let i = 1; i <= communeCount; i++) {
    const code = `XA${pad(i, 4)}`;
    communes.push(code);
    units.push({ code, name: `Xã Đắk Ring số ${i}`, kind: 'commune', parent: districts[i % districts.length] ?? PROVINCE, shortName: null });
  }
  for (let i = 1; i <= rest - communeCount; i++) {
    const parent = communes.length > 0 ? communes[i % communes.length] : districts[i % districts.length];
    units.push({ code: `TH${pad(i, 4)}`, name: `Trường Tiểu học và Trung học cơ sở số ${i}`, kind: 'school', parent: parent ?? PROVINCE, shortName: null });
  }
  return units;
}

/** Units that may be responsible for indicators: departments, agencies and districts. */
export function responsiblePool(units: PlannedUnit[]): string[] {
  return units.filter((u) => u.kind === 'department' || u.kind === 'agency' || u.kind === 'district').map((u) => u.code);
}

const TOP_LEVEL = INDICATORS.filter((i) => !i.parent).length; // 14

/**
 * One movement's indicators: `scale` blocks of the demo's 21 indicators. Block 0 keeps the demo's
 * codes (CT01 … CT14, CT11.1) and responsible units; block b renumbers the top level (CT15 …) and
 * spreads responsibility round-robin over the pool. Codes are the same every year, so the previous
 * regular movement always has last year's shape for the forecast.
 */
export function planIndicators(scale: number, pool: string[]): PlannedIndicator[] {
  const width = Math.max(2, String(TOP_LEVEL * scale).length);
  const out: PlannedIndicator[] = [];
  let n = 0;
  for (let b = 0; b < scale; b++) {
    const codeOf = (demoCode: string): string => {
      const [top = '', child] = demoCode.slice(2).split('.');
      const mapped = `CT${pad(b * TOP_LEVEL + Number(top), width)}`;
      return child === undefined ? mapped : `${mapped}.${child}`;
    };
    for (const t of INDICATORS) {
      const responsible = b === 0 ? t.responsible : (pool[n % pool.length] ?? t.responsible);
      out.push({
        code: codeOf(t.code),
        order: t.parent ? t.order : b * TOP_LEVEL + t.order,
        parentCode: t.parent ? codeOf(t.parent) : null,
        name: b === 0 ? t.name : `${t.name} (khối ${b + 1})`,
        template: t,
        block: b,
        responsible,
      });
      n++;
    }
  }
  return out;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * A plausible value of one period: flows (`sum`) add up to about the target over the year, levels
 * (`last`) sit around the target; change comparators move from the baseline.
 */
export function valueOf(t: DemoIndicator, periodsInYear: number, rnd: () => number): number {
  const r = rnd();
  switch (t.comparator) {
    case 'decrease_by':
      return round2((t.baseline ?? 0) - t.target * (0.6 + 0.7 * r));
    case 'increase_by':
      return round2((t.baseline ?? 0) + t.target * (0.6 + 0.7 * r));
    case 'rank_up_by':
      return Math.max(1, Math.round((t.baseline ?? 30) - 9 * r));
    default:
      return t.accumulation === 'sum' ? round2((t.target / periodsInYear) * (0.8 + 0.35 * r)) : round2(t.target * (0.92 + 0.12 * r));
  }
}
