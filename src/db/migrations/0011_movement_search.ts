import type { Kysely } from 'kysely';
import { foldVietnamese } from '../../lib/text.js';

/**
 * A movement's folded `search` text also covers its theme and directive number (it held code and
 * title), so the list finds "08/CT-UBND" or "chuyen doi so". Re-folds the rows already stored with
 * the app's own folding, so both engines match the same. Migrations are immutable once merged.
 */
interface Row { id: string; code: string; title: string; theme: string; directive_number: string }

/** Frozen here (the app's rule lives in the movements module and may change later). */
const searchText = (m: Row): string => foldVietnamese([m.code, m.title, m.theme, m.directive_number].join(' '));

export async function up(db: Kysely<unknown>): Promise<void> {
  const d = db as unknown as Kysely<{ movements: Row & { search: string } }>;
  const rows = await d.selectFrom('movements').select(['id', 'code', 'title', 'theme', 'directive_number']).execute();
  for (const m of rows) await d.updateTable('movements').set({ search: searchText(m) }).where('id', '=', m.id).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const d = db as unknown as Kysely<{ movements: Row & { search: string } }>;
  const rows = await d.selectFrom('movements').select(['id', 'code', 'title']).execute();
  for (const m of rows) await d.updateTable('movements').set({ search: foldVietnamese(`${m.code} ${m.title}`) }).where('id', '=', m.id).execute();
}
