import fs from 'node:fs'
import path from 'node:path'
import { ApiError, notFound, validationError } from '../../../shared/api/errors'
import type {
  CatalogueItem,
  DocumentRequest,
  GeneratedDocument,
  PreparedDocument,
  PreviewResult,
  RegisterRow
} from '../../../shared/api/calls/documents'
import { documentReferenceLabel } from '../../../shared/api/calls/documents'
import type { SignerRow } from '../../../shared/api/calls/settings'
import type { DocKind } from '../../../shared/documents/spec'
import type { UnitType } from '../../../shared/domain/units'
import { todayInVietnam } from '../../../shared/text/dates'
import { isoNow, toBit, withTransaction, type CoreContext } from '../context'
import type { DocumentTable } from '../db/schema'
import { getOffice } from '../settings/office-service'
import { officeOn } from '../settings/office-history'
import { listSigners } from '../settings/signer-service'
import { CATALOGUE, catalogueEntry } from './catalogue'
import { documentType } from './types'
import { certificateFacts, storeCertificateNumbers } from './types/certificate/register'
import { composeDocument, officeNames, requestDefaults, symbolFor as requestSymbol, type Composed } from './compose'
import { basesFor, legalBasisFor } from './year/legal-basis'
import { loadLawSettings } from '../law/law-settings'
import { actFromDocument } from './cycle-link'
import { recordChange, snapshot } from '../audit/audit-log'
import { documentsDir, freeName, safeFileName, sha256, writeSafely } from './document-files'
import { renderDocx } from './docx/render'
import { getFormatProfile } from './format-profile-store'
import { padNumber } from './format/official-text'
import { loadCriteria } from './year/criteria-facts'
import { loadYearFactsCached } from './year/load-year-facts'
import { awaitsDecision, type YearFacts } from './year/year-facts'
import type { Selectable } from 'kysely'
import type { DocumentVersionView } from '../../../shared/api/calls/document-office'
import { editedFile, keepEditedVersion, versionsOf } from './versions/edited-files'
import { officeWordingFor } from './wording/office-wording'
import { withOfficeLists, withOfficeParagraphs } from './wording/apply-wording'
import { documentFields, fillChecked, officeTemplate } from './templates/template-fill'

const joinWarnings = (...warnings: (string | null | undefined)[]): string | null => warnings.filter((w) => w).join(' ') || null

/** Bumped when a builder changes what it prints, so the register says which layout a file was made with. */
export const TEMPLATE_VERSION = 'nd30-1'

export function catalogue(): CatalogueItem[] {
  return CATALOGUE.map((e) => ({
    kind: e.kind,
    label: e.label,
    description: e.description,
    numbered: e.numbered,
    signed: e.signed,
    needsUnitType: documentType(e.kind).needs.criteria === true,
    referenceLabel: documentReferenceLabel[e.kind] ?? null
  }))
}

function signersFor(kind: DocKind, signers: SignerRow[], onDate: string): SignerRow[] {
  const entry = catalogueEntry(kind)
  if (!entry.signed) return []
  return signers.filter((s) => s.body === entry.issuer && (!s.validFrom || s.validFrom <= onDate) && (!s.validTo || s.validTo >= onDate))
}

async function scopeArea(ctx: CoreContext, areaId: number | null): Promise<{ name: string } | null> {
  if (areaId === null) return null
  const area = await ctx.db.selectFrom('admin_area').select(['id', 'name']).where('id', '=', areaId).executeTakeFirst()
  if (!area) throw validationError('Phạm vi đã chọn không tồn tại.', { areaId: 'Phạm vi đã chọn không tồn tại.' })
  // The commune itself is a unit of every commune-level area; a scope is empty without any other.
  const units = await ctx.db.selectFrom('unit').select('id').where('area_id', '=', areaId).where('active', '=', 1).where('type', '<>', 'XA').limit(1).execute()
  if (units.length === 0) {
    const message = `Phạm vi “${area.name}” chưa có đơn vị nào; vui lòng chọn phạm vi khác hoặc thêm đơn vị.`
    throw validationError(message, { areaId: message })
  }
  return { name: area.name }
}

