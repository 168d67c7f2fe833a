import { validationError } from '../../../shared/api/errors'
import type { OfficeProfile, SignerRow } from '../../../shared/api/calls/settings'
import type { DocumentRequest, EditableParagraphView } from '../../../shared/api/calls/documents'
import type { DocKind, DocSpec } from '../../../shared/documents/spec'
import { UNIT_TYPE_LABELS } from '../../../shared/domain/units'
import { buildAnnualReport, reportParagraphs, type AnnualReportData } from './builders/annual-report'
import { buildCertificates, certificateUnits } from './builders/certificate'
import { inSentence, type CommonInput, type EditableParagraph } from './builders/common'
import { buildDecision, decisionParagraphs, decisionUnits, type DecisionDraftData } from './builders/decision'
import { buildDispatch, dispatchParagraphs, type DispatchData } from './builders/dispatch'
import { buildMinutes, PARTICIPANT_HINTS } from './builders/minutes'
import { buildProposal, proposalParagraphs, proposedUnits, type ProposalData } from './builders/proposal'
import { buildRegisteredList } from './builders/registered-list'
import { catalogueEntry } from './catalogue'
import { upper } from './format/official-text'
import type { CriteriaSet } from './year/criteria-facts'
import { assessmentPeriod, legalBasisFor, type LegalBasis } from './year/legal-basis'
import { typeNoun, type UnitFact, type YearFacts } from './year/year-facts'

/**
 * From the office settings, the chosen signer, the year's facts and the page's request to a DocSpec — pure, so the
 * service, docs:samples, the tests and the bench all build documents the same way.
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
}

const COMMITTEE = 'ỦY BAN NHÂN DÂN'

/** "THÀNH PHỐ VŨNG TÀU" → "thành phố Vũng Tàu": kind words lower case, names capitalised. */
export function territoryInSentence(upperName: string): string {
  const words = upperName.normalize('NFC').toLocaleLowerCase('vi-VN').split(' ').filter(Boolean)
  const kindWords = new Set(['thành', 'phố', 'phường', 'xã', 'quận', 'huyện', 'thị', 'trấn', 'tỉnh', 'đặc', 'khu'])
  let i = 0
  while (i < words.length && kindWords.has(words[i]!)) i++
  return words.map((w, k) => (k < i ? w : w.charAt(0).toLocaleUpperCase('vi-VN') + w.slice(1))).join(' ')
}

export function committeeLines(name: string): string[] {
  const n = name.normalize('NFC').trim()
  return n.startsWith(COMMITTEE) && n.length > COMMITTEE.length ? [COMMITTEE, n.slice(COMMITTEE.length).trim()] : [n]
}

/** Names as they are written inside sentences. */
export function officeNames(office: OfficeProfile) {
  const committeeTerritory = committeeLines(office.peoplesCommitteeName)[1] ?? ''
  const policeTerritory = office.officeName.normalize('NFC').replace(/^CÔNG AN\s*/u, '')
  const policeInText = `Công an ${territoryInSentence(policeTerritory)}`
  return {
    committeeInText: `Ủy ban nhân dân ${territoryInSentence(committeeTerritory)}`,
    policeInText,
    policeHeadTitle: `Trưởng ${policeInText}`,
    committeeAbbr: office.peoplesCommitteeAbbreviation ?? 'UBND'
  }
}

/** The missing settings a document needs, named with where to fix them. */
export function requireSettings(office: OfficeProfile, signer: SignerRow | null, kind: DocKind): void {
  const entry = catalogueEntry(kind)
  if (!office.configured || office.officeName === '' || office.peoplesCommitteeName === '' || office.placeName === '') {
    throw validationError('Chưa khai báo tên cơ quan, tên Ủy ban nhân dân hoặc địa danh ghi ngày tháng. Vui lòng nhập tại Cài đặt → Thông tin cơ quan.')
  }
  if (entry.issuer === 'UBND' && kind !== 'DOC-BB-HOP' && !office.peoplesCommitteeName) {
    throw validationError('Chưa khai báo tên Ủy ban nhân dân. Vui lòng nhập tại Cài đặt → Thông tin cơ quan.')
  }
  if (entry.signed && signer === null) {
    const who = entry.issuer === 'UBND' ? 'Ủy ban nhân dân' : 'cơ quan Công an'
    throw validationError(`Chưa có người ký của ${who} cho văn bản này. Vui lòng thêm người ký tại Cài đặt → Người ký.`, { signerId: 'Vui lòng chọn người ký.' })
  }
}

export function symbolFor(kind: DocKind, office: OfficeProfile): string | null {
  const { committeeAbbr } = officeNames(office)
  switch (kind) {
    case 'DOC-CV-DONDOC':
      return `${committeeAbbr}-${office.officeAbbreviation}`
    case 'DOC-QD-CONGNHAN':
    case 'DOC-GCN':
      return `QĐ-${committeeAbbr}`
    case 'DOC-TTR-CONGNHAN':
      return `TTr-${office.officeAbbreviation}`
    case 'DOC-BC-KETQUA':
      return `BC-${office.officeAbbreviation}`
    default:
      return null
  }
}

