import { normalizeText } from './normalize'

/**
 * A byte-comparable sort key that orders like `Intl.Collator('vi', { numeric: true })`, so SQLite can ORDER BY an
 * indexed column (it has no Vietnamese collation and better-sqlite3 cannot register one).
 *
 * Layout: primary part (letters in Vietnamese alphabet order, digit runs as numbers), then \u0001, then the tones
 * of each letter (secondary level). Case is ignored.
 */
const ALPHABET = [
  'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'ô', 'ơ', 'p', 'q',
  'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z'
]
const LETTER_CODE = new Map(ALPHABET.map((letter, i) => [letter, String.fromCharCode(0x41 + i)]))
// Secondary order of the tones as the ICU Vietnamese collation sorts them: none, grave, hook, tilde, acute, dot.
const TONE_CODE: Record<string, string> = {
  '\u0300': '1',
  '\u0309': '2',
  '\u0303': '3',
  '\u0301': '4',
  '\u0323': '5'
}
const LETTER_MODIFIERS = new Set(['\u0306', '\u0302', '\u031b'])

export function vietnameseSortKey(value: string): string {
  const text = normalizeText(value).toLocaleLowerCase('vi').normalize('NFD')
  let primary = ''
  let tones = ''
  let i = 0
  while (i < text.length) {
    const ch = text[i] as string
    if (ch >= '0' && ch <= '9') {
      let j = i
      while (j < text.length && (text[j] as string) >= '0' && (text[j] as string) <= '9') j++
      const digits = text.slice(i, j).replace(/^0+(?=\d)/, '')
      primary += '0' + String.fromCharCode(0x30 + Math.min(digits.length, 40)) + digits
      i = j
      continue
    }
    // Gather the base letter with its combining marks.
    let j = i + 1
    let modifier = ''
    let tone = '0'
    while (j < text.length && /[\u0300-\u036f]/.test(text[j] as string)) {
      const mark = text[j] as string
      if (LETTER_MODIFIERS.has(mark)) modifier = mark
      else if (TONE_CODE[mark]) tone = TONE_CODE[mark]
      j++
    }
    const letter = (ch + modifier).normalize('NFC')
    const code = LETTER_CODE.get(letter)
    if (code) {
      primary += code
      tones += tone
    } else if (/\s/.test(ch)) {
      primary += '!'
    } else if (/\p{L}/u.test(ch)) {
      primary += '~' + ch
      tones += tone
    } else {
      primary += '"'
    }
    i = j
  }
  return primary + '\u0001' + tones
}

const collator = new Intl.Collator('vi', { numeric: true, sensitivity: 'base' })

/** Vietnamese comparison for lists sorted in application code. */
export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b)
}
