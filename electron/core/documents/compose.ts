import { validationError } from '../../../shared/api/errors'
import type { OfficeProfile, SignerRow } from '../../../shared/api/calls/settings'
import type { DocumentRequest, EditableParagraphView } from '../../../shared/api/calls/documents'
import type { DocKind, DocSpec } from '../../../shared/documents/spec'
import { catalogueEntry } from './catalogue'
import { documentType } from './types'
import type { CertificateFact } from './types/document-type'
import { headerLineWarnings } from './docx/blocks'
import { DEFAULT_PROFILE, type FormatProfile } from './format/profile'
import { inSentence, type CommonInput, type EditableParagraph } from './types/shared/common'
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
  /** The format profile the file will be written with (header widths); the default when absent. */
  profile?: FormatProfile
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
      ? { authorityLine: signer.authorityPrefix === '' ? null : signer.authorityLine, titleLine: signer.titleLine, name: signer.name, rank: signer.rank }
      : { titleLine: '', name: '' },
    recipients: req.recipients,
    // "Lưu: VT, <drafting unit>": the team or section that drafted it, its own setting (ND30-NOI-NHAN).
    archive: office.draftingUnitAbbreviation ?? office.officeAbbreviation
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

/** The texts with the default sentences still awaiting review taken out, and those sentences. */
function heldBack(req: DocumentRequest, paragraphs: EditableParagraph[]): { texts: Record<string, string>; held: { label: string; sentence: string }[] } {
  const texts: Record<string, string> = {}
  const held: { label: string; sentence: string }[] = []
  for (const p of paragraphs) {
    if (!p.review || p.review.length === 0 || req.reviewed.includes(p.key)) continue
    const current = req.texts[p.key] ?? p.text
    let kept = current
    for (const sentence of p.review) {
      if (!kept.includes(sentence)) continue
      kept = kept.replace(sentence, '')
      held.push({ label: p.label, sentence })
    }
    if (kept !== current) texts[p.key] = kept.replace(/[ \t]{2,}/gu, ' ').replace(/ +\n|\n +/gu, '\n').trim()
  }
  return { texts, held }
}

export function composeDocument(req: DocumentRequest, input: ComposeInput): Composed {
  requireSettings(input.office, input.signer, req.kind)
  const first = composeType(req, input)
  // Sentences asserting what the app cannot know wait for the user's review; the file is built without them.
  const { texts, held } = heldBack(req, first.paragraphs)
  const out = held.length > 0 ? { ...composeType({ ...req, texts: { ...req.texts, ...texts } }, input), paragraphs: first.paragraphs } : first
  const warnings = [...out.warnings, ...headerLineWarnings(out.spec, input.profile ?? DEFAULT_PROFILE)]
  if (held.length > 0) {
    warnings.push(
      `Câu mặc định chưa được in vì ứng dụng không biết điều đó có đúng không: ${held.map((h) => `“${h.sentence}” (${h.label})`).join('; ')}. Hãy xem lại đoạn văn và đánh dấu “Đã xem lại” để in.`
    )
  }
  return { spec: out.spec, paragraphs: out.paragraphs, symbol: symbolFor(req.kind, input.office), subject: out.spec.title, unitYearIds: out.unitYearIds, warnings }
}

function composeType(req: DocumentRequest, input: ComposeInput) {
  const facts = scoped(input.facts, input.scopeArea)
  return documentType(req.kind).compose({
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
}