/** The issued tờ trình (number and date) that lists the units a decision is about to recognise. */
async function proposalOf(ctx: CoreContext, year: number, unitYearIds: number[]): Promise<{ number: number | null; date: string | null; year: number } | null> {
  if (unitYearIds.length === 0) return null
  const wanted = new Set(unitYearIds)
  const proposals = await ctx.db
    .selectFrom('document')
    .select(['number', 'issued_on', 'issue_year', 'unit_year_ids'])
    .where('doc_type', '=', 'DOC-TTR-CONGNHAN')
    .where('year', '=', year)
    .where('status', '=', 'ISSUED')
    .orderBy('id', 'desc')
    .execute()
  const found = proposals.find((p) => (JSON.parse(p.unit_year_ids) as number[]).some((id) => wanted.has(id)))
  return found ? { number: found.number, date: found.issued_on, year: found.issue_year } : null
}

/** The request a register row was made with (rows from before the selection field have none). */
function storedRequest(row: Selectable<DocumentTable>): DocumentRequest {
  const parsed = JSON.parse(row.parameters) as Omit<DocumentRequest, 'unitYearIds' | 'reviewed'> & { unitYearIds?: number[]; reviewed?: string[] }
  // Rows from before the review mark printed every paragraph as sent: a rebuild keeps them as they were.
  return { ...parsed, unitYearIds: parsed.unitYearIds ?? [], reviewed: parsed.reviewed ?? Object.keys(parsed.texts) }
}

/** A registered document's own list of unit-years; an empty list (older rows) means "the live rule". */
function listedOf(row: Selectable<DocumentTable>): number[] | null {
  const ids = JSON.parse(row.unit_year_ids) as number[]
  return ids.length > 0 ? ids : null
}

export async function composeFor(ctx: CoreContext, request: DocumentRequest, listed: number[] | null = null): Promise<Composed & { signer: SignerRow | null; sample: boolean; facts: YearFacts }> {
  // The office as it was named on the document's date (a 2021 document prints the office of 2021).
  const office = await officeOn(ctx.db, request.date ?? `${request.issueYear}-12-31`)
  const entry = catalogueEntry(request.kind)
  const all = await listSigners(ctx)
  let signer: SignerRow | null = null
  if (entry.signed) {
    if (request.signerId !== null) {
      signer = all.find((s) => s.id === request.signerId) ?? null
      if (!signer) throw validationError('Người ký đã chọn không còn trong danh sách. Vui lòng chọn lại.', { signerId: 'Vui lòng chọn người ký.' })
      if (signer.body !== entry.issuer) throw validationError('Người ký không thuộc cơ quan ban hành văn bản này.', { signerId: 'Người ký không thuộc cơ quan ban hành văn bản này.' })
    } else signer = signersFor(request.kind, all, request.date ?? `${request.issueYear}-12-31`)[0] ?? null
  }
  const facts = await loadYearFactsCached(ctx, request.year)
  const needs = documentType(request.kind).needs
  const previousFacts = needs.previousYear ? await loadYearFactsCached(ctx, request.year - 1) : null
  const criteria = needs.criteria ? await loadCriteria(ctx.db, request.year, request.unitType ?? 'XA') : null
  const selection = request.unitYearIds ?? []
  let proposal = null
  if (needs.proposal) {
    const chosen = listed ?? facts.units.filter((u) => awaitsDecision(u) && (selection.length === 0 || selection.includes(u.id))).map((u) => u.id)
    proposal = await proposalOf(ctx, request.year, chosen)
  }
  const certificates = needs.certificates ? await certificateFacts(ctx.db, request.year, facts.units.filter((u) => u.outcome === 'DA_CONG_NHAN')) : null
  const profile = await getFormatProfile(ctx)
  const composed = composeDocument(request, { office, signer, facts, previousFacts, scopeArea: await scopeArea(ctx, request.areaId), sample: office.isSample, selection, listed, criteria, proposal, certificates, profile })
  return { ...composed, signer, sample: office.isSample, facts }
}

