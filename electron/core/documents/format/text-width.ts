/**
 * Approximate advance widths of Times New Roman (Liberation Serif has the same metrics), in ems, by character class.
 * Used only to size the short rules under the issuer, the motto and the trích yếu (33–50 % of a line is legal,
 * so a few per cent of error does not matter) and to widen the header's right column when a date line is long.
 * Within ±5 % of the documents.md §1.5 fixtures (motto 13 pt bold = 3183 twips; "ỦY BAN NHÂN DÂN" 12 pt bold = 2260).
 */
const NARROW_LOWER = new Set('fijlrt')
const WIDE_LOWER = new Set('mw')
const NARROW_UPPER = new Set('IJ')
const WIDE_UPPER = new Set('MW')

function charEm(ch: string, bold: boolean): number {
  const base = ch.normalize('NFD')[0] ?? ch
  if (base === ' ') return 0.25
  if (/\d/.test(base)) return 0.5
  const lower = base.toLowerCase()
  if (base !== lower) {
    if (NARROW_UPPER.has(base)) return bold ? 0.39 : 0.35
    if (WIDE_UPPER.has(base)) return bold ? 0.95 : 0.9
    return bold ? 0.72 : 0.68
  }
  if (lower !== base.toUpperCase()) {
    if (NARROW_LOWER.has(base) || base === 'đ') return base === 'đ' ? (bold ? 0.56 : 0.5) : bold ? 0.33 : 0.3
    if (WIDE_LOWER.has(base)) return bold ? 0.8 : 0.74
    return bold ? 0.53 : 0.46
  }
  return bold ? 0.33 : 0.3
}

/** Width of `text` in twips at `pt` points. */
export function textWidth(text: string, pt: number, bold = false): number {
  let em = 0
  for (const ch of text.normalize('NFC')) em += charEm(ch, bold)
  return Math.round(em * pt * 20)
}
