/**
 * Text as it is stored: NFC, trimmed, inner whitespace (incl. non-breaking spaces) collapsed to one space.
 * Applied at the contract boundary, never while the user types (Unikey/EVKey edit with synthetic backspaces).
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/[\s\u00a0\u202f\u2007]+/gu, ' ').trim()
}

/** Multi-line notes keep their line breaks; each line is cleaned like a single-line text. */
export function normalizeMultiline(value: string): string {
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t \u00a0\u202f\u2007]+/gu, ' ').trim())
    .join('\n')
    .trim()
}
