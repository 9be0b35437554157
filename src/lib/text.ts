/**
 * Vietnamese text folding for search: the one function that writes every `search` column and
 * folds every query, so SQLite and PostgreSQL match identically (stack.md §C).
 */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text stored as typed by the user, but in one Unicode form. */
export function normalizeInput(input: string): string {
  return input.normalize('NFC').replace(/\s+/g, ' ').trim();
}

const collator = new Intl.Collator('vi', { sensitivity: 'base' });

/** Vietnamese alphabetical order (Đ after D), for lists sorted in the app. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}
