/**
 * Vietnamese alphabetical sort key, computed in the app and stored, so that SQLite and PostgreSQL
 * page through the registry in the same order with a plain bytewise index (no ICU needed).
 *
 * Built like a two-level collation key (the order `Intl.Collator('vi')` gives):
 * - primary: one ASCII character per letter of the Vietnamese alphabet, in its order
 *   (a ă â b c d đ e ê … o ô ơ … u ư …; f j w z in their Latin places), digits before letters,
 *   '#' between words, below every letter and digit (so "An Bình" < "Anh"); other characters are ignored;
 * - then '!', below every primary character (so "An" < "An Bình");
 * - secondary: one digit per letter for its tone, in dictionary order
 *   ngang 0 < huyền 1 < hỏi 2 < ngã 3 < sắc 4 < nặng 5 (so "Anh" < "Ánh" < "Ăn").
 * Upper and lower case sort together; ties are broken by id in the queries.
 */
const ALPHABET = ['a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'];
/** 'A' (0x41) onwards: 33 letters fit below 0x7f; digits 0–9 keep their own codes (below 'A'). */
const LETTER_CODE = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]));
const LEVEL_BREAK = '!';
const WORD_BREAK = '#';

/** Combining marks that make a letter of its own (ă â đ ê ô ơ ư) — they are primary. */
const LETTER_MARKS: Record<string, string> = { '\u0306': 'breve', '\u0302': 'circumflex', '\u031b': 'horn' };
/** Combining tone marks, secondary, by their place in dictionary order. */
const TONES: Record<string, number> = { '\u0300': 1, '\u0309': 2, '\u0303': 3, '\u0301': 4, '\u0323': 5 };
const WITH_MARK: Record<string, string> = {
  'a breve': 'ă', 'a circumflex': 'â', 'e circumflex': 'ê', 'o circumflex': 'ô', 'o horn': 'ơ', 'u horn': 'ư',
};

/** Splits a name into Vietnamese letters with their tone; NFD so composed and decomposed input agree. */
function letters(name: string): Array<{ letter: string; tone: number } | typeof WORD_BREAK> {
  const out: Array<{ letter: string; tone: number } | typeof WORD_BREAK> = [];
  let current: { letter: string; tone: number } | null = null;
  for (const ch of name.normalize('NFD').toLowerCase()) {
    const mark = LETTER_MARKS[ch];
    if (mark && current) {
      current.letter = WITH_MARK[`${current.letter} ${mark}`] ?? current.letter;
      continue;
    }
    if (TONES[ch] !== undefined && current) {
      current.tone = TONES[ch];
      continue;
    }
    if (/\s/.test(ch)) {
      current = null;
      if (out.length && out[out.length - 1] !== WORD_BREAK) out.push(WORD_BREAK);
      continue;
    }
    if (LETTER_CODE.has(ch) || /[0-9]/.test(ch)) {
      current = { letter: ch, tone: 0 };
      out.push(current);
    } else if (!/\p{M}/u.test(ch)) {
      current = null; // punctuation (H'Drai, Thu-Hà) is ignored; an unknown mark stays on its letter
    }
  }
  if (out[out.length - 1] === WORD_BREAK) out.pop();
  return out;
}

export function vietnameseSortKey(name: string): string {
  const parts = letters(name);
  const primary = parts.map((p) => (p === WORD_BREAK ? WORD_BREAK : LETTER_CODE.get(p.letter) ?? p.letter)).join('');
  const secondary = parts.map((p) => (p === WORD_BREAK ? '' : String(p.tone))).join('');
  return `${primary}${LEVEL_BREAK}${secondary}`;
}
