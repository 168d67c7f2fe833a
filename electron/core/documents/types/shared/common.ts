import type { AreaKind } from '../../../../../shared/domain/areas'
import { validationError } from '../../../../../shared/api/errors'
import type { UnitType } from '../../../../../shared/domain/units'
import { recognitionSentence, type RecognitionSummary } from '../../../cycle/result-sentence'
import { countText, joinVi, numberLine, placeDateLine } from '../../format/official-text'
import type { Block, HeaderBlock, Run, SignatureBlock } from '../../../../../shared/documents/spec'
import { countsByType, schoolNoun, TYPE_ORDER, typeNoun, type YearFacts } from '../../year/year-facts'

/** Who issues the document, as printed (documents.md §2: office settings, never constants). */
export interface IssuerInput {
  parentLines: string[]
  issuerLines: string[]
  /** The place for the date line ("Vũng Tàu"). */
  place: string
  /** Rows flagged is_sample print "DỮ LIỆU MẪU" (domain.md §10). */
  sample?: boolean
}

export interface SignerInput {
  /** "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN"; absent when the head signs. */
  authorityLine?: string | null
  titleLine: string
  name: string
  rank?: string | null
}

/** What every numbered document needs besides its own data. */
export interface CommonInput {
  issuer: IssuerInput
  /** The full ký hiệu ("QĐ-UBND", "UBND-CATP"); never upper-cased. */
  symbol: string
  /** Null prints the clerk's blank. */
  number: number | null
  /** ISO date of issue, or null for the blank draft date. */
  date: string | null
  /** Year of issue (may be N + 1). */
  issueYear: number
  signer: SignerInput
  /** Nơi nhận items without "- " and the final punctuation; the "Lưu: VT, …" line is added from `archive`. */
  recipients: string[]
  /** "CATP" → "Lưu: VT, CATP." */
  archive: string
}

/** The editable paragraphs of a document: key, label for the form, and text. */
export interface EditableParagraph {
  key: string
  label: string
  text: string
  multiline?: boolean
  /**
   * Default sentences that assert what the app cannot know ("tình hình … cơ bản ổn định"): marked in the editor and
   * left out of the file until the user has reviewed the paragraph (like the V30 confirmation).
   */
  review?: string[]
}

export type Texts = Record<string, string>

export function textOf(texts: Texts, defaults: EditableParagraph[], key: string): string {
  return texts[key] ?? defaults.find((p) => p.key === key)?.text ?? ''
}

export function headerBlock(common: CommonInput, extra: Partial<HeaderBlock> = {}): HeaderBlock {
  return {
    kind: 'header',
    parentLines: common.issuer.parentLines,
    issuerLines: common.issuer.issuerLines,
    numberLine: numberLine(common.number, common.symbol),
    dateLine: placeDateLine(common.issuer.place, common.date, common.issueYear),
    sampleMark: common.issuer.sample === true,
    ...extra
  }
}

/** Row 1 only, for attached lists (MẪU). */
export function listHeaderBlock(common: CommonInput): HeaderBlock {
  return { kind: 'header', parentLines: common.issuer.parentLines, issuerLines: common.issuer.issuerLines, sampleMark: common.issuer.sample === true }
}

export function signatureBlock(common: CommonInput, first: string[] = []): SignatureBlock {
  return {
    kind: 'signature',
    recipients: [...first, ...common.recipients, `Lưu: VT, ${common.archive}`],
    ...(common.signer.authorityLine ? { authorityLine: common.signer.authorityLine } : {}),
    titleLine: common.signer.titleLine,
    name: common.signer.name,
    ...(common.signer.rank ? { rank: common.signer.rank } : {})
  }
}

/** Splits an edited paragraph into body paragraphs: one per line; empty lines dropped. */
export function bodyParagraphs(text: string, options: { endMark?: boolean } = {}): Block[] {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '')
  return lines.map((line, i) => {
    const last = i === lines.length - 1
    const withMark = options.endMark && last ? withEndMark(line) : line
    return { kind: 'paragraph', runs: labelRuns(withMark) }
  })
}

/** "Thứ nhất: …", "1. …" or "a) …" labels stay bold when staff keep them (APP). */
function labelRuns(line: string): Run[] {
  const label = /^(Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|\d+):)(.*)$/u.exec(line)
  if (label) return [{ text: label[1]!, bold: true }, { text: label[2]! }]
  return [{ text: line }]
}

