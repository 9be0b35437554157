import { describe, expect, it } from 'vitest';
import { vietnameseSortKey } from './sort-key.js';

const byKey = (names: string[]): string[] => [...names].sort((a, b) => {
  const [x, y] = [vietnameseSortKey(a), vietnameseSortKey(b)];
  return x < y ? -1 : x > y ? 1 : 0;
});

describe('vietnameseSortKey', () => {
  it('puts Đ after D and tones in dictionary order', () => {
    expect(byKey(['Giang', 'Đức', 'Đặng', 'Dũng', 'Bình', 'Ánh', 'An'])).toEqual(['An', 'Ánh', 'Bình', 'Dũng', 'Đặng', 'Đức', 'Giang']);
    expect(byKey(['bạ', 'bá', 'bã', 'bả', 'bà', 'ba'])).toEqual(['ba', 'bà', 'bả', 'bã', 'bá', 'bạ']);
  });

  it('treats ă â ê ô ơ ư as letters of their own, after their base letter', () => {
    expect(byKey(['ư', 'u', 'ơ', 'ô', 'o', 'ê', 'e', 'â', 'ă', 'a'])).toEqual(['a', 'ă', 'â', 'e', 'ê', 'o', 'ô', 'ơ', 'u', 'ư']);
    expect(byKey(['Nguyễn Văn A', 'Nguyen Van B'])).toEqual(['Nguyen Van B', 'Nguyễn Văn A']);
  });

  it('sorts a shorter word first, word by word', () => {
    expect(byKey(['Anh', 'An Bình', 'An'])).toEqual(['An', 'An Bình', 'Anh']);
  });

  it('agrees with Intl.Collator("vi") on a register of names', () => {
    const names = [
      'Đặng Văn Đức', 'Đặng Thị Ánh', 'Dương Văn Anh', 'Y Hoa', 'Y Liên', 'A Thút', 'Phạm Thị Hồng Nhung', 'Nguyễn Thị Thu Hà',
      'Hoàng Văn Đạt', 'Lê Minh Tuấn', 'Trần Văn Đức', 'Ân Văn Bảy', 'Ăn', 'Hoa', 'Hoà', 'Hòa', 'Hóa', 'Ia H\'Drai', 'Ưng Hoàng Phúc', 'Uông Thị Lan',
    ];
    expect(byKey(names)).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('ignores case, punctuation and the Unicode form of the input', () => {
    expect(vietnameseSortKey('ĐẶNG VĂN ĐỨC')).toBe(vietnameseSortKey('Đặng Văn Đức'));
    expect(vietnameseSortKey('Đặng Văn Đức'.normalize('NFD'))).toBe(vietnameseSortKey('Đặng Văn Đức'));
    expect(vietnameseSortKey("  H'Drai  ")).toBe(vietnameseSortKey('HDrai'));
    expect(vietnameseSortKey('Đặng Văn Đức')).toMatch(/^[\x20-\x7e]+$/); // ASCII: bytewise order is the same everywhere
  });
});
