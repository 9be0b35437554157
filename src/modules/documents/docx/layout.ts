import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';

/*
 * The page, font and building blocks every Decree 30/2020 document shares (Appendix I). Lengths
 * are in twips (1/20 pt, 1440 per inch); font sizes in points (docx wants half-points).
 */

export const mm = (millimetres: number): number => Math.round((millimetres * 1440) / 25.4);

/** A4, 210 × 297 mm. */
export const A4 = { width: mm(210), height: mm(297) } as const;

/** Margins of Decree 30 (top/bottom 20–25 mm, left 30–35, right 15–20): the smallest of each range. */
export const MARGINS = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } as const;

export const FONT = 'Times New Roman';

/*
 * Decree 30 requires Times New Roman. Machines without it (Debian servers, many Linux desktops)
 * must still lay the page out the same: Liberation Serif has the same metrics glyph for glyph, so
 * lines break at the same words. The font table declares it as the alternate name (w:altName),
 * which Word uses when the named font is missing, and gives the PANOSE class and family "roman" so
 * any application that ignores altName still picks a metric-compatible serif; LibreOffice maps
 * Times New Roman to Liberation Serif by its own replacement table as well. The text itself keeps
 * naming Times New Roman, so the file opens with the real font wherever it is installed.
 */
const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  `<w:font w:name="${FONT}"><w:altName w:val="Liberation Serif"/><w:panose1 w:val="02020603050405020304"/>` +
  '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
  '<w:font w:name="Liberation Serif"><w:panose1 w:val="02020603050405020304"/>' +
  '<w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>' +
  '</w:fonts>';

export type Align = 'left' | 'center' | 'right' | 'justify';

export const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export interface RunStyle {
  size?: number;
  bold?: boolean;
  italic?: boolean;
  caps?: boolean;
}

/** A run of text; "\n" in the text becomes a line break. */
export function run(text: string, style: RunStyle = {}): TextRun {
  const lines = text.split('\n');
  return new TextRun({
    children: lines.flatMap((line, i) => (i === 0 ? [line] : [new TextRun({ break: 1 }), line])),
    ...(style.size ? { size: style.size * 2 } : {}),
    ...(style.bold ? { bold: true } : {}),
    ...(style.italic ? { italics: true } : {}),
    ...(style.caps ? { allCaps: true } : {}),
  });
}

export interface ParaStyle {
  align?: Align;
  /** Space before and after, in points. */
  before?: number;
  after?: number;
  /** First-line indent of body text (1 cm), as officers type it. */
  firstLine?: boolean;
  /** Left indent of the whole paragraph, in twips. */
  indentLeft?: number;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
}

export function para(children: TextRun[], style: ParaStyle = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: ALIGN[style.align ?? 'left'],
    spacing: { before: (style.before ?? 0) * 20, after: (style.after ?? 0) * 20 },
    indent: { ...(style.firstLine ? { firstLine: mm(10) } : {}), ...(style.indentLeft ? { left: style.indentLeft } : {}) },
    ...(style.keepNext ? { keepNext: true } : {}),
    ...(style.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

/** One line of text in one style. */
export function line(text: string, runStyle: RunStyle, paraStyle: ParaStyle = {}): Paragraph {
  return para([run(text, runStyle)], paraStyle);
}

/**
 * A thin horizontal rule under the line above it, centred in a column of `width` twips and
 * `length` twips long: the short rules under the body name, the motto and the summary.
 */
export function rule(width: number, length: number): Paragraph {
  const side = Math.max(0, Math.round((width - length) / 2));
  // A tiny empty paragraph whose top border is the rule: it sits just under the line above
  // without shortening that line, which a bottom border on the line itself would need.
  return new Paragraph({
    children: [new TextRun({ text: '', size: 4 })],
    run: { size: 4 },
    indent: { left: side, right: side },
    spacing: { before: 60, after: 0, line: 240, lineRule: LineRuleType.AUTO },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
  });
}

/** Table cell margins (twips) small enough for the national name to fit on one line. */
const CELL_MARGIN = { top: 0, bottom: 0, left: 57, right: 57 };

/** A borderless table of fixed column widths: the header and the footer of a document. */
export function layoutTable(widths: readonly number[], rows: readonly (readonly Paragraph[])[][], cantSplit = false): Table {
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: CELL_MARGIN,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit,
          children: cells.map(
            (children, i) =>
              new TableCell({
                width: { size: widths[i] ?? 0, type: WidthType.DXA },
                children: children.length ? [...children] : [new Paragraph({})],
              }),
          ),
        }),
    ),
  });
}

/** Usable width between the margins of a page `pageWidth` twips wide. */
export const textWidth = (pageWidth: number): number => pageWidth - MARGINS.left - MARGINS.right;

export interface DocumentMeta {
  title: string;
  /** Body text size in points (13 or 14 under Decree 30). */
  bodySize: number;
}

/** Packs sections into a .docx: Times New Roman throughout, Vietnamese proofing, the font table above. */
export async function packDocument(meta: DocumentMeta, sections: ISectionOptions[]): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    creator: 'thidua',
    styles: {
      default: {
        document: {
          run: { font: FONT, size: meta.bodySize * 2, language: { value: 'vi-VN' } },
          // 1.15 lines: Vietnamese stacked marks (Ễ, Ặ) need more room than single spacing gives.
          paragraph: { spacing: { line: 276, lineRule: LineRuleType.AUTO } },
        },
      },
    },
    sections,
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE_XML }]);
}
