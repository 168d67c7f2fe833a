import {
  defaultRegulationForYear,
  evaluationPeriod,
  LOCAL_GOVERNMENT_LAWS,
  regulationById,
  type Citation
} from '../../../../shared/domain/cycle/regulations'
import type { UnitType } from '../../../../shared/domain/units'
import { validationError } from '../../../../shared/api/errors'

/**
 * The căn cứ of the year's documents, built from the citations of resources/regulations (number, date, issuing body,
 * trích yếu — NĐ 30/2020 Phụ lục I) and the office's corrections of the unverified ones. Lines start with “Căn cứ”
 * and carry no final punctuation: the document builders own the “;” / “.” of the căn cứ block (ND30-CAN-CU).
 */
export interface LegalBasis {
  shortName: string
  /** The circular as cited, without “Căn cứ”. */
  citation: string
  /** “Căn cứ …” of the circular (with its amending circulars). */
  circularLine: string
  /** “Căn cứ …” of the Luật Tổ chức chính quyền địa phương in force for the year. */
  localGovernmentLines: string[]
  /** The citations used that are not verified (shown “chưa xác minh” on the settings page, never printed). */
  unverified: Citation[]
}

/** Office corrections, keyed by the citation's number as shipped (“48/2025/TT-BCA”, “72/2025/QH15”). */
export type CitationOverrides = Record<string, Partial<Pick<Citation, 'number' | 'date' | 'issuer' | 'subject'>>>

function regulationOf(regulationId: string | null, year: number) {
  return regulationId ? regulationById(regulationId) : (defaultRegulationForYear(year) ?? regulationById('TT124_2021'))
}

/** “ngày 28 tháng 12 năm 2021”: the long form of the decision skeleton (documents.md (e)). */
function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `ngày ${String(d).padStart(2, '0')} tháng ${m} năm ${y}`
}

function applied(citation: Citation, overrides: CitationOverrides): Citation {
  const own = citation.number ? overrides[citation.number] : undefined
  return own ? { ...citation, ...own, status: 'OFFICE_ENTERED' } : citation
}

export function citationText(c: Citation): string {
  if (c.kind === 'Luật') {
    const number = c.number && (c.printNumber || !c.date) ? ` số ${c.number}` : ''
    return `Luật ${c.name ?? ''}${number}${c.date ? ` ${longDate(c.date)}` : ''}`
  }
  const parts = [`${c.kind} số ${c.number ?? ''}`]
  if (c.date) parts.push(longDate(c.date))
  if (c.issuer) parts.push(`của ${c.issuer}`)
  if (c.subject) parts.push(c.subject)
  return parts.join(' ')
}

export function legalBasisFor(regulationId: string | null, year: number, overrides: CitationOverrides = {}): LegalBasis {
  const regulation = regulationOf(regulationId, year)
  const main = applied(regulation.citation, overrides)
  const amendments = (regulation.amendedBy ?? []).map((c) => applied(c, overrides))
  const citation = [citationText(main), ...amendments.map((c) => `được sửa đổi, bổ sung bởi ${citationText(c)}`)].join(', ')
  const laws = (LOCAL_GOVERNMENT_LAWS.find((law) => year >= law.firstYear && (law.lastYear === null || year <= law.lastYear))?.citations ?? []).map((c) => applied(c, overrides))
  return {
    shortName: regulation.shortName,
    citation,
    circularLine: `Căn cứ ${citation}`,
    localGovernmentLines: laws.map((law) => `Căn cứ ${citationText(law)}`),
    unverified: [main, ...amendments, ...laws].filter((c) => c.status === 'U')
  }
}

/** The căn cứ lines a document kind starts with: a decision cites the local-government law and the circular. */
export function basesFor(kind: 'DOC-QD-CONGNHAN' | 'DOC-TTR-CONGNHAN', basis: LegalBasis): string[] {
  return kind === 'DOC-QD-CONGNHAN' ? [...basis.localGovernmentLines, basis.circularLine] : [basis.circularLine]
}

/** Every citation the documents use, once each: the circulars, their amendments, the local-government laws. */
export function allCitations(): Citation[] {
  const all = [
    ...['TT23_2012', 'TT124_2021', 'TT124_TT48_2025'].flatMap((id) => {
      const regulation = regulationById(id)
      return [regulation.citation, ...(regulation.amendedBy ?? [])]
    }),
    ...LOCAL_GOVERNMENT_LAWS.flatMap((law) => law.citations)
  ]
  const seen = new Set<string>()
  return all.filter((c) => c.number !== null && !seen.has(c.number) && seen.add(c.number))
}

/** Every citation the office may correct: the unverified ones (TT 48, Luật 72/2025 …). */
export function editableCitations(): Citation[] {
  return allCitations().filter((c) => c.status === 'U')
}

/** A căn cứ needs its number and its date (NĐ 30/2020/NĐ-CP Phụ lục I, căn cứ ban hành văn bản). */
export function checkCitationOverride(shipped: string, value: { number?: string | null; date?: string | null }): void {
  const missing = [!value.number?.trim() ? 'số, ký hiệu' : null, !value.date ? 'ngày ban hành' : null].filter((m): m is string => m !== null)
  if (missing.length > 0) {
    const message = `Căn cứ “${shipped}” thiếu ${missing.join(' và ')}: theo Nghị định số 30/2020/NĐ-CP (Phụ lục I), căn cứ ban hành văn bản phải ghi đủ số, ký hiệu và ngày ban hành.`
    throw validationError(message, { [!value.number?.trim() ? 'number' : 'date']: message })
  }
}

/** The assessment period of a type in the year, from the same version (domain.md §5). */
export function assessmentPeriod(regulationId: string | null, type: UnitType, year: number): { start: string; end: string } {
  return evaluationPeriod(regulationOf(regulationId, year), type, year)
}
