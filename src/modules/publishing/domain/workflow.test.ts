import { describe, expect, it } from 'vitest';
import { editableByUnit, transition } from './workflow.js';

describe('publication workflow', () => {
  it('submits a draft or a returned item, publishes, returns with a reason', () => {
    expect(transition('draft', 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(transition('returned', 'submit')).toEqual({ ok: true, to: 'submitted' });
    expect(transition('submitted', 'publish')).toEqual({ ok: true, to: 'published' });
    expect(transition('draft', 'publish')).toEqual({ ok: true, to: 'published' });
    expect(transition('submitted', 'return', 'Bổ sung ảnh minh họa')).toEqual({ ok: true, to: 'returned' });
  });

  it('refuses a return without a reason and steps out of order, saying why in Vietnamese', () => {
    expect(transition('submitted', 'return', ' ')).toMatchObject({ ok: false, message: expect.stringContaining('lý do') });
    expect(transition('published', 'submit')).toMatchObject({ ok: false, message: expect.stringContaining('Đã đăng') });
    expect(transition('draft', 'return', 'lý do đủ dài')).toMatchObject({ ok: false });
    expect(transition('published', 'publish')).toMatchObject({ ok: false });
  });

  it('lets units edit only drafts and returned items', () => {
    expect(editableByUnit('draft')).toBe(true);
    expect(editableByUnit('returned')).toBe(true);
    expect(editableByUnit('submitted')).toBe(false);
    expect(editableByUnit('published')).toBe(false);
  });
});