/** ND30-CAN-CU punctuation, for every căn cứ block: every basis ends with ";", the last with ".". */
export function canCuLines(text: string): string[] {
  const lines = text.split('\n').map((l) => l.trim().replace(/[;.,]+$/u, '')).filter((l) => l !== '')
  return lines.map((l, i) => `${l}${i === lines.length - 1 ? '.' : ';'}`)
}

const NUMBERED_REFERENCE = /\bsố\s+\d+[^\s]*/u
const DATED_REFERENCE = /\bngày\s+\d{1,2}(?:\/\d{1,2}\/\d{4}| tháng \d{1,2} năm \d{4})/u

/** An upstream document is cited with its number and date; without them generation asks for them at the field. */
export function requireReference(reference: string | null, what: string): string {
  const ref = (reference ?? '').trim()
  if (!NUMBERED_REFERENCE.test(ref) || !DATED_REFERENCE.test(ref)) {
    const message = `Vui lòng nhập ${what} với số và ngày, ví dụ “Công văn số 395/CAT-PV05 ngày 05/3/2021 của Công an tỉnh”.`
    throw validationError(message, { reference: message })
  }
  return ref
}

/** ND30-END-MARK: "./." right after the last word, never twice. */
export function withEndMark(text: string): string {
  const trimmed = text.trim().replace(/\s*\.\/\.$/u, '').replace(/[.;:,]$/u, '')
  return `${trimmed}./.`
}

/** Units of `types` that have `predicate`, in the fixed type order. */
export function countPhrases(facts: YearFacts, types: UnitType[], pick: (c: { total: number; registered: number; recognised: number }) => number, pad: boolean): string[] {
  const counts = countsByType(facts)
  const parts: string[] = []
  for (const type of TYPE_ORDER) {
    if (!types.includes(type)) continue
    const n = pick(counts[type])
    if (n === 0) continue
    parts.push(`${countText(n, pad)} ${typeNoun(type, facts)}`)
  }
  return parts
}

/**
 * The result sentence of domain.md §6 — the cycle's one generator (`recognitionSentence`), fed from YearFacts:
 * "Trong năm 2020, trên địa bàn thành phố Vũng Tàu có 13/17 phường, xã và 02 doanh nghiệp được công nhận đạt tiêu
 * chuẩn “An toàn về an ninh, trật tự”." Null when nothing was recognised.
 */
export function resultSentence(facts: YearFacts, pad = true): string | null {
  const summary = recognitionSummaryOf(facts)
  const any = (summary.communes?.recognised ?? 0) + summary.others.reduce((n, o) => n + o.recognised, 0)
  return any > 0 ? recognitionSentence(summary, pad) : null
}

/** Counts as the dashboard counts them: the office's own (FULL) units; outcome-only rows were decided elsewhere. */
export function recognitionSummaryOf(facts: YearFacts): RecognitionSummary {
  const own = facts.units.filter((u) => u.trackingMode === 'FULL')
  const communes = own.filter((u) => u.type === 'XA')
  const kindOf = new Map(facts.areas.map((a) => [a.name, a.kind]))
  const kinds: Partial<Record<AreaKind, number>> = {}
  for (const commune of communes) {
    const kind = commune.areaName ? kindOf.get(commune.areaName) : undefined
    if (kind) kinds[kind] = (kinds[kind] ?? 0) + 1
  }
  const recognised = (type: UnitType) => own.filter((u) => u.type === type && u.outcome === 'DA_CONG_NHAN').length
  return {
    year: facts.year,
    // Without a configured territory the facts say "địa bàn"; the sentence then reads "trên địa bàn có …".
    territory: facts.territory === 'địa bàn' ? null : facts.territory,
    communes: communes.length > 0 ? { recognised: recognised('XA'), total: communes.length, kinds } : null,
    others: (['KDC', 'CO_QUAN', 'DOANH_NGHIEP', 'CSGD'] as UnitType[]).map((type) => ({ type, recognised: recognised(type) })),
    schoolWord: schoolNoun(facts)
  }
}

/** "khu dân cư, cơ quan, doanh nghiệp" for the types present, in the fixed order. */
export function typesPhrase(facts: YearFacts, types: UnitType[]): string {
  return joinVi(TYPE_ORDER.filter((t) => types.includes(t)).map((t) => typeNoun(t, facts)))
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi-VN') + text.slice(1)
}

/** "Thành phố Vũng Tàu" → "thành phố Vũng Tàu", for inside a sentence (one helper with the cycle's sentence). */
export { inSentence } from '../../../cycle/result-sentence'
