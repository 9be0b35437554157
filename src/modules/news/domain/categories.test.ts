import { describe, expect, it } from 'vitest';
import { isLive } from './categories.js';

describe('news visibility', () => {
  it('shows published posts once their time has come, never drafts', () => {
    const now = '2024-02-21T08:00:00.000Z';
    expect(isLive({ status: 'published', publish_at: '2024-02-08T09:04:00.000Z' }, now)).toBe(true);
    expect(isLive({ status: 'published', publish_at: '2024-03-01T00:00:00.000Z' }, now)).toBe(false);
    expect(isLive({ status: 'submitted', publish_at: '2024-02-08T09:04:00.000Z' }, now)).toBe(false);
    expect(isLive({ status: 'published', publish_at: null }, now)).toBe(false);
  });
});
