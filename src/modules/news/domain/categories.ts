/** News categories (chuyên mục) of the portal, with their Vietnamese labels. */
export const NEWS_CATEGORIES = ['movement', 'award', 'model', 'cluster', 'announcement', 'other'] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];

export const NEWS_CATEGORY_LABELS: Record<NewsCategory, string> = {
  movement: 'Phong trào thi đua',
  award: 'Khen thưởng',
  model: 'Điển hình tiên tiến',
  cluster: 'Cụm, khối thi đua',
  announcement: 'Thông báo',
  other: 'Tin khác',
};

/** A published post is public once its posting time has come (scheduled posts wait). */
export const isLive = (n: { status: string; publish_at: string | null }, nowIso: string): boolean =>
  n.status === 'published' && n.publish_at !== null && n.publish_at <= nowIso;
