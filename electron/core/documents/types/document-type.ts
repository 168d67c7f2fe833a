import type { DocumentRequest } from '../../../../shared/api/calls/documents'
import type { OfficeProfile, SignerRow } from '../../../../shared/api/calls/settings'
import type { DocKind, DocSpec } from '../../../../shared/documents/spec'
import type { CriteriaSet } from '../year/criteria-facts'
import type { UnitFact, YearFacts } from '../year/year-facts'
import type { CommonInput, EditableParagraph } from './shared/common'

/** Who issues a kind and how it is numbered and signed (the Văn bản page's catalogue). */
export interface CatalogueEntry {
  kind: DocKind
  label: string
  description: string
  /** The body whose signer signs and whose register numbers it. */
  issuer: 'UBND' | 'CONG_AN'
  /** Phụ lục III abbreviation of the type, null for a công văn or an unnumbered list. */
  typeAbbr: string | null
  numbered: boolean
  /** Whether it carries a signature block. */
  signed: boolean
}

/** Names as they are written inside sentences, from the office profile. */
export interface OfficeNames {
  committeeInText: string
  policeInText: string
  policeHeadTitle: string
  committeeAbbr: string
}

/** The facts a kind asks the service to read besides the year's (so the service reads only what is needed). */
export interface FactNeeds {
  /** Year N − 1 (the công văn recalls last year's results). */
  previousYear?: boolean
  /** The year's criteria of the requested unit type (the minutes template). */
  criteria?: boolean
  /** The issued tờ trình of the units (the decision cites it). */
  proposal?: boolean
  /** The recognised units' decisions and register numbers (the certificates). */
  certificates?: boolean
}

/** A unit's own recognition decision and its số vào sổ (issue 11 item 9). */
export interface CertificateFact {
  decisionNumber: number | null
  decisionSymbol: string | null
  decisionDate: string | null
  /** The số vào sổ already stored for this unit-year, or the one it would get now. */
  registerNumber: number
  /** True when the number is not stored yet (assigned when the file is written). */
  proposed: boolean
}

/** Everything a type module may read to build its document (pure: no database). */
export interface TypeInput {
  request: DocumentRequest
  office: OfficeProfile
  signer: SignerRow | null
  /** The year's facts, narrowed to the chosen commune when there is one. */
  facts: YearFacts
  previousFacts: YearFacts | null
  common: CommonInput
  names: OfficeNames
  sample: boolean
  scopeArea: { name: string } | null
  criteria: CriteriaSet | null
  proposal: { number: number | null; date: string | null; year: number } | null
  certificates: Map<number, CertificateFact> | null
  /** The units the document prints: its frozen list on a rebuild, else the board selection within `rule`. */
  unitsBy(rule: (facts: YearFacts) => UnitFact[]): UnitFact[]
}

export interface TypeOutput {
  spec: DocSpec
  paragraphs: EditableParagraph[]
  /** The unit-years it lists (stored in the register; the cycle acts on them). */
  unitYearIds: number[]
  warnings: string[]
}

/** One document type: its catalogue entry, ký hiệu, defaults, facts and builder — a new type is one folder. */
export interface DocumentTypeModule {
  entry: CatalogueEntry
  needs: FactNeeds
  /** The ký hiệu ("QĐ-UBND", "UBND-CATP"); null for an unnumbered kind. */
  symbol(office: OfficeProfile, names: OfficeNames): string | null
  /** Default recipients, addressees, bases and reference (the page shows them for editing). */
  defaults(office: OfficeProfile, facts: YearFacts, names: OfficeNames): Pick<DocumentRequest, 'recipients' | 'addressees' | 'bases' | 'reference'>
  compose(input: TypeInput): TypeOutput
}