export async function prepare(ctx: CoreContext, input: { kind: DocKind; year: number; areaId: number | null; unitType: UnitType | null; unitYearIds?: number[]; reference?: string | null }): Promise<PreparedDocument> {
  const office = await officeOn(ctx.db, `${input.year}-12-31`)
  const facts = await loadYearFactsCached(ctx, input.year)
  const request: DocumentRequest = {
    kind: input.kind,
    year: input.year,
    areaId: input.areaId,
    unitType: documentType(input.kind).needs.criteria ? (input.unitType ?? 'XA') : null,
    unitYearIds: input.unitYearIds ?? [],
    issueYear: input.year,
    number: null,
    date: null,
    signerId: null,
    texts: {},
    reviewed: [],
    ...requestDefaults(input.kind, office, facts)
  }
  if (input.reference) request.reference = input.reference
  // The office's corrections of unverified citations (TT 48, Luật 72/2025) replace the shipped ones.
  if (input.kind === 'DOC-QD-CONGNHAN' || input.kind === 'DOC-TTR-CONGNHAN') {
    request.bases = basesFor(input.kind, legalBasisFor(facts.regulationId, input.year, (await loadLawSettings(ctx.db)).citations))
  }
  const wording = await officeWordingFor(ctx, input.kind, office, facts, request.reference)
  Object.assign(request, withOfficeLists(request, wording.texts, wording.fields))
  const candidates = signersFor(input.kind, await listSigners(ctx), `${input.year}-12-31`)
  request.signerId = candidates[0]?.id ?? null
  const warnings: string[] = []
  if (facts.regulationId === null && input.kind !== 'DOC-CV-DONDOC') {
    warnings.push(`Năm ${input.year} chưa được mở trong ứng dụng: văn bản chưa có số liệu của năm. Mở năm tại trang Năm đánh giá.`)
  }
  let paragraphs: PreparedDocument['paragraphs'] = []
  try {
    const composed = await composeFor(ctx, request)
    paragraphs = withOfficeParagraphs(composed.paragraphs, wording.texts, wording.fields)
    warnings.push(...composed.warnings)
  } catch (error) {
    if (!(error instanceof ApiError)) throw error
    warnings.push(error.message)
  }
  const template = await ctx.db.selectFrom('document_template').select('file_name').where('doc_type', '=', input.kind).executeTakeFirst()
  if (template) warnings.push(`Văn bản được in theo mẫu Word của cơ quan “${template.file_name}” (Cài đặt → Mẫu Word); bản xem trước theo bố cục gốc của ứng dụng.`)
  if (input.kind === 'DOC-CV-DONDOC' && paragraphs.find((p) => p.key === 'result')?.text === '') {
    warnings.push(`Chưa có kết quả công nhận năm ${input.year - 1} trong ứng dụng: câu kết quả năm trước được bỏ trống, vui lòng nhập tay nếu cần.`)
  }
  return {
    request,
    paragraphs,
    symbol: composeSymbol(input.kind, office),
    signers: candidates.map((s) => ({ id: s.id, label: `${s.authorityLine ? `${s.authorityLine} / ` : ''}${s.titleLine} — ${s.name}` })),
    warnings
  }
}

function composeSymbol(kind: DocKind, office: Awaited<ReturnType<typeof getOffice>>): string | null {
  try {
    return requestSymbol(kind, office)
  } catch {
    return null
  }
}


export async function preview(ctx: CoreContext, request: DocumentRequest): Promise<PreviewResult> {
  const composed = await composeFor(ctx, request)
  return { spec: composed.spec, paragraphs: composed.paragraphs, warnings: composed.warnings }
}

export function relative(ctx: CoreContext, file: string): string {
  const dataDir = path.dirname(ctx.dataFile)
  const rel = path.relative(dataDir, file)
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel
}

function absolute(ctx: CoreContext, stored: string): string {
  return path.isAbsolute(stored) ? stored : path.join(path.dirname(ctx.dataFile), stored)
}

/** V22: a number + ký hiệu is used once per year of issue. */
async function assertNumberFree(ctx: CoreContext, issueYear: number, symbol: string | null, number: number | null, selfId: number | null): Promise<void> {
  if (number === null || symbol === null) return
  let query = ctx.db
    .selectFrom('document')
    .select('id')
    .where('issue_year', '=', issueYear)
    .where('symbol', '=', symbol)
    .where('number', '=', number)
    .where('status', '<>', 'CANCELLED')
  if (selfId !== null) query = query.where('id', '<>', selfId)
  if (await query.executeTakeFirst()) {
    const message = `Số văn bản ${padNumber(number)}/${symbol} năm ${issueYear} đã được sử dụng cho văn bản khác.`
    throw new ApiError({ code: 'CONFLICT', message, fields: { number: message } })
  }
}

