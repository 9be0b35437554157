/** Tập thể lao động xuất sắc (Law Art 27; criteria as in Bắc Ninh QĐ 86/2025). */
import { formatNumber } from '../../../../lib/format.js';
import { lawCite } from '../rule-sets.js';
import type { Reason } from '../types.js';
import { type RuleModule, disciplineCheck, manual, pass, ratingCheck, registrationCheck, settingFor, withSetting } from './common.js';
import { ldttShareCheck, memberDisciplineCheck, withMembers } from './collective.js';

export const ttldxs: RuleModule = (ctx) => {
  const article = lawCite(ctx.ruleSet, 27);
  const duties = withMembers(ctx, 'members_completed', article, (m) =>
    pass('members_completed', article, m.total > 0 && m.completedDuties === m.total,
      `${formatNumber(m.completedDuties)}/${formatNumber(m.total)} thành viên hoàn thành nhiệm vụ; yêu cầu 100%.`,
      `cần ${formatNumber(m.total - m.completedDuties)} thành viên nữa hoàn thành nhiệm vụ`));
  const cstdcs = withMembers(ctx, 'member_cstdcs', article, (m) =>
    pass('member_cstdcs', article, m.cstdcs >= 1, `Có ${formatNumber(m.cstdcs)} thành viên đạt CSTĐCS; yêu cầu ít nhất 1.`, 'cần ít nhất 1 thành viên đạt CSTĐCS'));
  // The no-discipline clause is [U] for TTLĐXS: applied only while the setting says so.
  const clause = settingFor(ctx, 'ttldxsNoDisciplinedMember');
  const members: Reason[] = clause.value ? [withSetting(memberDisciplineCheck(ctx, article), clause)] : [];
  return [
    ...registrationCheck(ctx),
    ratingCheck(ctx, 'HTXSNV', article),
    duties,
    ldttShareCheck(ctx, article),
    cstdcs,
    ...members,
    disciplineCheck(ctx),
    manual('conduct', article, 'Phong trào thi đua hiệu quả; đoàn kết, chấp hành pháp luật'),
  ];
};
