import { BorderStyle, PageOrientation, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { DOCUMENT_KINDS, formatDocumentSymbol, type DocumentKind } from '../domain/numbering.js';
import { vietnameseDatePhrase, vietnameseDateWords } from '../domain/vietnamese-date.js';
import { A4, MARGINS, layoutTable, line, mm, packDocument, para, rule, run, textWidth, type Align } from './layout.js';

/*
 * An administrative document in the layout of Decree 30/2020/NĐ-CP (Appendix I; LAW.md §7):
 * decisions, submissions, minutes, reports. The input is plain data, so a service can build it
 * from rows and a test can write it by hand.
 */

export interface Issuer {
  /** The body above the issuer, printed in regular capitals above it (e.g. "UBND TỈNH KON TUM"). */
  superior?: string;
  /** The issuing body, printed bold in capitals (e.g. "ỦY BAN NHÂN DÂN\nTỈNH KON TUM"); "\n" breaks the line. */
  name: string;
  /** Abbreviation after the kind in the symbol: "UBND" in "163/QĐ-UBND". */
  symbol: string;
  /** Place name of the date line: "Kon Tum". */
  place: string;
}

export interface InlineRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** A paragraph of free-form body text: plain text, or runs for mixed bold and italic. */
export interface BodyParagraph {
  text?: string;
  runs?: InlineRun[];
  bold?: boolean;
  italic?: boolean;
  /** Justified by default, as Decree 30 wants body text. */
  align?: Align;
  /** First-line indent; true by default for justified text. */
  indent?: boolean;
}

export interface DocTableColumn {
  title: string;
  /** Relative width; columns share the text width in proportion (default 1). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

/** A group heading inside a table ("I. TẬP THỂ"); numbering (STT) starts again after it. */
export interface DocTableGroup {
  group: string;
}

export interface DocTable {
  columns: DocTableColumn[];
  rows: (string[] | DocTableGroup)[];
  /** Adds the "STT" column numbered 1, 2, 3…; true by default. */
  numbered?: boolean;
}

export type BodyBlock = string | BodyParagraph | { table: DocTable };

export interface Article {
  /** The first paragraph follows "Điều n." on the same line. */
  paragraphs: string[];
}

export type SignatureMode = 'TM' | 'KT' | 'TL' | 'TUQ';

/**
 * Signature block (Decree 30 Art 13): "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH", "KT. CHỦ TỊCH / PHÓ CHỦ
 * TỊCH", "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG", "TUQ. CHỦ TỊCH / GIÁM ĐỐC SỞ NỘI VỤ", or only the title.
 */
export interface Signature {
  mode: SignatureMode | null;
  /** Who the signer acts for, after the mode: "ỦY BAN NHÂN DÂN" (TM) or "CHỦ TỊCH" (KT, TL, TUQ). */
  onBehalfOf?: string;
  /** The signer's own title: "CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  title: string;
  name: string;
}

export interface Annex extends DocTable {
  /** "DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH" */
  title: string;
  /** Italic line under the title; by default "(Kèm theo Quyết định số 163/QĐ-UBND ngày 20 tháng 12 năm 2024)". */
  subtitle?: string;
}

export interface OfficialDocument {
  issuer: Issuer;
  kind: DocumentKind;
  /** Null on a draft: numbers are given after signature (Decree 30 Art 15), so the space stays blank. */
  number: number | null;
  /** ISO date; null on a draft (the date is written when signed). */
  date: string | null;
  /** Printed title; by default the kind's ("QUYẾT ĐỊNH"). */
  title?: string;
  /** Trích yếu: "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh". */
  summary?: string;
  /** "Kính gửi:" lines of a submission or report. */
  addressees?: string[];
  /** "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KON TUM", bold, centred. */
  authority?: string;
  /** "Căn cứ …" lines, italic; the kit ends each with ";" and the last with `lastBasisEnd`. */
  bases?: string[];
  /** "," by default (LAW.md §7); some bodies end the last basis with ".". */
  lastBasisEnd?: ',' | '.';
  /** The enacting word before the articles; "QUYẾT ĐỊNH:" for a decision with articles. */
  enacting?: string;
  articles?: Article[];
  /** Free-form body (minutes, reports), after the articles if both are given. */
  body?: BodyBlock[];
  /** Recipients, without "Nơi nhận:"; "- " is added, ";" ends each, "." the last; "- Lưu: VT." is added when no line starts with "Lưu". */
  recipients: string[];
  signature: Signature;
  annex?: Annex;
}

const BODY = 14;
const WIDTH = textWidth(A4.width);
/** Header and footer columns: the body name on the left, the national name on the right. */
const HEADER = [mm(62), WIDTH - mm(62)] as const;
const FOOTER = [mm(80), WIDTH - mm(80)] as const;

/** "Số: 163/QĐ-UBND", or "Số:      /QĐ-UBND" before the number is given. */
export function numberLine(doc: Pick<OfficialDocument, 'number' | 'kind' | 'issuer'>): string {
  return doc.number === null
    ? `Số:        /${doc.kind}-${doc.issuer.symbol}`
    : `Số: ${formatDocumentSymbol(doc.number, doc.kind, doc.issuer.symbol)}`;
}

function header(doc: OfficialDocument): Table {
  const [left, right] = HEADER;
  const body = [
    ...(doc.issuer.superior ? [line(doc.issuer.superior.toUpperCase(), { size: 12 }, { align: 'center' })] : []),
    line(doc.issuer.name.toUpperCase(), { size: 12, bold: true }, { align: 'center' }),
    rule(left, mm(20)),
  ];
  const nation = [
    line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: 12, bold: true }, { align: 'center' }),
    line('Độc lập - Tự do - Hạnh phúc', { size: 13, bold: true }, { align: 'center' }),
    rule(right, mm(60)),
  ];
  return layoutTable(HEADER, [
    [body, nation],
    [
      [line(numberLine(doc), { size: 13 }, { align: 'center', before: 6 })],
      [line(vietnameseDatePhrase(doc.issuer.place, doc.date), { size: 14, italic: true }, { align: 'center', before: 6 })],
    ],
  ]);
}