function toRow(row: Selectable<DocumentTable>, ctx: CoreContext, versions: DocumentVersionView[] = []): RegisterRow {
  const signer = row.signer ? (JSON.parse(row.signer) as { name: string; titleLine: string }) : null
  return {
    id: row.id,
    kind: row.doc_type as DocKind,
    kindLabel: CATALOGUE.find((e) => e.kind === row.doc_type)?.label ?? row.doc_type,
    year: row.year,
    number: row.number,
    symbol: row.symbol,
    numberText: row.number !== null && row.symbol ? `${padNumber(row.number)}/${row.symbol}` : row.symbol ? 'chưa có số' : '—',
    issuedOn: row.issued_on,
    subject: row.subject,
    signer: signer ? `${signer.titleLine} ${signer.name}` : null,
    scope: row.scope,
    filePath: row.file_path,
    absolutePath: row.file_path ? absolute(ctx, row.file_path) : null,
    fileSha256: row.file_sha256,
    status: row.status,
    createdAt: row.created_at,
    versions
  }
}

async function getRow(ctx: CoreContext, id: number): Promise<Selectable<DocumentTable>> {
  const row = await ctx.db.selectFrom('document').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('Không tìm thấy văn bản trong sổ.')
  return row
}

/** The file of a request: through the office's Word template of its kind when there is one, else the built-in layout. */
async function build(ctx: CoreContext, request: DocumentRequest, listed: number[] | null = null) {
  const composed = await composeFor(ctx, request, listed)
  const profile = await getFormatProfile(ctx)
  const template = await officeTemplate(ctx, request.kind)
  const bytes = template ? fillChecked(template.content, composed.spec, await documentFields(ctx, request, composed.facts), profile) : await renderDocx(composed.spec, profile)
  return { composed, bytes, template: template ? { id: String(template.id), sha256: template.sha256 } : null }
}

/** Removes a file written for a change that was then refused, so the folder holds no document the register lacks. */
function discard(file: string): void {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // A file the system holds open stays; the register is still right.
  }
}

/**
 * The date T11 records for the units: the tờ trình's date, or today for an undated draft of the current year. A
 * draft of a year long past has no sensible "today", so the date is asked for instead of guessed.
 */
export function proposalDate(request: DocumentRequest, ctx: CoreContext, units: number): string | null {
  if (request.date !== null || units === 0) return request.date
  const today = todayInVietnam(ctx.now())
  if (today > `${request.year + 1}-12-31`) {
    const message = `Vui lòng nhập ngày ban hành tờ trình: ngày này được ghi là ngày đề nghị công nhận của ${units} đơn vị năm ${request.year}.`
    throw validationError(message, { date: message })
  }
  return today
}

/** "Tờ trình số 05/TTr-CATP" or, for a draft, the register entry it can be found by. */
function proposalRefOf(number: number | null, symbol: string | null, id: number): string {
  return number !== null && symbol ? `${padNumber(number)}/${symbol}` : `Tờ trình chưa có số (sổ văn bản #${id})`
}

