import { normalizeText } from './normalize'

const COMBINING_MARKS = /[\u0300-\u036f]/g

/**
 * The search key of domain.md §9: diacritics removed, đ/Đ folded to d, lower case, spaces collapsed.
 * "Phường Thắng Nhất", "THẮNG NHẤT" and an NFD-typed "Thắng Nhất" all fold to the same key.
 */
export function fold(value: string): string {
  return normalizeText(value)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLocaleLowerCase('vi')
}

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/\bkp\.?(?=\s|\d|$)/g, 'khu pho '],
  [/\btdp\.?(?=\s|\d|$)/g, 'to dan pho '],
  [/\bp\.(?=\s|\d|$)/g, 'phuong '],
  [/\btt\.(?=\s|\d|$)/g, 'thi tran '],
  [/\bx\.(?=\s|\d|$)/g, 'xa ']
]

/**
 * The duplicate key of domain.md §9: the folded name with common abbreviations expanded, punctuation stripped and
 * leading zeros dropped, so "KP.01", "Khu phố 1" and "khu pho 1" are the same name.
 */
export function duplicateKey(value: string): string {
  return duplicateKeyOfFold(fold(value))
}

/** The duplicate key from a name already folded (the registry's writes fold each name once). */
export function duplicateKeyOfFold(folded: string): string {
  let key = folded
  for (const [pattern, replacement] of ABBREVIATIONS) key = key.replace(pattern, replacement)
  return key
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b0+(\d)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The words of a folded search (domain.md §9): every one must appear in the key, in the order typed. */
export function searchWords(query: string): string[] {
  return fold(query).split(' ').filter(Boolean)
}

/** The search as a LIKE pattern: the words in order, anything (or nothing) between them. */
export function likePattern(query: string): string {
  const words = searchWords(query).map((word) => word.replace(/[\\%_]/g, (ch) => '\\' + ch))
  return words.length === 0 ? '%' : `%${words.join('%')}%`
}
