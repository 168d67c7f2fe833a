import type { WordingField } from '../../../../shared/api/calls/document-office'
import { countText, rateText } from '../format/official-text'
import { countsByType, isProposalCandidate, TYPE_ORDER, type YearFacts } from '../year/year-facts'

/** The computed figures an office text may name, as "{Năm}", with their values for one document. */
export interface FieldContext {
  facts: YearFacts
  committeeInText: string
  policeInText: string
  reference: string | null
}

export const FIELD_NAMES = [
  'Năm',
  'Năm trước',
  'Năm sau',
  'Địa bàn',
  'Ủy ban nhân dân',
  'Công an',
  'Văn bản cấp trên',
  'Số đơn vị thuộc diện',
  'Số đơn vị đăng ký',
  'Tỷ lệ đăng ký',
  'Số đơn vị đề nghị',
  'Số đơn vị được công nhận'
] as const

export const FIELD_HINTS: Record<(typeof FIELD_NAMES)[number], string> = {
  Năm: 'năm đánh giá',
  'Năm trước': 'năm đánh giá trước',
  'Năm sau': 'năm đánh giá sau',
  'Địa bàn': 'tên địa bàn trong câu, ví dụ “thành phố Vũng Tàu”',
  'Ủy ban nhân dân': 'Ủy ban nhân dân của địa bàn',
  'Công an': 'cơ quan Công an của văn phòng',
  'Văn bản cấp trên': 'văn bản chỉ đạo nhập trên trang Văn bản',
  'Số đơn vị thuộc diện': 'số đơn vị thuộc diện xét công nhận',
  'Số đơn vị đăng ký': 'số đơn vị đã đăng ký',
  'Tỷ lệ đăng ký': 'tỷ lệ đăng ký, phần trăm',
  'Số đơn vị đề nghị': 'số đơn vị đạt đủ tiêu chí, được đề nghị công nhận',
  'Số đơn vị được công nhận': 'số đơn vị đã được công nhận'
}

export function fieldValues(input: FieldContext): WordingField[] {
  const { facts } = input
  const counts = countsByType(facts)
  const types = TYPE_ORDER.filter((t) => facts.processedTypes.includes(t))
  const total = types.reduce((n, t) => n + counts[t].total, 0)
  const registered = types.reduce((n, t) => n + counts[t].registered, 0)
  const proposed = facts.units.filter((u) => isProposalCandidate(u) && facts.processedTypes.includes(u.type)).length
  const recognised = facts.units.filter((u) => u.trackingMode === 'FULL' && u.outcome === 'DA_CONG_NHAN').length
  const values: Record<(typeof FIELD_NAMES)[number], string> = {
    Năm: String(facts.year),
    'Năm trước': String(facts.year - 1),
    'Năm sau': String(facts.year + 1),
    'Địa bàn': facts.territory,
    'Ủy ban nhân dân': input.committeeInText,
    'Công an': input.policeInText,
    'Văn bản cấp trên': input.reference ?? '…',
    'Số đơn vị thuộc diện': countText(total),
    'Số đơn vị đăng ký': countText(registered),
    'Tỷ lệ đăng ký': rateText(registered, total),
    'Số đơn vị đề nghị': countText(proposed),
    'Số đơn vị được công nhận': countText(recognised)
  }
  return FIELD_NAMES.map((name) => ({ name, hint: FIELD_HINTS[name], value: values[name] }))
}

const FIELD = /\{([^{}\n]*)\}/gu

/** The field names a text uses, and the problems: an unknown name, or a brace without its pair. */
export function checkFields(text: string): { unknown: string[]; unbalanced: boolean } {
  const known = new Set<string>(FIELD_NAMES)
  const unknown = [...text.matchAll(FIELD)].map((m) => m[1]!.trim()).filter((name) => !known.has(name))
  const unbalanced = /[{}]/u.test(text.replace(FIELD, ''))
  return { unknown: [...new Set(unknown)], unbalanced }
}

/** The office text with every "{Tên trường}" replaced by its value. */
export function fillFields(text: string, fields: WordingField[]): { text: string; used: { name: string; value: string }[] } {
  const byName = new Map(fields.map((f) => [f.name, f.value]))
  const used: { name: string; value: string }[] = []
  const filled = text.replace(FIELD, (whole, name: string) => {
    const value = byName.get(name.trim())
    if (value === undefined) return whole
    used.push({ name: name.trim(), value })
    return value
  })
  return { text: filled, used }
}