export async function generate(
  ctx: CoreContext,
  input: { request: DocumentRequest; fileName?: string | undefined; folder?: string | undefined; confirmed?: boolean | undefined }
): Promise<GeneratedDocument> {
  // A kind without its own number (the certificates cite each unit's decision) never prints a typed one.
  const request = catalogueEntry(input.request.kind).numbered ? input.request : { ...input.request, number: null }
  const { composed, bytes, template } = await build(ctx, request)
  if (composed.warnings.length > 0 && !input.confirmed) {
    throw new ApiError({ code: 'NEEDS_CONFIRMATION', message: composed.warnings.join(' '), warnings: composed.warnings })
  }
  await assertNumberFree(ctx, request.issueYear, composed.symbol, request.number, null)
  const fallbackDir = documentsDir(ctx.dataFile, request.year)
  const folder = input.folder && input.folder.trim() !== '' ? input.folder : fallbackDir
  const base = safeFileName(input.fileName && input.fileName !== '' ? input.fileName : composed.subject)
  const written = writeSafely(freeName(folder, base), bytes, fallbackDir)
  const now = isoNow(ctx)
  try {
    // The register row and T11 for the units a tờ trình includes are one transaction: both or neither.
    const row = await withTransaction(ctx, async (trx, tctx) => {
      const area = request.areaId !== null ? await trx.selectFrom('admin_area').select('name').where('id', '=', request.areaId).executeTakeFirst() : undefined
      const inserted = await trx
        .insertInto('document')
        .values({
          doc_type: request.kind,
          year: request.year,
          issue_year: request.issueYear,
          number: request.number,
          symbol: composed.symbol,
          issued_on: request.date,
          subject: composed.subject,
          scope: area?.name ?? (request.unitYearIds.length > 0 ? `${request.unitYearIds.length} đơn vị đã chọn` : 'Toàn địa bàn'),
          signer_id: composed.signer?.id ?? null,
          signer: composed.signer ? JSON.stringify({ authorityLine: composed.signer.authorityLine, titleLine: composed.signer.titleLine, name: composed.signer.name }) : null,
          recipients: JSON.stringify(request.recipients),
          unit_year_ids: JSON.stringify(composed.unitYearIds),
          parameters: JSON.stringify(request),
          data_snapshot: null,
          template_id: template?.id ?? null,
          template_sha256: template?.sha256 ?? null,
          template_version: TEMPLATE_VERSION,
          file_path: relative(ctx, written.file),
          file_sha256: sha256(bytes),
          status: request.number !== null && request.date !== null ? 'ISSUED' : 'DRAFT',
          supersedes_id: null,
          parent_id: null,
          external: 0,
          is_sample: toBit(composed.sample),
          created_by: null,
          created_at: now,
          updated_at: now
        })
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordChange(tctx, 'document', inserted.id, null)
      await storeCertificateNumbers(trx, request.year, composed.newRegisterNumbers, inserted.id, now)
      if (request.kind === 'DOC-TTR-CONGNHAN') {
        const listed = new Set(composed.unitYearIds)
        const toPropose = composed.facts.units.filter((u) => listed.has(u.id) && u.status === 'THAM_DINH_DAT').map((u) => u.id)
        await actFromDocument(tctx, toPropose, 'PROPOSE', {
          date: proposalDate(request, ctx, toPropose.length),
          ref: proposalRefOf(request.number, composed.symbol, inserted.id),
          confirmed: input.confirmed ?? false
        })
      }
      // Generated with its number and date, the document is issued at once: the same cycle effect as "Ghi số".
      if (inserted.status === 'ISSUED' && inserted.number !== null && inserted.issued_on !== null) await recordInCycle(tctx, inserted, inserted.number, inserted.issued_on)
      return inserted
    })
    return { row: toRow(row, ctx), warning: written.warning }
  } catch (error) {
    discard(written.file)
    throw error
  }
}

export async function listDocuments(ctx: CoreContext, year: number | null): Promise<RegisterRow[]> {
  let query = ctx.db.selectFrom('document').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc')
  if (year !== null) query = query.where('year', '=', year)
  const rows = await query.execute()
  const versions = await versionsOf(ctx, rows.map((r) => r.id), (stored) => absolute(ctx, stored))
  return rows.map((r) => toRow(r, ctx, versions.get(r.id)))
}

async function rebuildInto(ctx: CoreContext, row: Selectable<DocumentTable>, request: DocumentRequest, target: string) {
  const { composed, bytes, template } = await build(ctx, request, listedOf(row))
  const written = writeSafely(target, bytes, documentsDir(ctx.dataFile, request.year))
  return { composed, bytes, written, template }
}

/** What entering a number changes in the yearly cycle: T13 for a decision's units, the tờ trình's number on its units. */
async function recordInCycle(ctx: CoreContext, row: Selectable<DocumentTable>, number: number, date: string): Promise<void> {
  const ids = JSON.parse(row.unit_year_ids) as number[]
  const ref = `${padNumber(number)}/${row.symbol}`
  if (row.doc_type === 'DOC-QD-CONGNHAN') {
    const signer = row.signer ? (JSON.parse(row.signer) as { name: string }).name : null
    const office = await officeOn(ctx.db, date)
    await actFromDocument(ctx, ids, 'RECORD_DECISION', { date, ref, signer, body: officeNames(office).committeeInText, confirmed: true })
  }
  if (row.doc_type === 'DOC-TTR-CONGNHAN' && ids.length > 0) {
    // Units still waiting in this tờ trình now carry its number; units already decided keep their history.
    await ctx.db.updateTable('unit_year').set({ proposal_no: ref, updated_at: isoNow(ctx) }).where('id', 'in', ids).where('status', '=', 'DA_DE_NGHI').execute()
  }
}

/**
 * "Ghi số văn bản": the clerk's number and date; the archive copy is rebuilt with them and the entry is ISSUED. For a
 * decision this records T13 for every unit in its list, in the same transaction: all units or none, nothing written
 * when the cycle refuses.
 */
