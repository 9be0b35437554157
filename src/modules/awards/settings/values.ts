/** What each board-editable setting means, and whether a proposed value fits it; Vietnamese, naming the field. */
import { formatNumber } from '../../../lib/format.js';
import type { ErrorDetail } from '../../../server/errors.js';
import { isDayMonth, settingProblems, type AnySettingVersion, type SettingKey } from '../domain/settings.js';
import { AWARD_CODES, DISCIPLINE_FORMS } from '../domain/types.js';

/** One line per key for the settings screen; a Record so that a new key cannot be left undescribed. */
export const SETTING_DESCRIPTIONS: Record<SettingKey, string> = {
  minMonthsWorked: 'Số tháng công tác tối thiểu trong năm để được xét danh hiệu thi đua cá nhân hằng năm (thời gian nghỉ thai sản được tính)',
  registrationRequired: 'Cá nhân, tập thể không đăng ký thi đua đầu năm thì không được xét danh hiệu thi đua hằng năm',
  cstdcsQuotaPercent: 'Tỷ lệ tối đa số Chiến sĩ thi đua cơ sở so với số cá nhân đạt Lao động tiên tiến của đơn vị (null: không giới hạn)',
  individualDisciplineThreshold: 'Hình thức kỷ luật nhẹ nhất làm cá nhân không được xét danh hiệu trong năm bị kỷ luật',
  ttldxsNoDisciplinedMember: 'Tập thể lao động xuất sắc: không có thành viên bị kỷ luật từ cảnh cáo trở lên',
  clusterFlagProposals: 'Số đơn vị mỗi cụm, khối thi đua được đề nghị tặng Cờ thi đua cấp tỉnh',
  clusterCertificateProposals: 'Số đơn vị mỗi cụm, khối thi đua được đề nghị tặng Bằng khen cấp tỉnh (ngoài đơn vị dẫn đầu)',
  councilThresholdHigh: 'Tỷ lệ phiếu đồng ý tối thiểu trên tổng số thành viên Hội đồng khi xét CSTĐ toàn quốc, CSTĐ cấp tỉnh (%)',
  councilThresholdLow: 'Tỷ lệ phiếu đồng ý tối thiểu trên tổng số thành viên Hội đồng khi xét CSTĐ cơ sở, Cờ thi đua cấp tỉnh, Cờ thi đua của Chính phủ (%)',
  cstdTinhChainStep: 'Khoảng cách (năm) giữa hai lần CSTĐ cấp tỉnh vẫn được coi là liên tục khi xét CSTĐ toàn quốc (1: các năm liền nhau)',
  individualFormCoefficients: 'Hệ số tiền thưởng (× lương cơ sở) của các hình thức khen thưởng cá nhân mà văn bản chưa xác minh được',
  yearEndDueDay: 'Hạn cuối (ngày/tháng, dạng dd/mm) để đơn vị gửi hồ sơ khen thưởng tổng kết năm đến Ban Thi đua – Khen thưởng (áp dụng cho hồ sơ lập hoặc sửa từ ngày hiệu lực)',
  thematicDaysBefore: 'Số ngày trước ngày tổ chức sự kiện mà hồ sơ khen thưởng chuyên đề phải gửi đến (áp dụng cho hồ sơ lập hoặc sửa từ ngày hiệu lực)',
  reminderDaysBefore: 'Số ngày trước hạn nộp hồ sơ để nhắc đơn vị (thông báo trong phần mềm và e-mail nếu đã cấu hình)',
  disclosureWorkingDays: 'Số ngày làm việc công khai danh sách đề nghị khen thưởng (mặc định khi công bố)',
};

export const SETTING_KEYS = Object.keys(SETTING_DESCRIPTIONS) as SettingKey[];

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function numberProblem(v: unknown, min: number, max: number, integer: boolean): string | null {
  if (!isNumber(v)) return 'Phải là một số';
  if (integer && !Number.isInteger(v)) return 'Phải là số nguyên';
  if (v < min || v > max) return `Phải từ ${formatNumber(min)} đến ${formatNumber(max)}`;
  return null;
}