/** Default recipients, addressees, bases and reference for a kind (the page shows them for editing). */
export function requestDefaults(
  kind: DocKind,
  office: OfficeProfile,
  facts: YearFacts,
  basis: LegalBasis = legalBasisFor(facts.regulationId, facts.year)
): Pick<DocumentRequest, 'recipients' | 'addressees' | 'bases' | 'reference'> {
  const names = officeNames(office)
  const upperUnit = office.upperUnitName ?? 'Công an tỉnh (PV05)'
  switch (kind) {
    case 'DOC-CV-DONDOC':
      return {
        addressees: ['Thủ trưởng các cơ quan, đơn vị', `Chủ tịch Ủy ban nhân dân các ${typeNoun('XA', facts)}`],
        recipients: [upperUnit],
        bases: [],
        reference: `Công văn của ${upperUnit.replace(/\s*\(.*\)$/u, '')}`
      }
    case 'DOC-QD-CONGNHAN':
      return { addressees: [], recipients: [upperUnit], bases: [...basis.localGovernmentLines, basis.circularLine], reference: null }
    case 'DOC-TTR-CONGNHAN':
      return { addressees: [names.committeeInText], recipients: [`Lãnh đạo ${names.policeInText}`], bases: [basis.circularLine], reference: null }
    case 'DOC-BC-KETQUA':
      return { addressees: [upperUnit], recipients: [names.committeeInText], bases: [], reference: `kế hoạch của ${names.policeInText} về xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc năm ${facts.year}` }
    case 'DOC-DS-DANGKY':
      return { addressees: [], recipients: [upperUnit], bases: [], reference: null }
    default:
      return { addressees: [], recipients: [], bases: [], reference: null }
  }
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
  /** The unit-years a tờ trình or decision lists (stored in the register; T11 and T13 act on them). */
  unitYearIds: number[]
  /** Confirmations to ask before writing the file (V30). */
  warnings: string[]
}

export function composeDocument(req: DocumentRequest, input: ComposeInput): Composed {
  requireSettings(input.office, input.signer, req.kind)
  const facts = scoped(input.facts, input.scopeArea)
  const c = common(req, input)
  const names = officeNames(input.office)
  const basis = legalBasisFor(facts.regulationId, req.year)
  let spec: DocSpec
  let paragraphs: EditableParagraph[] = []
  let unitYearIds: number[] = []
  const warnings: string[] = []
  switch (req.kind) {
    case 'DOC-QD-CONGNHAN': {
      const data: DecisionDraftData = {
        common: c,
        facts,
        committeeName: names.committeeInText,
        proposal: { number: input.proposal?.number ?? null, date: input.proposal?.date ?? null, year: input.proposal?.year ?? req.issueYear, symbol: `TTr-${input.office.officeAbbreviation}`, proposerTitle: names.policeHeadTitle },
        bases: req.bases
      }
      data.units = unitsFor(facts, input, (f) => decisionUnits({ ...data, facts: f }))
      unitYearIds = data.units.map((u) => u.id)
      paragraphs = decisionParagraphs(data)
      spec = buildDecision(data, req.texts)
      break
    }
    case 'DOC-CV-DONDOC': {
      const data: DispatchData = {
        common: c,
        previous: input.previousFacts ? scoped(input.previousFacts, input.scopeArea) : null,
        current: null,
        year: req.year,
        subjectLines: [`tiếp tục đẩy mạnh thực hiện`, basis.shortName],
        addressees: req.addressees,
        upstreamReference: req.reference ?? '…',
        circular: basis.shortName,
        issuerInText: names.committeeInText,
        policeInText: names.policeInText,
        committeeInText: names.committeeInText,
        registrationDue: `${req.year}-03-31`,
        dossierDue: `${req.year}-11-15`
      }
      paragraphs = dispatchParagraphs(data)
      spec = buildDispatch(data, req.texts)
      break
    }
    case 'DOC-DS-DANGKY':
      spec = buildRegisteredList({ common: c, facts: { ...facts, units: unitsFor(facts, input, (f) => f.units) }, attachedTo: req.reference })
      break
    case 'DOC-BC-KETQUA': {
      const data: AnnualReportData = { common: c, facts, reporterInText: names.policeInText, directive: req.reference ?? '…', addressees: req.addressees }
      paragraphs = reportParagraphs(data)
      spec = buildAnnualReport(data, req.texts)
      break
    }
    case 'DOC-TTR-CONGNHAN': {
      const data: ProposalData = { common: c, facts, committeeInText: names.committeeInText, policeInText: names.policeInText, bases: req.bases }
      data.units = unitsFor(facts, input, (f) => proposedUnits({ ...data, facts: f }))
      unitYearIds = data.units.map((u) => u.id)
      paragraphs = proposalParagraphs(data)
      spec = buildProposal(data, req.texts)
      break
    }
    case 'DOC-GCN':
    {
      const data = { common: c, facts, committeeName: names.committeeInText, firstRegisterNumber: 1 }
      spec = buildCertificates({ ...data, units: unitsFor(facts, input, (f) => certificateUnits({ ...data, facts: f })) })
    }
      break
    case 'DOC-BB-HOP': {
      const type = req.unitType ?? 'XA'
      const set = input.criteria ?? { source: basis.shortName, criteria: [], warnings: [] }
      warnings.push(...set.warnings)
      const period = assessmentPeriod(facts.regulationId, type, req.year)
      const managing = input.scopeArea ? [COMMITTEE, upper(input.scopeArea.name)] : committeeLines(input.office.peoplesCommitteeName)
      spec = buildMinutes({
        year: req.year,
        unitType: type,
        unitNoun: typeNoun(type, facts),
        managingLines: type === 'XA' ? [] : managing,
        unitLines: type === 'XA' ? managing : [upper(UNIT_TYPE_LABELS[type])],
        periodStart: period.start,
        periodEnd: period.end,
        criteriaSource: set.source,
        criteria: set.criteria,
        participantsHint: PARTICIPANT_HINTS[type],
        sample: input.sample
      })
      break
    }
  }
  const subject = spec.title
  return { spec, paragraphs, symbol: symbolFor(req.kind, input.office), subject, unitYearIds, warnings }
}
