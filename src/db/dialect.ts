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
 * `column` contains `folded`, tested row by row (`instr` / `strpos`): for scans over a bounded run
 * of another index, where PostgreSQL must not turn a LIKE into a trigram bitmap of every match.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the adapter does not depend on it
export function containsPlain(db: Kysely<any>, column: Expression<string>, folded: string): RawBuilder<SqlBool> {
  return isPostgres(db) ? sql<SqlBool>`strpos(${column}, ${folded}) > 0` : sql<SqlBool>`instr(${column}, ${folded}) > 0`;
}

/**
 * `column` starts with `folded`, as a bytewise range (an index range scan on both engines; COLLATE "C"
 * on PostgreSQL, whose default collation does not order bytewise). `folded` must not be empty.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the adapter does not depend on it
export function startsWithFolded(db: Kysely<any>, column: Expression<string>, folded: string): RawBuilder<SqlBool> {
  const chars = [...folded];
  const last = chars.pop() ?? '';
  // The least string above every string that starts with `folded`: its last character's successor.
  const upper = `${chars.join('')}${String.fromCodePoint((last.codePointAt(0) ?? 0) + 1)}`;
  const col = isPostgres(db) ? sql`${column} collate "C"` : sql`${column}`;
  return sql<SqlBool>`(${col} >= ${folded} and ${col} < ${upper})`;
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

/** A table's folded `search` column and its full-text companion (an FTS5 table on SQLite only). */
export interface FoldedIndex {
  column: Expression<string>;
  /** The integer key the FTS5 table is keyed by (its `content_rowid`). */
  rowid: Expression<number>;
  ftsTable: string;
}

/** Shorter queries have no trigram; they scan with LIKE on both engines. */
const TRIGRAM = 3;

/**
 * Substring match of a folded query, index-assisted on both engines with the same result as
 * `containsFolded`: SQLite asks the FTS5 trigram table (a quoted phrase of trigrams is a substring),
 * PostgreSQL's planner uses the GIN trigram index for LIKE by itself.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the FTS table is not in it
export function searchFolded(db: Kysely<any>, index: FoldedIndex, folded: string): RawBuilder<SqlBool> {
  if (isPostgres(db) || folded.length < TRIGRAM) return containsFolded(index.column, folded);
  const phrase = `"${folded.replace(/"/g, '""')}"`;
  const fts = sql.table(index.ftsTable);
  return sql<SqlBool>`${index.rowid} in (select rowid from ${fts} where ${fts} match ${phrase})`;
}

/** Adds rows to an external-content FTS5 table (nothing to do on PostgreSQL: its index follows the table). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the FTS table is not in it
export async function indexFolded(db: Kysely<any>, ftsTable: string, rows: ReadonlyArray<{ rowid: number; text: string }>): Promise<void> {
  if (isPostgres(db) || rows.length === 0) return;
  const values = sql.join(rows.map((r) => sql`(${r.rowid}, ${r.text})`));
  await sql`insert into ${sql.table(ftsTable)} (rowid, search) values ${values}`.execute(db);
}

/** sum(column) as a JS number on both engines, 0 over no rows (pg returns sums as strings). */
export function sumAsInteger(column: Expression<number>): RawBuilder<number> {
  return sql<number>`cast(coalesce(sum(${column}), 0) as integer)`;
}

/**
 * The id of the child of `rootPath` that a path lies under ('' for the root itself): groups a
 * subtree's rows by the root's direct children.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the adapter does not depend on it
export function childOf(db: Kysely<any>, pathColumn: Expression<string>, rootPath: string): RawBuilder<string> {
  const rest = sql`substr(${pathColumn}, ${rootPath.length + 1})`;
  // SQLite has no split_part; PostgreSQL refuses substr with a negative length (the root's own row).
  return isPostgres(db) ? sql<string>`split_part(${rest}, '/', 1)` : sql<string>`substr(${rest}, 1, instr(${rest}, '/') - 1)`;
}

/**
 * Whether a write outside an open transaction runs beside it on another pooled connection
 * (PostgreSQL), rather than waiting for it on SQLite's single connection (where it would deadlock).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the adapter does not depend on it
export const writesBesideTransaction = (db: Kysely<any>): boolean => isPostgres(db);