export async function recordNumber(ctx: CoreContext, input: { id: number; number: number; date: string | null }): Promise<GeneratedDocument> {
  const row = await getRow(ctx, input.id)
  if (row.status === 'ISSUED' && row.number !== null) {
    throw validationError(`Văn bản đã được ghi số ${padNumber(row.number)}/${row.symbol}; văn bản đã ban hành không sửa được. Nếu cần điều chỉnh, hãy tạo văn bản mới.`)
  }
  if (!row.symbol || !catalogueEntry(row.doc_type as DocKind).numbered) throw validationError('Loại văn bản này không có số, ký hiệu.')
  const date = input.date!
  const issueYear = Number(date.slice(0, 4))
  if (issueYear !== row.year && issueYear !== row.year + 1) {
    const message = `Ngày ban hành phải thuộc năm ${row.year} hoặc năm ${row.year + 1} của văn bản.`
    throw validationError(message, { date: message })
  }
  await assertNumberFree(ctx, issueYear, row.symbol, input.number, row.id)
  const request: DocumentRequest = { ...storedRequest(row), number: input.number, date, issueYear }
  const folder = row.file_path ? path.dirname(absolute(ctx, row.file_path)) : documentsDir(ctx.dataFile, row.year)
  let writtenFile: string | null = null
  try {
    return await withTransaction(ctx, async (trx, tctx) => {
      const before = await snapshot(trx, 'document', row.id)
      // The draft keeps its name (the archive copy gets a new one): an edited draft stays where it is, as a version.
      const edited = editedFile(row.file_path ? absolute(ctx, row.file_path) : null, row.file_sha256)
      const kept = edited ? await keepEditedVersion(tctx, row.id, edited, 'inPlace', (file) => relative(ctx, file)) : null
      await recordInCycle(tctx, row, input.number, date)
      // Named after the numbered document's own title (“Quyết định …”, no longer “Dự thảo …”).
      const { composed, bytes } = await build(tctx, request, listedOf(row))
      const written = writeSafely(freeName(folder, safeFileName(`${composed.subject} - số ${padNumber(input.number)}-${row.symbol}`)), bytes, documentsDir(ctx.dataFile, request.year))
      writtenFile = written.file
      const updated = await trx
        .updateTable('document')
        .set({ subject: composed.subject, number: input.number, issued_on: date, issue_year: issueYear, parameters: JSON.stringify(request), file_path: relative(ctx, written.file), file_sha256: sha256(bytes), status: 'ISSUED', updated_at: isoNow(ctx) })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow()
      await recordChange(tctx, 'document', row.id, before)
      const versions = await versionsOf(tctx, [row.id], (stored) => absolute(ctx, stored))
      return { row: toRow(updated, ctx, versions.get(row.id)), warning: joinWarnings(kept?.warning, written.warning) }
    })
  } catch (error) {
    if (writtenFile) discard(writtenFile)
    throw error
  }
}

/** "Tạo lại": the same parameters give the same document, written over its file (or beside it when locked). */
export async function regenerate(ctx: CoreContext, id: number): Promise<GeneratedDocument> {
  const row = await getRow(ctx, id)
  const request = storedRequest(row)
  const target = row.file_path ? absolute(ctx, row.file_path) : freeName(documentsDir(ctx.dataFile, row.year), safeFileName(row.subject))
  const edited = editedFile(row.file_path ? target : null, row.file_sha256)
  const kept = edited ? await keepEditedVersion(ctx, id, edited, 'copy', (file) => relative(ctx, file)) : null
  const { bytes, written, template } = await rebuildInto(ctx, row, request, target)
  const updated = await ctx.db
    .updateTable('document')
    .set({ file_path: relative(ctx, written.file), file_sha256: sha256(bytes), template_version: TEMPLATE_VERSION, template_id: template?.id ?? null, template_sha256: template?.sha256 ?? null, updated_at: isoNow(ctx) })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow()
  return { row: toRow(updated, ctx, (await versionsOf(ctx, [id], (stored) => absolute(ctx, stored))).get(id)), warning: joinWarnings(kept?.warning, written.warning) }
}

export async function download(ctx: CoreContext, id: number): Promise<{ fileName: string; base64: string }> {
  const row = await getRow(ctx, id)
  if (!row.file_path) throw notFound('Văn bản này không có tệp.')
  const file = absolute(ctx, row.file_path)
  if (!fs.existsSync(file)) throw notFound(`Không tìm thấy tệp “${file}”. Hãy dùng “Tạo lại” để tạo lại tệp.`)
  return { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') }
}
