import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../../lib/text.js';
import { normalizeTags } from './catalog.js';

describe('practice tags', () => {
  it('trims, drops empties and duplicates that differ only by case or diacritics', () => {
    expect(normalizeTags(['  Nông thôn mới ', 'nong thon moi', '', 'Chuyển đổi số', 'NÔNG THÔN MỚI'], foldVietnamese)).toEqual(['Nông thôn mới', 'Chuyển đổi số']);
  });
  it('keeps at most twelve tags of at most forty characters', () => {
    const many = Array.from({ length: 20 }, (_, i) => `thẻ ${i} ${'x'.repeat(50)}`);
    const out = normalizeTags(many, foldVietnamese);
    expect(out).toHaveLength(12);
    expect(out.every((t) => t.length <= 40)).toBe(true);
  });
});
