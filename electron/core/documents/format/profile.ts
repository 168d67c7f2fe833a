/**
 * The format profile of documents.md §1.3: the few things an office may change, each limited to the values
 * Nghị định 30/2020 allows. Everything else (paper, font, colour, bold/italic/case rules) is fixed.
 */
export interface FormatProfile {
  marginTopMm: number
  marginBottomMm: number
  marginLeftMm: number
  marginRightMm: number
  /** The Quốc hiệu size; the Tiêu ngữ is one point larger and the body names follow the Quốc hiệu. */
  quocHieuPt: 12 | 13
  dateLinePt: 13 | 14
  vvPt: 12 | 13
  titlePt: 13 | 14
  bodyPt: 13 | 14
  tablePt: 12 | 13 | 14
  pageNumberPt: 13 | 14
  /** Line spacing as a multiple of single (1.0–1.5 in steps of 0.05). */
  lineSpacing: number
  paraBeforePt: number
  /** 567 (1 cm) or 720 (1,27 cm) twips. */
  firstLineIndent: 567 | 720
  signatureGapMm: number
}

export const DEFAULT_PROFILE: FormatProfile = {
  marginTopMm: 20,
  marginBottomMm: 20,
  marginLeftMm: 30,
  marginRightMm: 15,
  quocHieuPt: 12,
  dateLinePt: 13,
  vvPt: 12,
  titlePt: 14,
  bodyPt: 14,
  tablePt: 13,
  pageNumberPt: 14,
  lineSpacing: 1.2,
  paraBeforePt: 6,
  firstLineIndent: 567,
  signatureGapMm: 30
}

export interface ProfileViolation {
  ruleId: string
  field: keyof FormatProfile
  message: string
}

function inRange(value: unknown, min: number, max: number, whole = true): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!whole || Number.isInteger(value))
}

function oneOf(value: unknown, allowed: readonly number[]): boolean {
  return typeof value === 'number' && allowed.includes(value)
}

/** Every rule the profile breaks, with the documents.md rule ID and a Vietnamese message. Empty when legal. */
export function checkProfile(profile: FormatProfile): ProfileViolation[] {
  const out: ProfileViolation[] = []
  const add = (ok: boolean, ruleId: string, field: keyof FormatProfile, message: string) => {
    if (!ok) out.push({ ruleId, field, message: `${message} (đang là ${String(profile[field])}; quy tắc ${ruleId}).` })
  }
  add(inRange(profile.marginTopMm, 20, 25), 'ND30-MARGINS', 'marginTopMm', 'Lề trên phải là số nguyên từ 20 đến 25 mm')
  add(inRange(profile.marginBottomMm, 20, 25), 'ND30-MARGINS', 'marginBottomMm', 'Lề dưới phải là số nguyên từ 20 đến 25 mm')
  add(inRange(profile.marginLeftMm, 30, 35), 'ND30-MARGINS', 'marginLeftMm', 'Lề trái phải là số nguyên từ 30 đến 35 mm')
  add(inRange(profile.marginRightMm, 15, 20), 'ND30-MARGINS', 'marginRightMm', 'Lề phải phải là số nguyên từ 15 đến 20 mm')
  add(oneOf(profile.quocHieuPt, [12, 13]), 'ND30-QUOC-HIEU', 'quocHieuPt', 'Cỡ chữ Quốc hiệu phải là 12 hoặc 13')
  add(oneOf(profile.dateLinePt, [13, 14]), 'ND30-DATE', 'dateLinePt', 'Cỡ chữ dòng địa danh, ngày tháng phải là 13 hoặc 14')
  add(oneOf(profile.vvPt, [12, 13]), 'ND30-CONG-VAN-VV', 'vvPt', 'Cỡ chữ trích yếu công văn (V/v) phải là 12 hoặc 13')
  add(oneOf(profile.titlePt, [13, 14]), 'ND30-TEN-LOAI', 'titlePt', 'Cỡ chữ tên loại và trích yếu phải là 13 hoặc 14')
  add(oneOf(profile.bodyPt, [13, 14]), 'ND30-SIZES', 'bodyPt', 'Cỡ chữ nội dung phải là 13 hoặc 14')
  add(oneOf(profile.tablePt, [12, 13, 14]), 'ND30-SIZES', 'tablePt', 'Cỡ chữ trong bảng phải là 12, 13 hoặc 14')
  add(oneOf(profile.pageNumberPt, [13, 14]), 'ND30-PAGE-NUMBER', 'pageNumberPt', 'Cỡ chữ số trang phải là 13 hoặc 14')
  const steps = Math.round(profile.lineSpacing * 20)
  add(
    inRange(profile.lineSpacing, 1, 1.5, false) && Math.abs(profile.lineSpacing * 20 - steps) < 1e-9,
    'ND30-LINE-SPACING',
    'lineSpacing',
    'Giãn dòng phải từ 1,0 đến 1,5 dòng, theo bước 0,05'
  )
  add(inRange(profile.paraBeforePt, 6, 12), 'ND30-PARA-SPACING', 'paraBeforePt', 'Khoảng cách trước đoạn văn phải từ 6 đến 12 pt')
  add(oneOf(profile.firstLineIndent, [567, 720]), 'ND30-INDENT', 'firstLineIndent', 'Thụt đầu dòng phải là 1 cm hoặc 1,27 cm')
  add(inRange(profile.signatureGapMm, 20, 40), 'APP-SIGNATURE-GAP', 'signatureGapMm', 'Khoảng trống để ký, đóng dấu phải từ 20 đến 40 mm')
  return out
}

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4)
export const ptToHalf = (pt: number): number => pt * 2
export const ptToTwips = (pt: number): number => pt * 20

/** The page geometry in twips that every section uses. */
export interface PageGeometry {
  width: number
  height: number
  top: number
  bottom: number
  left: number
  right: number
  /** Text width. */
  tw: number
}

export const A4 = { short: 11906, long: 16838 } as const

export function pageGeometry(profile: FormatProfile, landscape = false): PageGeometry {
  const width = landscape ? A4.long : A4.short
  const height = landscape ? A4.short : A4.long
  const left = mmToTwips(profile.marginLeftMm)
  const right = mmToTwips(profile.marginRightMm)
  return { width, height, top: mmToTwips(profile.marginTopMm), bottom: mmToTwips(profile.marginBottomMm), left, right, tw: width - left - right }
}
