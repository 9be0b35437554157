/**
 * A commendation decision as an official document (LAW.md §7 practice): Điều 1 confers the awards
 * on the annexed list, Điều 2 states the money and its source, Điều 3 names who carries it out.
 * Pure: rows in, the kit's plain data out.
 */
import { formatNumber } from '../../../lib/format.js';
import { CATALOGUE } from '../../awards/domain/catalogue.js';
import type { AwardCode } from '../../awards/domain/types.js';
import type { Annex, OfficialDocument, SignatureMode } from '../../documents/index.js';

export interface DecisionDraft {
  issuerName: string;
  issuerSymbol: string;
  place: string;
  number: number | null;
  date: string | null;
  summary: string;
  authority: string;
  bases: string[];
  signForm: 'TM' | 'KT' | 'none';
  signerTitle: string;
  signerName: string;
  fundingSource: string;
  recipients: string[];
  /** The proposing unit, whose head carries the decision out with the people it names. */
  proposingUnit: string;
  achievement: string;
}

export interface DecisionLine {
  name: string;
  subjectKind: string;
  position: string | null;
  unitName: string;
  awardType: AwardCode;
  amount: number | null;
}

const GROUPS: Array<[string, string]> = [['individual', 'Cá nhân'], ['collective', 'Tập thể'], ['household', 'Hộ gia đình']];

/** "cho 12 cá nhân và 3 tập thể" */
export function recipientsPhrase(lines: readonly DecisionLine[]): string {
  const parts = GROUPS.map(([k, label]) => [lines.filter((l) => l.subjectKind === k).length, label.toLowerCase()] as const).filter(([n]) => n > 0);
  return parts.map(([n, label]) => `${formatNumber(n)} ${label}`).join(' và ');
}

export const awardNames = (lines: readonly DecisionLine[]): string => [...new Set(lines.map((l) => CATALOGUE[l.awardType].name))].join(', ');

export function decisionDocument(d: DecisionDraft, lines: readonly DecisionLine[]): OfficialDocument {
  const total = lines.reduce((s, l) => s + (l.amount ?? 0), 0);
  const withMoney = lines.some((l) => l.amount !== null);
  const annex: Annex = {
    title: `Danh sách ${GROUPS.filter(([k]) => lines.some((l) => l.subjectKind === k)).map(([, l]) => l.toLowerCase()).join(', ')} được tặng ${awardNames(lines)}`,
    columns: [
      { title: 'Họ và tên, tên tập thể', width: 3 }, { title: 'Chức vụ, đơn vị', width: 4 }, { title: 'Hình thức', width: 2.5 },
      ...(withMoney ? [{ title: 'Tiền thưởng (đồng)', width: 1.8, align: 'right' as const }] : []),
    ],
    rows: GROUPS.flatMap(([k, label]) => {
      const group = lines.filter((l) => l.subjectKind === k);
      if (!group.length) return [];
      return [{ group: label }, ...group.map((l) => [
        l.name, [l.position, l.unitName].filter(Boolean).join(', '), CATALOGUE[l.awardType].name,
        ...(withMoney ? [l.amount === null ? '' : formatNumber(l.amount)] : []),
      ])];
    }),
  };
  const signature = d.signForm === 'none'
    ? { mode: null, title: d.signerTitle, name: d.signerName }
    : { mode: d.signForm as SignatureMode, onBehalfOf: d.signForm === 'TM' ? d.issuerName.split('\n')[0]! : 'Chủ tịch', title: d.signerTitle, name: d.signerName };
  return {
    issuer: { name: d.issuerName, symbol: d.issuerSymbol, place: d.place },
    kind: 'QĐ', number: d.number, date: d.date, summary: d.summary, authority: d.authority, bases: d.bases,
    articles: [
      { paragraphs: [`Tặng ${awardNames(lines)} cho ${recipientsPhrase(lines)} (có danh sách kèm theo), ${d.achievement}.`] },
      {
        paragraphs: [withMoney
          ? `Tiền thưởng kèm theo theo quy định, tổng cộng ${formatNumber(total)} đồng (mức thưởng từng trường hợp tại danh sách kèm theo), trích từ ${d.fundingSource}.`
          : `Kinh phí thực hiện từ ${d.fundingSource}.`],
      },
      { paragraphs: [`Chánh Văn phòng, Thủ trưởng ${d.proposingUnit}, các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.`] },
    ],
    recipients: d.recipients,
    signature,
    annex,
  };
}