/** Short names of the deadline keys, so that their messages say which deadline is wrong. */
const DEADLINE_LABELS: Partial<Record<SettingKey, string>> = {
  yearEndDueDay: 'Hạn nộp hồ sơ tổng kết năm', thematicDaysBefore: 'Số ngày nộp trước sự kiện chuyên đề',
  reminderDaysBefore: 'Số ngày nhắc trước hạn', disclosureWorkingDays: 'Số ngày làm việc công khai',
};
const named = (key: SettingKey, message: string | null): ErrorDetail[] =>
  message ? [{ path: 'value', message: `${DEADLINE_LABELS[key]}: ${message.charAt(0).toLowerCase()}${message.slice(1)}` }] : [];

/** Problems of `value` for `key`, each naming its field (`value`, or `value.GK` inside the coefficients). */
export function valueProblems(key: SettingKey, value: unknown): ErrorDetail[] {
  const one = (message: string | null): ErrorDetail[] => (message ? [{ path: 'value', message }] : []);
  switch (key) {
    case 'minMonthsWorked':
      return one(numberProblem(value, 0, 12, false));
    case 'registrationRequired':
    case 'ttldxsNoDisciplinedMember':
      return one(typeof value === 'boolean' ? null : 'Phải là true hoặc false');
    case 'cstdcsQuotaPercent':
      return value === null ? [] : one(numberProblem(value, 0, 100, false));
    case 'councilThresholdHigh':
    case 'councilThresholdLow':
      return one(numberProblem(value, 1, 100, false));
    case 'clusterFlagProposals':
    case 'clusterCertificateProposals':
      return one(numberProblem(value, 0, 100, true));
    case 'cstdTinhChainStep':
      return one(numberProblem(value, 1, 10, true));
    case 'yearEndDueDay':
      return named(key, typeof value === 'string' && isDayMonth(value) ? null : 'ghi ngày/tháng dạng dd/mm có trong mọi năm, ví dụ 10/12');
    case 'thematicDaysBefore':
      return named(key, numberProblem(value, 0, 90, true));
    case 'reminderDaysBefore':
    case 'disclosureWorkingDays':
      return named(key, numberProblem(value, 1, 60, true));
    case 'individualDisciplineThreshold':
      return one(typeof value === 'string' && (DISCIPLINE_FORMS as readonly string[]).includes(value) ? null : `Phải là một trong: ${DISCIPLINE_FORMS.join(', ')}`);
    case 'individualFormCoefficients': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return one('Phải là bảng { mã hình thức: hệ số }');
      return Object.entries(value).flatMap(([code, n]) => {
        if (!(AWARD_CODES as readonly string[]).includes(code)) return [{ path: `value.${code}`, message: 'Không phải mã hình thức khen thưởng' }];
        const p = numberProblem(n, 0, 1000, false);
        return p ? [{ path: `value.${code}`, message: p }] : [];
      });
    }
  }
}

/** The domain's own check, last: its English messages are translated so the officer reads Vietnamese. */
const DOMAIN_MESSAGES: Record<string, ErrorDetail> = {
  'effectiveFrom must be YYYY-MM-DD': { path: 'effectiveFrom', message: 'Ghi ngày dạng YYYY-MM-DD' },
  'value must be a non-negative number': { path: 'value', message: 'Phải là số không âm' },
  'percent must not exceed 100': { path: 'value', message: 'Tỷ lệ không được quá 100' },
  'step must be a whole number ≥ 1': { path: 'value', message: 'Phải là số nguyên từ 1 trở lên' },
  'day must be DD/MM of every year': { path: 'value', message: 'Ghi ngày/tháng dạng dd/mm có trong mọi năm, ví dụ 10/12' },
};

export function domainProblems(v: AnySettingVersion): ErrorDetail[] {
  return settingProblems(v).map((p) => DOMAIN_MESSAGES[p] ?? { path: 'value', message: p });
}
