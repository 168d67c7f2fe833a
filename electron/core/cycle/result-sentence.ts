import type { AreaKind } from '../../../shared/domain/areas'
import type { UnitType } from '../../../shared/domain/units'
// Counts 1–9 are padded as in CV 1888 (“02 doanh nghiệp”); zero is “0”, never “00” (one formatter for every screen and document).
import { formatCount } from '../../../shared/text/numbers'

/** The figures of one year that the narrative sentence of domain.md §6 reads (reused by the documents). */
export interface RecognitionSummary {
  year: number
  /** The territory as written inside a sentence: “thành phố Vũng Tàu”; null when the office has not set it. */
  territory: string | null
  communes: { recognised: number; total: number; kinds: Partial<Record<AreaKind, number>> } | null
  /** Recognised units per other type, in the order they should be read. */
  others: Array<{ type: UnitType; recognised: number }>
  /** TT 23 calls schools “nhà trường”. */
  schoolWord?: string
}

const KIND_WORDS: Partial<Record<AreaKind, string>> = { PHUONG: 'phường', XA: 'xã', THI_TRAN: 'thị trấn', DAC_KHU: 'đặc khu' }
const TYPE_WORDS: Record<UnitType, string> = {
  KDC: 'khu dân cư',
  XA: 'xã, phường, thị trấn',
  CO_QUAN: 'cơ quan',
  DOANH_NGHIEP: 'doanh nghiệp',
  CSGD: 'cơ sở giáo dục'
}

/** “phường, xã”: the kinds present, the most numerous first. */
export function communeKindsWord(kinds: Partial<Record<AreaKind, number>>): string {
  const present = (Object.entries(kinds) as Array<[AreaKind, number]>).filter(([kind, n]) => n > 0 && KIND_WORDS[kind])
  present.sort((a, b) => b[1] - a[1])
  return present.map(([kind]) => KIND_WORDS[kind]).join(', ') || 'xã, phường'
}

/** A name at the start of a sentence part is lower-cased inside it: “Thành phố Vũng Tàu” → “thành phố Vũng Tàu”. */
export function inSentence(name: string): string {
  return name.charAt(0).toLocaleLowerCase('vi') + name.slice(1)
}

function joinVietnamese(parts: string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`
}

/**
 * “Trong năm 2020, trên địa bàn thành phố Vũng Tàu có 13/17 phường, xã và 02 doanh nghiệp được công nhận đạt tiêu
 * chuẩn “An toàn về an ninh, trật tự”.”
 */
export function recognitionSentence(summary: RecognitionSummary, padBelowTen = true): string {
  const parts: string[] = []
  if (summary.communes && summary.communes.total > 0) {
    parts.push(`${formatCount(summary.communes.recognised, padBelowTen)}/${formatCount(summary.communes.total, padBelowTen)} ${communeKindsWord(summary.communes.kinds)}`)
  }
  for (const other of summary.others) {
    if (other.recognised <= 0) continue
    const word = other.type === 'CSGD' && summary.schoolWord ? summary.schoolWord : TYPE_WORDS[other.type]
    parts.push(`${formatCount(other.recognised, padBelowTen)} ${word}`)
  }
  const what = parts.length > 0 ? joinVietnamese(parts) : 'chưa có đơn vị nào'
  return `Trong năm ${summary.year}, trên địa bàn${summary.territory ? ` ${summary.territory}` : ''} có ${what} được công nhận đạt tiêu chuẩn “An toàn về an ninh, trật tự”.`
}
