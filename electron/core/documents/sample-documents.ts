import sample from '../../../resources/sample/vung-tau.json'
import type { DocumentRequest } from '../../../shared/api/calls/documents'
import type { OfficeProfile, SignerRow } from '../../../shared/api/calls/settings'
import { DOC_KINDS, type DocKind } from '../../../shared/documents/spec'
import type { AuthorityPrefix, OfficeLevel, SignerBody } from '../../../shared/domain/office'
import { catalogueEntry } from './catalogue'
import { composeDocument, requestDefaults, type Composed, type ComposeInput } from './compose'
import { sampleYearFacts } from './year/sample-facts'

/** The sample office and signers as the settings service would return them. */
export function sampleOffice(): OfficeProfile {
  return { ...sample.office, level: sample.office.level as OfficeLevel, rootAreaId: null, isSample: true, configured: true }
}

export function sampleSigners(): SignerRow[] {
  return sample.signers.map((s, i) => ({
    id: i + 1,
    name: s.name,
    body: s.body as SignerBody,
    authorityPrefix: s.authorityPrefix as AuthorityPrefix,
    authorityLine: s.authorityLine,
    titleLine: s.titleLine,
    validFrom: null,
    validTo: null,
    isSample: true
  }))
}

/** The signer a kind uses by default: the first of its body (UBND or Công an). */
export function defaultSigner(kind: DocKind, signers: SignerRow[]): SignerRow | null {
  const entry = catalogueEntry(kind)
  if (!entry.signed) return null
  return signers.find((s) => s.body === entry.issuer) ?? null
}

/** A complete request for a kind with its defaults, the assessment year 2020 and a blank number and date. */
export function sampleRequest(kind: DocKind, year = 2020, overrides: Partial<DocumentRequest> = {}): DocumentRequest {
  const facts = sampleYearFacts(year)
  const office = sampleOffice()
  return {
    kind,
    year: kind === 'DOC-CV-DONDOC' ? year + 1 : year,
    areaId: null,
    unitType: kind === 'DOC-BB-HOP' ? 'XA' : null,
    issueYear: kind === 'DOC-CV-DONDOC' ? year + 1 : year,
    number: null,
    date: null,
    signerId: null,
    texts: {},
    ...requestDefaults(kind, office, facts),
    ...(kind === 'DOC-CV-DONDOC' ? { reference: 'Công văn số 395/CAT-PV05 ngày 05/3/2021 của Công an tỉnh' } : {}),
    ...overrides
  }
}

export function sampleComposeInput(kind: DocKind, year = 2020): ComposeInput {
  return {
    office: sampleOffice(),
    signer: defaultSigner(kind, sampleSigners()),
    facts: sampleYearFacts(kind === 'DOC-CV-DONDOC' ? year + 1 : year),
    previousFacts: kind === 'DOC-CV-DONDOC' ? sampleYearFacts(year) : null,
    scopeArea: null,
    sample: true
  }
}

/** One document of every kind from the sample data. */
export function composeSamples(year = 2020): { kind: DocKind; composed: Composed }[] {
  return DOC_KINDS.map((kind) => ({ kind, composed: composeDocument(sampleRequest(kind, year), sampleComposeInput(kind, year)) }))
}
