import type { Kysely } from 'kysely';
import type { DB, IndicatorValueRow } from '../../db/schema.js';

/** SQL of the targets module: indicators with their responsible unit, and their values. */
export type IndicatorWithUnit = Awaited<ReturnType<typeof listIndicators>>[number];

const indicatorQuery = (db: Kysely<DB>) =>
  db
    .selectFrom('indicators')
    .innerJoin('units', 'units.id', 'indicators.responsible_unit_id')
    .innerJoin('movements', 'movements.id', 'indicators.movement_id')
    .selectAll('indicators')
    .select(['units.name as unit_name', 'units.path as unit_path', 'movements.year as year']);

export const listIndicators = (db: Kysely<DB>, movementId: string) =>
  indicatorQuery(db).where('indicators.movement_id', '=', movementId).orderBy('indicators.order_no').execute();

export const listChildren = (db: Kysely<DB>, parentId: string) =>
  indicatorQuery(db).where('indicators.parent_id', '=', parentId).orderBy('indicators.order_no').execute();

export const findIndicator = (db: Kysely<DB>, id: string) => indicatorQuery(db).where('indicators.id', '=', id).executeTakeFirst();

/** Values that count: the current (non-superseded, non-returned) value of each period. */
export const RETAINED_STATUSES = ['submitted', 'accepted'] as const;

export const listRetainedValues = (db: Kysely<DB>, indicatorIds: string[], statuses: readonly string[]) =>
  indicatorIds.length === 0
    ? Promise.resolve([] as IndicatorValueRow[])
    : db.selectFrom('indicator_values').selectAll().where('indicator_id', 'in', indicatorIds).where('status', 'in', [...statuses]).orderBy('period_end').execute();

/** Last year's values of the indicators with the same codes in the previous regular movement (forecast shape). */
export const listLastYearValues = (db: Kysely<DB>, codes: string[], year: number, statuses: readonly string[]) =>
  codes.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('indicator_values')
        .innerJoin('indicators', 'indicators.id', 'indicator_values.indicator_id')
        .innerJoin('movements', 'movements.id', 'indicators.movement_id')
        .select(['indicators.code', 'indicator_values.period', 'indicator_values.value', 'indicator_values.kind'])
        .where('movements.year', '=', year - 1)
        .where('movements.kind', '=', 'regular')
        .where('indicators.code', 'in', codes)
        .where('indicator_values.status', 'in', [...statuses])
        .execute();

export const listValueHistory = (db: Kysely<DB>, indicatorId: string) =>
  db
    .selectFrom('indicator_values')
    .innerJoin('users as reporter', 'reporter.id', 'indicator_values.reported_by')
    .leftJoin('users as reviewer', 'reviewer.id', 'indicator_values.reviewed_by')
    .leftJoin('stored_files', 'stored_files.id', 'indicator_values.evidence_file_id')
    .selectAll('indicator_values')
    .select(['reporter.full_name as reporter_name', 'reviewer.full_name as reviewer_name', 'stored_files.name as file_name', 'stored_files.size as file_size'])
    .where('indicator_values.indicator_id', '=', indicatorId)
    .orderBy('indicator_values.reported_at', 'desc')
    .execute();

export const findValue = (db: Kysely<DB>, id: string) => db.selectFrom('indicator_values').selectAll().where('id', '=', id).executeTakeFirst();

export async function supersedePeriod(db: Kysely<DB>, indicatorId: string, period: string): Promise<void> {
  await db
    .updateTable('indicator_values')
    .set({ status: 'superseded' })
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', period)
    .where('status', 'in', ['submitted', 'accepted', 'returned'])
    .execute();
}

export async function insertValue(db: Kysely<DB>, row: IndicatorValueRow): Promise<void> {
  await db.insertInto('indicator_values').values(row).execute();
}

/** Conditional update: only a value still in `fromStatus` changes, so two reviewers cannot both win. */
export async function setValueStatus(
  db: Kysely<DB>, id: string, fromStatus: string, patch: Pick<IndicatorValueRow, 'status' | 'review_note' | 'reviewed_by' | 'reviewed_at'>,
): Promise<boolean> {
  const res = await db.updateTable('indicator_values').set(patch).where('id', '=', id).where('status', '=', fromStatus).executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function setEvidenceFile(db: Kysely<DB>, valueId: string, fileId: string): Promise<void> {
  await db.updateTable('indicator_values').set({ evidence_file_id: fileId }).where('id', '=', valueId).execute();
}

/** Values waiting for the board's review, oldest first (the board's to-do list). */
export const listSubmittedValues = (db: Kysely<DB>, limit: number) =>
  db
    .selectFrom('indicator_values')
    .innerJoin('indicators', 'indicators.id', 'indicator_values.indicator_id')
    .innerJoin('units', 'units.id', 'indicators.responsible_unit_id')
    .innerJoin('users as reporter', 'reporter.id', 'indicator_values.reported_by')
    .leftJoin('stored_files', 'stored_files.id', 'indicator_values.evidence_file_id')
    .selectAll('indicator_values')
    .select(['indicators.code', 'indicators.name', 'indicators.unit', 'indicators.responsible_unit_id', 'units.name as unit_name', 'reporter.full_name as reporter_name',
      'stored_files.name as file_name', 'stored_files.size as file_size'])
    .where('indicator_values.status', '=', 'submitted')
    .orderBy('indicator_values.reported_at')
    .limit(limit)
    .execute();
