import { isoDayNumber } from '../../../lib/iso-date.js';
import { formatDate } from '../../../lib/format.js';

/*
 * Numbers and symbols of documents, Decree 30/2020 Art 15: numbers run per issuing body per
 * calendar year, from 01 on 1 January to 31 December; number + symbol is unique within the year.
 * The caller passes only the numbers of one issuer; the year is taken from each document's date.
 */

/** Document kinds by their Decree 30 Appendix III abbreviation, with the title printed on the page. */
export const DOCUMENT_KINDS = {
  QĐ: 'QUYẾT ĐỊNH',
  TTr: 'TỜ TRÌNH',
  BB: 'BIÊN BẢN',
  BC: 'BÁO CÁO',
  KH: 'KẾ HOẠCH',
  TB: 'THÔNG BÁO',
  HD: 'HƯỚNG DẪN',
  CT: 'CHỈ THỊ',
  NQ: 'NGHỊ QUYẾT',
  GM: 'GIẤY MỜI',
} as const;

export type DocumentKind = keyof typeof DOCUMENT_KINDS;

/** A number already given by the issuer, with the date of its document. */
export interface IssuedNumber {
  number: number;
  date: string;
}

const yearOf = (isoDate: string): number => {
  isoDayNumber(isoDate);
  return Number(isoDate.slice(0, 4));
};

/** The number the next document of the issuer dated `date` gets: 1 on the first of the year. */
export function nextDocumentNumber(issued: readonly IssuedNumber[], date: string): number {
  const year = yearOf(date);
  let max = 0;
  for (const i of issued) if (yearOf(i.date) === year && i.number > max) max = i.number;
  return max + 1;
}

/** Why `number` cannot be given to a document of the issuer dated `date`, in Vietnamese; null when it can. */
export function documentNumberProblem(issued: readonly IssuedNumber[], number: number, date: string): string | null {
  if (!Number.isInteger(number) || number < 1) return 'Số văn bản phải là số nguyên dương';
  const year = yearOf(date);
  const taken = issued.find((i) => i.number === number && yearOf(i.date) === year);
  return taken
    ? `Số ${formatNumberPart(number)} năm ${year} đã được cấp cho văn bản ngày ${formatDate(taken.date)}; mỗi số chỉ dùng một lần trong năm`
    : null;
}

/** Numbers below 10 are written with a leading 0 (01, 02 … 09), as Decree 30 prints them. */
export function formatNumberPart(number: number): string {
  return String(number).padStart(2, '0');
}

/** "163/QĐ-UBND", "05/BB-HĐTĐKT". */
export function formatDocumentSymbol(number: number, kind: string, issuerSymbol: string): string {
  return `${formatNumberPart(number)}/${kind}-${issuerSymbol}`;
}

/** Reads "163/QĐ-UBND" (as typed in imports) back into its parts; null when it is not of that shape. */
export function parseDocumentSymbol(text: string): { number: number; kind: string; issuerSymbol: string } | null {
  const m = /^\s*(?:Số:\s*)?0*(\d+)\s*\/\s*([\p{Lu}\p{Ll}]+)-([\p{Lu}\d][\p{Lu}\d.&-]*)\s*$/u.exec(text.normalize('NFC'));
  if (!m) return null;
  const number = Number(m[1]);
  return number > 0 ? { number, kind: m[2]!, issuerSymbol: m[3]! } : null;
}
