/** Server-side messages by error code, Vietnamese first (English second locale). */
export type Locale = 'vi' | 'en';

const vi = {
  validation: 'Dữ liệu không hợp lệ',
  unauthenticated: 'Bạn cần đăng nhập',
  forbidden: 'Bạn không có quyền thực hiện thao tác này',
  csrf: 'Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token); hãy tải lại trang',
  not_found: 'Không tìm thấy {{entity}}',
  conflict: 'Không thực hiện được: {{reason}}',
  bad_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng',
  throttled: 'Đăng nhập sai quá nhiều lần; hãy thử lại sau {{minutes}} phút',
  account_inactive: 'Tài khoản đã bị khóa',
  wrong_password: 'Mật khẩu hiện tại không đúng',
  too_large: 'Tệp vượt quá dung lượng cho phép ({{limit}})',
  internal: 'Lỗi hệ thống; vui lòng thử lại hoặc báo quản trị viên',
  duplicate: 'bản ghi này đã tồn tại',
  feedback_throttled: 'Bạn đã gửi nhiều ý kiến trong thời gian ngắn; hãy thử lại sau {{minutes}} phút',
} as const;

export type MessageCode = keyof typeof vi;

const en: Record<MessageCode, string> = {
  validation: 'Invalid input',
  unauthenticated: 'Please log in',
  forbidden: 'You are not allowed to do this',
  csrf: 'Missing or wrong anti-forgery token (X-CSRF-Token); reload the page',
  not_found: '{{entity}} not found',
  conflict: 'Could not be done: {{reason}}',
  bad_credentials: 'Wrong username or password',
  throttled: 'Too many failed logins; try again in {{minutes}} minutes',
  account_inactive: 'This account is disabled',
  wrong_password: 'The current password is wrong',
  too_large: 'The file is larger than allowed ({{limit}})',
  internal: 'System error; please retry or contact the administrator',
  duplicate: 'this record already exists',
  feedback_throttled: 'Too much feedback in a short time; try again in {{minutes}} minutes',
};

const catalogs: Record<Locale, Record<MessageCode, string>> = { vi, en };

export function message(locale: Locale, code: MessageCode, params: Record<string, string | number> = {}): string {
  return catalogs[locale][code].replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

export function localeOf(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