function titleBlock(doc: OfficialDocument): Paragraph[] {
  const out = [line(doc.title ?? DOCUMENT_KINDS[doc.kind], { bold: true }, { align: 'center', before: 18 })];
  if (doc.summary) out.push(line(doc.summary, { bold: true }, { align: 'center' }), rule(WIDTH, mm(40)));
  if (doc.addressees?.length) out.push(...addressees(doc.addressees));
  if (doc.authority) out.push(line(doc.authority.toUpperCase(), { bold: true }, { align: 'center', before: 6, after: 6 }));
  return out;
}

function addressees(names: string[]): Paragraph[] {
  if (names.length === 1) return [line(`Kính gửi: ${names[0]}`, {}, { align: 'center', before: 12, after: 6 })];
  return [
    line('Kính gửi:', {}, { align: 'center', before: 12 }),
    // The list stands under "Kính gửi:", indented from the margin as the forms print it.
    ...names.map((n, i) =>
      para([run(`- ${n}${i === names.length - 1 ? '.' : ';'}`)], { indentLeft: mm(45), after: i === names.length - 1 ? 6 : 0 }),
    ),
  ];
}

/** Strips the punctuation a caller may have typed so the kit can put the right one. */
const bare = (s: string): string => s.trim().replace(/[;,.]+$/, '');

function bases(doc: OfficialDocument): Paragraph[] {
  const list = doc.bases ?? [];
  return list.map((b, i) =>
    line(`${bare(b)}${i === list.length - 1 ? (doc.lastBasisEnd ?? ',') : ';'}`, { italic: true }, {
      align: 'justify',
      firstLine: true,
      after: 6,
    }),
  );
}

function articleParagraphs(articles: Article[]): Paragraph[] {
  return articles.flatMap((a, n) =>
    a.paragraphs.map((text, i) =>
      para(i === 0 ? [run(`Điều ${n + 1}. `, { bold: true }), run(text)] : [run(text)], {
        align: 'justify',
        firstLine: true,
        after: 6,
      }),
    ),
  );
}

function bodyParagraph(block: string | BodyParagraph): Paragraph {
  const b: BodyParagraph = typeof block === 'string' ? { text: block } : block;
  const runs = b.runs ?? [{ text: b.text ?? '' }];
  const align = b.align ?? 'justify';
  return para(
    runs.map((r) => run(r.text, { bold: r.bold ?? b.bold, italic: r.italic ?? b.italic })),
    { align, firstLine: b.indent ?? align === 'justify', after: 6 },
  );
}

function bodyBlocks(blocks: BodyBlock[]): (Paragraph | Table)[] {
  // A table is followed by a small gap, so the next paragraph does not stick to its bottom border.
  return blocks.flatMap((b) => (typeof b === 'object' && 'table' in b ? [dataTable(b.table, WIDTH), line('', { size: 6 })] : [bodyParagraph(b)]));
}

/** Appends "./." to the last paragraph of the body, where Decree 30 closes the content. */
function closeBody(doc: OfficialDocument): OfficialDocument {
  const end = (s: string): string => `${s.trimEnd().replace(/\.$/, '')}./.`;
  const body = doc.body ?? [];
  const lastIdx = body.length - 1;
  const last = body[lastIdx];
  if (last !== undefined && (typeof last === 'string' || !('table' in last))) {
    const closed: BodyBlock =
      typeof last === 'string'
        ? end(last)
        : last.runs?.length
          ? { ...last, runs: [...last.runs.slice(0, -1), { ...last.runs.at(-1)!, text: end(last.runs.at(-1)!.text) }] }
          : { ...last, text: end(last.text ?? '') };
    return { ...doc, body: [...body.slice(0, lastIdx), closed] };
  }
  if (body.length === 0 && doc.articles?.length) {
    const articles = [...doc.articles];
    const a = articles.at(-1)!;
    articles[articles.length - 1] = { paragraphs: [...a.paragraphs.slice(0, -1), end(a.paragraphs.at(-1) ?? '')] };
    return { ...doc, articles };
  }
  return { ...doc, body: [...body, { text: './.', align: 'right' }] };
}

