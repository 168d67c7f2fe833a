/**
 * Tells whether a piece of screen text is Vietnamese, so a browser test can walk every page and fail on English or
 * internal codes reaching the user ("Select all", "file-text", "DA_NOP_HO_SO", "Chọn thời điểm" for a date).
 * A word passes when it is a Vietnamese syllable (onset, vowel nucleus, coda, with any tone mark) or is on the
 * allow-list of abbreviations and names the office really prints.
 */

/** Abbreviations and product names an office uses in Vietnamese text (each one seen on a page, none English prose). */
const ALLOWED_WORDS = new Set([
  'ANTT', 'TT', 'BCA', 'UBND', 'HĐND', 'NĐ', 'CP', 'QĐ', 'QH', 'UBTVQH', 'NQ', 'CV', 'BC', 'TTr', 'KH', 'CAND', 'CAT', 'CAP', 'CAX',
  'PV', 'VT', 'KDC', 'TTATGT', 'MẪU', 'STT', 'Excel', 'Word', 'PDF', 'SQLite', 'ANTT Desk', 'Desk', 'xlsx', 'docx', 'zip', 'TCCQĐP',
  'TPHCM', 'TNHH', 'THPT', 'THCS', 'CATP', 'HCM', 'BR', 'VT', 'Ctrl', 'Enter', 'Tab', 'Esc', 'SHA', 'MB', 'KB', 'GB', 'WAL', 'BCĐ', 'Camera', 'USB', 'XDPT'
])

/** Phrases that are Vietnamese but wrong where they appear (a date field is typed dd/mm/yyyy, not "a moment"). */
export const FORBIDDEN_PHRASES = ['Chọn thời điểm', 'Select', 'Search', 'Cancel', 'Loading', 'No data', 'undefined', 'null', 'NaN', '[object']

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g
const SYLLABLE = /^(ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?([aăâeêioôơuưy]{1,3})(ch|ng|nh|[cmnpt])?$/

/** True when `word` (letters only) is one Vietnamese syllable in any case, with or without tone marks. */
export function isVietnameseSyllable(word: string): boolean {
  const bare = word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC').toLowerCase()
  return SYLLABLE.test(bare)
}

/** A token that looks like code: SNAKE_CASE, camelCase, kebab-case words ("file-text"), or a DOC-XX-YY key. */
function looksLikeCode(token: string): boolean {
  return /[A-Za-z]_[A-Za-z]/.test(token) || /[a-z][A-Z]/.test(token) || /^[a-z]+(-[a-z]+)+$/.test(token) || /^[A-Z]+(-[A-Z0-9]+){2,}$/.test(token)
}

/** File paths and file names are shown as they are on disk (a backup's folder, a .docx's name). */
const PATHS_AND_FILE_NAMES = /(?:[A-Za-z]:\\|\/)\S+|\S*\.(?:zip|sqlite|db|xlsx|docx|pdf|json|partial|anttdesk)\b/g

/** A date field's hint: the format the office types, as ux.md shows it. */
const DATE_FORMAT_HINT = /dd\/mm\/yyyy/g

/** The words of `text` that are not Vietnamese (and the phrases that must not appear), each once; `names` are data (a user name). */
export function foreignWords(text: string, names: readonly string[] = []): string[] {
  const found = new Set<string>()
  for (const phrase of FORBIDDEN_PHRASES) if (text.includes(phrase)) found.add(phrase)
  for (const token of text.normalize('NFC').replace(DATE_FORMAT_HINT, ' ').replace(PATHS_AND_FILE_NAMES, ' ').split(/[\s,.;:!?()[\]{}"“”'‘’/\\|<>=+*&%#@…–—]+/u)) {
    if (!token || names.includes(token)) continue
    if (looksLikeCode(token)) {
      found.add(token)
      continue
    }
    for (const word of token.split(/[^\p{L}]+/u)) {
      if (!word || word.length === 1 || ALLOWED_WORDS.has(word) || names.includes(word) || isVietnameseSyllable(word)) continue
      found.add(word)
    }
  }
  return [...found]
}
