import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DocumentRequest } from '../../../shared/api/calls/documents'
import type { OfficeProfile, SignerRow } from '../../../shared/api/calls/settings'
import { DOC_KINDS, type DocKind } from '../../../shared/documents/spec'
import { createCore, type Core } from '../index'
import { getOffice } from '../settings/office-service'
import { listSigners } from '../settings/signer-service'
import { loadSample } from '../sample/sample-service'
import type { CoreContext } from '../context'
import { catalogueEntry } from './catalogue'
import { composeDocument, requestDefaults, type Composed, type ComposeInput } from './compose'
import { actFromDocument } from './cycle-link'
import { generate, prepare } from './document-service'
import { certificateFacts } from './types/certificate/register'
import { loadCriteria, type CriteriaSet } from './year/criteria-facts'
import { loadYearFacts } from './year/load-year-facts'
import type { YearFacts } from './year/year-facts'

/**
 * The sample documents (docs:samples, the structure and LibreOffice tests) come from the real Vũng Tàu sample, loaded
 * through the services into a temporary database and read back with `loadYearFacts` — the same path as the app.
 *
 * Years: the công văn of 2021 recalls 2020 (CV 1888); the list, báo cáo, certificates and minutes are of 2020; the
 * tờ trình and the decision are of 2021, after two enterprises of the sample pass appraisal and a tờ trình is made
 * for them (T11) — the closed 2020 has nobody left to propose.
 */
export const SAMPLE_YEAR: Record<DocKind, number> = {
  'DOC-CV-DONDOC': 2021,
  'DOC-DS-DANGKY': 2020,
  'DOC-BC-KETQUA': 2020,
  'DOC-TTR-CONGNHAN': 2021,
  'DOC-QD-CONGNHAN': 2021,
  'DOC-GCN': 2020,
  'DOC-BB-HOP': 2020
}

export interface SampleDocuments {
  core: Core
  office: OfficeProfile
  signers: SignerRow[]
  facts: Map<number, YearFacts>
  /** A complete request for a kind with its defaults and a blank number and date. */
  request(kind: DocKind, overrides?: Partial<DocumentRequest>): DocumentRequest
  input(kind: DocKind): ComposeInput
  /** One document of every kind. */
  composeAll(): { kind: DocKind; composed: Composed }[]
  close(): Promise<void>
}

/** The signer a kind uses by default: the first of its body (UBND or Công an). */
export function defaultSigner(kind: DocKind, signers: SignerRow[]): SignerRow | null {
  const entry = catalogueEntry(kind)
  if (!entry.signed) return null
  return signers.find((s) => s.body === entry.issuer) ?? null
}

/** 2021 of the sample: the port's dossier and the fishery's meeting are carried through appraisal, then proposed. */
async function proposeSampleEnterprises(ctx: CoreContext): Promise<void> {
  const rows = await ctx.db
    .selectFrom('unit_year as uy')
    .innerJoin('unit as u', 'u.id', 'uy.unit_id')
    .select(['uy.id', 'uy.status'])
    .where('uy.year', '=', 2021)
    .where('uy.unit_type', '=', 'DOANH_NGHIEP')
    .where('uy.status', 'in', ['DA_TU_DANH_GIA', 'DA_NOP_HO_SO'])
    .execute()
  const base = { actor: 'Dữ liệu mẫu', confirmed: true }
  await actFromDocument(ctx, rows.filter((r) => r.status === 'DA_TU_DANH_GIA').map((r) => r.id), 'RECEIVE_DOSSIER', { ...base, date: '2021-11-26' })
  await actFromDocument(ctx, rows.map((r) => r.id), 'APPRAISE_PASS', { ...base, date: '2021-12-01' })
  const prepared = await prepare(ctx, { kind: 'DOC-TTR-CONGNHAN', year: 2021, areaId: null, unitType: null })
  await generate(ctx, { request: { ...prepared.request, date: '2021-12-10' } })
}

export async function openSampleDocuments(options: { dataDir?: string; keep?: boolean } = {}): Promise<SampleDocuments> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'antt-samples-'))
  const core = createCore({ dataDir, appVersion: 'samples' })
  const ctx = core.ctx
  await loadSample(ctx)
  const facts = new Map<number, YearFacts>()
  for (const year of [2019, 2020, 2021]) facts.set(year, await loadYearFacts(ctx.db, year))
  // The minutes sample is made before the tờ trình scenario changes 2021; 2020 is closed and does not change.
  const criteria: CriteriaSet = await loadCriteria(ctx.db, SAMPLE_YEAR['DOC-BB-HOP'], 'XA')
  await proposeSampleEnterprises(ctx)
  facts.set(2021, await loadYearFacts(ctx.db, 2021))
  const gcnYear = SAMPLE_YEAR['DOC-GCN']
  const certificates = await certificateFacts(ctx.db, gcnYear, facts.get(gcnYear)!.units.filter((u) => u.outcome === 'DA_CONG_NHAN'))
  const office = await getOffice(ctx.db)
  const signers = await listSigners(ctx)
  const factsOf = (year: number) => facts.get(year) ?? { ...facts.get(2020)!, year, units: [], previous: null }

  const request = (kind: DocKind, overrides: Partial<DocumentRequest> = {}): DocumentRequest => {
    const year = SAMPLE_YEAR[kind]
    return {
      kind,
      year,
      areaId: null,
      unitType: kind === 'DOC-BB-HOP' ? 'XA' : null,
      unitYearIds: [],
      issueYear: year,
      number: null,
      date: null,
      signerId: null,
      texts: {},
      reviewed: [],
      ...requestDefaults(kind, office, factsOf(year)),
      ...(kind === 'DOC-CV-DONDOC' ? { reference: 'Công văn số 395/CAT-PV05 ngày 05/3/2021 của Công an tỉnh' } : {}),
      // MẪU: a directing plan for the sample report (sample data, not a real document).
      ...(kind === 'DOC-BC-KETQUA' ? { reference: 'Kế hoạch số 15/KH-CATP ngày 10/01/2020 của Công an thành phố Vũng Tàu' } : {}),
      ...overrides
    }
  }
  const input = (kind: DocKind): ComposeInput => ({
    office,
    signer: defaultSigner(kind, signers),
    facts: factsOf(SAMPLE_YEAR[kind]),
    previousFacts: kind === 'DOC-CV-DONDOC' ? factsOf(SAMPLE_YEAR[kind] - 1) : null,
    scopeArea: null,
    sample: true,
    criteria: kind === 'DOC-BB-HOP' ? criteria : null,
    certificates: kind === 'DOC-GCN' ? certificates : null
  })
  return {
    core,
    office,
    signers,
    facts,
    request,
    input,
    composeAll: () => DOC_KINDS.map((kind) => ({ kind, composed: composeDocument(request(kind), input(kind)) })),
    close: async () => {
      await core.close()
      if (!options.keep && !options.dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
