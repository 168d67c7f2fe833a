import { validationError } from '../../../shared/api/errors'
import type { OfficeProfile, SignerRow } from '../../../shared/api/calls/settings'
import type { DocumentRequest, EditableParagraphView } from '../../../shared/api/calls/documents'
import type { DocKind, DocSpec } from '../../../shared/documents/spec'
import { catalogueEntry } from './catalogue'
import { documentType } from './types'
import type { CertificateFact } from './types/document-type'
import { inSentence, type CommonInput } from './types/shared/common'
import { committeeLines, officeNames } from './types/shared/office-names'
import type { CriteriaSet } from './year/criteria-facts'
import type { UnitFact, YearFacts } from './year/year-facts'

export { committeeLines, officeNames, territoryInSentence } from './types/shared/office-names'

/**
 * From the office settings, the chosen signer, the year's facts and the page's request to a DocSpec — pure, so the
 * service, docs:samples, the tests and the bench all build documents the same way. What each kind prints is its
 * own module's (types/<type>/); this file only gathers what every kind shares.
 */
export interface ComposeInput {
  office: OfficeProfile
  signer: SignerRow | null
  facts: YearFacts
  /** Year N − 1, for the công văn's recall of last year's results. */
  previousFacts: YearFacts | null
  /** The scope's area when one commune is chosen. */
  scopeArea: { name: string } | null
  sample: boolean
  /** Unit-years selected on the year board; null = every unit of the scope. */
  selection?: number[] | null
  /** A registered document's own list of unit-years (rebuilds print what was issued, whatever the units' state now). */
  listed?: number[] | null
  /** The criteria of the year for the minutes template (read by the service from the year's criterion set). */
  criteria?: CriteriaSet | null
  /** The tờ trình a decision answers, from the register; blanks while unknown. */
  proposal?: { number: number | null; date: string | null; year: number } | null
  /** Per recognised unit-year: its own decision and số vào sổ (certificates). */
  certificates?: Map<number, CertificateFact> | null
}

/** The missing settings a document needs, named with where to fix them. */
export function requireSettings(office: OfficeProfile, signer: SignerRow | null, kind: DocKind): void {
  const entry = catalogueEntry(kind)
  if (!office.configured || office.officeName === '' || office.peoplesCommitteeName === '' || office.placeName === '') {
    throw validationError('Chưa khai báo tên cơ quan, tên Ủy ban nhân dân hoặc địa danh ghi ngày tháng. Vui lòng nhập tại Cài đặt → Thông tin cơ quan.')
  }
  if (entry.signed && signer === null) {
    const who = entry.issuer === 'UBND' ? 'Ủy ban nhân dân' : 'cơ quan Công an'
    throw validationError(`Chưa có người ký của ${who} cho văn bản này. Vui lòng thêm người ký tại Cài đặt → Người ký.`, { signerId: 'Vui lòng chọn người ký.' })
  }
}

export function symbolFor(kind: DocKind, office: OfficeProfile): string | null {
  return documentType(kind).symbol(office, officeNames(office))
}

/** Default recipients, addressees, bases and reference for a kind (the page shows them for editing). */
export function requestDefaults(kind: DocKind, office: OfficeProfile, facts: YearFacts): Pick<DocumentRequest, 'recipients' | 'addressees' | 'bases' | 'reference'> {
  return documentType(kind).defaults(office, facts, officeNames(office))
}

function common(req: DocumentRequest, input: ComposeInput): CommonInput {
  const { office, signer } = input
  const entry = catalogueEntry(req.kind)
  const issuer =
    entry.issuer === 'UBND'
      ? { parentLines: [], issuerLines: committeeLines(office.peoplesCommitteeName) }
      : { parentLines: [office.parentBodyName], issuerLines: [office.officeName] }
  return {
    issuer: { ...issuer, place: office.placeName, sample: input.sample },
    symbol: symbolFor(req.kind, office) ?? '',
    number: req.number,
    date: req.date,
    issueYear: req.issueYear,
    signer: signer
      ? { authorityLine: signer.authorityPrefix === '' ? null : signer.authorityLine, titleLine: signer.titleLine, name: signer.name }
      : { titleLine: '', name: '' },
    recipients: req.recipients,
    archive: office.officeAbbreviation
  }
}

/** The units a list document prints: its frozen list on a rebuild, else the board selection within the rule. */
function unitsFor(facts: YearFacts, input: ComposeInput, byRule: (facts: YearFacts) => UnitFact[]): UnitFact[] {
  if (input.listed) {
    const listed = new Set(input.listed)
    return facts.units.filter((u) => listed.has(u.id))
  }
  const picked = byRule(facts)
  if (!input.selection || input.selection.length === 0) return picked
  const selected = new Set(input.selection)
  return picked.filter((u) => selected.has(u.id))
}

function scoped(facts: YearFacts, scopeArea: { name: string } | null): YearFacts {
  if (!scopeArea) return facts
  return {
    ...facts,
    territory: inSentence(scopeArea.name),
    areas: facts.areas.filter((a) => a.name === scopeArea.name),
    units: facts.units.filter((u) => u.areaName === scopeArea.name)
  }
}

export interface Composed {
  spec: DocSpec
  paragraphs: EditableParagraphView[]
  symbol: string | null
  subject: string
  /** The unit-years a tờ trình, decision or certificate batch lists (stored in the register; the cycle acts on them). */
  unitYearIds: number[]
  /** Confirmations to ask before writing the file (V30). */
  warnings: string[]
}

export function composeDocument(req: DocumentRequest, input: ComposeInput): Composed {
  requireSettings(input.office, input.signer, req.kind)
  const facts = scoped(input.facts, input.scopeArea)
  const out = documentType(req.kind).compose({
    request: req,
    office: input.office,
    signer: input.signer,
    facts,
    previousFacts: input.previousFacts ? scoped(input.previousFacts, input.scopeArea) : null,
    common: common(req, input),
    names: officeNames(input.office),
    sample: input.sample,
    scopeArea: input.scopeArea,
    criteria: input.criteria ?? null,
    proposal: input.proposal ?? null,
    certificates: input.certificates ?? null,
    unitsBy: (rule) => unitsFor(facts, input, rule)
  })
  return { spec: out.spec, paragraphs: out.paragraphs, symbol: symbolFor(req.kind, input.office), subject: out.spec.title, unitYearIds: out.unitYearIds, warnings: out.warnings }
}
