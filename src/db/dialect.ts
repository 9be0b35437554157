import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';

/** The only place, with the migrations, that knows which engine runs (stack.md A.6 §6). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the adapter does not depend on it
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Characters that LIKE treats specially, escaped so user text is matched literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column` (a folded search column) contains the folded query `folded`. */
export function containsFolded(column: Expression<string>, folded: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${column} like ${`%${escapeLike(folded)}%`} escape '\\'`;
}

/**
 * Units of a subtree by materialized path: a range scan on the path index, same on both engines
 * (paths are compared bytewise: COLLATE "C" on PostgreSQL, BINARY on SQLite).
 */
export function inSubtree(pathColumn: Expression<string>, rootPath: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${pathColumn} >= ${rootPath} and ${pathColumn} < ${`${rootPath}~`})`;
}

/** count(*) as a JS number on both engines (pg returns int8 as a string). */
export const countAll = sql<number>`cast(count(*) as integer)`;
