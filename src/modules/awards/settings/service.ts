/**
 * Board-edited settings: stored versions over the defaults of LAW.md. A version is never changed or
 * deleted; a later one for the same key and date supersedes it, so the record shows every change.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema.js';
import { newId, nowIso } from '../../../lib/ids.js';
import { normalizeInput } from '../../../lib/text.js';
import { badField, badInput } from '../../../server/errors.js';
import { recordAudit, type AuditWho } from '../../audit/audit.js';
import type { Actor } from '../../auth/actor.js';
import { requirePermission } from '../../auth/policy.js';
import { DEFAULT_SETTINGS, describeSetting, settingOn, type AnySettingVersion, type SettingKey, type Settings } from '../domain/settings.js';
import { SETTING_DESCRIPTIONS, SETTING_KEYS, domainProblems, valueProblems } from './values.js';

/** Calendar date of the server (UTC), the date "in the past" is measured from. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** YYYY-MM-DD that names a real day (no 2023-02-29). */
export function isRealDate(iso: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso);
}

interface StoredVersion {
  id: string;
  version: AnySettingVersion;
  reason: string;
  retroactive: boolean;
  createdBy: { id: string; name: string };
  createdAt: string;
  superseded: boolean;
}

async function storedVersions(db: Kysely<DB>): Promise<StoredVersion[]> {
  const rows = await db.selectFrom('award_settings').innerJoin('users', 'users.id', 'award_settings.created_by')
    .selectAll('award_settings').select('users.full_name')
    .orderBy('award_settings.created_at').orderBy('award_settings.id').execute();
  const list = rows.map((r): StoredVersion => ({
    id: r.id,
    // Stored only after valueProblems accepted it for this key, so the pair is well-typed.
    version: { key: r.key, value: JSON.parse(r.value_json) as unknown, effectiveFrom: r.effective_from, note: r.reason } as AnySettingVersion,
    reason: r.reason, retroactive: r.retroactive === 1, createdBy: { id: r.created_by, name: r.full_name }, createdAt: r.created_at, superseded: false,
  }));
  // Rows come oldest first (UUIDv7 ids break ties in time order): the last one per key and date stands.
  const last = new Map(list.map((s) => [`${s.version.key}|${s.version.effectiveFrom}`, s]));
  return list.map((s) => ({ ...s, superseded: last.get(`${s.version.key}|${s.version.effectiveFrom}`) !== s }));
}

/** The settings every eligibility check uses: the board's versions; `settingOn` falls back to the defaults. */
export async function loadSettings(db: Kysely<DB>): Promise<Settings> {
  return (await storedVersions(db)).filter((s) => !s.superseded).map((s) => s.version);
}

const presentDefault = (v: AnySettingVersion) => ({
  value: v.value, effectiveFrom: v.effectiveFrom, text: describeSetting(v), source: 'default' as const, reason: v.note ?? null,
  retroactive: false, createdBy: null, createdAt: null, superseded: false,
});
const presentStored = (s: StoredVersion) => ({
  id: s.id, value: s.version.value, effectiveFrom: s.version.effectiveFrom, text: describeSetting(s.version), source: 'board' as const,
  reason: s.reason, retroactive: s.retroactive, createdBy: s.createdBy, createdAt: s.createdAt, superseded: s.superseded,
});
type Presented = ReturnType<typeof presentDefault> | ReturnType<typeof presentStored>;

/** Every key with its meaning, the version in force on `today`, the versions still to come and the whole history. */
export async function listSettings(db: Kysely<DB>, today = todayIso()) {
  const stored = await storedVersions(db);
  const live = stored.filter((s) => !s.superseded).map((s) => s.version);
  const items = SETTING_KEYS.map((key) => {
    const board = stored.filter((s) => s.version.key === key);
    const defaults = DEFAULT_SETTINGS.filter((v) => v.key === key);
    const history: Presented[] = [...defaults.map(presentDefault), ...board.map(presentStored)]
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom) || (a.createdAt ?? '').localeCompare(b.createdAt ?? ''));
    const inForce = settingOn(live, key, today);
    // settingOn prefers a board version over a default, so a board entry with that date is the one in force.
    const current = board.find((s) => !s.superseded && s.version.effectiveFrom === inForce.effectiveFrom);
    return {
      key, description: SETTING_DESCRIPTIONS[key],
      current: current ? presentStored(current) : presentDefault(inForce as AnySettingVersion),
      upcoming: board.filter((s) => !s.superseded && s.version.effectiveFrom > today).map(presentStored),
      history,
    };
  });
  return { today, items };
}

export interface SettingInput {
  key: SettingKey;
  value: unknown;
  effectiveFrom: string;
  reason: string;
  retroactive?: boolean;
}

/**
 * Adds a version (board, admin). A start date before today would change results already given, so
 * it needs `retroactive: true`; the version and its audit entry commit together.
 */
export async function addSetting(db: Kysely<DB>, actor: Actor, who: AuditWho, input: SettingInput, today = todayIso()) {
  requirePermission(actor, 'awards.record');
  const problems = valueProblems(input.key, input.value);
  if (!isRealDate(input.effectiveFrom)) problems.push({ path: 'effectiveFrom', message: 'Ngày không hợp lệ (YYYY-MM-DD)' });
  const reason = normalizeInput(input.reason);
  if (reason.length < 5) problems.push({ path: 'reason', message: 'Ghi rõ lý do thay đổi (ít nhất 5 ký tự)' });
  if (problems.length) throw badInput(problems);
  const version = { key: input.key, value: input.value, effectiveFrom: input.effectiveFrom, note: reason } as AnySettingVersion;
  const domain = domainProblems(version);
  if (domain.length) throw badInput(domain);
  const retroactive = input.retroactive === true;
  if (input.effectiveFrom < today && !retroactive) {
    throw badField('effectiveFrom', `Ngày hiệu lực ${input.effectiveFrom} đã qua: thay đổi sẽ làm thay đổi các kết quả đã xét. Chọn từ ngày ${today} trở đi, hoặc gửi retroactive: true kèm lý do để áp dụng hồi tố`);
  }
  return db.transaction().execute(async (trx) => {
    const before = settingOn(await loadSettings(trx), input.key, input.effectiveFrom);
    const row = {
      id: newId(), key: input.key, value_json: JSON.stringify(input.value), effective_from: input.effectiveFrom, reason,
      retroactive: retroactive ? 1 : 0, created_by: actor.userId, created_at: nowIso(),
    };
    await trx.insertInto('award_settings').values(row).execute();
    await recordAudit(trx, who, {
      action: 'award_setting.add', entity: 'award_setting', entityId: input.key,
      before: { value: before.value, effectiveFrom: before.effectiveFrom },
      after: { id: row.id, value: input.value, effectiveFrom: input.effectiveFrom, reason, retroactive },
    });
    return { id: row.id, key: input.key, value: input.value, effectiveFrom: input.effectiveFrom, text: describeSetting(version), reason, retroactive, createdAt: row.created_at };
  });
}
