/** Cờ thi đua của Chính phủ (Law Art 25): leader of a cluster of the central council, or the best provincial leaders. */
import { lawCite } from '../rule-sets.js';
import { type RuleModule, disciplineCheck, manual, pass } from './common.js';

export const coCp: RuleModule = (ctx) => {
  const article = lawCite(ctx.ruleSet, 25);
  const leader = ctx.subject.clusterLeader === true;
  return [
    pass('cluster_leader', article, leader,
      leader ? `Dẫn đầu cụm, khối thi đua năm ${ctx.year}.` : `Không dẫn đầu cụm, khối thi đua năm ${ctx.year}.`,
      `cần dẫn đầu cụm, khối thi đua năm ${ctx.year}`),
    disciplineCheck(ctx),
    manual('central_selection', article,
      'Dẫn đầu cụm, khối do Hội đồng TĐKT Trung ương tổ chức, hoặc tiêu biểu xuất sắc nhất trong các đơn vị dẫn đầu cụm, khối của bộ, tỉnh; số lượng theo hướng dẫn hằng năm'),
  ];
};