function recipientLines(recipients: string[]): string[] {
  const items = recipients.map((r) => `- ${bare(r).replace(/^-\s*/, '')}`);
  if (!items.some((r) => /^-\s*Lưu\b/.test(r))) items.push('- Lưu: VT');
  return items.map((r, i) => `${r}${i === items.length - 1 ? '.' : ';'}`);
}

/** The signature block: mode and title in bold capitals, room for signature and seal, the name in bold. */
export function signatureLines(s: Signature): Paragraph[] {
  const heading = s.mode ? [`${s.mode}. ${(s.onBehalfOf ?? '').toUpperCase()}`.trim(), s.title.toUpperCase()] : [s.title.toUpperCase()];
  return [
    ...heading.map((h) => line(h, { bold: true }, { align: 'center' })),
    // Room for the handwritten signature and the seal (about 3 cm).
    ...Array.from({ length: 5 }, () => line('', {}, { align: 'center' })),
    line(s.name, { bold: true }, { align: 'center' }),
  ];
}

function footer(doc: OfficialDocument): Table {
  const received = [
    line('Nơi nhận:', { size: 12, bold: true, italic: true }),
    ...recipientLines(doc.recipients).map((r) => line(r, { size: 11 })),
  ];
  // One row that cannot split keeps "Nơi nhận" and the signer's name on the same page.
  return layoutTable(FOOTER, [[received, signatureLines(doc.signature)]], true);
}

const THIN = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN };

/** A bordered data table (annex lists, report tables); header repeated on every page. */
export function dataTable(table: DocTable, width: number): Table {
  const numbered = table.numbered ?? true;
  const columns: DocTableColumn[] = [...(numbered ? [{ title: 'STT', width: 0.5, align: 'center' as const }] : []), ...table.columns];
  const total = columns.reduce((s, c) => s + (c.width ?? 1), 0);
  const widths = columns.map((c) => Math.floor((width * (c.width ?? 1)) / total));
  const cell = (text: string, i: number, style: { bold?: boolean; align?: Align } = {}) =>
    new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      children: [line(text, { size: 13, bold: style.bold }, { align: style.align ?? columns[i]?.align ?? 'left', before: 2, after: 2 })],
    });
  let stt = 0;
  const rows = table.rows.map((r) => {
    if (!Array.isArray(r)) {
      stt = 0;
      return new TableRow({
        cantSplit: true,
        children: [
          new TableCell({
            columnSpan: columns.length,
            width: { size: width, type: WidthType.DXA },
            children: [line(r.group, { size: 13, bold: true }, { before: 2, after: 2 })],
          }),
        ],
      });
    }
    stt += 1;
    const values = numbered ? [String(stt), ...r] : r;
    return new TableRow({ cantSplit: true, children: columns.map((_, i) => cell(values[i] ?? '', i)) });
  });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: GRID,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.title, i, { bold: true, align: 'center' })) }),
      ...rows,
    ],
  });
}

function annexSection(doc: OfficialDocument, annex: Annex): (Paragraph | Table)[] {
  const kindName = DOCUMENT_KINDS[doc.kind].toLowerCase();
  const of = doc.number === null ? `số        /${doc.kind}-${doc.issuer.symbol}` : `số ${formatDocumentSymbol(doc.number, doc.kind, doc.issuer.symbol)}`;
  const when = doc.date ? vietnameseDateWords(doc.date) : 'ngày      tháng      năm      ';
  const subtitle = annex.subtitle ?? `(Kèm theo ${kindName[0]!.toUpperCase()}${kindName.slice(1)} ${of} ${when})`;
  return [
    line(annex.title.toUpperCase(), { bold: true }, { align: 'center', pageBreakBefore: true }),
    line(subtitle, { italic: true }, { align: 'center' }),
    rule(WIDTH, mm(40)),
    line('', {}, {}),
    dataTable(annex, WIDTH),
  ];
}

/** The document as a .docx file. */
export async function renderOfficialDocument(input: OfficialDocument): Promise<Buffer> {
  const doc = closeBody(input);
  const enacting = doc.enacting ?? (doc.kind === 'QĐ' && doc.articles?.length ? 'QUYẾT ĐỊNH:' : undefined);
  const children: (Paragraph | Table)[] = [
    header(doc),
    ...titleBlock(doc),
    ...bases(doc),
    ...(enacting ? [line(enacting, { bold: true }, { align: 'center', before: 6, after: 6 })] : []),
    ...articleParagraphs(doc.articles ?? []),
    ...bodyBlocks(doc.body ?? []),
    line('', {}, {}),
    footer(doc),
    ...(doc.annex ? annexSection(doc, doc.annex) : []),
  ];
  return packDocument({ title: doc.summary ?? doc.title ?? DOCUMENT_KINDS[doc.kind], bodySize: BODY }, [
    {
      properties: { page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGINS } },
      children,
    },
  ]);
}
