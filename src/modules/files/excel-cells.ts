/**
 * Reading cells of an uploaded workbook as the officer sees them, shared by the Excel imports
 * (award registry, ratings, targets' numbers). Pure: no database.
 */
import type ExcelJS from 'exceljs';
import { foldVietnamese, normalizeInput } from '../../lib/text.js';

export type Plain = string | number | Date | null;

/** A cell as the officer sees it: formulas by their result, rich text and links by their text. */
export function plainOf(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (typeof v === 'boolean') return v ? 'Có' : 'Không';
  if (typeof v !== 'object' || v instanceof Date) return v;
  if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainOf((v as ExcelJS.CellFormulaValue).result);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('hyperlink' in v) return plainOf(v.text as ExcelJS.CellValue);
  return null; // an error value (#N/A…) reads as blank: a required cell then says "chưa nhập"
}

export const textOf = (v: Plain): string => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : normalizeInput(String(v)));

/** Headers and labels compared without case, marks or punctuation. */
export const foldLabel = (s: string): string => foldVietnamese(s).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * Vietnamese writes 4.600 and 63,7; English-locale habits (63.7, 1,234.5) are read too when unambiguous.
 * A lone dot before exactly three digits groups thousands (Vietnamese first), a lone comma is decimal.
 */
export function parseVietnameseNumber(text: string): number | null {
  const m = /^([+-]?)([\d.,]+)%?$/.exec(text.replace(/[\s\u00a0]/g, ''));
  if (!m) return null;
  const body = m[2]!;
  const count = (ch: string): number => body.split(ch).length - 1;
  let decimal: '.' | ',' | null = null;
  if (count('.') && count(',')) decimal = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  else if (count(',') === 1) decimal = ',';
  else if (count('.') === 1 && !/\.\d{3}$/.test(body)) decimal = '.';
  const cut = decimal ? body.lastIndexOf(decimal) : body.length;
  const int = body.slice(0, cut);
  const frac = body.slice(cut + 1);
  // The integer part is plain digits, or groups of three split by the separator that is not the decimal one.
  const grouped = /^\d{1,3}([.,])\d{3}(?:\1\d{3})*$/.exec(int);
  if (!/^\d+$/.test(int) && !(grouped && grouped[1] !== decimal)) return null;
  if (decimal && !/^\d+$/.test(frac)) return null;
  return Number(`${m[1]}${int.replace(/[.,]/g, '')}${decimal ? `.${frac}` : ''}`);
}

export function readInteger(v: Plain): number | null | 'invalid' {
  if (v === null || textOf(v) === '') return null;
  const n = typeof v === 'number' ? v : parseVietnameseNumber(textOf(v));
  return n !== null && Number.isInteger(n) ? n : 'invalid';
}

/**
 * The header row (a title row or a few above it are tolerated) and the column of each known header.
 * `wanted` maps folded header texts (and aliases) to column keys; `enough` says when a row is the header row.
 */
export function findHeaderRow<K>(ws: ExcelJS.Worksheet, wanted: ReadonlyMap<string, K>, enough: (columns: ReadonlyMap<K, number>) => boolean, searchRows = 10): { row: number; columns: Map<K, number> } | null {
  for (let r = 1; r <= Math.min(searchRows, ws.rowCount); r++) {
    const columns = new Map<K, number>();
    ws.getRow(r).eachCell((cell, col) => {
      const key = wanted.get(foldLabel(textOf(plainOf(cell.value))));
      if (key !== undefined && !columns.has(key)) columns.set(key, col);
    });
    if (enough(columns)) return { row: r, columns };
  }
  return null;
}
