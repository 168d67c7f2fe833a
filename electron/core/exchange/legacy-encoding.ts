/**
 * V29: text typed in the legacy Vietnamese encodings (TCVN3/ABC, VNI) and read as Unicode shows Latin-1 letters that
 * Vietnamese never uses — “Ph­êng Th¾ng NhÊt” (TCVN3), “Phöôøng Thaéng Nhaát” (VNI). Vietnamese itself only uses these
 * Latin-1 letters: à á â ã è é ê ì í ò ó ô õ ù ú ý (and capitals).
 */
const VIETNAMESE_LATIN1 = new Set([...'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ'])

export const LEGACY_ENCODING_MESSAGE = 'Dữ liệu có vẻ dùng bảng mã cũ (TCVN3/VNI). Vui lòng chuyển sang Unicode trước khi nhập.'

export function looksLikeLegacyEncoding(text: string): boolean {
  for (const ch of text) {
    const code = ch.charCodeAt(0)
    if (code >= 0xa1 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch) && ch !== '×' && ch !== '°') return true
  }
  return false
}
