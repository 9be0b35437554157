/**
 * The review every public item goes through (models, good practices, news): a unit drafts and
 * submits, the board publishes or returns with reasons; a returned item is edited and submitted
 * again. Pure: who may act is decided by the caller's role (policy.ts), this says what may follow.
 */
export const PUBLICATION_STATUSES = ['draft', 'submitted', 'published', 'returned'] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

export type PublicationAction = 'submit' | 'publish' | 'return';

export const STATUS_LABELS: Record<PublicationStatus, string> = {
  draft: 'Bản nháp',
  submitted: 'Chờ duyệt',
  published: 'Đã đăng',
  returned: 'Trả lại',
};

const FROM: Record<PublicationAction, readonly PublicationStatus[]> = {
  submit: ['draft', 'returned'],
  // The board may publish its own draft directly, without submitting it to itself.
  publish: ['draft', 'submitted', 'returned'],
  return: ['submitted'],
};

const TO: Record<PublicationAction, PublicationStatus> = { submit: 'submitted', publish: 'published', return: 'returned' };

export type Transition = { ok: true; to: PublicationStatus } | { ok: false; message: string };

export function transition(from: PublicationStatus, action: PublicationAction, note?: string | null): Transition {
  if (!FROM[action].includes(from)) {
    return { ok: false, message: `Không thể ${ACTION_LABELS[action]} khi đang ở trạng thái "${STATUS_LABELS[from]}"` };
  }
  if (action === 'return' && !(note && note.trim().length >= 5)) {
    return { ok: false, message: 'Nhập lý do trả lại (ít nhất 5 ký tự) để đơn vị biết cần sửa gì' };
  }
  return { ok: true, to: TO[action] };
}

const ACTION_LABELS: Record<PublicationAction, string> = { submit: 'gửi duyệt', publish: 'đăng', return: 'trả lại' };

/** Units edit their own item while it is a draft or returned; the board edits at any time. */
export const editableByUnit = (status: PublicationStatus): boolean => status === 'draft' || status === 'returned';
