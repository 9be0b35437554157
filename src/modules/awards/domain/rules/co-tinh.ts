/** Cờ thi đua cấp bộ, ban, ngành, tỉnh (Law Art 26): the collective leading a cluster or block of the province. */
import { lawCite } from '../rule-sets.js';
import { type RuleModule, disciplineCheck, manual, pass, registrationCheck } from './common.js';

export const coTinh: RuleModule = (ctx) => {
  const article = lawCite(ctx.ruleSet, 26);
  const s = ctx.subject;
  return [
    ...registrationCheck(ctx),
    pass('cluster_leader', article, s.clusterLeader === true,
      s.clusterLeader === true ? `Dẫn đầu cụm, khối thi đua năm ${ctx.year}.` : `Không dẫn đầu cụm, khối thi đua năm ${ctx.year}.`,
      `cần dẫn đầu cụm, khối thi đua năm ${ctx.year}`),
    pass('exceeded_targets', article, s.exceededTargets === true,
      s.exceededTargets === true ? 'Hoàn thành vượt mức các chỉ tiêu.' : 'Chưa hoàn thành vượt mức các chỉ tiêu.',
      `cần hoàn thành vượt mức chỉ tiêu năm ${ctx.year}`),
    disciplineCheck(ctx),
    manual('conduct', article, 'Tiêu biểu của tỉnh; nội bộ đoàn kết; tổ chức đảng, đoàn thể HTXSNV; thực hành tiết kiệm, phòng chống tham nhũng'),
  ];
};
