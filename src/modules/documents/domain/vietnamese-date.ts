import { isoDayNumber } from '../../../lib/iso-date.js';

/*
 * Dates as Decree 30/2020 writes them (Appendix I): Arabic numerals, a leading 0 on days below 10
 * and on months 1 and 2 only (so "tháng 01" cannot be turned into "tháng 11" by hand), never on
 * months 3 to 9.
 */

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** "ngày 05 tháng 02 năm 2024", "ngày 20 tháng 12 năm 2024", "ngày 15 tháng 3 năm 2025". */
export function vietnameseDateWords(isoDate: string): string {
  isoDayNumber(isoDate); // refuses text that is not a real day
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const month = m <= 2 ? pad2(m) : String(m);
  return `ngày ${pad2(d)} tháng ${month} năm ${y}`;
}

/**
 * The place-and-date line of a document: "Kon Tum, ngày 20 tháng 12 năm 2024". Without a date
 * (a draft, dated when signed) the numbers are left blank for the pen.
 */
export function vietnameseDatePhrase(place: string, isoDate: string | null): string {
  const words = isoDate ? vietnameseDateWords(isoDate) : 'ngày      tháng      năm      ';
  return `${place}, ${words}`;
}
